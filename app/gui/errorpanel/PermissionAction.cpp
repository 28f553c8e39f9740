#include "PermissionAction.h"

#include "ErrorPanel.h"
#include "auth/Session.h"
#include "errors/MissingScopes.h"

#include <QColor>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>

namespace cx::gui {

namespace {

// The relogin action's context: its button says the same, and its translations exist.
struct ReloginTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::gui::ReloginAction)
};

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

// The width a list needs to show its longest row whole, with room for a vertical scroll bar.
int listWidthNeeded(const QListWidget *list)
{
    int widest = 0;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        const QFont font = item->data(Qt::FontRole).isValid() ? item->font() : list->font();
        widest = qMax(widest, QFontMetrics(font).horizontalAdvance(item->text()));
    }
    return widest + 2 * list->frameWidth() + list->verticalScrollBar()->sizeHint().width() +
           list->fontMetrics().averageCharWidth() * 2; // the item's own margins
}

// A list as tall as its rows (up to its maximum): in the panel's scroll area it is never squeezed to a
// sliver, the panel scrolls instead.
void fitHeightToRows(QListWidget *list)
{
    const int rows = qMax(1, int(list->count()));
    const int rowHeight = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height();
    list->setMinimumHeight(qMin(list->maximumHeight(), rows * rowHeight + 2 * list->frameWidth()));
}

} // namespace

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
    m_grantedHeader->setWordWrap(true);
    m_requiredHeader->setWordWrap(true);
    for (QListWidget *list : {m_granted, m_required}) {
        list->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 5);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    m_lists = new QGridLayout;
    arrangeLists(true);
    static_cast<QBoxLayout *>(layout())->addLayout(m_lists);

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
    // Short on the button (the panel is narrow, more so in presentation mode's larger font), whole in the
    // tooltip. The short words are the relogin action's, so every language has them already.
    m_renew->setText(ReloginTr::tr("&Sign in again"));
    m_renew->setToolTip(withoutMnemonic(tr("Sign in again to pick up &new scopes")));
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
    fitHeightToRows(m_granted);
    fitHeightToRows(m_required);
    arrangeLists(width() >= sideBySideWidth());
}

int PermissionAction::sideBySideWidth() const
{
    auto column = [](const QLabel *header, const QListWidget *list) {
        return qMax(header->fontMetrics().horizontalAdvance(header->text()), listWidthNeeded(list));
    };
    return column(m_grantedHeader, m_granted) + qMax(0, m_lists->horizontalSpacing()) +
           column(m_requiredHeader, m_required);
}

void PermissionAction::arrangeLists(bool sideBySide)
{
    if (m_lists->count() > 0 && sideBySide == m_sideBySide)
        return;
    m_sideBySide = sideBySide;
    for (QWidget *widget : {static_cast<QWidget *>(m_grantedHeader), static_cast<QWidget *>(m_granted),
                            static_cast<QWidget *>(m_requiredHeader), static_cast<QWidget *>(m_required)})
        m_lists->removeWidget(widget);
    m_lists->addWidget(m_grantedHeader, 0, 0);
    m_lists->addWidget(m_granted, 1, 0);
    if (sideBySide) {
        m_lists->addWidget(m_requiredHeader, 0, 1);
        m_lists->addWidget(m_required, 1, 1);
    } else {
        m_lists->addWidget(m_requiredHeader, 2, 0);
        m_lists->addWidget(m_required, 3, 0);
    }
    m_lists->setColumnStretch(0, 1);
    m_lists->setColumnStretch(1, sideBySide ? 1 : 0);
}

void PermissionAction::resizeEvent(QResizeEvent *event)
{
    arrangeLists(event->size().width() >= sideBySideWidth());
    ActionWidget::resizeEvent(event);
}

} // namespace cx::gui
