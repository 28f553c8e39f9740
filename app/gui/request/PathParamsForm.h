// One line edit per `{name}` in the path, generated from the path template as it changes.
#pragma once

#include <QMap>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace cx::gui {

class PathParamsForm : public QWidget
{
    Q_OBJECT
public:
    explicit PathParamsForm(QWidget *parent = nullptr);

    // Rebuilds the rows for the parameters `pathTemplate` names, keeping values already typed.
    void setTemplate(const QString &pathTemplate, const QMap<QString, QString> &values);
    QMap<QString, QString> values() const;
    QStringList names() const { return m_names; }
    QLineEdit *editFor(const QString &name) const;

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    static void retranslateEdit(QLineEdit *edit, const QString &name);

    QFormLayout *m_layout;
    QLabel *m_empty;
    QStringList m_names;
    QList<QLineEdit *> m_edits;
};

} // namespace cx::gui
