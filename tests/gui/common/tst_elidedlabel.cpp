// ElidedLabel measures its text once per text and font (its tooltip is brought up to date on every
// resize): a new text, a new font or a new width must still change whether it is cut and what the
// tooltip says.
#include "common/ElidedLabel.h"

#include <QApplication>
#include <QTest>

using namespace cx::gui;

class TestElidedLabel : public QObject
{
    Q_OBJECT

private slots:
    void followsTextWidthAndFont();
};

void TestElidedLabel::followsTextWidthAndFont()
{
    QWidget window;
    ElidedLabel label(&window);
    label.setExplanation(QStringLiteral("why it is shown"));
    const QString longText =
        QStringLiteral("Scopes: profile:read, templates:read, assets:read, brandkit:read");
    const QString shortText = QStringLiteral("Scopes: none");
    label.setText(shortText);
    const int room = label.fontMetrics().horizontalAdvance(shortText) + 20;
    window.show(); // resize events reach a shown label at once
    label.resize(room, label.sizeHint().height());
    QVERIFY(label.fontMetrics().horizontalAdvance(longText) > room);
    QVERIFY(!label.isElided());
    QCOMPARE(label.toolTip(), QStringLiteral("why it is shown"));

    label.setText(longText); // a new text: measured again
    label.updateToolTip();
    QVERIFY(label.isElided());
    QCOMPARE(label.toolTip(), longText + QStringLiteral("\n\nwhy it is shown"));

    label.setText(shortText);
    label.updateToolTip();
    QVERIFY(!label.isElided());
    QCOMPARE(label.toolTip(), QStringLiteral("why it is shown"));

    QFont large = label.font(); // a new font: measured again (the width stays)
    large.setPointSize(large.pointSize() * 3);
    label.setFont(large);
    QVERIFY(label.fontMetrics().horizontalAdvance(shortText) > room);
    QVERIFY(label.isElided());
    QCOMPARE(label.toolTip(), shortText + QStringLiteral("\n\nwhy it is shown"));

    // A font the parent hands down counts too.
    label.setFont(QFont());
    QFont small = window.font();
    small.setPointSize(qMax(4, small.pointSize() / 2));
    window.setFont(small);
    QVERIFY(!label.isElided());
    QCOMPARE(label.toolTip(), QStringLiteral("why it is shown"));

    label.resize(10, label.height()); // a new width
    QVERIFY(label.isElided());
    QCOMPARE(label.toolTip(), shortText + QStringLiteral("\n\nwhy it is shown"));
}

QTEST_MAIN(TestElidedLabel)
#include "tst_elidedlabel.moc"
