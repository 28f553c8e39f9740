// "Send on Another Profile…": which profile to send the tab's request on besides the current one, and
// its client secret when the app does not hold it (as Compare Accounts asks for it: for this comparison
// only, never saved).
#pragma once

#include "profiles/Profile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cx::gui {

class SendOnProfileDialog : public QDialog
{
    Q_OBJECT
public:
    // `profiles`: the saved profiles other than the current one. `demoAvailable`: the built-in simulator
    // runs (the Demo profile can be used without asking).
    SendOnProfileDialog(const QList<cx::Profile> &profiles, const QString &request, bool demoAvailable,
                        QWidget *parent = nullptr);

    QString profileId() const;
    // Empty when the profile needs none (the Demo profile).
    QString clientSecret() const;

    QComboBox *profileCombo() const { return m_profile; }
    QLineEdit *secretEdit() const { return m_secret; }
    QDialogButtonBox *buttons() const { return m_buttons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void update();

    QList<cx::Profile> m_profiles;
    QString m_request;
    bool m_demoAvailable;
    QLabel *m_intro;
    QLabel *m_profileLabel;
    QComboBox *m_profile;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QDialogButtonBox *m_buttons;
};

} // namespace cx::gui
