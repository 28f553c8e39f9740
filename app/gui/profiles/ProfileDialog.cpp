#include "ProfileDialog.h"

#include "profiles/FieldMessage.h"
#include "profiles/NetworkSettingsForm.h"
#include "profiles/ProfileStore.h"
#include "vars/VariableContext.h"
#include "vars/VariablesTable.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cx::gui {

ProfileDialog::ProfileDialog(Mode mode, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_name(new QLineEdit(this)), m_baseUrl(new QLineEdit(this)),
      m_clientId(new QLineEdit(this)), m_secret(new QLineEdit(this)), m_remember(new QCheckBox(this)),
      m_nameMessage(makeFieldMessageLabel(QStringLiteral("nameMessage"), this)),
      m_baseUrlMessage(makeFieldMessageLabel(QStringLiteral("baseUrlMessage"), this)),
      m_clientIdMessage(makeFieldMessageLabel(QStringLiteral("clientIdMessage"), this)),
      m_keychainNotice(new QLabel(this)),
      m_error(makeFieldMessageLabel(QStringLiteral("profileError"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)), m_nameLabel(new QLabel(this)),
      m_baseUrlLabel(new QLabel(this)), m_clientIdLabel(new QLabel(this)), m_secretLabel(new QLabel(this)),
      m_variablesBox(new QGroupBox(this)), m_variables(new VariablesTable(m_variablesBox)),
      m_tabs(new QTabWidget(this)), m_network(new NetworkSettingsForm(this))
{
    auto *variablesLayout = new QVBoxLayout(m_variablesBox);
    variablesLayout->addWidget(m_variables);
    connect(m_variables, &VariablesTable::edited, this, [this] { m_variablesEdited = true; });
    // The secret values arrive from the keychain after the dialog opened: shown unless already edited.
    connect(VariableContext::instance(), &VariableContext::changed, this, [this](const QString &id) {
        if (!m_id.isEmpty() && id == m_id && !m_variablesEdited)
            m_variables->setVariables(VariableContext::instance()->variables(m_id));
    });
    setObjectName(QStringLiteral("profileDialog"));
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_secret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberSecretBox"));
    m_remember->setChecked(true);
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    m_keychainNotice->setWordWrap(true);
    m_keychainNotice->setTextFormat(Qt::PlainText);
    m_keychainNotice->hide();
    m_nameLabel->setBuddy(m_name);
    m_baseUrlLabel->setBuddy(m_baseUrl);
    m_clientIdLabel->setBuddy(m_clientId);
    m_secretLabel->setBuddy(m_secret);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_nameMessage);
    form->addRow(m_baseUrlLabel, m_baseUrl);
    form->addRow(QString(), m_baseUrlMessage);
    form->addRow(m_clientIdLabel, m_clientId);
    form->addRow(QString(), m_clientIdMessage);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(QString(), m_remember);
    auto *general = new QWidget(m_tabs);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(m_variablesBox, 1);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    // Each page scrolls instead of making the dialog taller than a 700-pixel screen (German labels,
    // presentation mode's larger font).
    const auto scrolled = [this](QWidget *page) {
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return scroll;
    };
    m_networkPage = scrolled(m_network);
    m_tabs->addTab(scrolled(general), QString());
    m_tabs->addTab(m_networkPage, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_keychainNotice);
    layout->addWidget(m_error);
    // An own accept button rather than the standard Ok: the box words its standard buttons again on a
    // language switch ("OK"), after our retranslateUi().
    m_accept = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_accept->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_marks.clear(m_name, m_nameMessage); });
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this] { m_marks.clear(m_baseUrl, m_baseUrlMessage); });
    connect(m_clientId, &QLineEdit::textEdited, this,
            [this] { m_marks.clear(m_clientId, m_clientIdMessage); });
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    retranslateUi();
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileDialog::retranslateUi()
{
    setWindowTitle(m_mode == Mode::New ? tr("New Profile") : tr("Edit Profile"));
    m_baseUrl->setPlaceholderText(tr("https://oauth.cliquify.me"));
    m_secret->setPlaceholderText(m_hasSecret ? tr("Unchanged") : QString());
    m_remember->setText(tr("&Remember the secret in the keychain"));
    m_remember->setToolTip(tr("Unticked, the secret is kept in memory until the app quits"));
    m_accept->setText(m_mode == Mode::New ? tr("&Create") : tr("&Save"));
    m_nameLabel->setText(tr("&Name:"));
    m_baseUrlLabel->setText(tr("&Base URL:"));
    m_clientIdLabel->setText(tr("Client &ID:"));
    m_secretLabel->setText(tr("Client &secret:"));
    m_variablesBox->setTitle(tr("&Variables"));
    m_tabs->setTabText(0, tr("&General"));
    m_tabs->setTabText(1, tr("Net&work"));
    m_marks.retranslate();
}

void ProfileDialog::setProfile(const cx::Profile &profile, bool hasSecret)
{
    m_id = profile.id;
    m_hasSecret = hasSecret;
    m_name->setText(profile.name);
    m_baseUrl->setText(profile.baseUrl);
    m_clientId->setText(profile.clientId);
    m_remember->setChecked(profile.rememberSecret);
    m_secret->clear();
    VariableContext::instance()->ensureLoaded(profile.id);
    m_variables->setVariables(VariableContext::instance()->variables(profile.id));
    m_variablesEdited = false;
    m_network->setSettings(profile.network);
    retranslateUi();
}

void ProfileDialog::setNetwork(const cx::NetworkSettings &network)
{
    m_network->setSettings(network);
}

cx::Profile ProfileDialog::profile() const
{
    cx::Profile profile;
    profile.id = m_id;
    profile.name = m_name->text().trimmed();
    profile.baseUrl = m_baseUrl->text().trimmed();
    profile.clientId = m_clientId->text().trimmed();
    profile.rememberSecret = m_remember->isChecked();
    profile.variables = m_variables->variables();
    profile.network = m_network->settings();
    return profile;
}

QString ProfileDialog::secret() const
{
    return m_secret->text();
}

bool ProfileDialog::remember() const
{
    return m_remember->isChecked();
}

void ProfileDialog::setKeychainNotice(const QString &notice)
{
    m_keychainNotice->setText(notice);
    m_keychainNotice->setVisible(!notice.isEmpty());
}

QPushButton *ProfileDialog::okButton() const
{
    return m_accept;
}

void ProfileDialog::accept()
{
    m_marks.clear(nullptr, m_error);
    bool ok = true;
    if (m_name->text().trimmed().isEmpty()) {
        m_marks.set(m_name, m_nameMessage, [] { return tr("Give the profile a name"); });
        ok = false;
    }
    if (!parseHttpUrl(m_baseUrl->text()).isValid()) {
        m_marks.set(m_baseUrl, m_baseUrlMessage,
                    [] { return tr("Enter an http:// or https:// URL, e.g. https://oauth.cliquify.me"); });
        ok = false;
    }
    if (m_clientId->text().trimmed().isEmpty()) {
        m_marks.set(m_clientId, m_clientIdMessage, [] { return tr("Enter the client id"); });
        ok = false;
    }
    QString error;
    if (!ProfileStore::validateVariables(m_variables->variables(), &error)) {
        m_marks.set(nullptr, m_error, [error] { return error; });
        ok = false;
    }
    if (!m_network->validate()) {
        if (ok)
            m_tabs->setCurrentWidget(m_networkPage); // the only problem is there: show it
        ok = false;
    }
    if (!ok)
        return;
    // The variables first (secret values to the keychain), so that a profile in use that signs in again
    // after the commit resolves with the new ones.
    if (m_mode == Mode::Edit && !m_id.isEmpty() &&
        !VariableContext::instance()->setVariables(m_id, m_variables->variables(), &error)) {
        m_marks.set(nullptr, m_error, [error] { return error; });
        return;
    }
    if (m_commit && !m_commit(*this, &error)) {
        // The store's own words (e.g. the name is taken), as it said them.
        m_marks.set(nullptr, m_error, [error] { return error; });
        return;
    }
    if (m_mode == Mode::New && !m_variables->variables().isEmpty()) {
        // The new profile's id is the store's: its secret variables' values go to the keychain now.
        if (const auto created = ProfileStore().findByName(m_name->text()))
            VariableContext::instance()->setVariables(created->id, m_variables->variables());
    }
    QDialog::accept();
}

} // namespace cx::gui
