// Presentation mode, process-wide: while it is on, every widget that shows a secret, a token or an
// Authorization value shows it masked. Widgets that paint such values themselves (header tables, the URL
// preview) consult PresentationMode::maskValue()/maskText(); PresentationController masks what other
// widgets show (labels, read-only text, the status bar) by the registered secret values.
#pragma once

#include "export/Redactor.h"

#include <QObject>

namespace cx::gui {

class PresentationMode : public QObject
{
    Q_OBJECT
public:
    static PresentationMode *instance();
    static bool isOn();
    // What replaces a secret on screen.
    static QString mask() { return QStringLiteral("••••••••"); }

    // A value shown next to `name` (a header, a query parameter, a form field): masked whole when the
    // name says it is secret (Authorization keeps its scheme), registered secrets masked anywhere.
    // Unchanged while presentation mode is off.
    static QString maskValue(const QString &name, const QString &value);
    // Free text (a URL, a message, a code snippet): registered secrets, bearer credentials and secret
    // query values masked. Unchanged while presentation mode is off.
    static QString maskText(const QString &text);
    // Like maskText(), whether or not presentation mode is on.
    static QString maskTextAlways(const QString &text);

    // A value that must never be shown while presenting (the session's token, a client secret).
    static void addSecret(const QString &value);
    // Masks every value of `live` too (the session's secret set: client secret, every token).
    static void addSecrets(SharedSecrets live);
    static QStringList secrets();

    void setOn(bool on);

signals:
    void changed(bool on);

private:
    PresentationMode() = default;
    bool m_on = false;
    Redactor m_redactor;
};

} // namespace cx::gui
