// JsonDiff on two ~5 MB responses: a realistic list of templates (the simulator's shape) and the same list
// with a few changes in its second half (names and dates edited, one template removed, one added, a type
// changed). Prints one JSON line:
//   parse_ms              both bodies parsed (QJsonDocument::fromJson), for scale
//   first_difference_ms   JsonDiff::compare with limit 1: until the first change is known
//   total_ms              JsonDiff::compare: every change
//   ignore_total_ms       the same with --ignore data[*].updated_at (the pattern matching on every item)
//   changes, items, body_bytes, hwm_kb (peak resident memory of this process, VmHWM)
//
//   bench_diff [--mb 5] [--runs 5]   the medians of --runs runs
#include "diff/JsonDiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>

using namespace cx;

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QByteArray two(int n)
{
    return QByteArray::number(n).rightJustified(2, '0');
}

// One template as connect-sim serves it.
QByteArray templateJson(int i, const QByteArray &name, const QByteArray &updated)
{
    static const char *const formats[] = {"linkedin_post", "instagram_post", "instagram_story", "a4_flyer"};
    static const char *const tags[] = {"fashion", "fitness", "corporate", "event", "marketing", "sale"};
    const int id = 1000 + i;
    const QByteArray base = "https://cdn.connect-sim.invalid/templates/" + QByteArray::number(id);
    return "{\"created_at\":\"2024-01-" + two(1 + i % 28) +
           "T09:30:00+00:00\",\"dimensions\":{\"height\":" + QByteArray::number(600 + i % 7 * 100) +
           ",\"unit\":\"px\",\"width\":1200},\"folder_id\":" + QByteArray::number(100 + i % 20) +
           ",\"format\":\"" + formats[i % 4] + "\",\"id\":" + QByteArray::number(id) + ",\"name\":\"" + name +
           "\",\"pages\":" + QByteArray::number(1 + i % 5) + ",\"preview_url\":\"" + base +
           "/preview.png\",\"tags\":[\"" + tags[i % 6] + "\",\"" + tags[(i + 2) % 6] +
           "\"],\"thumbnail_url\":\"" + base + "/thumbnail.png\",\"updated_at\":\"" + updated + "\"}";
}

// {"data":[...],"meta":{...}} of about `megabytes` MiB; `changed` makes B: a few edits past the middle.
QByteArray makeBody(int megabytes, bool changed, int *items)
{
    const qsizetype target = qsizetype(megabytes) * 1024 * 1024;
    QByteArray body;
    body.reserve(target + 4096);
    body += "{\"data\":[";
    int count = 0;
    for (int i = 0; body.size() < target; ++i) {
        QByteArray name = "Template " + QByteArray::number(i);
        QByteArray updated = "2024-02-" + two(1 + i % 28) + "T10:00:00+00:00";
        if (changed && i > 0 && i % 5000 == 0) {
            name += " (renamed)";
            updated = "2024-03-01T00:00:00+00:00";
        }
        if (changed && i == 7001)
            continue; // removed in B
        if (count++)
            body += ',';
        body += templateJson(i, name, updated);
        if (changed && i == 9000)
            body += ',' + templateJson(900000, "New template", "2024-03-02T00:00:00+00:00"); // added in B
    }
    *items = count;
    body += "],\"meta\":{\"current_page\":1,\"per_page\":" + QByteArray::number(count) +
            ",\"request_id\":\"" + (changed ? "b-2" : "a-1") +
            "\",\"total\":" + (changed ? "\"many\"" : "0") + "}}";
    return body;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int megabytes = 5;
    int runs = 5;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--mb"))
            megabytes = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--runs"))
            runs = std::max(1, arguments.at(i + 1).toInt());
    }
    int itemsA = 0, itemsB = 0;
    const QByteArray bytesA = makeBody(megabytes, false, &itemsA);
    const QByteArray bytesB = makeBody(megabytes, true, &itemsB);

    QList<double> parse, first, total, ignoring;
    qsizetype changes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QJsonValue a = QJsonDocument::fromJson(bytesA).object();
        const QJsonValue b = QJsonDocument::fromJson(bytesB).object();
        parse.append(ms(timer));

        JsonDiffOptions options;
        options.limit = 1;
        timer.start();
        const QList<JsonChange> firstChange = JsonDiff::compare(a, b, options);
        first.append(ms(timer));

        timer.start();
        const QList<JsonChange> all = JsonDiff::compare(a, b);
        total.append(ms(timer));
        changes = all.size();

        options = {};
        options.ignore = {QStringLiteral("data[*].updated_at"), QStringLiteral("meta.request_id")};
        timer.start();
        const QList<JsonChange> some = JsonDiff::compare(a, b, options);
        ignoring.append(ms(timer));
        if (firstChange.size() != 1 || some.size() >= all.size()) {
            std::fprintf(stderr, "bench_diff: unexpected changes (%lld, %lld)\n",
                         qlonglong(firstChange.size()), qlonglong(some.size()));
            return 1;
        }
        if (run == 0)
            std::fprintf(stderr, "bench_diff: %s\n", qPrintable(JsonDiff::summary(all)));
    }
    std::printf(
        "{\"body_bytes\":%lld,\"items\":%d,\"changes\":%lld,\"parse_ms\":%.1f,\"first_difference_ms\":%.1f,"
        "\"total_ms\":%.1f,\"ignore_total_ms\":%.1f,\"hwm_kb\":%lld}\n",
        qlonglong(bytesA.size()), itemsA, qlonglong(changes), median(parse), median(first), median(total),
        median(ignoring), statusKb("VmHWM"));
    return 0;
}
