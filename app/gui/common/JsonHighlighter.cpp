#include "common/JsonHighlighter.h"

#include <QRegularExpression>

namespace cx::gui {

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    m_key.setForeground(QColor(0x3d, 0x7e, 0xd8));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(QColor(0x3c, 0x9d, 0x4f));
    m_number.setForeground(QColor(0xd9, 0x82, 0x2b));
    m_literal.setForeground(QColor(0xb0, 0x5c, 0xd6));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression token(QStringLiteral(
        R"(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)"));
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) > 0) {
            setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)),
                      match.capturedLength(2) > 0 ? m_key : m_string);
        } else if (match.capturedLength(3) > 0) {
            setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), m_number);
        } else if (match.capturedLength(4) > 0) {
            setFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), m_literal);
        }
    }
}

} // namespace cx::gui
