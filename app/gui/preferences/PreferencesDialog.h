// File > Preferences… (the application menu on macOS): the language the app speaks. A change applies
// at once — every open window retranslates itself, nothing typed is lost — and is remembered.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace cx::gui {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Saves the chosen language and switches to it (Apply, and OK before closing).
    void apply();

    // Switches the running app to `code` ("" follows the system) and remembers it.
    static void switchLanguage(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateApplyButton();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace cx::gui
