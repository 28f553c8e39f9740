#include "common/AppIcon.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <memory>
#include <optional>

namespace cx::gui {

namespace {

// Stands in for the SVG engine until the icon is first used, then hands every call to a QIcon of the
// file. isNull() answers from the file's presence, looked up once (buttons and menus ask on every
// layout and paint), so that checking an icon does not parse it.
class DeferredSvgIconEngine : public QIconEngine
{
public:
    explicit DeferredSvgIconEngine(const QString &path)
        : m_path(path), m_exists(QFile::exists(path)), m_loaded(std::make_shared<std::optional<QIcon>>())
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return m_loaded->has_value() ? (*m_loaded)->isNull() : !m_exists; }
    QString key() const override { return QStringLiteral("DeferredSvgIconEngine"); }
    // Copies (QIcon detaches on addFile/addPixmap) share the loaded icon, like the original's users.
    QIconEngine *clone() const override { return new DeferredSvgIconEngine(*this); }

private:
    DeferredSvgIconEngine(const DeferredSvgIconEngine &other) = default;

    const QIcon &icon()
    {
        if (!m_loaded->has_value())
            m_loaded->emplace(m_path);
        return **m_loaded;
    }

    QString m_path;
    bool m_exists;
    std::shared_ptr<std::optional<QIcon>> m_loaded;
};

} // namespace

QIcon appIcon(const QString &name)
{
    static QHash<QString, QIcon> icons; // the GUI thread's; an icon lives as long as the application
    auto it = icons.find(name);
    if (it == icons.end())
        it = icons.insert(name, QIcon(new DeferredSvgIconEngine(QStringLiteral(":/icons/%1.svg").arg(name))));
    return *it;
}

} // namespace cx::gui
