// The sizes presentation mode changes, and how it puts them back. The application font is scaled, and
// every widget whose font does not follow it (a font set with an explicit size: a bold title, a style
// sheet's badge) is scaled by hand; widgets built while presenting are looked at when first polished.
// Leaving puts back the font of every widget that existed before, and the splitters' and headers' sizes,
// exactly; a widget built while presenting is brought back to the unscaled size too.
#pragma once

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QRect>

class QHeaderView;
class QSplitter;
class QWidget;

namespace cx::gui {

class PresentationFonts
{
public:
    // Scales the application's font, and every widget's that did not follow, by `scale`. `window` (the
    // main window) gets its geometry back on leave() when larger fonts made it grow.
    void enter(qreal scale, QWidget *window);
    // A widget polished while presenting (built on first use): a font it was given from an unscaled
    // source (a system font, a copy of the font before presenting) is scaled too.
    void adopt(QWidget *widget);
    // Puts every font and size back as it was before enter().
    void leave();
    // The application's font back, nothing else (the windows are going away).
    void drop();
    bool isOn() const { return m_on; }

    // The font scaled by `factor`, by point size when it has one (device-independent), else by pixels.
    static QFont scaled(QFont font, qreal factor);
    // The font's size in points, or in pixels when it was set in pixels.
    static qreal sizeOf(const QFont &font);

private:
    struct Saved
    {
        QPointer<QWidget> widget;
        QFont font;
        bool explicitFont = false; // Qt::WA_SetFont when entering
        bool touched = false;      // enter() set its font
    };
    struct SavedState
    {
        QPointer<QWidget> widget; // a QSplitter or a QHeaderView
        QByteArray state;
    };
    // Every widget of the application, each after its parent.
    static QList<QWidget *> widgetsInTreeOrder();
    bool isKnown(QWidget *widget) const;

    bool m_on = false;
    qreal m_scale = 1;
    QFont m_appFont;
    QList<Saved> m_saved;
    QHash<QWidget *, QPointer<QWidget>> m_known; // the widgets of m_saved, for adopt()
    QList<Saved> m_adopted;                      // scaled by adopt(): their fonts before
    QList<SavedState> m_splitters;
    QList<SavedState> m_headers;
    QPointer<QWidget> m_window;
    QRect m_windowGeometry;
};

} // namespace cx::gui
