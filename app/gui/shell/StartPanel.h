// What an empty request tab shows where the response will be: the first steps a newcomer can take
// (pick an endpoint, take the tour, simulate an error, open a customer's HAR, run the check-up). The
// window hands in each step's texts and what choosing it does; the panel only lays them out, keeps them
// in the UI's language and gives way once the tab holds a request.
#pragma once

#include <QList>
#include <QWidget>
#include <functional>

class QLabel;

namespace cx::gui {

class StepButton;

class StartPanel : public QWidget
{
    Q_OBJECT
public:
    struct Step
    {
        QString objectName;
        std::function<QString()> title;       // in the UI's language, asked again on a language change
        std::function<QString()> description; // one sentence: what the step shows
        std::function<void(QWidget *button)> run;
        std::function<bool()> enabled; // null: always
    };

    explicit StartPanel(QList<Step> steps, QWidget *parent = nullptr);

    QList<StepButton *> buttons() const { return m_buttons; }
    // Steps that may have become (un)available (e.g. the Simulate menu outside the Demo profile).
    void updateEnabled();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    QList<Step> m_steps;
    QList<StepButton *> m_buttons;
    QLabel *m_heading;
    QLabel *m_intro;
};

} // namespace cx::gui
