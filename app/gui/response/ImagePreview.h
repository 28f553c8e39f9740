// An image body shown as an image: scaled down to fit the tab, or at its actual size with scroll bars
// (the toggle above it), with its format and dimensions. It only shows what DecodedImage decoded on a
// worker; a body that did not decode shows the reason instead.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;

namespace cx::gui {

class ImagePreview : public QWidget
{
    Q_OBJECT
public:
    explicit ImagePreview(QWidget *parent = nullptr);

    void setImage(const QImage &image, const QByteArray &format);
    void setMessage(const QString &message); // shown instead of an image ("Decoding…", an error)
    void clear();

    const QImage &image() const { return m_image; }
    bool isActualSize() const;
    void setActualSize(bool actual);
    // The size the image is painted at now (smaller than the image when scaled to fit).
    QSize shownSize() const;

    QLabel *infoLabel() const { return m_info; }
    QToolButton *actualSizeButton() const { return m_actualSize; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateInfo();
    void updateLayout();

    QImage m_image;
    QByteArray m_format;
    QString m_message;
    QLabel *m_info;
    QToolButton *m_actualSize;
    QScrollArea *m_scroll;
    class ImageCanvas *m_canvas;
};

} // namespace cx::gui
