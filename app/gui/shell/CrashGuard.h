// Tells the user when the previous run did not end cleanly (a crash, a kill, a power cut).
//
// At start a small "running" marker (start time and pid) is written to
// AppLocalDataLocation/running/<pid>.json and removed again when the guard is destroyed at a clean exit.
// A marker left behind by a process that is no longer alive means that run never got that far: the next
// start says so once, after the window opens, without blocking anything (a status bar message and a
// non-modal information dialog with an "Open Log Folder" button). Drafts are restored by the window
// itself (DraftStore); the notice only says that they were kept. Several instances at once are fine:
// each has its own marker and a live process's marker is left alone.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

class QMainWindow;
class QMessageBox;

namespace cx::gui {

class CrashGuard : public QObject
{
    Q_OBJECT

public:
    // `directory` empty: AppLocalDataLocation/running (set the application name first).
    // `logDirectory` empty: LogFile::directory(), or its default when the log is not installed.
    explicit CrashGuard(const QString &directory = {}, const QString &logDirectory = {},
                        QObject *parent = nullptr);
    ~CrashGuard() override; // a clean exit: the marker goes

    static QString defaultDirectory();

    bool previousRunCrashed() const { return m_previousCrashed; }
    QDateTime previousStart() const { return m_previousStart; }
    qint64 previousPid() const { return m_previousPid; }
    QString markerPath() const { return m_markerPath; }
    QString logDirectory() const { return m_logDirectory; }

    // The sentence the notice shows (empty when the previous run ended cleanly).
    QString noticeText() const;
    // Shows the notice in `window` once (status bar + non-modal dialog); nothing after a clean exit.
    // Both follow language changes while they are shown. Returns the dialog (nullptr when there was
    // nothing to say).
    QMessageBox *showNoticeIn(QMainWindow *window);

private:
    static QString noticeText(const QDateTime &previousStart, const QString &logDirectory);

    void collectStaleMarkers();
    void writeMarker();

    QString m_directory;
    QString m_logDirectory;
    QString m_markerPath;
    bool m_previousCrashed = false;
    bool m_noticeShown = false;
    QDateTime m_previousStart;
    qint64 m_previousPid = 0;
};

} // namespace cx::gui
