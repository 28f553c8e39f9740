#include "profiles/NetworkSettingsForm.h"

#include "profiles/ProfileStore.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cx::gui {

NetworkSettingsForm::NetworkSettingsForm(QWidget *parent)
    : QWidget(parent), m_proxyBox(new QGroupBox(this)), m_mode(new QComboBox(this)),
      m_type(new QComboBox(this)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_proxyMessage(makeFieldMessageLabel(QStringLiteral("proxyMessage"), this)),
      m_modeLabel(new QLabel(this)), m_typeLabel(new QLabel(this)), m_hostLabel(new QLabel(this)),
      m_portLabel(new QLabel(this)), m_userLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)),
      m_caBox(new QGroupBox(this)), m_caList(new QListWidget(this)), m_addCaFile(new QPushButton(this)),
      m_addCaFolder(new QPushButton(this)), m_removeCa(new QPushButton(this)),
      m_clientBox(new QGroupBox(this)), m_certificate(new QLineEdit(this)),
      m_browseCertificate(new QPushButton(this)), m_key(new QLineEdit(this)),
      m_browseKey(new QPushButton(this)), m_passphrase(new QLineEdit(this)),
      m_certificateLabel(new QLabel(this)), m_keyLabel(new QLabel(this)), m_passphraseLabel(new QLabel(this)),
      m_tlsMessage(makeFieldMessageLabel(QStringLiteral("tlsMessage"), this)), m_pinBox(new QGroupBox(this)),
      m_pinNote(new QLabel(this)), m_pins(new QListWidget(this)), m_removePin(new QPushButton(this))
{
    setObjectName(QStringLiteral("networkSettingsForm"));
    m_mode->setObjectName(QStringLiteral("proxyModeBox"));
    m_type->setObjectName(QStringLiteral("proxyTypeBox"));
    m_host->setObjectName(QStringLiteral("proxyHostEdit"));
    m_port->setObjectName(QStringLiteral("proxyPortBox"));
    m_user->setObjectName(QStringLiteral("proxyUserEdit"));
    m_password->setObjectName(QStringLiteral("proxyPasswordEdit"));
    m_caList->setObjectName(QStringLiteral("caList"));
    m_addCaFile->setObjectName(QStringLiteral("addCaFileButton"));
    m_addCaFolder->setObjectName(QStringLiteral("addCaFolderButton"));
    m_removeCa->setObjectName(QStringLiteral("removeCaButton"));
    m_certificate->setObjectName(QStringLiteral("clientCertificateEdit"));
    m_key->setObjectName(QStringLiteral("clientKeyEdit"));
    m_passphrase->setObjectName(QStringLiteral("keyPassphraseEdit"));
    m_pins->setObjectName(QStringLiteral("pinList"));
    m_removePin->setObjectName(QStringLiteral("removePinButton"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(QStringLiteral(" ")); // 0: not set
    m_mode->addItem(QString(), int(ProxySettings::Mode::System));
    m_mode->addItem(QString(), int(ProxySettings::Mode::None));
    m_mode->addItem(QString(), int(ProxySettings::Mode::Manual));
    m_type->addItem(QStringLiteral("HTTP"), int(QNetworkProxy::HttpProxy));
    m_type->addItem(QStringLiteral("SOCKS5"), int(QNetworkProxy::Socks5Proxy));
    m_pinNote->setWordWrap(true);
    m_pinNote->setTextFormat(Qt::PlainText);
    m_caList->setMaximumHeight(fontMetrics().height() * 5);
    m_pins->setMaximumHeight(fontMetrics().height() * 4);
    m_modeLabel->setBuddy(m_mode);
    m_typeLabel->setBuddy(m_type);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_certificateLabel->setBuddy(m_certificate);
    m_keyLabel->setBuddy(m_key);
    m_passphraseLabel->setBuddy(m_passphrase);

    auto *proxyForm = new QFormLayout(m_proxyBox);
    proxyForm->addRow(m_modeLabel, m_mode);
    proxyForm->addRow(m_typeLabel, m_type);
    proxyForm->addRow(m_hostLabel, m_host);
    proxyForm->addRow(m_portLabel, m_port);
    proxyForm->addRow(m_userLabel, m_user);
    proxyForm->addRow(m_passwordLabel, m_password);
    proxyForm->addRow(m_proxyMessage);

    auto *caButtons = new QVBoxLayout;
    caButtons->addWidget(m_addCaFile);
    caButtons->addWidget(m_addCaFolder);
    caButtons->addWidget(m_removeCa);
    caButtons->addStretch();
    auto *caLayout = new QHBoxLayout(m_caBox);
    caLayout->addWidget(m_caList, 1);
    caLayout->addLayout(caButtons);

    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(m_browseCertificate);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_browseKey);
    auto *clientForm = new QFormLayout(m_clientBox);
    clientForm->addRow(m_certificateLabel, certificateRow);
    clientForm->addRow(m_keyLabel, keyRow);
    clientForm->addRow(m_passphraseLabel, m_passphrase);
    clientForm->addRow(m_tlsMessage);

    auto *pinLayout = new QVBoxLayout(m_pinBox);
    pinLayout->addWidget(m_pinNote);
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pins, 1);
    auto *pinButtons = new QVBoxLayout;
    pinButtons->addWidget(m_removePin);
    pinButtons->addStretch();
    pinRow->addLayout(pinButtons);
    pinLayout->addLayout(pinRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_proxyBox);
    layout->addWidget(m_caBox);
    layout->addWidget(m_clientBox);
    layout->addWidget(m_pinBox);
    layout->addStretch();

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_marks.clear(m_host, m_proxyMessage);
        updateEnabled();
    });
    connect(m_host, &QLineEdit::textEdited, this, [this] { m_marks.clear(m_host, m_proxyMessage); });
    connect(m_addCaFile, &QPushButton::clicked, this, [this] {
        const QStringList files =
            QFileDialog::getOpenFileNames(this, tr("Add CA Certificates"), QString(),
                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        for (const QString &file : files)
            addCaPath(file);
    });
    connect(m_addCaFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a Folder of CA Certificates"));
        if (!folder.isEmpty())
            addCaPath(folder);
    });
    connect(m_removeCa, &QPushButton::clicked, this, [this] {
        delete m_caList->currentItem();
        m_marks.clear(nullptr, m_tlsMessage);
        updateEnabled();
    });
    connect(m_removePin, &QPushButton::clicked, this, [this] {
        delete m_pins->currentItem();
        updateEnabled();
    });
    connect(m_caList, &QListWidget::currentRowChanged, this, &NetworkSettingsForm::updateEnabled);
    connect(m_pins, &QListWidget::currentRowChanged, this, &NetworkSettingsForm::updateEnabled);
    connect(m_browseCertificate, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Client Certificate"), m_certificate->text(),
                                         tr("Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)"));
        if (!file.isEmpty())
            m_certificate->setText(file);
    });
    connect(m_browseKey, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Client Key"), m_key->text(),
                                                          tr("Keys (*.pem *.key);;All files (*)"));
        if (!file.isEmpty())
            m_key->setText(file);
    });
    for (QLineEdit *edit : {m_certificate, m_key, m_passphrase})
        connect(edit, &QLineEdit::textChanged, this, [this, edit] { m_marks.clear(edit, m_tlsMessage); });
    retranslateUi();
    updateEnabled();
}

void NetworkSettingsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NetworkSettingsForm::retranslateUi()
{
    m_proxyBox->setTitle(tr("Proxy"));
    m_mode->setItemText(0, tr("System (environment or OS settings)"));
    m_mode->setItemText(1, tr("None (always direct)"));
    m_mode->setItemText(2, tr("Manual"));
    m_modeLabel->setText(tr("&Proxy:"));
    m_typeLabel->setText(tr("&Type:"));
    m_hostLabel->setText(tr("&Host:"));
    m_portLabel->setText(tr("P&ort:"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setToolTip(tr("Kept in the keychain with the profile, never in a file"));
    m_caBox->setTitle(tr("Extra CA certificates"));
    m_caList->setToolTip(tr("PEM files or folders of them, trusted besides the system's certificates"));
    m_addCaFile->setText(tr("Add &File…"));
    m_addCaFolder->setText(tr("Add F&older…"));
    m_removeCa->setText(tr("&Remove"));
    m_clientBox->setTitle(tr("Client certificate"));
    m_certificateLabel->setText(tr("&Certificate:"));
    m_certificate->setPlaceholderText(tr("PEM, or PKCS#12 (.p12/.pfx) with its key"));
    m_keyLabel->setText(tr("&Key:"));
    m_key->setPlaceholderText(tr("PEM key (none with PKCS#12)"));
    m_passphraseLabel->setText(tr("Pa&ssphrase:"));
    m_passphrase->setToolTip(tr("Kept in the keychain with the profile, never in a file"));
    m_browseCertificate->setText(tr("Browse…"));
    m_browseKey->setText(tr("Browse…"));
    m_pinBox->setTitle(tr("Trusted certificates"));
    m_pinNote->setText(tr("Certificates trusted for this profile only, by their SHA-256 fingerprint "
                          "(trusted from the error panel)."));
    m_removePin->setText(tr("R&emove"));
    m_marks.retranslate();
}

void NetworkSettingsForm::updateEnabled()
{
    const bool manual = m_mode->currentData().toInt() == int(ProxySettings::Mode::Manual);
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_host, m_port, m_user, m_password})
        w->setEnabled(manual);
    m_removeCa->setEnabled(m_caList->currentItem() != nullptr);
    m_removePin->setEnabled(m_pins->currentItem() != nullptr);
}

void NetworkSettingsForm::addCaPath(const QString &path)
{
    if (path.isEmpty() || !m_caList->findItems(path, Qt::MatchExactly).isEmpty())
        return;
    m_caList->addItem(path);
    m_marks.clear(nullptr, m_tlsMessage);
    updateEnabled();
}

void NetworkSettingsForm::setSettings(const NetworkSettings &settings)
{
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(settings.proxy.mode))));
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(settings.proxy.type))));
    m_host->setText(settings.proxy.host);
    m_port->setValue(settings.proxy.port);
    m_user->setText(settings.proxy.user);
    m_password->setText(settings.proxy.password);
    m_caList->clear();
    m_caList->addItems(settings.tls.caPaths);
    m_certificate->setText(settings.tls.clientCertificateFile);
    m_key->setText(settings.tls.clientKeyFile);
    m_passphrase->setText(QString::fromUtf8(settings.tls.passphrase));
    m_pins->clear();
    m_pins->addItems(settings.tls.pins);
    m_marks.clear(m_host, m_proxyMessage);
    m_marks.clear(m_certificate, m_tlsMessage);
    updateEnabled();
}

NetworkSettings NetworkSettingsForm::settings() const
{
    NetworkSettings n;
    n.proxy.mode = ProxySettings::Mode(m_mode->currentData().toInt());
    n.proxy.type = QNetworkProxy::ProxyType(m_type->currentData().toInt());
    n.proxy.host = m_host->text().trimmed();
    n.proxy.port = quint16(m_port->value());
    n.proxy.user = m_user->text().trimmed();
    n.proxy.password = m_password->text();
    for (int i = 0; i < m_caList->count(); ++i)
        n.tls.caPaths.append(m_caList->item(i)->text());
    n.tls.clientCertificateFile = m_certificate->text().trimmed();
    n.tls.clientKeyFile = m_key->text().trimmed();
    n.tls.passphrase = m_passphrase->text().toUtf8();
    for (int i = 0; i < m_pins->count(); ++i)
        n.tls.pins.append(m_pins->item(i)->text());
    return n;
}

bool NetworkSettingsForm::validate()
{
    bool ok = true;
    const NetworkSettings n = settings();
    QString error;
    if (!ProfileStore::validateNetwork(n, &error)) {
        m_marks.set(m_host, m_proxyMessage, [error] { return error; });
        ok = false;
    } else {
        m_marks.clear(m_host, m_proxyMessage);
    }
    // The files are read now, as the client will read them: the error names the file and what is wrong.
    if (!NetworkSetup::sslConfiguration(n.tls, &error)) {
        QWidget *field = nullptr;
        if (!n.tls.clientKeyFile.isEmpty() && error.contains(n.tls.clientKeyFile))
            field = m_key;
        else if (!n.tls.clientCertificateFile.isEmpty() && error.contains(n.tls.clientCertificateFile))
            field = m_certificate;
        else if (!n.tls.caPaths.isEmpty())
            field = m_caList;
        m_marks.set(field, m_tlsMessage, [error] { return error; });
        ok = false;
    }
    return ok;
}

} // namespace cx::gui
