#include "common/MethodStyle.h"

namespace cx::gui::MethodStyle {

QColor methodColor(const QByteArray &method)
{
    const QByteArray m = method.toUpper();
    if (m == "GET")
        return QColor(0x2e, 0x7d, 0x32);
    if (m == "POST")
        return QColor(0xa8, 0x5d, 0x00);
    if (m == "PUT")
        return QColor(0x15, 0x65, 0xc0);
    if (m == "PATCH")
        return QColor(0x6a, 0x1b, 0x9a);
    if (m == "DELETE")
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x54, 0x6e, 0x7a);
}

QColor statusColor(int status, bool failed)
{
    if (failed && (status < 400 || status == 0))
        return QColor(0xc6, 0x28, 0x28); // a transport failure or a truncated 2xx: never green
    if (status >= 500)
        return QColor(0xc6, 0x28, 0x28);
    if (status >= 400)
        return QColor(0xb3, 0x4a, 0x00);
    if (status >= 300)
        return QColor(0x15, 0x65, 0xc0);
    if (status >= 200)
        return QColor(0x2e, 0x7d, 0x32);
    return QColor(0x54, 0x6e, 0x7a);
}

QColor badgeTextColor()
{
    return QColor(Qt::white);
}

QString badgeStyleSheet(const QColor &background)
{
    return QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 3px; padding: 1px 6px; "
                          "font-weight: bold; }")
        .arg(background.name(), badgeTextColor().name());
}

} // namespace cx::gui::MethodStyle
