// Replays every seed (corpus/<target>/) and every input a fuzzer once crashed on (regressions/<target>/)
// through the same entry points the libFuzzer targets run (FuzzEntryPoints.h), in the normal build and
// under the asan preset. A broken invariant aborts, which fails the test like a crash would.
#include "CollectionFuzz.h"
#include "FuzzEntryPoints.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {
using EntryPoint = int (*)(const uint8_t *, size_t);

struct Target
{
    const char *name;
    EntryPoint run;
};

const Target targets[] = {
    {"apierror", cx::fuzz::apiErrorBody},     {"retryafter", cx::fuzz::retryAfter},
    {"catalog", cx::fuzz::endpointCatalog},   {"curl", cx::fuzz::curlParser},
    {"jsonend", cx::fuzz::jsonEnd},           {"har", cx::fuzz::harReader},
    {"postman", cx::fuzz::postmanCollection}, {"insomnia", cx::fuzz::insomniaExport},
};
} // namespace

class TestFuzzReplay : public QObject
{
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
};

void TestFuzzReplay::replay_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("file");
    int rows = 0;
    for (int t = 0; t < int(std::size(targets)); ++t) {
        for (const char *kind : {"corpus", "regressions"}) {
            const QDir dir(QStringLiteral(CX_FUZZ_DIR "/%1/%2")
                               .arg(QLatin1String(kind), QLatin1String(targets[t].name)));
            const QStringList files = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
            for (const QString &file : files) {
                QTest::addRow("%s/%s/%s", kind, targets[t].name, qPrintable(file)) << t << dir.filePath(file);
                ++rows;
            }
        }
    }
    QVERIFY2(rows >= 20, "the seed corpora are missing");
}

void TestFuzzReplay::replay()
{
    QFETCH(int, target);
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray bytes = input.readAll();
    QCOMPARE(targets[target].run(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())),
             0);
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
