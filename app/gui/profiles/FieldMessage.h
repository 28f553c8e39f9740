// A form field's error marker: a red frame on the field and the message in a label under it.
#pragma once

#include <QHash>
#include <QPointer>
#include <QString>
#include <functional>

class QLabel;
class QWidget;

namespace cx::gui {

// Shows `message` in `label` (hidden when empty) and frames `field` in red while there is one.
void setFieldMessage(QWidget *field, QLabel *label, const QString &message);
// A label for setFieldMessage: word-wrapped, plain text, red, hidden.
QLabel *makeFieldMessageLabel(const QString &objectName, QWidget *parent);

// The marks a form shows, kept as the functions that word them, so that a language switch can word
// them again (retranslate()) without losing which fields are marked.
class FieldMarks
{
public:
    using Message = std::function<QString()>;

    // Marks `field` (may be nullptr) with what `message` says in `label`; an empty function clears it.
    void set(QWidget *field, QLabel *label, Message message);
    void clear(QWidget *field, QLabel *label) { set(field, label, {}); }
    // Words every mark again in the current language.
    void retranslate();

private:
    struct Mark
    {
        QPointer<QWidget> field;
        Message message;
    };
    QHash<QLabel *, Mark> m_marks;
};

} // namespace cx::gui

#include <QUrl>

namespace cx::gui {

// `text` as an http:// or https:// URL with a host; an invalid QUrl otherwise.
QUrl parseHttpUrl(const QString &text);

} // namespace cx::gui
