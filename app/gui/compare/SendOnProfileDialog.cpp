#include "SendOnProfileDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx::gui {

SendOnProfileDialog::SendOnProfileDialog(const QList<cx::Profile> &profiles, const QString &request,
                                         bool demoAvailable, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_request(request), m_demoAvailable(demoAvailable),
      m_intro(new QLabel(this)), m_profileLabel(new QLabel(this)), m_profile(new QComboBox(this)),
      m_secretLabel(new QLabel(this)), m_secret(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sendOnProfileDialog"));
    m_intro->setWordWrap(true);
    m_profile->setObjectName(QStringLiteral("sendOnProfileCombo"));
    m_secret->setObjectName(QStringLiteral("sendOnProfileSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_profileLabel->setBuddy(m_profile);
    m_secretLabel->setBuddy(m_secret);
    for (const cx::Profile &profile : m_profiles)
        m_profile->addItem(profile.name, profile.id);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &SendOnProfileDialog::update);
    connect(m_secret, &QLineEdit::textChanged, this, &SendOnProfileDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_profileLabel, m_profile);
    form->addRow(m_secretLabel, m_secret);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    retranslateUi();
    update();
}

void SendOnProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SendOnProfileDialog::retranslateUi()
{
    setWindowTitle(tr("Send on Another Profile"));
    m_intro->setText(tr("Sends %1 with the current profile and with the one chosen here, each with its own "
                        "token, and compares the two responses.")
                         .arg(m_request));
    m_profileLabel->setText(tr("&Profile:"));
    m_profile->setAccessibleName(tr("Profile to compare with"));
    m_secretLabel->setText(tr("Client &secret:"));
    m_secret->setAccessibleName(tr("Client secret of the other profile"));
    m_secret->setPlaceholderText(tr("used for this comparison only"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send on Both"));
}

void SendOnProfileDialog::update()
{
    const int index = m_profile->currentIndex();
    const bool demo = index >= 0 && m_profiles.at(index).isDemo();
    m_secret->setEnabled(index >= 0 && !demo);
    m_secretLabel->setEnabled(m_secret->isEnabled());
    bool ok = index >= 0;
    if (demo)
        ok = m_demoAvailable;
    else if (ok)
        ok = !m_secret->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

QString SendOnProfileDialog::profileId() const
{
    return m_profile->currentData().toString();
}

QString SendOnProfileDialog::clientSecret() const
{
    return m_secret->isEnabled() ? m_secret->text() : QString();
}

} // namespace cx::gui
