#include "DataStore.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QTimeZone>
#include <random>

namespace cx::sim {

namespace {

constexpr int TemplateCount = 240;
constexpr int AssetCount = 320;
constexpr int FolderCount = 30;
constexpr qint64 FirstTemplateId = 1001;
constexpr qint64 FirstAssetId = 5001;
constexpr qint64 FirstFolderId = 101;

const char CdnBase[] = "https://cdn.connect-sim.invalid"; // .invalid: never resolves, by RFC 6761

class Seeded
{
public:
    explicit Seeded(quint32 seed) : m_engine(seed) {}
    // Modulo bias is irrelevant for demo data; what matters is that it is portable.
    int below(int n) { return int(m_engine() % quint32(n)); }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    std::mt19937 m_engine;
};

const QStringList &adjectives()
{
    static const QStringList words{"Bold", "Minimal", "Summer",    "Vintage", "Modern", "Playful", "Elegant",
                                   "Neon", "Rustic",  "Corporate", "Pastel",  "Dark",   "Bright",  "Classic"};
    return words;
}

const QStringList &subjects()
{
    static const QStringList words{"Sale",    "Launch", "Webinar", "Newsletter", "Quote",  "Event", "Recipe",
                                   "Product", "Hiring", "Holiday", "Podcast",    "Report", "Promo", "Story"};
    return words;
}

struct Format
{
    QString name;
    int width;
    int height;
};

const QList<Format> &formats()
{
    static const QList<Format> list{{"instagram_post", 1080, 1080},   {"instagram_story", 1080, 1920},
                                    {"facebook_post", 1200, 630},     {"linkedin_post", 1200, 627},
                                    {"youtube_thumbnail", 1280, 720}, {"a4_flyer", 2480, 3508},
                                    {"presentation", 1920, 1080}};
    return list;
}

const QStringList &templateTagNames()
{
    static const QStringList names{"social",    "marketing",   "sale",    "event",   "minimal",
                                   "holiday",   "corporate",   "food",    "fashion", "tech",
                                   "education", "real-estate", "fitness", "travel",  "quote"};
    return names;
}

const QStringList &assetTagNames()
{
    static const QStringList names{"photo",        "logo",   "icon", "background", "people",
                                   "product",      "nature", "city", "abstract",   "texture",
                                   "illustration", "video",  "team", "office"};
    return names;
}

QString timestamp(qint64 secondsAfterBase)
{
    // A fixed base keeps data reproducible; wall-clock time would change it between runs.
    static const QDateTime base(QDate(2024, 1, 8), QTime(9, 0), QTimeZone::utc());
    return base.addSecs(secondsAfterBase).toString(Qt::ISODate);
}

QJsonArray pickTags(Seeded &random, const QStringList &names, QHash<QString, int> *counts)
{
    QStringList chosen;
    const int wanted = 1 + random.below(3);
    while (chosen.size() < wanted) {
        const QString &tag = random.pick(names);
        if (!chosen.contains(tag))
            chosen << tag;
    }
    chosen.sort();
    for (const QString &tag : chosen)
        ++(*counts)[tag];
    return QJsonArray::fromStringList(chosen);
}

QList<QJsonObject> tagList(const QStringList &names, const QHash<QString, int> &counts)
{
    QList<QJsonObject> list;
    QStringList sorted = names;
    sorted.sort();
    int id = 1;
    for (const QString &name : sorted) {
        list << QJsonObject{{QStringLiteral("id"), id++},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("count"), counts.value(name)}};
    }
    return list;
}

} // namespace

DataStore::Fixtures DataStore::generate(quint32 seed)
{
    Seeded random(seed);
    Fixtures data;

    static const QStringList folderNames{"Campaigns", "Social",  "Product shots", "Brand", "Events",
                                         "Team",      "Archive", "Print",         "Video", "Stock"};
    for (int i = 0; i < FolderCount; ++i) {
        const qint64 id = FirstFolderId + i;
        // The first ten are top-level; the rest nest one level below them.
        const QJsonValue parent =
            i < 10 ? QJsonValue(QJsonValue::Null) : QJsonValue(FirstFolderId + random.below(10));
        const QString name =
            i < 10 ? folderNames.at(i)
                   : QStringLiteral("%1 %2").arg(folderNames.at(i % 10)).arg(2020 + i / 10 + random.below(4));
        data.folders << QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("name"), name},
                                    {QStringLiteral("parent_id"), parent},
                                    {QStringLiteral("asset_count"), 0},
                                    {QStringLiteral("created_at"), timestamp(qint64(i) * 86400)}};
    }

    QHash<QString, int> templateTagCounts;
    for (int i = 0; i < TemplateCount; ++i) {
        const qint64 id = FirstTemplateId + i;
        const Format &format = random.pick(formats());
        const QString name =
            QStringLiteral("%1 %2 %3").arg(random.pick(adjectives()), random.pick(subjects())).arg(i + 1);
        const qint64 created = qint64(i) * 7200 + random.below(3600);
        data.templates << QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("format"), format.name},
            {QStringLiteral("dimensions"), QJsonObject{{QStringLiteral("width"), format.width},
                                                       {QStringLiteral("height"), format.height},
                                                       {QStringLiteral("unit"), QStringLiteral("px")}}},
            {QStringLiteral("pages"), 1 + random.below(4)},
            {QStringLiteral("tags"), pickTags(random, templateTagNames(), &templateTagCounts)},
            {QStringLiteral("folder_id"), FirstFolderId + random.below(FolderCount)},
            {QStringLiteral("thumbnail_url"),
             QStringLiteral("%1/templates/%2/thumbnail.png").arg(QLatin1String(CdnBase)).arg(id)},
            {QStringLiteral("preview_url"),
             QStringLiteral("%1/templates/%2/preview.png").arg(QLatin1String(CdnBase)).arg(id)},
            {QStringLiteral("created_at"), timestamp(created)},
            {QStringLiteral("updated_at"), timestamp(created + random.below(90 * 86400))},
        };
    }
    data.templateTags = tagList(templateTagNames(), templateTagCounts);

    static const QList<QPair<QString, QString>> assetKinds{
        {"image", "image/jpeg"}, {"image", "image/png"}, {"vector", "image/svg+xml"}, {"video", "video/mp4"}};
    QHash<QString, int> assetTagCounts;
    QHash<qint64, int> folderCounts;
    for (int i = 0; i < AssetCount; ++i) {
        const qint64 id = FirstAssetId + i;
        const auto &kind = random.pick(assetKinds);
        const QString extension = kind.second.section(QLatin1Char('/'), 1).section(QLatin1Char('+'), 0, 0);
        const QString fileName =
            QStringLiteral("%1-%2.%3")
                .arg(random.pick(subjects()).toLower())
                .arg(id)
                .arg(extension == QLatin1String("jpeg") ? QStringLiteral("jpg") : extension);
        const qint64 folder = FirstFolderId + random.below(FolderCount);
        ++folderCounts[folder];
        const int width = 400 + 40 * random.below(90);
        const int height = 300 + 40 * random.below(70);
        QJsonObject asset{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), fileName},
            {QStringLiteral("type"), kind.first},
            {QStringLiteral("mime_type"), kind.second},
            {QStringLiteral("file_size"), 20000 + random.below(4000000)},
            {QStringLiteral("dimensions"), QJsonObject{{QStringLiteral("width"), width},
                                                       {QStringLiteral("height"), height},
                                                       {QStringLiteral("unit"), QStringLiteral("px")}}},
            {QStringLiteral("tags"), pickTags(random, assetTagNames(), &assetTagCounts)},
            {QStringLiteral("folder_id"), folder},
            {QStringLiteral("url"),
             QStringLiteral("%1/assets/%2/%3").arg(QLatin1String(CdnBase)).arg(id).arg(fileName)},
            {QStringLiteral("thumbnail_url"),
             QStringLiteral("%1/assets/%2/thumbnail.png").arg(QLatin1String(CdnBase)).arg(id)},
            {QStringLiteral("created_at"), timestamp(qint64(i) * 5400 + random.below(3600))},
        };
        if (kind.first == QLatin1String("video"))
            asset.insert(QStringLiteral("duration_seconds"), 5 + random.below(120));
        data.assets << asset;
    }
    data.assetTags = tagList(assetTagNames(), assetTagCounts);
    for (QJsonObject &folder : data.folders)
        folder.insert(QStringLiteral("asset_count"),
                      folderCounts.value(folder.value(QStringLiteral("id")).toInteger()));

    static const QStringList logoVariants{"primary",  "secondary",  "icon",
                                          "wordmark", "monochrome", "inverted"};
    for (int i = 0; i < logoVariants.size(); ++i) {
        const QString &variant = logoVariants.at(i);
        data.logos << QJsonObject{
            {QStringLiteral("id"), i + 1},
            {QStringLiteral("name"), QStringLiteral("Logo %1").arg(variant)},
            {QStringLiteral("variant"), variant},
            {QStringLiteral("mime_type"),
             i % 2 ? QStringLiteral("image/png") : QStringLiteral("image/svg+xml")},
            {QStringLiteral("url"), QStringLiteral("%1/brandkit/logos/%2.%3")
                                        .arg(QLatin1String(CdnBase), variant,
                                             i % 2 ? QStringLiteral("png") : QStringLiteral("svg"))},
            {QStringLiteral("created_at"), timestamp(qint64(i) * 3600)},
        };
    }

    static const QStringList colorNames{"Primary",   "Secondary", "Accent",  "Background", "Text",
                                        "Highlight", "Success",   "Warning", "Danger",     "Muted"};
    for (int i = 0; i < colorNames.size(); ++i) {
        const int rgb = int(random.below(0x1000000));
        data.colors << QJsonObject{
            {QStringLiteral("id"), i + 1},
            {QStringLiteral("name"), colorNames.at(i)},
            {QStringLiteral("hex"), QStringLiteral("#%1").arg(rgb, 6, 16, QLatin1Char('0')).toUpper()},
            {QStringLiteral("rgb"), QJsonArray{(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff}},
        };
    }
    return data;
}

DataStore::DataStore(quint32 seed) : m_seed(seed) {}

DataStore::~DataStore() = default;

const DataStore::Fixtures &DataStore::fixtures() const
{
    if (!m_fixtures)
        m_fixtures = std::make_unique<Fixtures>(generate(m_seed));
    return *m_fixtures;
}

QJsonObject DataStore::brandKit() const
{
    QJsonArray logoArray;
    for (const QJsonObject &logo : logos())
        logoArray.append(logo);
    QJsonArray colorArray;
    for (const QJsonObject &color : colors())
        colorArray.append(color);
    return QJsonObject{
        {QStringLiteral("id"), 1},
        {QStringLiteral("name"), QStringLiteral("Demo Company brand kit")},
        {QStringLiteral("logos"), logoArray},
        {QStringLiteral("colors"), colorArray},
        {QStringLiteral("fonts"),
         QJsonArray{QJsonObject{{QStringLiteral("family"), QStringLiteral("Inter")},
                                {QStringLiteral("role"), QStringLiteral("body")}},
                    QJsonObject{{QStringLiteral("family"), QStringLiteral("Playfair Display")},
                                {QStringLiteral("role"), QStringLiteral("heading")}}}},
    };
}

static QJsonObject byId(const QList<QJsonObject> &items, qint64 firstId, qint64 id)
{
    const qint64 index = id - firstId;
    if (index < 0 || index >= items.size())
        return {};
    return items.at(index);
}

QJsonObject DataStore::templateById(qint64 id) const
{
    return byId(templates(), FirstTemplateId, id);
}

QJsonObject DataStore::assetById(qint64 id) const
{
    return byId(assets(), FirstAssetId, id);
}

} // namespace cx::sim
