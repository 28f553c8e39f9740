// Runs the real connect-cli ($CONNECT_CLI, set by connect_add_test) while spinning this thread's event
// loop, so servers living in the test's thread (the in-process simulator, raw fault servers) keep serving.
#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

namespace cx::test {

struct CliRun
{
    int exitCode = -1; // -1: did not start or did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// The system environment without the CONNECT_* connection variables a developer may have set, so only
// what a test passes counts.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"CONNECT_BASE_URL", "CONNECT_CLIENT_ID", "CONNECT_CLIENT_SECRET"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

struct CliOptions
{
    QProcessEnvironment environment = cliEnvironment();
    QByteArray input;       // written to standard input
    bool closeStdin = true; // false leaves standard input open (a command that must not wait for it)
    int timeoutMs = 90000;
};

inline CliRun runCli(const QStringList &arguments, const CliOptions &options = {})
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("CONNECT_CLI"));
    process.setArguments(arguments);
    process.setProcessEnvironment(options.environment);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    process.start();
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    if (!options.input.isEmpty())
        process.write(options.input);
    if (options.closeStdin)
        process.closeWriteChannel();
    if (!finished.wait(options.timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return run;
    }
    run.elapsedMs = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace cx::test
