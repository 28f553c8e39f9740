// Colours JSON text: keys, strings, numbers and true/false/null. The colours are mid tones chosen to
// read on light and dark backgrounds.
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace cx::gui {

class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace cx::gui
