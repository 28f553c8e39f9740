// Tells assistive technology that something worth hearing appeared: a new error in the panel, a retry
// countdown starting or ending. Screen readers speak an Alert's object (its accessible name and text)
// without the user moving focus there. Qt delivers the event only while a screen reader is attached;
// Announcer::instance()->announced() lets the app (and its tests) see each announcement anyway.
#pragma once

#include <QAccessible>
#include <QObject>

namespace cx::gui {

class Announcer : public QObject
{
    Q_OBJECT
public:
    static Announcer *instance()
    {
        static Announcer announcer;
        return &announcer;
    }

signals:
    void announced(QObject *what);
};

inline void announce(QObject *what)
{
    QAccessibleEvent alert(what, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    emit Announcer::instance()->announced(what);
}

} // namespace cx::gui
