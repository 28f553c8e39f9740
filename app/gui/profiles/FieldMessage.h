// A form field's error marker: a red frame on the field and the message in a label under it.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace cx::gui {

// Shows `message` in `label` (hidden when empty) and frames `field` in red while there is one.
void setFieldMessage(QWidget *field, QLabel *label, const QString &message);
// A label for setFieldMessage: word-wrapped, plain text, red, hidden.
QLabel *makeFieldMessageLabel(const QString &objectName, QWidget *parent);

} // namespace cx::gui

#include <QUrl>

namespace cx::gui {

// `text` as an http:// or https:// URL with a host; an invalid QUrl otherwise.
QUrl parseHttpUrl(const QString &text);

} // namespace cx::gui
