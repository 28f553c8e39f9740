#include "logging/LogFile.h"

#include "export/Redactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStandardPaths>
#include <cstdlib>

namespace cx {
namespace {

struct State
{
    QMutex mutex;
    Redactor redactor;
    QString directory;
    QFile file;
    qint64 maxSize = 1024 * 1024;
    int keepCount = 3;
    bool installed = false;
    bool debugWanted = false;
    QtMessageHandler previous = nullptr;
};

State &state()
{
    static State s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

// Structural rules for free text: what looks like a credential even when nobody registered it.
QString redactPatterns(QString text)
{
    const QString mask = Redactor::mask();
    // "Authorization: Bearer xyz", "Bearer xyz", "Basic xyz": keep the scheme, mask the value.
    static const QRegularExpression scheme(QStringLiteral(R"((\b(?:Bearer|Basic)\s+)[A-Za-z0-9._~+/=-]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    text.replace(scheme, QStringLiteral("\\1") + mask);
    // "Authorization: anything" / "Proxy-Authorization=anything" without a known scheme.
    static const QRegularExpression authorization(
        QStringLiteral(R"(((?:Proxy-)?Authorization"?\s*[:=]\s*"?)(?!(?:Bearer|Basic)\s)[^\s",;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(authorization, QStringLiteral("\\1") + mask);
    // JWT-looking strings: three base64url parts, the first starting with "eyJ" ('{"').
    static const QRegularExpression jwt(
        QStringLiteral(R"(\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*)"));
    text.replace(jwt, mask);
    // key=value and "key": "value" pairs of secret fields (forms, query strings, JSON).
    static const QRegularExpression field(
        QStringLiteral(R"re(((?:client[_-]?secret|access[_-]?token|refresh[_-]?token|id[_-]?token|)re"
                       R"re(password|passwd|api[_-]?key|apikey|secret|token)"?\s*[=:]\s*"?)([^\s"&,;}]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = field.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart(2) - last);
        out += match.captured(2) == mask ? match.captured(2) : mask;
        last = match.capturedEnd(2);
    }
    out += QStringView(text).mid(last);
    return out;
}

void rotateLocked(State &s)
{
    const QString base = s.file.fileName();
    s.file.close();
    QFile::remove(base + QLatin1Char('.') + QString::number(s.keepCount));
    for (int i = s.keepCount - 1; i >= 1; --i)
        QFile::rename(base + QLatin1Char('.') + QString::number(i),
                      base + QLatin1Char('.') + QString::number(i + 1));
    if (s.keepCount > 0)
        QFile::rename(base, base + QStringLiteral(".1"));
    else
        QFile::remove(base);
    s.file.setFileName(base);
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void writeLocked(State &s, const QByteArray &line)
{
    if (!s.file.isOpen())
        return;
    if (s.file.size() > 0 && s.file.size() + line.size() > s.maxSize)
        rotateLocked(s);
    if (!s.file.isOpen())
        return;
    s.file.write(line);
    s.file.flush();
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    QtMessageHandler previous = nullptr;
    QString redacted;
    {
        QMutexLocker lock(&s.mutex);
        previous = s.previous;
        redacted = redactPatterns(s.redactor.redactText(message));
        // Debug lines reach a handler whenever their category is enabled, and the default category's
        // debug output is on unless a rule turns it off: the file takes them only when the user asked
        // for debug logging through QT_LOGGING_RULES (which then also picks the categories).
        const bool write = type != QtDebugMsg || s.debugWanted;
        const QString category = context.category && qstrcmp(context.category, "default") != 0
                                     ? QString::fromLatin1(context.category) + QStringLiteral(": ")
                                     : QString();
        const QString line = QStringLiteral("%1 %2 %3%4\n")
                                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                      QString::fromLatin1(levelName(type)), category, redacted);
        if (write)
            writeLocked(s, line.toUtf8());
    }
    if (previous)
        previous(type, context, redacted);
}

} // namespace

QString LogFile::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs"));
}

void LogFile::install(const QString &directory)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.installed)
            return;
        s.directory = directory.isEmpty() ? defaultDirectory() : directory;
        QDir().mkpath(s.directory);
        s.file.setFileName(QDir(s.directory).filePath(QStringLiteral("connect-explorer.log")));
        s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
        s.installed = true;
        s.debugWanted = qEnvironmentVariableIsSet("QT_LOGGING_RULES");
    }
    // The handler must never outlive what it uses. Messages still come after main() returns (Qt unloads
    // its plugins, e.g. the TLS backend, during static destruction, and logs that with debug rules on):
    // by then the redaction patterns, function-local statics, may be destroyed, and using them corrupted
    // the heap. So the patterns are built now, and the handler is removed when the application object
    // goes and at exit, both before any of them is destroyed (atexit runs in reverse order of
    // registration, after the statics built above were constructed).
    (void)redactPatterns(QString());
    static bool exitHookRegistered = false;
    if (!exitHookRegistered) {
        exitHookRegistered = true;
        std::atexit([] { LogFile::uninstall(); });
    }
    if (QCoreApplication::instance())
        qAddPostRoutine([] { LogFile::uninstall(); });
    // Outside the lock: the previous handler is only read under it by handler().
    QtMessageHandler previous = qInstallMessageHandler(handler);
    QMutexLocker lock(&s.mutex);
    s.previous = previous;
}

void LogFile::uninstall()
{
    State &s = state();
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&s.mutex);
        if (!s.installed)
            return;
        previous = s.previous;
        s.previous = nullptr;
        s.installed = false;
        s.file.close();
    }
    qInstallMessageHandler(previous);
}

bool LogFile::isInstalled()
{
    QMutexLocker lock(&state().mutex);
    return state().installed;
}

void LogFile::addSecret(const QString &value)
{
    QMutexLocker lock(&state().mutex);
    state().redactor.addSecret(value);
}

void LogFile::addSecrets(SharedSecrets live)
{
    QMutexLocker lock(&state().mutex);
    state().redactor.setLiveSecrets(std::move(live));
}

void LogFile::removeSecret(const QString &value)
{
    QMutexLocker lock(&state().mutex);
    state().redactor.removeSecret(value);
}

QString LogFile::directory()
{
    QMutexLocker lock(&state().mutex);
    return state().directory;
}

QString LogFile::filePath()
{
    QMutexLocker lock(&state().mutex);
    return state().file.fileName();
}

void LogFile::setMaxSize(qint64 bytes)
{
    QMutexLocker lock(&state().mutex);
    state().maxSize = qMax<qint64>(bytes, 1024);
}

void LogFile::setKeepCount(int count)
{
    QMutexLocker lock(&state().mutex);
    state().keepCount = qMax(count, 0);
}

QString LogFile::redact(const QString &text)
{
    QMutexLocker lock(&state().mutex);
    return redactPatterns(state().redactor.redactText(text));
}

} // namespace cx
