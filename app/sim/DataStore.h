// The seeded catalogue the resource endpoints serve: templates, assets, folders, tags and a brand kit.
// Everything is derived from one seed with std::mt19937 (its output is fixed by the C++ standard, unlike
// the std distributions), so the same seed yields the same data on every platform and every run.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cx::sim {

class DataStore
{
public:
    explicit DataStore(quint32 seed);

    const QList<QJsonObject> &templates() const { return m_templates; }
    const QList<QJsonObject> &assets() const { return m_assets; }
    const QList<QJsonObject> &folders() const { return m_folders; }
    const QList<QJsonObject> &templateTags() const { return m_templateTags; }
    const QList<QJsonObject> &assetTags() const { return m_assetTags; }
    const QList<QJsonObject> &logos() const { return m_logos; }
    const QList<QJsonObject> &colors() const { return m_colors; }
    QJsonObject brandKit() const;

    // The item with `id`, or an empty object.
    QJsonObject templateById(qint64 id) const;
    QJsonObject assetById(qint64 id) const;

private:
    QList<QJsonObject> m_templates;
    QList<QJsonObject> m_assets;
    QList<QJsonObject> m_folders;
    QList<QJsonObject> m_templateTags;
    QList<QJsonObject> m_assetTags;
    QList<QJsonObject> m_logos;
    QList<QJsonObject> m_colors;
};

} // namespace cx::sim
