// Reads a POST body that may be JSON (the newer docs) or form-urlencoded (the older pages) into one
// field map, so the OAuth endpoints accept both shapes the same way.
#pragma once

#include "SimHttp.h"

#include <QHash>
#include <QString>

namespace cx::sim {

class FormBody
{
public:
    // False when the body is neither a JSON object nor a form; `error` then says why.
    static bool parse(const SimRequest &request, QHash<QString, QString> *fields, QString *error);
};

} // namespace cx::sim
