// The seeded catalogue the resource endpoints serve: templates, assets, folders, tags and a brand kit.
// Everything is derived from one seed with std::mt19937 (its output is fixed by the C++ standard, unlike
// the std distributions), so the same seed yields the same data on every platform and every run.
// The data is generated on first use, not in the constructor: the app starts its embedded simulator
// before its window appears, and nothing needs the data until the first resource request.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>

namespace cx::sim {

class DataStore
{
public:
    explicit DataStore(quint32 seed);
    ~DataStore();

    const QList<QJsonObject> &templates() const { return fixtures().templates; }
    const QList<QJsonObject> &assets() const { return fixtures().assets; }
    const QList<QJsonObject> &folders() const { return fixtures().folders; }
    const QList<QJsonObject> &templateTags() const { return fixtures().templateTags; }
    const QList<QJsonObject> &assetTags() const { return fixtures().assetTags; }
    const QList<QJsonObject> &logos() const { return fixtures().logos; }
    const QList<QJsonObject> &colors() const { return fixtures().colors; }
    QJsonObject brandKit() const;

    // The item with `id`, or an empty object.
    QJsonObject templateById(qint64 id) const;
    QJsonObject assetById(qint64 id) const;

private:
    struct Fixtures
    {
        QList<QJsonObject> templates;
        QList<QJsonObject> assets;
        QList<QJsonObject> folders;
        QList<QJsonObject> templateTags;
        QList<QJsonObject> assetTags;
        QList<QJsonObject> logos;
        QList<QJsonObject> colors;
    };
    static Fixtures generate(quint32 seed);
    // Not thread-safe: a simulator serves all its requests on one thread.
    const Fixtures &fixtures() const;

    quint32 m_seed;
    mutable std::unique_ptr<Fixtures> m_fixtures;
};

} // namespace cx::sim
