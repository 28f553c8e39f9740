// appIcon() (common/AppIcon.h): one shared QIcon per name that draws exactly what Qt's SVG icon engine
// draws of the file, and answers isNull() without reading it.
#include "common/AppIcon.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>

using cx::gui::appIcon;

class TestAppIcon : public QObject
{
    Q_OBJECT

private slots:
    void oneIconPerName()
    {
        QCOMPARE(appIcon(QStringLiteral("send")).cacheKey(), appIcon(QStringLiteral("send")).cacheKey());
        QVERIFY(appIcon(QStringLiteral("send")).cacheKey() != appIcon(QStringLiteral("cancel")).cacheKey());
    }

    void drawsWhatTheSvgEngineDraws_data()
    {
        QTest::addColumn<QString>("name");
        // Every name the app asks for: a misspelt one would be an empty button or menu entry.
        for (const char *name : {"new-tab", "send", "cancel", "sign-in", "sign-out", "error", "lock"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void drawsWhatTheSvgEngineDraws()
    {
        QFETCH(QString, name);
        const QIcon icon = appIcon(name);
        QVERIFY(!icon.isNull());
        const QIcon direct(QStringLiteral(":/icons/%1.svg").arg(name));
        for (const int side : {16, 24, 48}) {
            const QImage drawn = icon.pixmap(QSize(side, side)).toImage();
            QVERIFY(!drawn.isNull());
            QCOMPARE(drawn, direct.pixmap(QSize(side, side)).toImage());
        }
        const QImage disabled = icon.pixmap(QSize(24, 24), QIcon::Disabled).toImage();
        QCOMPARE(disabled, direct.pixmap(QSize(24, 24), QIcon::Disabled).toImage());
        QCOMPARE(icon.actualSize(QSize(32, 32)), direct.actualSize(QSize(32, 32)));
    }

    void aMissingFileIsANullIcon()
    {
        QVERIFY(appIcon(QStringLiteral("no-such-icon")).isNull());
        QVERIFY(appIcon(QStringLiteral("no-such-icon")).pixmap(QSize(16, 16)).isNull());
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
