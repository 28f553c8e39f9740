// What we write as HAR validates against the HAR 1.2 schema, checked by a validator nobody here wrote:
// har-validator (ahmadnassri: ajv + har-schema), pinned in har-validator/package-lock.json and run by
// har-validator/run-validator.sh (npm ci on first use). HarWriter's exports (an exchange and a history
// entry) and HarPortable::write of every fixture must pass; a deliberately broken HAR must be refused,
// so a validator that accepted anything would fail this test.
#include "har/HarPortable.h"
#include "har/HarWriter.h"
#include "history/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

namespace {

struct Validation
{
    int exitCode = -1;
    QString output;
};

Validation validate(const QStringList &files)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"),
                  QStringList{QStringLiteral(CX_HAR_VALIDATOR_DIR "/run-validator.sh")} + files);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

bool writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(name);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestHarSchema : public QObject
{
    Q_OBJECT
private slots:
    void whatWeWriteValidates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files;

        // HarWriter: an exchange (with a failure) and a history entry.
        Redactor redactor;
        redactor.addSecret(QStringLiteral("s3cr3t-token-value"));
        HarWriter writer(redactor);
        ApiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/api/assets");
        request.query = {{QStringLiteral("page"), QStringLiteral("1")}};
        request.headers = {{"Authorization", "Bearer s3cr3t-token-value"},
                           {"Content-Type", "application/json"}};
        request.body = R"({"name":"Flyer"})";
        ApiResponse response;
        response.status = 422;
        response.reason = "Unprocessable Entity";
        response.headers = {{"Content-Type", "application/json"}};
        response.body = R"({"code":"validation_failed"})";
        response.elapsedMs = 12;
        writer.addExchange(QUrl(QStringLiteral("https://oauth.cliquify.me")), request, response);
        ApiResponse failed;
        failed.failure = NetworkFailure::ConnectionRefused;
        writer.addExchange(QUrl(QStringLiteral("https://oauth.cliquify.me")), request, failed);
        HistoryStore store(dir.filePath(QStringLiteral("history.jsonl")));
        store.record(request, QStringLiteral("https://oauth.cliquify.me"), response,
                     QStringLiteral("validation_failed"));
        for (const HistoryEntry &entry : store.entries())
            writer.addHistoryEntry(entry);
        const QString written = dir.filePath(QStringLiteral("harwriter.har"));
        QVERIFY(writeFile(written, writer.toHar()));
        files << written;

        // HarPortable::write of every fixture, masked and with secrets.
        const QDir fixtures(QStringLiteral(CX_HAR_FIXTURES));
        const QStringList names = fixtures.entryList({QStringLiteral("*.har")}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 7);
        for (const QString &name : names) {
            QFile file(fixtures.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const PortableReadResult read = HarPortable::read(file.readAll(), QString());
            QVERIFY2(read.ok, qPrintable(read.error));
            for (const bool secrets : {false, true}) {
                const QString out =
                    dir.filePath(QStringLiteral("%1.%2.har").arg(name, secrets ? "secrets" : "masked"));
                QVERIFY(writeFile(out, HarPortable::write(read.set, secrets, nullptr)));
                files << out;
            }
        }

        const Validation result = validate(files);
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QCOMPARE(result.output.count(QStringLiteral("ok ")), files.size());
    }

    void aBrokenHarIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        PortableSet set;
        PortableRequest request;
        request.name = QStringLiteral("GET /api/templates");
        request.url = QStringLiteral("https://oauth.cliquify.me/api/templates");
        set.requests.append(request);
        QJsonObject root = QJsonDocument::fromJson(HarPortable::write(set, false, nullptr)).object();
        QJsonObject log = root.value(QStringLiteral("log")).toObject();
        QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        QJsonObject entry = entries.at(0).toObject();
        entry.remove(QStringLiteral("timings"));                                      // required
        entry.insert(QStringLiteral("startedDateTime"), QStringLiteral("yesterday")); // not a date-time
        entries[0] = entry;
        log.insert(QStringLiteral("entries"), entries);
        root.insert(QStringLiteral("log"), log);
        const QString broken = dir.filePath(QStringLiteral("broken.har"));
        QVERIFY(writeFile(broken, QJsonDocument(root).toJson()));
        const Validation result = validate({broken});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains(QStringLiteral("invalid")), qPrintable(result.output));
        QVERIFY2(result.output.contains(QStringLiteral("timings")), qPrintable(result.output));
    }
};

QTEST_GUILESS_MAIN(TestHarSchema)
#include "tst_har_schema.moc"
