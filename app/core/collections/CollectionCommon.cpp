#include "CollectionCommon.h"

#include "io/BoundedRead.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <cmath>

namespace cx::CollectionCommon {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::CollectionImport)
};

} // namespace

QString authNote(const PortableAuth &auth)
{
    switch (auth.kind) {
    case PortableAuth::Kind::None:
    case PortableAuth::Kind::Inherit:
        return {};
    case PortableAuth::Kind::Bearer:
        return Tr::tr("Bearer auth: the profile's token is sent, not the collection's.");
    case PortableAuth::Kind::OAuth2ClientCredentials:
        return Tr::tr("OAuth 2.0 client credentials: the profile's token is sent; the collection's client "
                      "secret is not kept.");
    case PortableAuth::Kind::Basic:
        return Tr::tr("Basic auth is not sent: Connect takes the profile's bearer token.");
    case PortableAuth::Kind::Other:
        return Tr::tr("Auth type '%1' is not sent: Connect takes the profile's bearer token.")
            .arg(auth.otherName);
    }
    return {};
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void resolveRequest(PortableRequest &request, const VariableScope &scope, bool resolve)
{
    QStringList unresolved;
    const auto collect = [&](const QStringList &names) {
        for (const QString &name : names) {
            if (!unresolved.contains(name))
                unresolved.append(name);
        }
    };
    // Dynamic variables ({{$guid}}) are left for send time: resolving them here would make a read
    // differ from the next one.
    const auto one = [&](const QString &text) {
        if (!resolve) {
            QStringList names;
            for (const QString &name : Variables::references(text)) {
                if (!scope.value(name) && !name.startsWith(QLatin1Char('$')))
                    names.append(name);
            }
            collect(names);
            return text;
        }
        // A value may itself hold {{names}} (Insomnia's `base_url: {{ scheme }}://{{ host }}`): resolved
        // again, a few passes at most (a value that names itself stops there).
        QString current = text;
        QStringList names;
        for (int pass = 0; pass < 5; ++pass) {
            const VariableResolution resolution = Variables::resolve(current, scope, false);
            for (const QString &name : resolution.unresolved) {
                if (!name.startsWith(QLatin1Char('$')) && !names.contains(name))
                    names.append(name);
            }
            if (resolution.used.isEmpty() || resolution.text == current)
                break;
            current = resolution.text;
        }
        collect(names);
        return current;
    };
    request.url = one(request.url);
    for (auto &header : request.headers) {
        header.first = one(QString::fromUtf8(header.first)).toUtf8();
        header.second = one(QString::fromUtf8(header.second)).toUtf8();
    }
    if (request.hasBody) {
        QStringList bodyUnresolved;
        if (resolve) {
            for (int pass = 0; pass < 5; ++pass) {
                QStringList used;
                QStringList missing;
                const QByteArray next = Variables::resolveBytes(request.body, scope, &missing, &used, false);
                for (const QString &name : std::as_const(missing)) {
                    if (!bodyUnresolved.contains(name))
                        bodyUnresolved.append(name);
                }
                if (used.isEmpty() || next == request.body)
                    break;
                request.body = next;
            }
        } else {
            QString text = QString::fromUtf8(request.body);
            if (text.toUtf8() == request.body) {
                for (const QString &name : Variables::references(text)) {
                    if (!scope.value(name))
                        bodyUnresolved.append(name);
                }
            }
        }
        QStringList names;
        for (const QString &name : bodyUnresolved) {
            if (!name.startsWith(QLatin1Char('$')))
                names.append(name);
        }
        collect(names);
    }
    request.unresolvedVariables = unresolved;
    if (!unresolved.isEmpty()) {
        QStringList quoted;
        for (const QString &name : unresolved)
            quoted.append(QStringLiteral("{{%1}}").arg(name));
        request.notes.append(Tr::tr("Unresolved variables: %1 (no value in the profile or the collection).")
                                 .arg(quoted.join(QLatin1String(", "))));
    }
}

QByteArray urlEncodedBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += field.first.toUtf8().toPercentEncoding();
        body += '=';
        body += field.second.toUtf8().toPercentEncoding();
    }
    return body;
}

std::optional<QByteArray> readSideFile(const QString &src, const QString &directory, QStringList *notes)
{
    if (src.isEmpty()) {
        notes->append(Tr::tr("A file part names no file; it is not sent."));
        return std::nullopt;
    }
    if (directory.isEmpty()) {
        notes->append(Tr::tr("File '%1' is not read: the collection was not opened from a folder.").arg(src));
        return std::nullopt;
    }
    // Only files in the collection's folder (or below it) are read: a path the customer's machine had
    // (Postman stores absolute ones) is looked for by its name beside the collection, and a path that
    // climbs out of the folder is not followed.
    const QDir folder(directory);
    const QString relative =
        QDir::isAbsolutePath(src) || src.contains(QLatin1Char('\\'))
            ? QFileInfo(QString(src).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName()
            : src;
    const QString path = QDir::cleanPath(folder.absoluteFilePath(relative));
    const QString root = QDir::cleanPath(folder.absolutePath());
    if (!path.startsWith(root + QLatin1Char('/'))) {
        notes->append(Tr::tr("File '%1' is outside the collection's folder; it is not read.").arg(src));
        return std::nullopt;
    }
    if (!QFileInfo(path).isFile()) {
        notes->append(Tr::tr("File '%1' is not next to the collection; it is not sent.").arg(src));
        return std::nullopt;
    }
    const BoundedReadResult read = BoundedRead::readFile(path, BoundedRead::MaxRequestBody);
    if (!read.ok) {
        notes->append(read.error);
        return std::nullopt;
    }
    return read.data;
}

QByteArray multipartBody(const QList<FormPart> &parts, const QString &directory, QByteArray *contentType,
                         QStringList *notes)
{
    struct Built
    {
        QByteArray headers;
        QByteArray content;
    };
    QList<Built> built;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const FormPart &part : parts) {
        Built one;
        QByteArray name = part.name.toUtf8();
        name.replace('"', "%22");
        if (part.isFile) {
            const std::optional<QByteArray> data = readSideFile(part.fileSrc, directory, notes);
            if (!data)
                continue;
            QByteArray fileName = QFileInfo(part.fileSrc).fileName().toUtf8();
            fileName.replace('"', "%22");
            QByteArray type = part.contentType.toUtf8();
            if (type.isEmpty())
                type = QMimeDatabase()
                           .mimeTypeForFile(part.fileSrc, QMimeDatabase::MatchExtension)
                           .name()
                           .toUtf8();
            one.headers = "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName +
                          "\"\r\nContent-Type: " + type + "\r\n";
            one.content = *data;
        } else {
            one.headers = "Content-Disposition: form-data; name=\"" + name + "\"\r\n";
            if (!part.contentType.isEmpty())
                one.headers += "Content-Type: " + part.contentType.toUtf8() + "\r\n";
            one.content = part.value.toUtf8();
        }
        hash.addData(one.headers);
        hash.addData(one.content);
        built.append(one);
    }
    const QByteArray boundary = "----ConnectExplorer" + hash.result().toHex().left(24);
    QByteArray body;
    for (const Built &one : built)
        body += "--" + boundary + "\r\n" + one.headers + "\r\n" + one.content + "\r\n";
    body += "--" + boundary + "--\r\n";
    *contentType = "multipart/form-data; boundary=" + boundary;
    return body;
}

QString scalarText(const QJsonValue &value, bool containersAsJson)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == static_cast<double>(static_cast<qint64>(number)) && std::abs(number) < 1e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return containersAsJson
                   ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                   : QString();
    case QJsonValue::Object:
        return containersAsJson
                   ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                   : QString();
    default:
        return {};
    }
}

} // namespace cx::CollectionCommon
