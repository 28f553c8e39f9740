#include "request/PathTemplate.h"

#include <QRegularExpression>
#include <QUrl>

namespace cx::gui::PathTemplate {

namespace {
const QRegularExpression &parameterPattern()
{
    // Not the inner braces of a {{variable}} (Variables), which is put in before the path is built.
    static const QRegularExpression pattern(QStringLiteral("(?<!\\{)\\{([^{}/]+)\\}(?!\\})"));
    return pattern;
}
} // namespace

QStringList parameterNames(const QString &pathTemplate)
{
    QStringList names;
    auto it = parameterPattern().globalMatch(pathTemplate);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString substitute(const QString &pathTemplate, const QMap<QString, QString> &values)
{
    QString result;
    qsizetype last = 0;
    auto it = parameterPattern().globalMatch(pathTemplate);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(pathTemplate).mid(last, match.capturedStart() - last);
        const QString value = values.value(match.captured(1));
        if (value.isEmpty())
            result += match.captured(0);
        else
            result += QString::fromLatin1(QUrl::toPercentEncoding(value));
        last = match.capturedEnd();
    }
    result += QStringView(pathTemplate).mid(last);
    return result;
}

} // namespace cx::gui::PathTemplate
