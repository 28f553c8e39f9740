// The endpoint tree's delegate keeps its laid-out texts (QStaticText) instead of shaping every badge
// and path on each repaint: what it draws must stay what QPainter::drawText drew, in every state, for
// every font it is given, and a path too long for its column is still cut in the middle.
#include "common/MethodStyle.h"
#include "endpoints/MethodBadgeDelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>
#include <QtMath>
#include <functional>

using namespace cx::gui;

namespace {
constexpr int MethodRole = Qt::UserRole + 1;
constexpr int PathRole = Qt::UserRole + 2;

// The item's own options, as the delegate fills them from the model (initStyleOption is protected).
class OptionFiller : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::initStyleOption;
};

// The same drawing with QPainter::drawText: the badge as wide as "DELETE" plus a quarter of its height on
// each side, a little shorter than a line, the method in the row's bold font with its capitals centred
// in the badge; the path after it, cut in the middle when it does not fit.
void paintWithDrawText(QPainter *painter, const QStyleOptionViewItem &option, const QByteArray &method,
                       const QString &path)
{
    QStyleOptionViewItem opt = option;
    OptionFiller().initStyleOption(&opt, option.index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget->style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    QFont badgeFont = opt.font;
    badgeFont.setBold(true);
    const QFontMetricsF badgeMetrics(badgeFont);
    const int height = qRound(badgeMetrics.height() * 0.85);
    const int width = qCeil(badgeMetrics.horizontalAdvance(QStringLiteral("DELETE"))) + height / 2;
    const QRect badge(textRect.left() + 2, textRect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(MethodStyle::methodColor(method));
    painter->drawRoundedRect(badge, height / 4.0, height / 4.0);
    painter->setPen(MethodStyle::badgeTextColor());
    painter->setFont(badgeFont);
    const QString text = QString::fromLatin1(method);
    const qreal lineTop =
        (height - badgeMetrics.capHeight()) / 2 + badgeMetrics.capHeight() - badgeMetrics.ascent();
    painter->drawText(
        QPointF(badge.left() + qRound((badge.width() - badgeMetrics.horizontalAdvance(text)) / 2),
                badge.top() + qRound(lineTop) + badgeMetrics.ascent()),
        text);
    const QRect pathRect = textRect.adjusted(width + height / 2 + 2, 0, 0, 0);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(
        QPalette::Normal, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(pathRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(opt.font).elidedText(path, Qt::ElideMiddle, pathRect.width()));
    painter->restore();
}
// A row of `size` on white, painted by `paint`.
QImage rowImage(const QSize &size, const std::function<void(QPainter *)> &paint)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter);
    return image;
}
} // namespace

class TestMethodBadgeDelegate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void drawsWhatDrawTextDrew_data();
    void drawsWhatDrawTextDrew();
    void cutsALongPathInTheMiddle();
    void followsAFontChange();
    void sizeHintMakesRoomForBadgeAndPath();
    void centresTheCapitalsInTheBadge();
    void drawsTagRowsAsTheStyleDoes_data();
    void drawsTagRowsAsTheStyleDoes();
    void keepsDrawingRightPastItsBound();
    void drawsRowsOfTwoFontsByTurns();

private:
    QModelIndex addRow(const QByteArray &method, const QString &path);
    QStyleOptionViewItem optionFor(const QModelIndex &index, const QRect &rect, const QFont &font,
                                   bool selected = false) const;
    QImage paintDelegate(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QImage paintReference(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    MethodBadgeDelegate *m_delegate = nullptr;
};

void TestMethodBadgeDelegate::init()
{
    m_view = new QTreeView;
    m_model = new QStandardItemModel(m_view);
    m_view->setModel(m_model);
    m_delegate = new MethodBadgeDelegate(MethodRole, PathRole, m_view);
}

void TestMethodBadgeDelegate::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

QModelIndex TestMethodBadgeDelegate::addRow(const QByteArray &method, const QString &path)
{
    auto *item = new QStandardItem(QString::fromLatin1(method) + u' ' + path); // as the tree's model shows it
    item->setData(method, MethodRole);
    item->setData(path, PathRole);
    m_model->appendRow(item);
    return item->index();
}

QStyleOptionViewItem TestMethodBadgeDelegate::optionFor(const QModelIndex &index, const QRect &rect,
                                                        const QFont &font, bool selected) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.widget = m_view;
    option.rect = rect;
    option.font = font;
    option.fontMetrics = QFontMetrics(font);
    option.state |= QStyle::State_Enabled;
    if (selected)
        option.state |= QStyle::State_Selected;
    option.index = index;
    option.showDecorationSelected = true; // as a tree view that selects rows says
    return option;
}

QImage TestMethodBadgeDelegate::paintDelegate(const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    return rowImage(option.rect.size(),
                    [&](QPainter *painter) { m_delegate->paint(painter, option, index); });
}

QImage TestMethodBadgeDelegate::paintReference(const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    return rowImage(option.rect.size(), [&](QPainter *painter) {
        paintWithDrawText(painter, option, index.data(MethodRole).toByteArray(),
                          index.data(PathRole).toString());
    });
}

void TestMethodBadgeDelegate::drawsWhatDrawTextDrew_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<int>("pointSize");
    QTest::newRow("GET") << QByteArray("GET") << QStringLiteral("/api/templates/{id}") << false << 9;
    QTest::newRow("POST selected") << QByteArray("POST") << QStringLiteral("/oauth/access-token") << true
                                   << 9;
    QTest::newRow("DELETE") << QByteArray("DELETE") << QStringLiteral("/api/assets/{id}") << false << 9;
    QTest::newRow("PATCH large") << QByteArray("PATCH") << QStringLiteral("/api/brandkit/colors") << false
                                 << 16;
    QTest::newRow("OPTIONS small") << QByteArray("OPTIONS") << QStringLiteral("/api/folders") << false << 7;
}

void TestMethodBadgeDelegate::drawsWhatDrawTextDrew()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, selected);
    QFETCH(int, pointSize);
    QFont font = QApplication::font();
    font.setPointSize(pointSize);
    const QModelIndex index = addRow(method, path);
    const QStyleOptionViewItem option =
        optionFor(index, QRect(0, 0, 420, 2 * QFontMetrics(font).height()), font, selected);
    const QImage reference = paintReference(option, index);
    // Twice: the first paint lays the texts out, the second draws the kept ones.
    QCOMPARE(paintDelegate(option, index), reference);
    QCOMPARE(paintDelegate(option, index), reference);
}

void TestMethodBadgeDelegate::cutsALongPathInTheMiddle()
{
    const QString path = QStringLiteral("/api/templates/{templateId}/pages/{pageNumber}/layers/{layerId}");
    const QModelIndex index = addRow("GET", path);
    const QFont font = QApplication::font();
    const QStyleOptionViewItem wide = optionFor(index, QRect(0, 0, 900, 24), font);
    const QStyleOptionViewItem narrow = optionFor(index, QRect(0, 0, 220, 24), font);
    QCOMPARE(paintDelegate(wide, index), paintReference(wide, index));
    const QImage cut = paintDelegate(narrow, index);
    QCOMPARE(cut, paintReference(narrow, index));
    // The reference does cut it: the full path drawn into the narrow row would differ.
    QVERIFY(QFontMetrics(font).elidedText(path, Qt::ElideMiddle, 150) != path);
}

void TestMethodBadgeDelegate::followsAFontChange()
{
    const QModelIndex index = addRow("DELETE", QStringLiteral("/api/assets/{id}"));
    QFont small = QApplication::font();
    small.setPointSize(8);
    QFont large = small;
    large.setPointSize(18);
    const QStyleOptionViewItem smallOption = optionFor(index, QRect(0, 0, 500, 48), small);
    const QStyleOptionViewItem largeOption = optionFor(index, QRect(0, 0, 500, 48), large);
    QCOMPARE(paintDelegate(smallOption, index), paintReference(smallOption, index));
    QCOMPARE(paintDelegate(largeOption, index), paintReference(largeOption, index));
    QCOMPARE(paintDelegate(smallOption, index), paintReference(smallOption, index));
    // The same size in another family is another font too.
    QFont other = small;
    other.setFamily(small.family() == QLatin1String("DejaVu Serif") ? QStringLiteral("DejaVu Sans")
                                                                    : QStringLiteral("DejaVu Serif"));
    const QStyleOptionViewItem otherOption = optionFor(index, QRect(0, 0, 500, 48), other);
    QCOMPARE(paintDelegate(otherOption, index), paintReference(otherOption, index));
}

void TestMethodBadgeDelegate::sizeHintMakesRoomForBadgeAndPath()
{
    const QModelIndex shortPath = addRow("GET", QStringLiteral("/a"));
    const QModelIndex longPath = addRow("GET", QStringLiteral("/api/templates/{id}/pages"));
    const QFont font = QApplication::font();
    const QFont badgeFont = MethodBadgeDelegate::badgeFontFor(font);
    QVERIFY(badgeFont.bold());
    QCOMPARE(badgeFont.pointSizeF(), font.pointSizeF()); // the tag headings' font: no other font to load
    const QFontMetrics badgeMetrics(badgeFont);
    const QSize shortHint = m_delegate->sizeHint(optionFor(shortPath, QRect(), font), shortPath);
    const QSize longHint = m_delegate->sizeHint(optionFor(longPath, QRect(), font), longPath);
    const int pathGrowth = QFontMetrics(font).horizontalAdvance(longPath.data(PathRole).toString()) -
                           QFontMetrics(font).horizontalAdvance(shortPath.data(PathRole).toString());
    QVERIFY2(
        qAbs(longHint.width() - shortHint.width() - pathGrowth) <= 1,
        qPrintable(QStringLiteral("%1 %2 %3").arg(shortHint.width()).arg(longHint.width()).arg(pathGrowth)));
    QVERIFY(shortHint.width() > badgeMetrics.horizontalAdvance(QStringLiteral("DELETE")));
    QVERIFY(shortHint.height() >= qRound(badgeMetrics.height() * 0.85) + 4);
    QFont large = font;
    large.setPointSize(font.pointSize() * 2);
    const QSize largeHint = m_delegate->sizeHint(optionFor(shortPath, QRect(), large), shortPath);
    QVERIFY(largeHint.width() > shortHint.width());
    QVERIFY(largeHint.height() > shortHint.height());
}

// Measured on the pixels: the method's letters have as much of the badge's colour above as below them
// (within a pixel), and the badge leaves the row's background above and below it.
void TestMethodBadgeDelegate::centresTheCapitalsInTheBadge()
{
    for (const int pointSize : {8, 9, 12, 18}) {
        QFont font = QApplication::font();
        font.setPointSize(pointSize);
        const QModelIndex index = addRow("GET", QStringLiteral("/api"));
        const QStyleOptionViewItem option =
            optionFor(index, QRect(0, 0, 300, QFontMetrics(font).height() + 4), font);
        const QImage image = paintDelegate(option, index);
        const QColor badgeColour = MethodStyle::methodColor("GET");
        // The badge's extent along its middle line, then its rows, then its letters' rows away from the
        // rounded corners (whose edges blend with the background).
        const int middle = image.height() / 2;
        int left = -1, right = -1;
        for (int x = 0; x < image.width() / 2; ++x) {
            if (image.pixelColor(x, middle) == badgeColour) {
                left = left < 0 ? x : left;
                right = x;
            }
        }
        QVERIFY(left >= 0);
        int badgeTop = -1, badgeBottom = -1, inkTop = -1, inkBottom = -1;
        for (int y = 0; y < image.height(); ++y) {
            bool badge = false, ink = false;
            for (int x = left + image.height() / 2; x <= right - image.height() / 2; ++x) {
                const QColor pixel = image.pixelColor(x, y);
                badge = badge || pixel == badgeColour;
                ink = ink || pixel != badgeColour;
            }
            ink = ink && badge; // a letter's pixel inside the badge
            if (badge) {
                badgeTop = badgeTop < 0 ? y : badgeTop;
                badgeBottom = y;
            }
            if (ink) {
                inkTop = inkTop < 0 ? y : inkTop;
                inkBottom = y;
            }
        }
        QVERIFY2(badgeTop > 0 && badgeBottom < image.height() - 1, qPrintable(QString::number(pointSize)));
        QVERIFY2(inkTop > badgeTop && inkBottom < badgeBottom, qPrintable(QString::number(pointSize)));
        const int above = inkTop - badgeTop;
        const int below = badgeBottom - inkBottom;
        QVERIFY2(
            qAbs(above - below) <= 1,
            qPrintable(QStringLiteral("%1 pt: %2 above, %3 below").arg(pointSize).arg(above).arg(below)));
    }
}

void TestMethodBadgeDelegate::drawsTagRowsAsTheStyleDoes_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<int>("pointSize");
    QTest::newRow("fits") << QStringLiteral("Authentication") << 300 << false << 9;
    QTest::newRow("selected") << QStringLiteral("Brand Kit") << 300 << true << 9;
    QTest::newRow("large") << QStringLiteral("Templates") << 400 << false << 18;
    QTest::newRow("cut") << QStringLiteral("A tag far too long for its narrow column") << 90 << false << 9;
}

// A tag row (no method) kept as QStaticText looks exactly as QStyledItemDelegate paints it, cut with
// "…" by the style when it does not fit.
void TestMethodBadgeDelegate::drawsTagRowsAsTheStyleDoes()
{
    QFETCH(QString, tag);
    QFETCH(int, width);
    QFETCH(bool, selected);
    QFETCH(int, pointSize);
    auto *item = new QStandardItem(tag);
    QFont bold;
    bold.setBold(true);
    item->setData(bold, Qt::FontRole); // as the tree's model gives its tags
    m_model->appendRow(item);
    const QModelIndex index = item->index();
    QFont font = QApplication::font();
    font.setPointSize(pointSize);
    QStyleOptionViewItem option =
        optionFor(index, QRect(0, 0, width, QFontMetrics(font).height() + 6), font, selected);
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter; // as a tree view asks
    const QImage reference = rowImage(
        option.rect.size(), [&](QPainter *painter) { QStyledItemDelegate().paint(painter, option, index); });
    QCOMPARE(paintDelegate(option, index), reference);
    QCOMPARE(paintDelegate(option, index), reference); // drawn from the kept text
}

// Documents opened one after another: past MaxKeptTexts paths the kept layouts are dropped, and a path
// painted again is laid out again, as it was.
void TestMethodBadgeDelegate::keepsDrawingRightPastItsBound()
{
    const QFont font = QApplication::font();
    const QModelIndex first = addRow("GET", QStringLiteral("/api/first"));
    const QStyleOptionViewItem firstOption = optionFor(first, QRect(0, 0, 300, 24), font);
    const QImage reference = paintReference(firstOption, first);
    QCOMPARE(paintDelegate(firstOption, first), reference);
    QImage scratch(300, 24, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&scratch);
    for (qsizetype i = 0; i < MethodBadgeDelegate::MaxKeptTexts + 8; ++i) {
        const QModelIndex index = addRow("POST", QStringLiteral("/api/items/%1").arg(i));
        m_delegate->paint(&painter, optionFor(index, QRect(0, 0, 300, 24), font), index);
    }
    painter.end();
    QCOMPARE(paintDelegate(firstOption, first), reference);
    const QModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
    const QStyleOptionViewItem lastOption = optionFor(last, QRect(0, 0, 300, 24), font);
    QCOMPARE(paintDelegate(lastOption, last), paintReference(lastOption, last));
}

// An endpoint the token lacks a scope for is in italics: the tree paints its rows in two fonts by turns,
// each drawn as drawText draws it, again and again.
void TestMethodBadgeDelegate::drawsRowsOfTwoFontsByTurns()
{
    const QFont regular = QApplication::font();
    QFont italic = regular;
    italic.setItalic(true);
    const QModelIndex granted = addRow("GET", QStringLiteral("/api/templates"));
    const QModelIndex lacking = addRow("DELETE", QStringLiteral("/api/assets/{id}"));
    const QStyleOptionViewItem grantedOption = optionFor(granted, QRect(0, 0, 320, 24), regular);
    const QStyleOptionViewItem lackingOption = optionFor(lacking, QRect(0, 0, 320, 24), italic);
    const QImage grantedReference = paintReference(grantedOption, granted);
    const QImage lackingReference = paintReference(lackingOption, lacking);
    QVERIFY(grantedReference != lackingReference);
    for (int turn = 0; turn < 3; ++turn) {
        QCOMPARE(paintDelegate(grantedOption, granted), grantedReference);
        QCOMPARE(paintDelegate(lackingOption, lacking), lackingReference);
    }
}

QTEST_MAIN(TestMethodBadgeDelegate)
#include "tst_methodbadgedelegate.moc"
