// One connect-explorer per profile folder, checked on the real binary ($CONNECT_EXPLORER) under the
// offscreen platform, each test in its own HOME and XDG folders:
//  - a second start hands its command line to the running window and exits 0; the first opens the
//    --openapi document it named (relative to the second's working directory), or the New Profile
//    dialog for an unknown --base-url, as its log says;
//  - a second start with a wrong command line says so itself and bothers nobody;
//  - another HOME is another profile folder, so another instance;
//  - a lock left by a killed instance (kill -9), or naming a live process that is not connect-explorer
//    (a reused pid), does not stop the next start;
//  - the history one process writes (appends and compactions) stays whole while connect-cli, which
//    only reads the shared profile settings and never the history, runs beside it again and again.
#include "ConnectSimulator.h"
#include "SimFixture.h"
#include "history/HistoryStore.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace cx;

namespace {

const QString FolderUnderData = QStringLiteral("/Cliquify/Connect Explorer");

// An environment that sends every folder connect-explorer uses into `home`.
QProcessEnvironment environmentFor(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("CONNECT_EXPLORER_NO_KEYCHAIN"), QStringLiteral("1"));
    environment.remove(QStringLiteral("CONNECT_EXPLORER_EXIT_WHEN_READY"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    return environment;
}

QString profileFolder(const QString &home)
{
    return home + QStringLiteral("/data") + FolderUnderData;
}

// Where SingleInstance's server listens for `home` (its name: a hash of the profile folder's path).
QString socketFileOf(const QString &home)
{
    const QByteArray folder = QDir::cleanPath(QDir(profileFolder(home)).absolutePath()).toUtf8();
    return QDir::temp().filePath(
        QStringLiteral("connect-explorer-") +
        QString::fromLatin1(QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(24)));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Explorer
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray output; // standard output and error, merged
    QString home;

    void start(const QString &home, const QStringList &arguments, const QString &directory = {},
               bool exitWhenReady = false)
    {
        this->home = home;
        QProcessEnvironment environment = environmentFor(home);
        if (exitWhenReady)
            environment.insert(QStringLiteral("CONNECT_EXPLORER_EXIT_WHEN_READY"), QStringLiteral("1"));
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->setProgram(qEnvironmentVariable("CONNECT_EXPLORER"));
        process->setArguments(arguments);
        if (!directory.isEmpty())
            process->setWorkingDirectory(directory);
        QObject::connect(process.get(), &QProcess::readyRead, process.get(),
                         [this] { output += process->readAll(); });
        process->start();
    }
    bool finish(int timeoutMs)
    {
        const bool done = process->waitForFinished(timeoutMs);
        output += process->readAll();
        return done;
    }
    ~Explorer()
    {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
            // A killed instance leaves its socket file (the next start on that folder would remove it).
            QFile::remove(socketFileOf(home));
        }
    }
};

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondStartHandsOverItsCommandLine();
    void aWrongCommandLineIsRefusedByTheSecondStartItself();
    void anotherHomeIsAnotherInstance();
    void aLockLeftByAKilledInstanceDoesNotBlock();
    void aLockNamingAnotherLiveProcessDoesNotBlock();
    void historyStaysWholeWhileTheCliRuns();

private:
    // Starts the first instance in `home` and waits until it holds the profile folder's lock and listens.
    bool startFirst(Explorer *first, const QString &home);
};

void TestSingleInstance::initTestCase()
{
    QVERIFY2(QFileInfo(qEnvironmentVariable("CONNECT_EXPLORER")).isExecutable(),
             "CONNECT_EXPLORER must name the connect-explorer binary");
    QVERIFY2(QFileInfo(qEnvironmentVariable("CONNECT_CLI")).isExecutable(),
             "CONNECT_CLI must name the connect-cli binary");
}

bool TestSingleInstance::startFirst(Explorer *first, const QString &home)
{
    first->start(home, {});
    if (!first->process->waitForStarted(10000))
        return false;
    // The lock is taken a moment before the socket listens: wait for both, or a test that kills the
    // first instance at once (under a sanitizer's slow start) may find no socket file left behind.
    const QString lock = profileFolder(home) + QStringLiteral("/instance.lock");
    const QString socket = socketFileOf(home);
    return QTest::qWaitFor(
               [&] {
                   return (QFile::exists(lock) && QFile::exists(socket)) ||
                          first->process->state() != QProcess::Running;
               },
               30000) &&
           first->process->state() == QProcess::Running;
}

void TestSingleInstance::secondStartHandsOverItsCommandLine()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    Explorer first;
    QVERIFY2(startFirst(&first, home.path()), first.output.constData());

    // A relative path: the second start's working directory counts, not the first's.
    const QFileInfo spec(QStringLiteral(CX_TEST_SPEC));
    Explorer second;
    QElapsedTimer timer;
    timer.start();
    second.start(home.path(), {QStringLiteral("--openapi"), spec.fileName()}, spec.absolutePath());
    QVERIFY2(second.finish(30000), second.output.constData());
    QCOMPARE(second.process->exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.process->exitCode() == 0, second.output.constData());
    QVERIFY2(timer.elapsed() < 25000, qPrintable(QString::number(timer.elapsed())));

    // The first one did it: its log (and standard error) says so, and it still runs.
    const QString log = profileFolder(home.path()) + QStringLiteral("/logs/connect-explorer.log");
    const QByteArray opened = "Opened the OpenAPI document " + spec.absoluteFilePath().toUtf8();
    QTRY_VERIFY2_WITH_TIMEOUT(readFile(log).contains(opened), (first.output + readFile(log)).constData(),
                              20000);
    QVERIFY(readFile(log).contains("Another start handed over its command line: --openapi " +
                                   spec.fileName().toUtf8()));
    QTRY_VERIFY_WITH_TIMEOUT(first.output.contains(opened), 5000); // and its standard error
    QCOMPARE(first.process->state(), QProcess::Running);
    // One window, one crash marker: the second start never got that far.
    QCOMPARE(QDir(profileFolder(home.path()) + QStringLiteral("/running")).entryList(QDir::Files).size(), 1);

    // Another server: no saved profile has it, so the New Profile dialog opens filled in.
    Explorer fourth;
    fourth.start(home.path(), {QStringLiteral("--base-url"), QStringLiteral("https://api.example.invalid"),
                               QStringLiteral("--client-id"), QStringLiteral("someone")});
    QVERIFY2(fourth.finish(30000), fourth.output.constData());
    QVERIFY2(fourth.process->exitCode() == 0, fourth.output.constData());
    QTRY_VERIFY2_WITH_TIMEOUT(
        readFile(log).contains("Opened the New Profile dialog for https://api.example.invalid"),
        readFile(log).constData(), 20000);

    // No arguments at all: handed over too (the first comes to the front). A start-up self-check
    // (CONNECT_EXPLORER_EXIT_WHEN_READY, scripts/run.sh) says so instead of "ready".
    Explorer third;
    third.start(home.path(), {}, {}, true);
    QVERIFY2(third.finish(30000), third.output.constData());
    QVERIFY2(third.process->exitCode() == 0, third.output.constData());
    QVERIFY2(third.output.contains("connect-explorer: handed over to the window already running on "),
             third.output.constData());
    QCOMPARE(first.process->state(), QProcess::Running);
}

void TestSingleInstance::aWrongCommandLineIsRefusedByTheSecondStartItself()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    Explorer first;
    QVERIFY2(startFirst(&first, home.path()), first.output.constData());
    Explorer second;
    second.start(home.path(), {QStringLiteral("--client-id"), QStringLiteral("someone")});
    QVERIFY(second.finish(30000));
    QCOMPARE(second.process->exitCode(), 2);
    QVERIFY2(second.output.contains("--base-url"), second.output.constData());
    QTest::qWait(500);
    QVERIFY(!readFile(profileFolder(home.path()) + QStringLiteral("/logs/connect-explorer.log"))
                 .contains("Another start handed over"));
}

void TestSingleInstance::anotherHomeIsAnotherInstance()
{
    QTemporaryDir home;
    QTemporaryDir otherHome;
    QVERIFY(home.isValid() && otherHome.isValid());
    Explorer first;
    QVERIFY2(startFirst(&first, home.path()), first.output.constData());
    Explorer other;
    other.start(otherHome.path(), {}, {}, true);
    QVERIFY2(other.finish(60000), other.output.constData());
    QVERIFY2(other.process->exitCode() == 0 && other.output.contains("connect-explorer: ready"),
             other.output.constData());
}

void TestSingleInstance::aLockLeftByAKilledInstanceDoesNotBlock()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    Explorer first;
    QVERIFY2(startFirst(&first, home.path()), first.output.constData());
    first.process->kill(); // SIGKILL: the lock file and the socket file stay behind
    QVERIFY(first.process->waitForFinished(10000));
    QVERIFY(QFile::exists(profileFolder(home.path()) + QStringLiteral("/instance.lock")));
    QVERIFY(QFile::exists(socketFileOf(home.path())));

    Explorer next;
    QElapsedTimer timer;
    timer.start();
    next.start(home.path(), {}, {}, true);
    QVERIFY2(next.finish(60000), next.output.constData());
    QVERIFY2(next.process->exitCode() == 0 && next.output.contains("connect-explorer: ready"),
             next.output.constData());

    // And the one after it is a second start again, handed over to a new first one.
    Explorer again;
    QVERIFY2(startFirst(&again, home.path()), again.output.constData());
    Explorer second;
    second.start(home.path(), {});
    QVERIFY2(second.finish(30000), second.output.constData());
    QVERIFY2(second.process->exitCode() == 0, second.output.constData());
    QCOMPARE(again.process->state(), QProcess::Running);
}

void TestSingleInstance::aLockNamingAnotherLiveProcessDoesNotBlock()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // The format QLockFile writes (pid, application name, host name), naming this test: alive, but
    // not connect-explorer, as after the crashed instance's pid was given to another program.
    QVERIFY(QDir().mkpath(profileFolder(home.path())));
    QFile lock(profileFolder(home.path()) + QStringLiteral("/instance.lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(QCoreApplication::applicationPid()) + "\nConnect Explorer\n" +
               QSysInfo::machineHostName().toUtf8() + '\n');
    lock.close();

    Explorer next;
    next.start(home.path(), {}, {}, true);
    QVERIFY2(next.finish(60000), next.output.constData());
    QVERIFY2(next.process->exitCode() == 0 && next.output.contains("connect-explorer: ready"),
             next.output.constData());
}

void TestSingleInstance::historyStaysWholeWhileTheCliRuns()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // This process plays the app's part (the one history writer) in the same folders connect-cli reads.
    const QProcessEnvironment environment = environmentFor(home.path());
    for (const QString &name :
         {QStringLiteral("HOME"), QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("XDG_DATA_HOME")})
        qputenv(name.toLocal8Bit().constData(), environment.value(name).toLocal8Bit());

    sim::SimConfig config;
    config.clientId = QStringLiteral("shared-client");
    config.clientSecret = QStringLiteral("shared-secret");
    auto simulator = test::startSimulator(config);
    {
        ProfileStore profiles;
        Profile profile;
        profile.name = QStringLiteral("Shared");
        profile.baseUrl = simulator->baseUrl().toString();
        profile.clientId = config.clientId;
        QString error;
        QVERIFY2(profiles.add(profile, &error), qPrintable(error));
    }

    const QString historyPath = profileFolder(home.path()) + QStringLiteral("/history.jsonl");
    const int kept = 40;
    HistoryStore history(historyPath, kept);
    QVERIFY(history.load());

    // connect-cli in a loop, reading the saved profile each time.
    QProcessEnvironment cliEnvironment = environment;
    cliEnvironment.insert(QStringLiteral("SHARED_SECRET"), config.clientSecret);
    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment);
    cli.setProgram(qEnvironmentVariable("CONNECT_CLI"));
    cli.setArguments({QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
                      QStringLiteral("--profile"), QStringLiteral("Shared"),
                      QStringLiteral("--client-secret-env"), QStringLiteral("SHARED_SECRET")});
    int cliRuns = 0;
    QStringList cliFailures;
    connect(&cli, &QProcess::finished, this, [&](int code, QProcess::ExitStatus status) {
        ++cliRuns;
        if (status != QProcess::NormalExit || code != 0)
            cliFailures << QString::fromUtf8(cli.readAllStandardError());
        cli.readAll();
    });

    QStringList written;
    int tornReads = 0;
    QElapsedTimer timer;
    timer.start();
    while ((cliRuns < 6 || written.size() < 300) && timer.elapsed() < 120000) {
        if (cli.state() == QProcess::NotRunning && cliRuns < 6) {
            cli.start();
            QVERIFY2(cli.waitForStarted(10000), qPrintable(cli.errorString()));
        }
        HistoryEntry entry;
        entry.baseUrl = simulator->baseUrl().toString();
        entry.request.method = "GET";
        entry.request.path = QStringLiteral("/api/templates/%1").arg(written.size());
        entry.status = 200;
        QVERIFY2(history.append(entry), qPrintable(history.lastError()));
        written << history.entries().constLast().id;
        // Any other reader of the file sees whole entries only, also right after a compaction.
        HistoryStore reader(historyPath, kept);
        QVERIFY(reader.load());
        tornReads += reader.skippedLines();
        QCOMPARE(reader.entries().constLast().id, written.constLast());
        QTest::qWait(5); // the simulator answers the CLI from this thread
    }
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 30000);
    QVERIFY2(cliRuns >= 6, qPrintable(QString::number(cliRuns)));
    QVERIFY2(cliFailures.isEmpty(), qPrintable(cliFailures.join(QLatin1Char('\n'))));
    QCOMPARE(tornReads, 0);

    // Nothing lost: the newest `kept` entries, in order, exactly what this process wrote.
    HistoryStore after(historyPath, kept);
    QVERIFY(after.load());
    QCOMPARE(after.skippedLines(), 0);
    QStringList ids;
    for (const HistoryEntry &entry : after.entries())
        ids << entry.id;
    QCOMPARE(ids, written.mid(written.size() - kept));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
