#include "RawReply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace cx::sim {

QByteArray RawReply::bytes() const
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}})
            .toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    if (retryAfterSeconds > 0)
        out += "Retry-After: " + QByteArray::number(retryAfterSeconds) + "\r\n";
    out += "Connection: close\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return out;
}

void RawReply::sendAndClose(QTcpSocket *socket, int lingerMs, bool deleteWhenClosed) const
{
    if (!socket)
        return;
    // Whatever read transaction QtHttpServer had open is over: committing lets skip() free the input
    // instead of keeping it for a rollback that will never come.
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->skip(socket->bytesAvailable());
    QObject::connect(socket, &QIODevice::readyRead, socket,
                     [socket] { socket->skip(socket->bytesAvailable()); });
    if (deleteWhenClosed)
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(bytes());
    socket->flush();
    // The client was told Connection: close; most hang up at once (disconnected follows). One that does
    // not is cut off after the linger.
    QTimer::singleShot(lingerMs, socket, [socket = QPointer<QTcpSocket>(socket)] {
        if (socket)
            socket->abort();
    });
}

} // namespace cx::sim
