// Badge colours for HTTP methods and status classes. White text on these mid-dark tones stays readable
// on light and dark palettes alike, so they never need to follow the system palette.
#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>

namespace cx::gui::MethodStyle {

QColor methodColor(const QByteArray &method);
QColor statusColor(int status, bool failed);
QColor badgeTextColor();
// A style sheet for a QLabel shown as a badge with `background`.
QString badgeStyleSheet(const QColor &background);

} // namespace cx::gui::MethodStyle
