#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
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

} // namespace cx
