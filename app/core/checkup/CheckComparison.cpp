#include "CheckComparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <utility>

namespace cx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::CheckComparison)
};

// "fails ... because missing_scope assets:read" / "because internal_error (HTTP 500)"
QString reason(const CheckResult &check)
{
    if (check.code.isEmpty())
        return check.diagnosis;
    if (!check.missingScopes.isEmpty())
        return check.code + QLatin1Char(' ') + check.missingScopes.join(QLatin1String(", "));
    return check.status > 0 ? Tr::tr("%1 (HTTP %2)").arg(check.code).arg(check.status) : check.code;
}

QString state(const std::optional<CheckResult> &check)
{
    if (!check)
        return Tr::tr("was not checked");
    switch (check->verdict) {
    case Verdict::Pass:
        return Tr::tr("works");
    case Verdict::Warn:
        return Tr::tr("works with a warning");
    case Verdict::Fail:
        return Tr::tr("fails");
    case Verdict::Skip:
        return Tr::tr("was not checked");
    }
    return QString();
}

QString explain(const CheckRow &row, const QString &labelA, const QString &labelB)
{
    const bool aBad = row.a && (row.a->verdict == Verdict::Fail || row.a->verdict == Verdict::Warn);
    const bool bBad = row.b && (row.b->verdict == Verdict::Fail || row.b->verdict == Verdict::Warn);
    const bool aSkipped = !row.a || row.a->verdict == Verdict::Skip;
    const bool bSkipped = !row.b || row.b->verdict == Verdict::Skip;
    if (aSkipped != bSkipped) {
        // One side has a reason it could not check (its list failed, the budget ran out): say it.
        const std::optional<CheckResult> &checked = aSkipped ? row.b : row.a;
        const std::optional<CheckResult> &skipped = aSkipped ? row.a : row.b;
        const QString why = skipped ? skipped->diagnosis : Tr::tr("That report has no such check.");
        return Tr::tr("%1 for %2; for %3: %4")
            .arg(state(checked), aSkipped ? labelB : labelA, aSkipped ? labelA : labelB, why);
    }
    QString text = Tr::tr("%1 for %2, %3 for %4").arg(state(row.a), labelA, state(row.b), labelB);
    if (bBad && !aBad)
        text += Tr::tr(" because %1").arg(reason(*row.b));
    else if (aBad && !bBad)
        text += Tr::tr(" because %1").arg(reason(*row.a));
    else if (aBad && bBad)
        text += Tr::tr(" (%1: %2; %3: %4)").arg(labelA, reason(*row.a), labelB, reason(*row.b));
    return text;
}

QJsonValue checkJson(const std::optional<CheckResult> &check)
{
    if (!check)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("verdict"), verdictName(check->verdict)},
                       {QStringLiteral("code"),
                        check->code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(check->code)},
                       {QStringLiteral("status"),
                        check->status > 0 ? QJsonValue(check->status) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("missing_scopes"), QJsonArray::fromStringList(check->missingScopes)}};
}

QString shortVerdict(const std::optional<CheckResult> &check)
{
    if (!check)
        return QStringLiteral("-");
    QString text = verdictName(check->verdict);
    if (!check->code.isEmpty())
        text += QLatin1Char(' ') + check->code;
    return text;
}

} // namespace

CheckComparison CheckComparison::compare(const CheckReport &a, const CheckReport &b)
{
    CheckComparison comparison;
    comparison.a = a;
    comparison.b = b;

    QSet<QString> scopeSet;
    for (const QString &scope : a.grantedScopes)
        scopeSet.insert(scope);
    for (const QString &scope : b.grantedScopes)
        scopeSet.insert(scope);
    for (const MissingScope &missing : a.missingScopes)
        scopeSet.insert(missing.scope);
    for (const MissingScope &missing : b.missingScopes)
        scopeSet.insert(missing.scope);
    QStringList scopes(scopeSet.cbegin(), scopeSet.cend());
    scopes.sort();
    const auto has = [](const CheckReport &report, const QString &scope) {
        if (report.introspected)
            return report.grantedScopes.contains(scope);
        for (const MissingScope &missing : report.missingScopes) {
            if (missing.scope == scope)
                return false;
        }
        return true; // not introspected, never refused: as far as we know it is there
    };
    for (const QString &scope : std::as_const(scopes))
        comparison.scopes.append({scope, has(a, scope), has(b, scope)});

    // Every check id of A in its order, then those only B has. Time-dependent checks (latency) are
    // compared by verdict and code only.
    QStringList ids;
    for (const CheckResult &check : a.checks)
        ids.append(check.id);
    for (const CheckResult &check : b.checks) {
        if (!ids.contains(check.id))
            ids.append(check.id);
    }
    for (const QString &id : std::as_const(ids)) {
        // The scope checks are the scope table's rows; comparing them again would count each twice.
        const CheckResult *any = a.check(id) ? a.check(id) : b.check(id);
        if (any->kind == QLatin1String("scopes"))
            continue;
        CheckRow row;
        row.id = id;
        if (const CheckResult *check = a.check(id))
            row.a = *check;
        if (const CheckResult *check = b.check(id))
            row.b = *check;
        row.name = row.a ? row.a->name : row.b->name;
        const Verdict va = row.a ? row.a->verdict : Verdict::Skip;
        const Verdict vb = row.b ? row.b->verdict : Verdict::Skip;
        const QString ca = row.a ? row.a->code : QString();
        const QString cb = row.b ? row.b->code : QString();
        row.differs = va != vb || ca != cb;
        if (row.differs)
            row.explanation = explain(row, comparison.labelA, comparison.labelB);
        comparison.checks.append(row);
    }
    return comparison;
}

int CheckComparison::differenceCount() const
{
    int count = 0;
    for (const ScopeRow &row : scopes)
        count += row.differs() ? 1 : 0;
    for (const CheckRow &row : checks)
        count += row.differs ? 1 : 0;
    return count;
}

bool CheckComparison::identical() const
{
    return differenceCount() == 0;
}

QJsonObject CheckComparison::toJson() const
{
    QJsonArray scopeArray;
    for (const ScopeRow &row : scopes) {
        scopeArray.append(QJsonObject{{QStringLiteral("scope"), row.scope},
                                      {QStringLiteral("a"), row.inA},
                                      {QStringLiteral("b"), row.inB},
                                      {QStringLiteral("differs"), row.differs()}});
    }
    QJsonArray checkArray;
    for (const CheckRow &row : checks) {
        checkArray.append(QJsonObject{{QStringLiteral("id"), row.id},
                                      {QStringLiteral("name"), row.name},
                                      {QStringLiteral("a"), checkJson(row.a)},
                                      {QStringLiteral("b"), checkJson(row.b)},
                                      {QStringLiteral("differs"), row.differs},
                                      {QStringLiteral("explanation"), row.explanation}});
    }
    const auto side = [](const CheckReport &report) {
        return QJsonObject{{QStringLiteral("base_url"), report.baseUrl},
                           {QStringLiteral("client_id"), report.clientId},
                           {QStringLiteral("started_at"), report.startedAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("verdict"), verdictName(report.overall())}};
    };
    return QJsonObject{{QStringLiteral("schema_version"), CheckReport::SchemaVersion},
                       {QStringLiteral("kind"), QStringLiteral("connect-checkup-comparison")},
                       {QStringLiteral("a"), side(a)},
                       {QStringLiteral("b"), side(b)},
                       {QStringLiteral("identical"), identical()},
                       {QStringLiteral("differences"), differenceCount()},
                       {QStringLiteral("scopes"), scopeArray},
                       {QStringLiteral("checks"), checkArray}};
}

QString CheckComparison::toText() const
{
    QStringList lines;
    lines << Tr::tr("A: %1 as %2 (%3)").arg(a.baseUrl, a.clientId, verdictName(a.overall()).toUpper());
    lines << Tr::tr("B: %1 as %2 (%3)").arg(b.baseUrl, b.clientId, verdictName(b.overall()).toUpper());
    lines << QString() << Tr::tr("Scopes:");
    const QString yes = Tr::tr("yes");
    const QString no = Tr::tr("no");
    int scopeWidth = 5;
    for (const ScopeRow &row : scopes)
        scopeWidth = qMax(scopeWidth, int(row.scope.size()));
    lines << QLatin1String("    ") + Tr::tr("scope").leftJustified(scopeWidth) + QLatin1String("  A    B");
    for (const ScopeRow &row : scopes) {
        lines << (row.differs() ? QLatin1String("  * ") : QLatin1String("    ")) +
                     row.scope.leftJustified(scopeWidth) + QLatin1String("  ") +
                     (row.inA ? yes : no).leftJustified(4) + QLatin1Char(' ') + (row.inB ? yes : no);
    }
    lines << QString() << Tr::tr("Checks:");
    int nameWidth = 5;
    for (const CheckRow &row : checks)
        nameWidth = qMax(nameWidth, int(row.name.size()));
    nameWidth = qMin(nameWidth, 36);
    for (const CheckRow &row : checks) {
        QString line = (row.differs ? QLatin1String("  * ") : QLatin1String("    ")) +
                       row.name.leftJustified(nameWidth) + QLatin1String("  ") +
                       shortVerdict(row.a).leftJustified(24) + QLatin1Char(' ') + shortVerdict(row.b);
        lines << line;
        if (row.differs)
            lines << QLatin1String("      ") + row.explanation;
    }
    lines << QString();
    lines << (identical() ? Tr::tr("The reports agree.")
                          : Tr::tr("%n difference(s) (marked *).", nullptr, differenceCount()));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace cx
