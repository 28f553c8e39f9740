#include "profiles/TrustedCertificatesDialog.h"

#include "common/VerbatimLabel.h"
#include "connection/Connection.h"
#include "net/NetworkSettings.h"
#include "profiles/FieldMessage.h"
#include "profiles/ProfileController.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx::gui {

namespace {

constexpr int PinRole = Qt::UserRole;

} // namespace

TrustedCertificatesDialog::TrustedCertificatesDialog(ProfileController *profiles, Connection *connection,
                                                     QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_connection(connection),
      m_intro(wrappedLabel(QStringLiteral("trustedCertificatesIntro"), this)), m_list(new QListWidget(this)),
      m_empty(wrappedLabel(QStringLiteral("trustedCertificatesEmpty"), this)),
      m_error(makeFieldMessageLabel(QStringLiteral("trustedCertificatesError"), this)),
      m_remove(new QPushButton(this)), m_removeAll(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("trustedCertificatesDialog"));
    m_list->setObjectName(QStringLiteral("trustedCertificatesList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_remove->setObjectName(QStringLiteral("removeTrustedCertificateButton"));
    m_removeAll->setObjectName(QStringLiteral("removeAllTrustedCertificatesButton"));
    m_remove->setAutoDefault(false);
    m_removeAll->setAutoDefault(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_remove);
    side->addWidget(m_removeAll);
    side->addStretch();
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &TrustedCertificatesDialog::updateEnabled);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QStringList pins;
        for (const QListWidgetItem *item : m_list->selectedItems())
            pins << item->data(PinRole).toString();
        removePins(pins);
    });
    connect(m_removeAll, &QPushButton::clicked, this,
            [this] { removePins(m_connection->profile().network.tls.pins); });
    // Pins trusted from the error panel meanwhile, or another profile now in use: the list follows.
    connect(m_connection, &Connection::profileChanged, this, [this] {
        retranslateUi();
        reload();
    });
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    retranslateUi();
    reload();
}

QString TrustedCertificatesDialog::fingerprintOf(const QString &pin)
{
    const QByteArray digest = NetworkSetup::pinDigest(pin);
    if (digest.size() != 32)
        return pin.trimmed();
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

bool TrustedCertificatesDialog::removePins(const QStringList &pins)
{
    if (pins.isEmpty())
        return true;
    NetworkSettings network = m_connection->profile().network;
    for (const QString &pin : pins)
        network.tls.pins.removeAll(pin);
    QString error;
    const bool saved = m_profiles->saveNetwork(network, &error);
    if (saved) {
        m_error->hide();
    } else {
        m_error->setText(tr("The change was not saved: %1").arg(error));
        m_error->show();
    }
    reload();
    return saved;
}

void TrustedCertificatesDialog::reload()
{
    const QStringList pins = m_connection->profile().network.tls.pins;
    m_list->clear();
    for (const QString &pin : pins) {
        const QString fingerprint = fingerprintOf(pin);
        auto *item = new QListWidgetItem(m_list);
        item->setData(PinRole, pin);
        item->setText(tr("Fingerprint (SHA-256): %1\nPin: %2").arg(fingerprint, pin));
        item->setToolTip(pin);
        item->setData(Qt::AccessibleTextRole,
                      tr("Certificate with the SHA-256 fingerprint %1").arg(fingerprint));
    }
    m_list->setVisible(!pins.isEmpty());
    m_empty->setVisible(pins.isEmpty());
    updateEnabled();
}

void TrustedCertificatesDialog::updateEnabled()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_removeAll->setEnabled(m_list->count() > 0);
}

void TrustedCertificatesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void TrustedCertificatesDialog::retranslateUi()
{
    const QString profile = m_connection->profile().name;
    setWindowTitle(tr("Trusted Certificates"));
    m_intro->setText(
        tr("Certificates the profile \"%1\" trusts by their SHA-256 fingerprint (trusted from the "
           "error panel). Remove one and the app no longer trusts that certificate: the next "
           "request to its server fails as untrusted and asks again.")
            .arg(profile));
    m_list->setAccessibleName(tr("Trusted certificates"));
    m_list->setAccessibleDescription(tr("Certificates trusted for the profile \"%1\"").arg(profile));
    m_empty->setText(tr("The profile \"%1\" trusts no certificate by its fingerprint.").arg(profile));
    m_remove->setText(tr("&Remove"));
    m_remove->setAccessibleName(tr("Remove the selected certificates"));
    m_removeAll->setText(tr("Remove &All"));
    m_removeAll->setAccessibleName(tr("Remove all trusted certificates"));
}

} // namespace cx::gui
