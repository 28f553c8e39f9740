// One request sent on two profiles at once: A with the current connection (its client and token), B with
// a client and session of its own for the other profile, set up the way Compare Accounts sets up its
// second account (the profile's base URL and network settings; the built-in simulator for Demo).
// finished() once both have answered (or failed); the object deletes itself after.
#pragma once

#include "net/ApiTypes.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace cx {
class ApiCall;
class ApiClient;
class ProfileStore;
class Session;
} // namespace cx

namespace cx::gui {

class Connection;

class ProfileSend : public QObject
{
    Q_OBJECT
public:
    // Null with `error` when the other profile cannot be reached from here (gone, or Demo while the
    // built-in simulator does not run).
    static ProfileSend *start(Connection *connection, ProfileStore *store, const QString &profileId,
                              const QString &clientSecret, const ApiRequest &request, QString *error,
                              QObject *parent = nullptr);
    ~ProfileSend() override;

    QString nameA() const { return m_nameA; }
    QString nameB() const { return m_nameB; }

signals:
    void finished(const cx::ApiResponse &a, const cx::ApiResponse &b);

private:
    explicit ProfileSend(QObject *parent);
    void onFinished();

    ApiClient *m_client = nullptr; // B's own
    Session *m_session = nullptr;
    QPointer<ApiCall> m_callA;
    QPointer<ApiCall> m_callB;
    std::optional<ApiResponse> m_a;
    std::optional<ApiResponse> m_b;
    QString m_nameA;
    QString m_nameB;
};

} // namespace cx::gui
