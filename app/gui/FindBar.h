// A find box for the response text: Enter finds the next match, Shift+Enter the previous, Esc closes.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

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

private:
    QLineEdit *m_edit;
    QLabel *m_result;
};

} // namespace cx::gui
