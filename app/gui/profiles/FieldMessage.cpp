#include "profiles/FieldMessage.h"

#include <QLabel>
#include <QWidget>

namespace cx::gui {

namespace {
const char *const ErrorColor = "#c62828";
}

void setFieldMessage(QWidget *field, QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (field) {
        field->setProperty("fieldError", !message.isEmpty());
        field->setStyleSheet(message.isEmpty()
                                 ? QString()
                                 : QStringLiteral("border: 1px solid %1;").arg(QLatin1String(ErrorColor)));
        field->setToolTip(message);
    }
}

QLabel *makeFieldMessageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(ErrorColor)));
    label->hide();
    return label;
}

void FieldMarks::set(QWidget *field, QLabel *label, Message message)
{
    if (message) {
        setFieldMessage(field, label, message());
        m_marks.insert(label, Mark{field, std::move(message)});
    } else {
        setFieldMessage(field, label, {});
        m_marks.remove(label);
    }
}

void FieldMarks::retranslate()
{
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it)
        setFieldMessage(it->field, it.key(), it->message());
}

} // namespace cx::gui

namespace cx::gui {

QUrl parseHttpUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url;
}

} // namespace cx::gui
