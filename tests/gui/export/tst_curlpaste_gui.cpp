// "Paste cURL as New Tab" with several requests, as a user pastes them: several commands and --next open
// one tab each, in order, with the notes shown; a query key without a value stays `?pretty` in the tab
// and is sent so. And the app's paste agrees with Converter::read (connect-cli convert) on every one of
// curlconverter's 108 fixture commands (test data in tests/core-extra/curlconverter, MIT).
#include "GuiTestBase.h"
#include "convert/Converter.h"
#include "export/CurlPaste.h"
#include "export/Redactor.h"
#include "history/RequestWorkspace.h"
#include "request/BodyEditor.h"
#include "request/ParamTable.h"
#include "request/RequestEditor.h"

#include <QClipboard>
#include <QComboBox>
#include <QMessageBox>
#include <QStringDecoder>
#include <QTabWidget>

using namespace cx;
using namespace cx::gui;

namespace {

const QString dataDir = QStringLiteral(CURLCONVERTER_DIR);

bool isUtf8Text(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(bytes);
    return !decoder.hasError() && !bytes.contains('\0');
}

} // namespace

class TestCurlPasteGui : public cx::test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpEnvironment(); }
    void init() { createWindow(); }
    void cleanup() { destroyWindow(); }

    void severalCommandsOpenOneTabEach()
    {
        QVERIFY(waitSignedIn());
        QTabWidget *tabs = window()->requestTabs();
        const int before = tabs->count();
        QApplication::clipboard()->setText(
            QStringLiteral(
                "curl '%1/api/templates?pretty' --next -X DELETE %1/api/folders/7\n"
                "curl -X PATCH %1/api/folders/8 -H 'Content-Type: application/json' -d '{\"name\":\"x\"}' "
                "--compressed")
                .arg(base()));
        QTest::keyClick(window(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(tabs->count(), before + 3);
        QStringList opened;
        for (int i = before; i < tabs->count(); ++i) {
            auto *page = qobject_cast<RequestPage *>(tabs->widget(i));
            QVERIFY(page);
            opened << page->editor()->methodCombo()->currentText() + QLatin1Char(' ') +
                          page->editor()->pathEdit()->text();
        }
        QCOMPARE(opened,
                 (QStringList{"GET /api/templates?pretty", "DELETE /api/folders/7", "PATCH /api/folders/8"}));
        // The third one's --compressed note is shown, named by its request.
        QVERIFY(workspace()->lastMessage());
        QTRY_VERIFY(workspace()->lastMessage()->isVisible());
        const QString text = workspace()->lastMessage()->text();
        QVERIFY2(text.contains(QStringLiteral("opened in 3 new tab")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("PATCH /api/folders/8: --compressed")), qPrintable(text));
        workspace()->lastMessage()->close();
        auto *patch = qobject_cast<RequestPage *>(tabs->widget(before + 2));
        QCOMPARE(patch->editor()->bodyEditor()->text(), QStringLiteral("{\"name\":\"x\"}"));

        // ?pretty is sent as ?pretty (the simulator answers the list).
        tabs->setCurrentIndex(before);
        QVERIFY(sendWithKeyboard());
        QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
    }

    // A paste that cannot be read whole opens nothing.
    void onePartUnreadableOpensNothing()
    {
        QTabWidget *tabs = window()->requestTabs();
        const int before = tabs->count();
        QVERIFY(!workspace()->pasteCurlCommand(
            QStringLiteral("curl %1/api/templates\ncurl -u a:b --digest %1/api/assets").arg(base())));
        QCOMPARE(tabs->count(), before);
        QVERIFY(workspace()->lastMessage());
        QCOMPARE(workspace()->lastMessage()->icon(), QMessageBox::Warning);
        QVERIFY2(workspace()->lastMessage()->text().contains(QStringLiteral("--digest")),
                 qPrintable(workspace()->lastMessage()->text()));
        workspace()->lastMessage()->close();
    }

    // The paste and Converter::read (what `connect-cli convert` prints) agree on every fixture: the
    // same refusals; and for each request the same method, URL on the wire, headers and body.
    void pasteAgreesWithConvertOnEveryFixture()
    {
        const QDir commands(dataDir + QStringLiteral("/commands"));
        const QStringList files = commands.entryList({QStringLiteral("*.sh")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 108);
        int agreed = 0, requests = 0;
        for (const QString &file : files) {
            QFile f(commands.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString command = QString::fromUtf8(f.readAll());
            ConvertReadOptions options;
            options.directory = dataDir + QStringLiteral("/files");
            const PortableReadResult converted =
                Converter::read(SourceFormat::Curl, command.toUtf8(), options);
            const PastedCurls pasted = pasteCurls(command, QUrl(), options.directory);
            QVERIFY2(pasted.ok == converted.ok, qPrintable(file));
            if (!converted.ok) {
                QVERIFY2(pasted.error.startsWith(converted.error.left(30)),
                         qPrintable(file + QLatin1String(": ") + pasted.error));
                ++agreed;
                continue;
            }
            QCOMPARE(pasted.requests.size(), converted.set.requests.size());
            for (qsizetype i = 0; i < pasted.requests.size(); ++i) {
                const QByteArray context = (file + QLatin1String(" #") + QString::number(i)).toUtf8();
                const PortableRequest &want = converted.set.requests.at(i);
                QString base;
                const ApiRequest wantApi = Converter::toApiRequest(want, {}, &base);
                const ApiRequest got = pasted.requests.at(i).draft.toApiRequest();
                QVERIFY2(got.method == want.method, context.constData());
                const QString wantUrl = requestUrl(QUrl(base), wantApi).toString(QUrl::FullyEncoded);
                const QString gotUrl = requestUrl(QUrl(base), got).toString(QUrl::FullyEncoded);
                QVERIFY2(gotUrl == wantUrl,
                         (context + ": " + gotUrl.toUtf8() + " != " + wantUrl.toUtf8()).constData());
                // The tab leaves out an Authorization placeholder (the session's token is sent) and gives a
                // body without a type the editor's application/json.
                HeaderList wantHeaders;
                bool hasType = false;
                for (const auto &[name, value] : want.headers) {
                    if (name.compare("Authorization", Qt::CaseInsensitive) == 0 &&
                        (value.contains('$') || value.contains(Redactor::mask().toLatin1())))
                        continue;
                    hasType = hasType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
                    wantHeaders.append({name, value});
                }
                const bool textBody = isUtf8Text(want.body);
                const bool sendsBody = !QString::fromUtf8(want.body).trimmed().isEmpty();
                if (sendsBody && !hasType)
                    wantHeaders.append({QByteArray("Content-Type"), QByteArray("application/json")});
                QVERIFY2(got.headers == wantHeaders, context.constData());
                if (textBody) {
                    QVERIFY2(got.body == (sendsBody ? want.body : QByteArray()), context.constData());
                } else {
                    // A binary body: the tab cannot hold it, and the note says so.
                    QVERIFY2(
                        pasted.requests.at(i).notes.join(QLatin1Char(' ')).contains(QLatin1String("binary")),
                        context.constData());
                }
                ++requests;
            }
            ++agreed;
        }
        qInfo() << "fixtures agreeing:" << agreed << "requests compared:" << requests;
        QCOMPARE(agreed, 108);
    }

private:
    RequestWorkspace *workspace() const { return window()->workspace(); }
    QString base() const { return m_connection->baseUrl().toString(QUrl::StripTrailingSlash); }
};

QTEST_MAIN(TestCurlPasteGui)
#include "tst_curlpaste_gui.moc"
