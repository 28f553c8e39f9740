#include "shell/StepButton.h"

#include <QEvent>
#include <QStyleOptionButton>
#include <QStylePainter>

namespace cx::gui {

namespace {
constexpr int TitleSpacing = 2; // between the title and the description
}

StepButton::StepButton(QWidget *parent) : QPushButton(parent)
{
    setAttribute(Qt::WA_Hover); // the panel appears under the mouse, as a command link's does
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void StepButton::setDescription(const QString &description)
{
    if (description == m_description)
        return;
    m_description = description;
    m_descriptionHeights.clear();
    updateGeometry();
    update();
}

QFont StepButton::titleFont() const
{
    QFont font = this->font();
    font.setBold(true);
    return font;
}

int StepButton::margin() const
{
    return qMax(4, fontMetrics().height() / 2);
}

int StepButton::arrowSize() const
{
    return QFontMetrics(titleFont()).height();
}

int StepButton::textLeft() const
{
    return margin() + arrowSize() + margin();
}

int StepButton::descriptionHeight(int textWidth) const
{
    if (m_description.isEmpty())
        return 0;
    textWidth = qMax(1, textWidth);
    if (const auto known = m_descriptionHeights.constFind(textWidth); known != m_descriptionHeights.cend())
        return *known;
    const int height =
        TitleSpacing +
        fontMetrics().boundingRect(QRect(0, 0, textWidth, 1 << 20), Qt::TextWordWrap, m_description).height();
    m_descriptionHeights.insert(textWidth, height);
    return height;
}

int StepButton::heightForWidth(int width) const
{
    const int textWidth = width - textLeft() - margin();
    return margin() + QFontMetrics(titleFont()).height() + descriptionHeight(textWidth) + margin();
}

QSize StepButton::sizeHint() const
{
    // As wide as the title; the description wraps to whatever width the layout gives.
    const QString title = text().remove(QLatin1Char('&'));
    const int width = textLeft() + QFontMetrics(titleFont()).horizontalAdvance(title) + margin();
    return {width, heightForWidth(width)};
}

QSize StepButton::minimumSizeHint() const
{
    return sizeHint(); // the title is never cut; a narrow panel scrolls
}

void StepButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_descriptionHeights.clear();
    QPushButton::changeEvent(event);
}

void StepButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear();
    option.icon = QIcon();
    // Flat until pointed at, pressed or focused, like a command link; CE_PushButton also draws the
    // focus frame.
    if (!(option.state & (QStyle::State_MouseOver | QStyle::State_Sunken | QStyle::State_HasFocus)))
        option.features |= QStyleOptionButton::Flat;
    painter.drawControl(QStyle::CE_PushButton, option);

    const int shiftX = isDown() ? style()->pixelMetric(QStyle::PM_ButtonShiftHorizontal, &option, this) : 0;
    const int shiftY = isDown() ? style()->pixelMetric(QStyle::PM_ButtonShiftVertical, &option, this) : 0;
    const QFontMetrics titleMetrics(titleFont());

    QStyleOption arrow;
    arrow.initFrom(this);
    arrow.rect = QRect(margin() + shiftX, margin() + shiftY, arrowSize(), arrowSize());
    painter.drawPrimitive(QStyle::PE_IndicatorArrowRight, arrow);

    const int textWidth = width() - textLeft() - margin();
    const QRect titleRect(textLeft() + shiftX, margin() + shiftY, textWidth, titleMetrics.height());
    painter.setFont(titleFont());
    painter.drawItemText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextShowMnemonic, option.palette,
                         isEnabled(), text(), QPalette::ButtonText);
    if (m_description.isEmpty())
        return;
    const QRect descriptionRect(titleRect.left(), titleRect.bottom() + 1 + TitleSpacing, textWidth,
                                height() - titleRect.bottom() - TitleSpacing - margin());
    painter.setFont(font());
    painter.drawItemText(descriptionRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, option.palette,
                         isEnabled(), m_description, QPalette::ButtonText);
}

} // namespace cx::gui
