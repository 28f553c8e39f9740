#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace cx {

namespace {
QPointer<QTranslator> productTranslator;
QPointer<QTranslator> qtTranslator;

void replace(QCoreApplication *app, QPointer<QTranslator> &slot, QTranslator *translator)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
    Q_UNUSED(app);
}
} // namespace

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    auto *product = new QTranslator(app);
    const bool productFound = product->load(locale, QStringLiteral("connect-explorer"), QStringLiteral("_"),
                                            QStringLiteral(":/i18n"));
    if (!productFound) {
        delete product;
        product = nullptr;
    }
    replace(app, productTranslator, product);

    // Qt's own strings (standard dialogs, QCommandLineParser's --help text) from the installed Qt.
    auto *qt = new QTranslator(app);
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(app, qtTranslator, qt);
    return productFound;
}

namespace {
const QString LanguageKey = QStringLiteral("General/language");
}

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString savedLanguage()
{
    const QString code = QSettings().value(LanguageKey).toString();
    return supportedLanguages().contains(code) ? code : QString();
}

void saveLanguage(const QString &code)
{
    QSettings settings;
    if (supportedLanguages().contains(code))
        settings.setValue(LanguageKey, code);
    else
        settings.remove(LanguageKey);
}

QLocale localeForLanguage(const QString &code)
{
    if (!supportedLanguages().contains(code))
        return QLocale::system();
    // Only the language matters for loading translations; the territory keeps the system's when it
    // speaks the same language (de_AT stays de_AT), else the language's main one.
    const QLocale system = QLocale::system();
    const QLocale chosen(code);
    if (system.language() == chosen.language())
        return system;
    return chosen;
}

} // namespace cx
