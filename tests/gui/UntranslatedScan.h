// Finds English left on screen after a switch to another language: every text a user can see —
// window titles, labels, buttons, menus and their actions, tabs, tool tips, placeholders, combo
// items, item-view headers — is compared with the sources of that language's .ts file. A text equal
// to a source whose translation differs (or filling a "%1" source's pattern) was not retranslated.
// tst_language_gui scans every window; the other GUI tests scan the dialogs and docks they open with
// findEnglishUnder(), after switchLanguageNow().
#pragma once

#include "i18n/Translations.h"
#include "preferences/PreferencesDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTextDocument>
#include <QXmlStreamReader>

namespace cx::test {

class UntranslatedScan
{
public:
    // Reads `tsFile` (e.g. translations/connect-explorer_de.ts); false when it cannot. `reversed` looks
    // for the translations instead: what must be gone after switching back to English.
    bool load(const QString &tsFile, bool reversed = false)
    {
        QFile file(tsFile);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&file);
        QString source;
        QString translation;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                source.clear();
                translation.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.isStartElement() && (xml.name() == QLatin1String("translation") ||
                                                xml.name() == QLatin1String("numerusform"))) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!text.trimmed().isEmpty())
                    translation = text;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (reversed)
                    add(translation, source);
                else
                    add(source, translation);
            }
        }
        return !xml.hasError() && !m_exact.isEmpty();
    }

    // "<class objectName> what: text" for every English text found in the app's windows now.
    QStringList findEnglish() const
    {
        QStringList found;
        for (QWidget *widget : QApplication::allWidgets()) {
            if (widget->isWindow() && !widget->isVisible() && !qobject_cast<QMenu *>(widget))
                continue; // closed dialogs waiting for deletion
            if (!widget->window()->isVisible() && !qobject_cast<QMenu *>(widget->window()))
                continue;
            scanWidget(widget, &found);
        }
        found.removeDuplicates();
        return found;
    }

    // The same for `root` and every widget below it, shown or not: a dialog, a dock, a menu.
    QStringList findEnglishUnder(QWidget *root) const
    {
        QStringList found;
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : std::as_const(widgets))
            scanWidget(widget, &found);
        found.removeDuplicates();
        return found;
    }

    bool isEnglish(const QString &text) const
    {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return false;
        // A word both languages share in different roles ("Profile" is German for "Profiles" and
        // English for "&Profile") is a translation, not a leftover.
        if (m_translations.contains(trimmed) ||
            m_translations.contains(QString(trimmed).remove(QLatin1Char('&'))))
            return false;
        if (m_exact.contains(trimmed) || m_exact.contains(QString(trimmed).remove(QLatin1Char('&'))))
            return true;
        for (const QRegularExpression &pattern : m_patterns) {
            if (pattern.match(trimmed).hasMatch())
                return true;
        }
        return false;
    }

private:
    // Every text a user can see on `widget` and its actions.
    void scanWidget(QWidget *widget, QStringList *found) const
    {
        // Qt's own parts keep the texts Qt gave them once (qtbase, not our .ts): QTabBar's close
        // buttons, a dock's title buttons ("qt_dockwidget_closebutton").
        if (qstrcmp(widget->metaObject()->className(), "CloseButton") == 0 ||
            (widget->objectName().startsWith(QLatin1String("qt_")) && !qobject_cast<QTabBar *>(widget)))
            return;
        const auto report = [&](const QObject *owner, const char *what, const QString &text) {
            if (!isEnglish(text))
                return;
            // Actions rarely have names: say where they live.
            const QObject *parent = owner->parent();
            const QString where = parent ? QStringLiteral(" in %1 %2")
                                               .arg(QString::fromLatin1(parent->metaObject()->className()),
                                                    parent->objectName())
                                         : QString();
            *found << QStringLiteral("<%1 %2%3> %4: %5")
                          .arg(QString::fromLatin1(owner->metaObject()->className()), owner->objectName(),
                               where, QString::fromLatin1(what), text);
        };
        report(widget, "windowTitle", widget->windowTitle());
        report(widget, "toolTip", widget->toolTip());
        report(widget, "statusTip", widget->statusTip());
        report(widget, "whatsThis", widget->whatsThis());
        report(widget, "accessibleName", widget->accessibleName());
        if (auto *label = qobject_cast<QLabel *>(widget))
            report(widget, "text", plain(label->text()));
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            report(widget, "text", button->text());
        if (auto *box = qobject_cast<QGroupBox *>(widget))
            report(widget, "title", box->title());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            report(widget, "placeholderText", edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            report(widget, "placeholderText", edit->placeholderText());
        if (auto *menu = qobject_cast<QMenu *>(widget))
            report(widget, "title", menu->title());
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                report(widget, "item", combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                report(widget, "tab", tabs->tabText(i));
                report(widget, "tabToolTip", tabs->tabToolTip(i));
            }
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int column = 0; column < model->columnCount(); ++column)
                report(widget, "header", model->headerData(column, Qt::Horizontal).toString());
        }
        for (const QAction *action : widget->actions()) {
            report(action, "action", action->text());
            report(action, "actionStatusTip", action->statusTip());
            report(action, "actionToolTip",
                   action->toolTip() == QString(action->text()).remove(QLatin1Char('&')) ? QString()
                                                                                         : action->toolTip());
        }
    }

    static QString plain(const QString &text)
    {
        if (!Qt::mightBeRichText(text))
            return text;
        QTextDocument document;
        document.setHtml(text);
        return document.toPlainText();
    }

    void add(const QString &source, const QString &translation)
    {
        if (source.isEmpty() || translation.isEmpty() || translation == source)
            return;
        const QString plainTranslation = plain(translation).trimmed();
        m_translations.insert(plainTranslation);
        m_translations.insert(QString(plainTranslation).remove(QLatin1Char('&')));
        static const QRegularExpression placeholder(QStringLiteral("%L?[0-9n]"));
        const QString plainSource = plain(source).trimmed();
        if (!source.contains(placeholder)) {
            m_exact.insert(plainSource);
            m_exact.insert(QString(plainSource).remove(QLatin1Char('&')));
            return;
        }
        // A pattern only when enough English is left around the placeholders to be sure.
        const QStringList literal = QString(plainSource).split(placeholder);
        int letters = 0;
        for (const QString &part : literal) {
            for (const QChar c : part)
                letters += c.isLetter() ? 1 : 0;
        }
        if (letters < 12)
            return;
        QStringList escaped;
        for (const QString &part : literal)
            escaped << QRegularExpression::escape(part);
        m_patterns << QRegularExpression(QStringLiteral("^") + escaped.join(QStringLiteral(".*")) +
                                             QStringLiteral("$"),
                                         QRegularExpression::DotMatchesEverythingOption);
    }

    QSet<QString> m_exact;
    QSet<QString> m_translations;
    QList<QRegularExpression> m_patterns;
};

// Lets every widget handle the QEvent::LanguageChange Qt posts when translators change.
inline void deliverLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

// Switches the running app the way Preferences does (and remembers it, in the test's own settings),
// then lets every widget retranslate itself.
inline void switchLanguageNow(const QString &code)
{
    gui::PreferencesDialog::switchLanguage(code);
    deliverLanguageChange();
}

// The same without saving the choice: for tests that have no private settings file.
inline void switchLanguageWithoutSaving(const QString &code)
{
    installTranslations(QCoreApplication::instance(), localeForLanguage(code));
    deliverLanguageChange();
}

} // namespace cx::test
