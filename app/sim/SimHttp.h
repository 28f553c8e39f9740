// Plain request/response values the simulator's handlers work on. They keep the handlers free of
// QtHttpServer types, whose request and responder APIs differ between Qt 6.4 and 6.8 (see HttpCompat).
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace cx::sim {

struct SimRequest
{
    QByteArray method; // upper case: GET, POST, ...
    QString path;      // decoded path, no query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

struct SimResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type included
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static SimResponse json(int status, const QJsonObject &body);
    // The documented error body, {"code","message"}, always as application/json.
    static SimResponse error(int status, const QString &code, const QString &message);
};

} // namespace cx::sim
