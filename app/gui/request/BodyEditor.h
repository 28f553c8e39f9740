// The JSON body editor: highlighted text and a live "valid JSON / invalid at line L col C" indicator,
// checked after a pause in typing; big bodies are checked on a worker thread.
#pragma once

#include "request/JsonCheck.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace cx::gui {

class JsonHighlighter;

class BodyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BodyEditor(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    QPlainTextEdit *editor() const { return m_editor; }
    JsonCheckResult lastCheck() const { return m_last; }
    QString indicatorText() const;
    bool isCheckPending() const;

    // Bodies from this size on are checked off the UI thread and not highlighted.
    static constexpr qsizetype LargeBody = 256 * 1024;

signals:
    void edited();
    void checked(const cx::gui::JsonCheckResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void startCheck();
    void showResult(const JsonCheckResult &result);
    void showIndicator();

    QPlainTextEdit *m_editor;
    QLabel *m_indicator;
    QTimer *m_debounce;
    JsonHighlighter *m_highlighter;
    JsonCheckResult m_last;
    quint64 m_generation = 0;
    bool m_workerRunning = false;
};

} // namespace cx::gui
