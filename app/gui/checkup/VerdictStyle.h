// How a check-up verdict looks: a colour that stays readable on light and dark palettes, a round icon and
// a symbol. Shared by the report card and the comparison.
#pragma once

#include "checkup/CheckReport.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QPalette;

namespace cx::gui {

// Green, amber, red, grey: darker on a light base, lighter on a dark one.
QColor verdictColor(Verdict verdict, const QPalette &palette);
QIcon verdictIcon(Verdict verdict, const QPalette &palette);
// A background for rows that differ in a comparison, readable in both modes.
QColor differenceBackground(const QPalette &palette);
QString verdictText(Verdict verdict); // translated "Pass", "Warning", "Fail", "Skipped"

} // namespace cx::gui
