// Live language switching (Preferences > Language) for objects that are not widgets, or that set
// texts on objects Qt does not notify (QActions, models, menus another class owns).
//
// Qt sends QEvent::LanguageChange to every widget when a translator is installed; a widget handles
// it in changeEvent() by calling its own retranslateUi(). A controller or a model has no
// changeEvent(), so it asks to be told when a widget it lives beside is retranslated:
//
//     retranslateWith(this, mainWindow, [this] { m_checkAction->setText(tr("&Check This Account…")); });
//
// `retranslate` runs once right away (so constructors need not set the texts twice) and again on every
// language change `watched` receives, for as long as `context` lives.
#pragma once

#include <functional>

class QObject;
class QWidget;

namespace cx::gui {

void retranslateWith(QObject *context, QWidget *watched, std::function<void()> retranslate);

// The same, without the first call: for texts that already exist and only need refreshing.
void onLanguageChange(QObject *context, QWidget *watched, std::function<void()> retranslate);

} // namespace cx::gui
