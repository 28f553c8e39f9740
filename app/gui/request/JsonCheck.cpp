#include "request/JsonCheck.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace cx::gui {

JsonCheckResult JsonCheckResult::check(const QByteArray &utf8)
{
    JsonCheckResult result;
    if (utf8.trimmed().isEmpty())
        return result;
    QJsonParseError error;
    QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError) {
        result.state = State::Valid;
        return result;
    }
    result.state = State::Invalid;
    result.message = error.errorString();
    const qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset), utf8.size());
    const QByteArray before = utf8.left(offset);
    result.line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    // Columns count characters, not bytes.
    result.column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return result;
}

} // namespace cx::gui
