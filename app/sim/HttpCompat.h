// The few QtHttpServer calls whose API changed between Qt 6.4 and 6.8, in one place:
//  - a handler takes the responder as `QHttpServerResponder &&` up to 6.7 and as `&` from 6.8;
//  - request headers are a QList of pairs up to 6.7 and QHttpHeaders in 6.8;
//  - response headers are an initializer_list up to 6.7 and QHttpHeaders in 6.8, so a response is
//    written through QHttpServerResponse::write (6.4), QHttpServerResponder::sendResponse (6.5-6.7)
//    or QHttpServerResponder::write(data, headers, status) (6.8);
//  - QHttpServerResponder::socket() exists only in 6.4; QHttpServerRequest::remotePort() from 6.5.
// Checked against the qthttpserver sources at v6.4.2, v6.5.0, v6.6.0, v6.7.0 and v6.8.0.
#pragma once

#include "SimHttp.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QtGlobal>

namespace cx::sim {

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
using ResponderArg = QHttpServerResponder &;
#else
using ResponderArg = QHttpServerResponder &&;
#endif

class HttpCompat
{
public:
    static SimRequest toSimRequest(const QHttpServerRequest &request);
    static void write(QHttpServerResponder &responder, const SimResponse &response);
};

} // namespace cx::sim
