// "Copy as Code…": the current request as cURL, HTTPie, Python requests, JavaScript fetch or C++/Qt,
// with a read-only preview. By default no secret is written (the token is read from $CONNECT_TOKEN);
// "Include secrets" writes the signed-in session's real bearer token and the request's own secret values.
// Variables ({{name}}) are put in from the current tab's scope (a secret variable masked unless "Include
// secrets"), or, with "Keep variables as shell variables", read by the code from its environment.
#pragma once

#include "export/CodeExporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cx::gui {

class CopyAsCodeDialog : public QDialog
{
    Q_OBJECT
public:
    // `token`: the session's current bearer token (empty when signed out).
    CopyAsCodeDialog(const ApiRequest &request, const QString &baseUrl, const QByteArray &token,
                     CodeLanguage language = CodeLanguage::Curl, QWidget *parent = nullptr);

    // The values {{name}} stands for (taken from the main window's current tab when the dialog's parent
    // is the main window).
    void setVariables(const VariableScope &variables);
    void setLanguage(CodeLanguage language);
    CodeLanguage language() const;
    QString code() const;
    // Puts the preview's text on the clipboard.
    void copy();

    QComboBox *languageCombo() const { return m_language; }
    QPlainTextEdit *preview() const { return m_preview; }
    QCheckBox *includeSecretsBox() const { return m_includeSecrets; }
    QCheckBox *keepVariablesBox() const { return m_keepVariables; }
    QPushButton *copyButton() const { return m_copy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePreview();
    void updateNote();

    ApiRequest m_request;
    QString m_baseUrl;
    QByteArray m_token;
    QComboBox *m_language;
    QPlainTextEdit *m_preview;
    QCheckBox *m_includeSecrets;
    QCheckBox *m_keepVariables;
    VariableScope m_variables;
    QLabel *m_languageLabel;
    QLabel *m_note;
    QPushButton *m_copy;
    bool m_copied = false; // the button says "Copied" once the code is on the clipboard
};

} // namespace cx::gui
