// `connect-cli diff A.json B.json [--ignore PATH]... [--all-headers] [--json]`: what differs between two
// responses, JSON-aware (core/diff/JsonDiff). A and B are two `call --json` outputs (their status, headers
// and body are compared) or two plain JSON bodies. Exit 0 when they are equal, 1 when they differ, 2 when
// the command line is wrong or a file cannot be read or is not JSON.
#pragma once

#include "diff/JsonDiff.h"

#include <QStringList>

namespace cx::cli {

int runDiff(const QStringList &arguments);

// One line per change for people ("~ data[id=4].name: \"a\" -> \"b\"", "+ path: value", "- path: value"),
// values as compact JSON cut at 200 characters, made safe for a terminal; then the summary line.
QString diffText(const QList<JsonChange> &changes);

} // namespace cx::cli
