#include "help/UserGuideDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cx::gui {

QString UserGuideDialog::resourceRoot()
{
    return QStringLiteral(":/user-guide/user-guide/");
}

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Connect Explorer User Guide"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    m_browser->setSearchPaths({resourceRoot()});
    // Links to other sites go to the system browser; the guide's own pages stay here.
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *contents = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    auto *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(contents, &QPushButton::clicked, this, [this] { open(QStringLiteral("index.md")); });
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 60, fontMetrics().height() * 36);
    open(QStringLiteral("index.md"));
}

void UserGuideDialog::open(const QString &page)
{
    const QUrl url(QStringLiteral("qrc") + resourceRoot() + page);
    m_browser->setSource(url, QTextDocument::MarkdownResource);
}

} // namespace cx::gui
