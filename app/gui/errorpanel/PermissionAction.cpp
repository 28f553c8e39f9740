#include "PermissionAction.h"

#include "ErrorPanel.h"
#include "auth/Session.h"
#include "errors/MissingScopes.h"

#include <QColor>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace cx::gui {

PermissionAction::PermissionAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent)
    : ActionWidget(panel, entry, live, parent), m_missingLabel(nullptr), m_grantedHeader(new QLabel(this)),
      m_requiredHeader(new QLabel(this)), m_who(nullptr), m_renew(nullptr), m_granted(new QListWidget(this)),
      m_required(new QListWidget(this))
{
    if (const Endpoint *endpoint = panel->catalog().find(entry.request.method, entry.request.path))
        m_requiredScopes = endpoint->requiredScopes;

    m_missingLabel = addLabel(QString(), "permissionMissing");
    QFont bold = m_missingLabel->font();
    bold.setBold(true);
    m_missingLabel->setFont(bold);

    m_granted->setObjectName(QStringLiteral("grantedScopes"));
    m_required->setObjectName(QStringLiteral("requiredScopes"));
    const int rows = fontMetrics().height() * 6;
    m_granted->setMaximumHeight(rows);
    m_required->setMaximumHeight(rows);
    auto *grid = new QGridLayout;
    m_grantedHeader->setWordWrap(true);
    m_requiredHeader->setWordWrap(true);
    grid->addWidget(m_grantedHeader, 0, 0);
    grid->addWidget(m_requiredHeader, 0, 1);
    for (QListWidget *list : {m_granted, m_required}) {
        list->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 5);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    grid->addWidget(m_granted, 1, 0);
    grid->addWidget(m_required, 1, 1);
    static_cast<QBoxLayout *>(layout())->addLayout(grid);

    m_who = addLabel(QString(), "permissionWho");

    m_renew = new QPushButton(this);
    m_renew->setObjectName(QStringLiteral("permissionRenew"));
    static_cast<QBoxLayout *>(layout())->addWidget(m_renew, 0, Qt::AlignLeft);
    connect(m_renew, &QPushButton::clicked, panel, [panel] { panel->session()->signIn(); });

    connect(panel->session(), &Session::introspected, this, [this] { fill(); });
    retranslateUi();
    // Asked again even when known: a 403 may be the news that the token lost a scope since.
    if (live && panel->session()->state() == Session::State::SignedIn)
        panel->session()->introspect();
}

void PermissionAction::retranslateUi()
{
    m_granted->setAccessibleName(tr("Scopes granted to the token"));
    m_required->setAccessibleName(tr("Scopes the endpoint requires"));
    m_grantedHeader->setText(tr("Granted (introspection)"));
    m_requiredHeader->setText(tr("Required (catalog)"));
    m_who->setText(tr("Who can grant it: scopes belong to the OAuth client, so its owner adds them in the "
                      "Cliquify developer portal; tokens issued after that carry them. For a permission on a "
                      "resource, ask an administrator of the account."));
    m_renew->setText(tr("Sign in again to pick up &new scopes"));
    // The lists hold translated placeholders and tool tips too; refilling keeps the rows picked.
    const int grantedRow = m_granted->currentRow();
    const int requiredRow = m_required->currentRow();
    fill();
    m_granted->setCurrentRow(grantedRow);
    m_required->setCurrentRow(requiredRow);
}

QStringList PermissionAction::scopesNamedBy(const ApiError &error)
{
    return MissingScopes::namedBy(error);
}

QStringList PermissionAction::missing(const ApiError &error, const QStringList &required,
                                      const QStringList &granted)
{
    return MissingScopes::of(error, required, granted);
}

void PermissionAction::fill()
{
    bool known = false;
    const QStringList granted = panel()->grantedScopes(&known);
    m_missing = missing(entry().error, m_requiredScopes, granted);

    if (!m_missing.isEmpty())
        m_missingLabel->setText(tr("Missing scope: %1").arg(m_missing.join(QStringLiteral(", "))));
    else if (entry().decision.code() == QLatin1String("permission_not_found"))
        m_missingLabel->setText(tr("The permission the request refers to does not exist."));
    else
        m_missingLabel->setText(tr("No scope is missing: the user or account lacks a permission on this "
                                   "resource."));

    m_granted->clear();
    if (!known)
        m_granted->addItem(tr("(not known yet)"));
    for (const QString &scope : granted)
        m_granted->addItem(scope);
    QStringList required = m_requiredScopes;
    for (const QString &scope : std::as_const(m_missing)) {
        if (!required.contains(scope))
            required << scope;
    }
    m_required->clear();
    if (required.isEmpty())
        m_required->addItem(tr("(none listed)"));
    for (const QString &scope : std::as_const(required)) {
        auto *item = new QListWidgetItem(scope, m_required);
        if (m_missing.contains(scope)) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setForeground(QColor(0xd3, 0x2f, 0x2f));
            item->setToolTip(tr("Not granted to this token"));
        }
    }
}

} // namespace cx::gui
