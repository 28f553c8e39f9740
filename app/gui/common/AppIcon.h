// The app's own icons (:/icons/NAME.svg), one shared QIcon per name, read when first drawn.
//
// QIcon(QString) of an SVG parses the file at once (Qt's SVG icon engine checks it with a
// QSvgRenderer): about a quarter of a million instructions per icon, paid on the UI thread before the
// first frame for icons only a menu shows, and again by every tab for its Send and Cancel buttons.
// appIcon() hands out one QIcon per name, whose engine loads the SVG the first time the icon is
// painted or measured; every user then shares the file's rendered pixmaps too. GUI thread only.
#pragma once

#include <QIcon>
#include <QString>

namespace cx::gui {

// `name` without folder or suffix, e.g. "send" for :/icons/send.svg.
QIcon appIcon(const QString &name);

} // namespace cx::gui
