// A label for text that comes from outside the app — the server's words, a URL, a measured figure:
// shown verbatim (never parsed as markup), wrapped, and selectable so it can be copied. And its plain
// sibling for the app's own sentences.
#pragma once

#include <QLabel>

namespace cx::gui {

inline QLabel *verbatimLabel(QWidget *parent, const char *objectName = nullptr)
{
    auto *label = new QLabel(parent);
    if (objectName)
        label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// The app's own sentences in a dialog (not selectable): plain text, wrapped.
inline QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace cx::gui
