#include "request/DraftVariables.h"

namespace cx::gui {

ResolvedDraft resolveDraft(const RequestDraft &draft, const VariableScope &scope, bool dynamic, bool withBody)
{
    ResolvedDraft out;
    out.draft = draft;
    const auto note = [](QStringList &into, const QStringList &names) {
        for (const QString &name : names)
            if (!into.contains(name))
                into.append(name);
    };
    const auto text = [&](const QString &in) {
        if (!in.contains(QLatin1String("{{")))
            return in;
        const VariableResolution r = Variables::resolve(in, scope, dynamic);
        note(out.used, r.used);
        // Left for later when not resolving dynamic ones now: not a missing variable.
        QStringList missing = r.unresolved;
        if (!dynamic)
            missing.removeIf([](const QString &name) { return name.startsWith(QLatin1Char('$')); });
        note(out.unresolved, missing);
        return r.text;
    };
    out.draft.pathTemplate = text(draft.pathTemplate);
    for (auto it = out.draft.pathValues.begin(); it != out.draft.pathValues.end(); ++it)
        it.value() = text(it.value());
    for (QList<ParamRow> *rows : {&out.draft.query, &out.draft.headers}) {
        for (ParamRow &row : *rows) {
            if (!row.enabled)
                continue; // not sent: a variable in it is no reason to refuse
            row.name = text(row.name);
            row.value = text(row.value);
        }
    }
    if (withBody)
        out.draft.body = text(draft.body);
    return out;
}

} // namespace cx::gui
