// Loads the product's translations (embedded under :/i18n) and Qt's own, for the user's language.
#pragma once

#include <QLocale>

class QCoreApplication;

namespace cx {

// Installs translators for `locale` on `app`; returns true when the product's own file was found
// (English needs none). Safe to call again to switch language: earlier translators are removed.
bool installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace cx
