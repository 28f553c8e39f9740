#include "ImagePreview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>

namespace cx::gui {

// Paints the image centred, scaled down to the widget's size when it is larger (never up).
class ImageCanvas : public QWidget
{
public:
    using QWidget::QWidget;
    QImage image;
    bool actualSize = false;
    std::function<void()> resized;

    QSize shownSize() const
    {
        if (image.isNull())
            return {};
        if (actualSize || (image.width() <= width() && image.height() <= height()))
            return image.size();
        return image.size().scaled(size(), Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        if (resized)
            resized();
    }
    void paintEvent(QPaintEvent *) override
    {
        if (image.isNull())
            return;
        QPainter painter(this);
        const QSize shown = shownSize();
        const QRect target(
            QPoint(qMax(0, (width() - shown.width()) / 2), qMax(0, (height() - shown.height()) / 2)), shown);
        // Scaled once per size, not on every paint (a large photo takes a while to scale smoothly).
        if (shown == image.size()) {
            painter.drawImage(target, image);
            return;
        }
        if (m_scaled.size() != shown || m_scaledFrom != image.cacheKey()) {
            m_scaled = image.scaled(shown, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            m_scaledFrom = image.cacheKey();
        }
        painter.drawImage(target, m_scaled);
    }

private:
    QImage m_scaled; // `image` at the size last shown
    qint64 m_scaledFrom = 0;
};

ImagePreview::ImagePreview(QWidget *parent)
    : QWidget(parent), m_info(new QLabel(this)), m_actualSize(new QToolButton(this)),
      m_scroll(new QScrollArea(this)), m_canvas(new ImageCanvas)
{
    m_info->setObjectName(QStringLiteral("imageInfo"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    m_actualSize->setObjectName(QStringLiteral("imageActualSize"));
    m_actualSize->setCheckable(true);
    m_actualSize->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_scroll->setWidget(m_canvas);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(true);
    connect(m_actualSize, &QToolButton::toggled, this, &ImagePreview::setActualSize);
    m_canvas->resized = [this] { updateInfo(); };

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_info, 1);
    bar->addWidget(m_actualSize);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    retranslateUi();
    clear();
}

void ImagePreview::retranslateUi()
{
    m_actualSize->setText(tr("Actual size"));
    m_actualSize->setToolTip(tr("Show the image pixel for pixel instead of scaled to fit"));
    updateInfo();
}

void ImagePreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ImagePreview::setImage(const QImage &image, const QByteArray &format)
{
    m_image = image;
    m_format = format;
    m_message.clear();
    m_canvas->image = image;
    m_actualSize->setEnabled(true);
    updateLayout();
}

void ImagePreview::setMessage(const QString &message)
{
    m_image = QImage();
    m_canvas->image = QImage();
    m_message = message;
    m_actualSize->setEnabled(false);
    updateLayout();
}

void ImagePreview::clear()
{
    setMessage(QString());
}

bool ImagePreview::isActualSize() const
{
    return m_canvas->actualSize;
}

void ImagePreview::setActualSize(bool actual)
{
    if (m_actualSize->isChecked() != actual) {
        m_actualSize->setChecked(actual); // comes back here through toggled()
        return;
    }
    m_canvas->actualSize = actual;
    updateLayout();
}

QSize ImagePreview::shownSize() const
{
    return m_canvas->shownSize();
}

void ImagePreview::updateLayout()
{
    // Actual size: the canvas is as large as the image and the scroll area scrolls it. Fit: the canvas
    // follows the scroll area's size and scales the image into it.
    if (m_canvas->actualSize && !m_image.isNull()) {
        m_scroll->setWidgetResizable(false);
        m_canvas->resize(m_image.size());
    } else {
        m_scroll->setWidgetResizable(true);
    }
    m_canvas->update();
    updateInfo();
}

void ImagePreview::updateInfo()
{
    if (m_image.isNull()) {
        m_info->setText(m_message);
        return;
    }
    QString text = tr("%1, %2 × %3 pixels")
                       .arg(QString::fromLatin1(m_format.toUpper()))
                       .arg(m_image.width())
                       .arg(m_image.height());
    const QSize shown = m_canvas->shownSize();
    if (shown.isValid() && shown != m_image.size())
        text += tr(" — shown at %1%").arg(qRound(100.0 * shown.width() / m_image.width()));
    m_info->setText(text);
}

} // namespace cx::gui
