// A find box for the response text: Enter finds the next match, Shift+Enter the previous, Esc closes.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace cx::gui {

class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    void open();
    QLineEdit *edit() const { return m_edit; }
    void setResult(bool found);

signals:
    void findRequested(const QString &text, bool backward);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLineEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_result;
    bool m_notFound = false;
};

} // namespace cx::gui
