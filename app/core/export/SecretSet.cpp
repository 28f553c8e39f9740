#include "export/SecretSet.h"

#include <algorithm>

namespace cx {

void SecretSet::add(const QString &value)
{
    if (value.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    if (m_values.contains(value))
        return;
    m_values.append(value);
    std::stable_sort(m_values.begin(), m_values.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QStringList SecretSet::values() const
{
    QMutexLocker lock(&m_mutex);
    return m_values;
}

bool SecretSet::contains(const QString &value) const
{
    QMutexLocker lock(&m_mutex);
    return m_values.contains(value);
}

} // namespace cx
