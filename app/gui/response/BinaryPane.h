// The Hex tab: the body's size and media type ("1.2 MB, application/octet-stream"), "Save body as…"
// (the exact bytes, written on a worker), and the hex dump. Reachable for any body, text included.
#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace cx::gui {

class HexView;

class BinaryPane : public QWidget
{
    Q_OBJECT
public:
    explicit BinaryPane(QWidget *parent = nullptr);

    // `suggestedName` is what the save dialog proposes ("logo.png").
    void setBody(const QByteArray &body, const QByteArray &mediaType, const QString &suggestedName);
    void clear();

    // Asks where to save (a file dialog, not modal to the app), then saveBodyTo().
    void saveBodyAs();
    // Writes the body's exact bytes to `path` on a worker; bodySaved() tells how it went.
    void saveBodyTo(const QString &path);

    HexView *hexView() const { return m_hex; }
    QLabel *infoLabel() const { return m_info; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }

signals:
    void bodySaved(const QString &path, bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showMessage(const QString &text);

    QByteArray m_body;
    QByteArray m_mediaType;
    QString m_suggestedName;
    quint64 m_generation = 0;
    QLabel *m_info;
    QLabel *m_message;
    QPushButton *m_save;
    HexView *m_hex;
};

} // namespace cx::gui
