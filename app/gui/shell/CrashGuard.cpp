#include "shell/CrashGuard.h"

#include "common/Retranslate.h"
#include "logging/LogFile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace cx::gui {
namespace {

bool processIsAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    // Without a cheap portable check a leftover marker counts as a crash (pids are rarely reused soon).
    return false;
#endif
}

} // namespace

CrashGuard::CrashGuard(const QString &directory, const QString &logDirectory, QObject *parent)
    : QObject(parent), m_directory(directory.isEmpty() ? defaultDirectory() : directory),
      m_logDirectory(logDirectory)
{
    if (m_logDirectory.isEmpty())
        m_logDirectory = LogFile::isInstalled() ? LogFile::directory() : LogFile::defaultDirectory();
    QDir().mkpath(m_directory);
    collectStaleMarkers();
    writeMarker();
}

CrashGuard::~CrashGuard()
{
    QFile::remove(m_markerPath);
}

QString CrashGuard::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("running"));
}

void CrashGuard::collectStaleMarkers()
{
    const QDir dir(m_directory);
    const auto markers = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : markers) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject marker = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        const qint64 pid = marker.value(QStringLiteral("pid")).toInteger();
        if (processIsAlive(pid))
            continue; // another instance that is still running
        const QDateTime started =
            QDateTime::fromString(marker.value(QStringLiteral("started")).toString(), Qt::ISODate);
        // The newest leftover is the one to report (the list is sorted newest first).
        if (!m_previousCrashed) {
            m_previousCrashed = true;
            m_previousStart = started.isValid() ? started : info.lastModified();
            m_previousPid = pid;
        }
        QFile::remove(info.filePath());
    }
    if (m_previousCrashed)
        qWarning("Connect Explorer did not close properly last time (pid %lld, started %s)",
                 static_cast<long long>(m_previousPid), qPrintable(m_previousStart.toString(Qt::ISODate)));
}

void CrashGuard::writeMarker()
{
    const qint64 pid = QCoreApplication::applicationPid();
    m_markerPath = QDir(m_directory).filePath(QString::number(pid) + QStringLiteral(".json"));
    QJsonObject marker;
    marker.insert(QStringLiteral("pid"), pid);
    marker.insert(QStringLiteral("started"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    marker.insert(QStringLiteral("version"), QCoreApplication::applicationVersion());
    QSaveFile file(m_markerPath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(marker).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

QString CrashGuard::noticeText() const
{
    if (!m_previousCrashed)
        return {};
    return noticeText(m_previousStart, m_logDirectory);
}

QString CrashGuard::noticeText(const QDateTime &previousStart, const QString &logDirectory)
{
    return tr("Connect Explorer did not close properly last time (started at %1). Your request drafts "
              "were kept; the log is at %2.")
        .arg(QLocale().toString(previousStart.toLocalTime(), QLocale::ShortFormat),
             QDir::toNativeSeparators(logDirectory));
}

QMessageBox *CrashGuard::showNoticeIn(QMainWindow *window)
{
    if (!m_previousCrashed || m_noticeShown || !window)
        return nullptr;
    m_noticeShown = true;
    constexpr int statusMessageMs = 60000;
    window->statusBar()->showMessage(tr("Connect Explorer did not close properly last time."),
                                     statusMessageMs);
    // The status bar keeps a plain string: show it again in the new language for the time that is left.
    onLanguageChange(this, window,
                     [window, shownFor = QDeadlineTimer(statusMessageMs),
                      shown = window->statusBar()->currentMessage()]() mutable {
                         QStatusBar *statusBar = window->statusBar();
                         if (shownFor.hasExpired() || statusBar->currentMessage() != shown)
                             return;
                         shown = tr("Connect Explorer did not close properly last time.");
                         statusBar->showMessage(shown, int(shownFor.remainingTime()));
                     });

    auto *box = new QMessageBox(QMessageBox::Information, QString(), QString(), QMessageBox::Close, window);
    box->setObjectName(QStringLiteral("crashNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    auto *openLogs = box->addButton(QString(), QMessageBox::ActionRole);
    openLogs->setObjectName(QStringLiteral("openLogFolder"));
    const QString logDirectory = m_logDirectory;
    retranslateWith(box, box, [box, openLogs, previousStart = m_previousStart, logDirectory] {
        box->setWindowTitle(tr("Connect Explorer"));
        box->setText(noticeText(previousStart, logDirectory));
        openLogs->setText(tr("Open Log Folder"));
    });
    // An action button would close the box; keep it open so the user can still read the message.
    openLogs->disconnect();
    connect(openLogs, &QPushButton::clicked, box, [logDirectory] {
        QDir().mkpath(logDirectory);
        QDesktopServices::openUrl(QUrl::fromLocalFile(logDirectory));
    });
    box->setDefaultButton(QMessageBox::Close);
    box->show();
    return box;
}

} // namespace cx::gui
