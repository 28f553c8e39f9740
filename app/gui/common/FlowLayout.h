// A row of buttons that wraps onto the next line when the space runs out, instead of widening its
// parent (a dock at 1024 px, a German label, presentation mode's larger font). Height-for-width, like
// Qt's own flow layout example; items keep their size hints and are never squeezed below them.
#pragma once

#include <QLayout>
#include <QList>

namespace cx::gui {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Lays the items out in `rect` (moving them only when `apply`); returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem *> m_items;
};

} // namespace cx::gui
