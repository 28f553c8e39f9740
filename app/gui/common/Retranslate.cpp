#include "common/Retranslate.h"

#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace cx::gui {

namespace {

// Lives as a child of the context, so it (and its filter on `watched`) ends with the context.
class LanguageChangeFilter : public QObject
{
public:
    LanguageChangeFilter(QObject *context, QWidget *watched, std::function<void()> retranslate)
        : QObject(context), m_watched(watched), m_retranslate(std::move(retranslate))
    {
        watched->installEventFilter(this);
    }
    ~LanguageChangeFilter() override
    {
        if (m_watched)
            m_watched->removeEventFilter(this);
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (object == m_watched && event->type() == QEvent::LanguageChange)
            m_retranslate();
        return false;
    }

private:
    QPointer<QWidget> m_watched;
    std::function<void()> m_retranslate;
};

} // namespace

void retranslateWith(QObject *context, QWidget *watched, std::function<void()> retranslate)
{
    retranslate();
    onLanguageChange(context, watched, std::move(retranslate));
}

void onLanguageChange(QObject *context, QWidget *watched, std::function<void()> retranslate)
{
    new LanguageChangeFilter(context, watched, std::move(retranslate));
}

} // namespace cx::gui
