// Paints the endpoint column as a coloured method badge followed by the path; tag rows as usual.
//
// The rows' texts are laid out once and kept (QStaticText, per method and per path, for the row font
// they were made for): every repaint of the tree (the first frame, hover, selection, scrolling) would
// otherwise shape each badge and path again, twice for a path (to elide it, then to draw it), and
// measure "DELETE" for every badge; a tag row was shaped twice too (QStyle measures it to see whether it
// must be cut). A path too long for its column is still cut in the middle.
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>
#include <vector>

namespace cx::gui {

class MethodBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `methodRole` and `pathRole` name the roles that hold the method (QByteArray) and the path.
    MethodBadgeDelegate(int methodRole, int pathRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge's text: the row's `rowFont` in bold, as the tag headings are.
    static QFont badgeFontFor(const QFont &rowFont);
    // How many paths (and, apart, tags) it keeps laid out before it drops them all and starts again.
    static constexpr qsizetype MaxKeptTexts = 4096;

private:
    // What the rows of one row font share; made again when the row font changes (presentation mode,
    // a font change of the view).
    struct Texts
    {
        QFont rowFont;
        QFont paintFont; // rowFont, every property set
        QFont badgeFont;
        int badgeWidth = 0; // as wide as the widest common method, so that paths line up
        int badgeHeight = 0;
        qreal badgeTextTop = 0; // where the method's line starts, from the badge's top
        struct Badge
        {
            QStaticText text;
            int left = 0; // from the badge's left: centred by the method's advance
        };
        QHash<QByteArray, Badge> badges;   // by method
        QHash<QString, QStaticText> paths; // by path
        struct Heading
        {
            QFont font; // the tag row's own (bold)
            QStaticText text;
        };
        QHash<QString, Heading> headings; // by tag
    };
    // The set for `rowFont`, made when missing; valid until the next call.
    Texts &textsFor(const QFont &rowFont) const;
    static QStaticText laidOut(const QString &text, const QFont &font);
    // The kept layout of `path` in the row font. Each document's paths are kept; past this many texts
    // (documents opened one after another) the kept ones are dropped and laid out again when painted.
    static const QStaticText &pathTextFor(Texts &texts, const QString &path);
    static constexpr std::size_t MaxRowFonts = 4;
    // A tag row as QStyledItemDelegate paints it, its text kept; false when it cannot (a text that must
    // be cut or wrapped, an icon, right-to-left), for QStyledItemDelegate to paint it.
    bool paintHeading(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    int m_methodRole;
    int m_pathRole;
    // One set per row font, the latest first: rows of an endpoint the token lacks a scope for are in
    // italics, so a tree paints in two fonts by turns. A few at most (a font change adds one).
    mutable std::vector<Texts> m_texts; // the GUI thread's, like the painting
};

} // namespace cx::gui
