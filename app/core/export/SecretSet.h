// The secret values of one connection: its client secret, every access token it was handed, and the
// profile's secret variables. The Session owns the set and adds to it as it learns a secret; every
// Redactor made for that connection (history, exports, the error report, copy as code, presentation
// mode, the log) reads it live, so a renewed token is masked everywhere without being registered again.
// Values are only ever added while the set lives: a token that was once sent stays masked afterwards.
#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>
#include <memory>

namespace cx {

class SecretSet
{
public:
    // Empty values are ignored; adding a value twice is harmless. Thread-safe (the log reads it from
    // any thread).
    void add(const QString &value);
    // Longest first, so that a secret containing another is masked whole.
    QStringList values() const;
    bool contains(const QString &value) const;

private:
    mutable QMutex m_mutex;
    QStringList m_values;
};

using SharedSecrets = std::shared_ptr<const SecretSet>;

} // namespace cx
