// One step of the start panel: a flat button with an arrow, a bold title and a wrapped description
// under it, the look of a QCommandLinkButton. It exists for start-up time: QCommandLinkButton's
// constructor asks the desktop's icon theme for its arrow (QIcon::fromTheme, a directory search that
// is not cached), about a ninth of the whole start-up's instructions for the five steps of the first
// frame. This one draws the style's arrow primitive instead, and sizes its title from the widget's
// font, so presentation mode enlarges it too.
#pragma once

#include <QHash>
#include <QPushButton>

namespace cx::gui {

class StepButton : public QPushButton
{
    Q_OBJECT
    Q_PROPERTY(QString description READ description WRITE setDescription)
public:
    explicit StepButton(QWidget *parent = nullptr);

    QString description() const { return m_description; }
    void setDescription(const QString &description);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont titleFont() const;
    int margin() const;
    int arrowSize() const;
    int textLeft() const;
    int descriptionHeight(int textWidth) const;

    QString m_description;
    // Wrapped description heights by text width. Layouts ask for the same few widths many times
    // (minimum, hint and height-for-width, on every activation), and each answer shapes the whole
    // description: unmemoised, this was a tenth of the first frame's instructions. Cleared when the
    // text or the font changes.
    mutable QHash<int, int> m_descriptionHeights;
};

} // namespace cx::gui
