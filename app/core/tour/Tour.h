// A guided tour of the Connect API (format "connect-tour/1", see docs/tour-format.md): steps with a title,
// narration, the request to send, an optional simulator scenario to inject before it, and the outcome to
// expect. TourLoader reads and validates a tour file; its errors name the line and the field at fault.
#pragma once

#include "net/ApiTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cx {

inline constexpr char TourFormat[] = "connect-tour/1";
// The placeholder a tour may put in a query, header or body value: replaced by the session's token when
// the step is sent (e.g. the introspection step's {"token": "{{access_token}}"}).
inline constexpr char TourTokenPlaceholder[] = "{{access_token}}";

struct TourRequest
{
    QByteArray method = "GET";
    QString path;
    QueryList query;
    HeaderList headers;
    QByteArray body; // a JSON body written compact, or a string body as given
};

struct TourScenario
{
    QString code;
    QString path;    // empty: every /api path
    int count = 1;   // how many requests it applies to (-1: until cleared)
    int delayMs = 0; // for "delay"
};

struct TourExpect
{
    std::optional<int> status;
    QString action;   // an ErrorCatalog action name, or "none" for a success
    QString jsonPath; // must exist in the response body
};

struct TourStep
{
    QString id;
    QString title;
    QString narration;
    TourRequest request;
    std::optional<TourScenario> scenario;
    TourExpect expect;
    QString highlight; // objectName of the widget the narration talks about
    int line = 0;      // where the step starts in its file
};

struct Tour
{
    QString title;
    QString description;
    QList<TourStep> steps;
    QString source; // file name or "builtin:NAME"
};

struct TourError
{
    int line = 0;  // 1-based; 0 when unknown
    QString field; // "steps[2].expect.status"; empty for the whole file
    QString message;
    // "line 14: steps[2].expect.status must be an integer"
    QString toString() const;
};

class TourLoader
{
public:
    static std::optional<Tour> fromJson(const QByteArray &json, TourError *error);
    static std::optional<Tour> fromFile(const QString &fileName, TourError *error);
    // "builtin:NAME" or a file name.
    static std::optional<Tour> load(const QString &nameOrFile, TourError *error);

    // The names of the tours built into connect_core ("connect-api-in-five-minutes").
    static QStringList builtinNames();
    static std::optional<Tour> builtin(const QString &name, TourError *error);
};

} // namespace cx
