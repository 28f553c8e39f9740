// Loads the product's translations (embedded under :/i18n) and Qt's own, for the user's language,
// and remembers the language the user chose in Preferences.
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace cx {

// Installs translators for `locale` on `app`; returns true when the product's own file was found
// (English needs none). Safe to call again to switch language: earlier translators are removed, and
// Qt then sends QEvent::LanguageChange to every window so each widget retranslates itself.
bool installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

// The languages the product ships, as ISO 639 codes: "en" first, then the translations.
QStringList supportedLanguages();

// The user's choice from Preferences: a code from supportedLanguages(), or empty for "follow the
// system". Stored in QSettings, so set the organisation and application names first.
QString savedLanguage();
void saveLanguage(const QString &code);

// The locale translations are loaded for: the system's when `code` is empty or not supported.
QLocale localeForLanguage(const QString &code);

} // namespace cx
