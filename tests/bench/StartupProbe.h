// Shared by the start-up benchmarks: when did this process start, when was its first window shown
// with the event loop idle, and how much memory does it hold once it has sat idle for a second.
//
// "Start" is BENCH_T0_NS (CLOCK_REALTIME in nanoseconds, taken by bench_launch just before it spawned
// us), or, without it, the kernel's start time of this process (/proc/self/stat, 10 ms resolution).
// "Interactive" is the first Expose of the window, then two turns of the event loop with nothing
// left to do (zero-timers run after the expose has been painted and flushed). "ui_cpu_ms" is the
// processor time the UI thread (main()'s) used up to then: the rest of "interactive_ms" it waited (for
// the display server, the disk, another thread), which says whether a slower start-up computed more or
// waited more.
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWindow>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace cx::bench {

inline qint64 nowNs(clockid_t clock = CLOCK_REALTIME)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Nanoseconds since this process started (see above), on the CLOCK_REALTIME scale.
inline qint64 processStartNs()
{
    bool ok = false;
    const qint64 fromLauncher = qEnvironmentVariable("BENCH_T0_NS").toLongLong(&ok);
    if (ok && fromLauncher > 0)
        return fromLauncher;
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return nowNs();
    const QByteArray text = stat.readAll();
    // Field 22 (starttime, clock ticks since boot) counts from after the ")" ending field 2.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const qint64 ticks = fields.value(19).toLongLong();
    const qint64 sinceBootNs = ticks * 1'000'000'000 / sysconf(_SC_CLK_TCK);
    return nowNs() - (nowNs(CLOCK_BOOTTIME) - sinceBootNs);
}

// A line of /proc/self/status in kB, e.g. "VmRSS" or "VmHWM".
inline qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Named moments of start-up (e.g. "app", "catalog", "window"), printed in the JSON line as "phases"
// in ms since the process started, so a slower start-up says which step grew.
struct Phase
{
    const char *name;
    qint64 ns;
    qint64 cpuNs; // the UI thread's processor time by then ("phases_cpu")
};
inline QList<Phase> &phases()
{
    static QList<Phase> list;
    return list;
}
inline void mark(const char *name)
{
    phases().append({name, nowNs(), nowNs(CLOCK_THREAD_CPUTIME_ID)});
}

class StartupProbe : public QObject
{
public:
    // `mainNs` is when main() was entered; `idleMs` how long to sit idle before reading VmRSS.
    StartupProbe(QWindow *window, qint64 mainNs, int idleMs = 1000)
        : m_window(window), m_startNs(processStartNs()), m_mainNs(mainNs), m_idleMs(idleMs)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Expose && m_exposeNs == 0 &&
            m_window->isExposed()) {
            m_exposeNs = nowNs();
            // Posted now, run once the expose (paint + flush) is done and the queue is empty; the
            // second hop makes sure whatever the first frame queued has run too.
            QTimer::singleShot(0, this, [this] { QTimer::singleShot(0, this, [this] { onIdle(); }); });
        }
        return false;
    }

private:
    void onIdle()
    {
        m_idleNs = nowNs();
        m_idleCpuNs = nowNs(CLOCK_THREAD_CPUTIME_ID);
        QTimer::singleShot(m_idleMs, this, [this] {
            QByteArray phaseJson;
            QByteArray phaseCpuJson;
            for (const Phase &phase : std::as_const(phases())) {
                phaseJson += QByteArray(phaseJson.isEmpty() ? "" : ",") + '"' + phase.name +
                             "\":" + QByteArray::number(double(phase.ns - m_startNs) / 1e6, 'f', 3);
                phaseCpuJson += QByteArray(phaseCpuJson.isEmpty() ? "" : ",") + '"' + phase.name +
                                "\":" + QByteArray::number(double(phase.cpuNs) / 1e6, 'f', 3);
            }
            std::printf("{\"main_ms\":%.3f,\"expose_ms\":%.3f,\"interactive_ms\":%.3f,\"ui_cpu_ms\":%.3f,"
                        "\"idle_rss_kb\":%lld,\"hwm_kb\":%lld,\"phases\":{%s},\"phases_cpu\":{%s}}\n",
                        double(m_mainNs - m_startNs) / 1e6, double(m_exposeNs - m_startNs) / 1e6,
                        double(m_idleNs - m_startNs) / 1e6, double(m_idleCpuNs) / 1e6, statusKb("VmRSS"),
                        statusKb("VmHWM"), phaseJson.constData(), phaseCpuJson.constData());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }

    QWindow *m_window;
    qint64 m_startNs;
    qint64 m_mainNs;
    int m_idleMs;
    qint64 m_exposeNs = 0;
    qint64 m_idleNs = 0;
    qint64 m_idleCpuNs = 0; // the UI thread's processor time up to the idle point
};

} // namespace cx::bench
