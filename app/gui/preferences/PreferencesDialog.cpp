#include "PreferencesDialog.h"

#include "i18n/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx::gui {

namespace {
// A language is offered under its own name, so a user who cannot read the current language still
// finds theirs: these names are deliberately not translated.
QString nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper(); // "français" → "Français", as in a language menu
    return name;
}

// What "System default" means here: the system's language when we ship it, else English.
QString systemLanguage()
{
    const QString code = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return supportedLanguages().contains(code) ? code : QStringLiteral("en");
}
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)),
      m_note(new QLabel(this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_languageLabel->setBuddy(m_language);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    m_language->addItem(QString(), QString()); // "System default", text set in retranslateUi()
    for (const QString &code : supportedLanguages())
        m_language->addItem(nativeName(code), code);
    const int saved = m_language->findData(savedLanguage());
    m_language->setCurrentIndex(saved < 0 ? 0 : saved);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateApplyButton);
    retranslateUi();
    updateApplyButton();
}

void PreferencesDialog::apply()
{
    const QString code = m_language->currentData().toString();
    if (code != savedLanguage())
        switchLanguage(code);
    updateApplyButton();
}

void PreferencesDialog::switchLanguage(const QString &code)
{
    saveLanguage(code);
    installTranslations(QCoreApplication::instance(), localeForLanguage(code));
}

void PreferencesDialog::updateApplyButton()
{
    m_buttons->button(QDialogButtonBox::Apply)
        ->setEnabled(m_language->currentData().toString() != savedLanguage());
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default (%1)").arg(nativeName(systemLanguage())));
    m_language->setToolTip(tr("The language of menus, dialogs and messages"));
    m_note->setText(tr("The new language applies at once, to every open window. Open requests and "
                       "drafts are kept."));
}

} // namespace cx::gui
