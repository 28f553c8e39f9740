#include "VerdictStyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace cx::gui {

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

QColor verdictColor(Verdict verdict, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (verdict) {
    case Verdict::Pass:
        return dark ? QColor(0x66, 0xd1, 0x7a) : QColor(0x1b, 0x7f, 0x37);
    case Verdict::Warn:
        return dark ? QColor(0xf5, 0xc2, 0x42) : QColor(0x9a, 0x62, 0x00);
    case Verdict::Fail:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    case Verdict::Skip:
        break;
    }
    return dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x6e, 0x6e, 0x6e);
}

QIcon verdictIcon(Verdict verdict, const QPalette &palette)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = verdictColor(verdict, palette);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(2, 2, 28, 28));
    QPen pen(isDark(palette) ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white), 3.5);
    pen.setCapStyle(Qt::RoundCap);
    painter.setPen(pen);
    switch (verdict) {
    case Verdict::Pass:
        painter.drawPolyline(QPolygonF({QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)}));
        break;
    case Verdict::Warn:
        painter.drawLine(QPointF(16, 8.5), QPointF(16, 17.5));
        painter.drawPoint(QPointF(16, 23));
        break;
    case Verdict::Fail:
        painter.drawLine(QPointF(10.5, 10.5), QPointF(21.5, 21.5));
        painter.drawLine(QPointF(21.5, 10.5), QPointF(10.5, 21.5));
        break;
    case Verdict::Skip:
        painter.drawLine(QPointF(10, 16), QPointF(22, 16));
        break;
    }
    painter.end();
    return QIcon(pixmap);
}

QColor differenceBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5a, 0x45, 0x10) : QColor(0xff, 0xec, 0xb3);
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QCoreApplication::translate("cx::gui::Checkup", "Pass");
    case Verdict::Warn:
        return QCoreApplication::translate("cx::gui::Checkup", "Warning");
    case Verdict::Fail:
        return QCoreApplication::translate("cx::gui::Checkup", "Fail");
    case Verdict::Skip:
        break;
    }
    return QCoreApplication::translate("cx::gui::Checkup", "Skipped");
}

} // namespace cx::gui
