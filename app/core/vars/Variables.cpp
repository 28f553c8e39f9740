#include "Variables.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QUuid>

namespace cx {

void VariableScope::addLayer(const QString &label, const VariableList &variables)
{
    m_layers.append({label, variables});
}

std::optional<QString> VariableScope::value(const QString &name) const
{
    for (const Layer &layer : m_layers)
        for (const Variable &variable : layer.variables)
            if (variable.enabled && variable.name == name)
                return variable.value;
    return std::nullopt;
}

QString VariableScope::layerOf(const QString &name) const
{
    for (const Layer &layer : m_layers)
        for (const Variable &variable : layer.variables)
            if (variable.enabled && variable.name == name)
                return layer.label;
    return {};
}

bool VariableScope::isSecret(const QString &name) const
{
    // The layer that gives the value decides; a secret of the same name in a hidden layer does not.
    for (const Layer &layer : m_layers)
        for (const Variable &variable : layer.variables)
            if (variable.enabled && variable.name == name)
                return variable.secret;
    return false;
}

QStringList VariableScope::secretValues() const
{
    QStringList values;
    for (const Layer &layer : m_layers)
        for (const Variable &variable : layer.variables)
            if (variable.secret && !variable.value.isEmpty() && !values.contains(variable.value))
                values.append(variable.value);
    return values;
}

namespace {

// Calls `onReference(start, end, name)` for each {{name}} in `text`, left to right. `end` is one past
// the closing braces.
template<typename F> void forEachReference(const QString &text, F onReference)
{
    qsizetype from = 0;
    while (true) {
        qsizetype open = text.indexOf(QLatin1String("{{"), from);
        if (open < 0)
            return;
        // "{{{a}}}": the reference is the innermost "{{a}}"; the outer braces stay as text.
        while (open + 2 < text.size() && text.at(open + 2) == QLatin1Char('{'))
            ++open;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return;
        const QString inner = text.mid(open + 2, close - open - 2);
        // "{{{a}}}": start at the innermost opening so the name holds no brace.
        const qsizetype innerOpen = inner.lastIndexOf(QLatin1String("{{"));
        if (innerOpen >= 0) {
            from = open + 2 + innerOpen;
            continue;
        }
        const QString name = inner.trimmed();
        if (Variables::isValidName(name))
            onReference(open, close + 2, name);
        from = close + 2;
    }
}

std::optional<QString> dynamicValue(const QString &name)
{
    if (name == QLatin1String("$guid") || name == QLatin1String("$randomUUID"))
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (name == QLatin1String("$timestamp"))
        return QString::number(QDateTime::currentSecsSinceEpoch());
    if (name == QLatin1String("$isoTimestamp"))
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (name == QLatin1String("$randomInt"))
        return QString::number(QRandomGenerator::global()->bounded(0, 1001));
    return std::nullopt;
}

} // namespace

namespace Variables {

bool isValidName(const QString &name)
{
    if (name.isEmpty() || name != name.trimmed())
        return false;
    for (const QChar c : name)
        if (c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r'))
            return false;
    return true;
}

QStringList references(const QString &text)
{
    QStringList names;
    forEachReference(text, [&](qsizetype, qsizetype, const QString &name) {
        if (!names.contains(name))
            names.append(name);
    });
    return names;
}

bool hasReferences(const QString &text)
{
    return !references(text).isEmpty();
}

namespace {

// Values may refer to other variables ("{{host}}/v1"): resolved in turn, at most this deep (a cycle
// stops there, leaving the inner reference as it is and naming it unresolved).
constexpr int MaxDepth = 8;

void resolveInto(const QString &text, const VariableScope &scope, bool dynamic, int depth,
                 VariableResolution &result, QString &out)
{
    qsizetype copied = 0;
    forEachReference(text, [&](qsizetype start, qsizetype end, const QString &name) {
        std::optional<QString> value = scope.value(name);
        if (!value && dynamic && name.startsWith(QLatin1Char('$')))
            value = dynamicValue(name);
        if (!value || (depth >= MaxDepth && hasReferences(*value))) {
            if (!result.unresolved.contains(name))
                result.unresolved.append(name);
            return;
        }
        out += QStringView(text).mid(copied, start - copied);
        if (!result.used.contains(name))
            result.used.append(name);
        if (scope.isSecret(name))
            result.usesSecret = true;
        if (value->contains(QLatin1String("{{")))
            resolveInto(*value, scope, dynamic, depth + 1, result, out);
        else
            out += *value;
        copied = end;
    });
    out += QStringView(text).mid(copied);
}

} // namespace

VariableResolution resolve(const QString &text, const VariableScope &scope, bool dynamic)
{
    VariableResolution result;
    resolveInto(text, scope, dynamic, 0, result, result.text);
    return result;
}

QByteArray resolveBytes(const QByteArray &body, const VariableScope &scope, QStringList *unresolved,
                        QStringList *used, bool dynamic)
{
    if (unresolved)
        unresolved->clear();
    if (used)
        used->clear();
    if (!body.contains("{{"))
        return body;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(body);
    if (decoder.hasError())
        return body;
    const VariableResolution resolution = resolve(text, scope, dynamic);
    if (unresolved)
        *unresolved = resolution.unresolved;
    if (used)
        *used = resolution.used;
    return resolution.text.toUtf8();
}

} // namespace Variables

} // namespace cx
