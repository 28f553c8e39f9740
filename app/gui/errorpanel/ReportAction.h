// report: the app and the API disagree. Offers a support report of the failed request (request
// line, headers with secrets masked, response status and body, code, time, app and API version) to
// copy or save as Markdown or JSON.
#pragma once

#include "ActionWidget.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cx::gui {

class ReportAction : public ActionWidget
{
    Q_OBJECT
public:
    ReportAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent = nullptr);
    ErrorAction action() const override { return ErrorAction::Report; }
    QString markdown() const;
    QByteArray json() const;
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *copyButton() const { return m_copy; }
    // Writes the report; `asJson` picks the format. False (and a note) when the file cannot be written.
    bool saveTo(const QString &fileName, bool asJson);
    void copy();

protected:
    void retranslateUi() override;

private:
    // What the note under the buttons reports, kept so it can be said again in another language.
    enum class Note { None, Copied, Saved, SaveFailed };
    void save(bool asJson);
    void setNote(Note note);

    QPlainTextEdit *m_preview;
    QPushButton *m_copy;
    QPushButton *m_saveMarkdown;
    QPushButton *m_saveJson;
    QLabel *m_text;
    QLabel *m_note;
    Note m_noteKind = Note::None;
    QString m_noteFile;
    QString m_noteError;
};

} // namespace cx::gui
