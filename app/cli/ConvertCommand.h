// `connect-cli convert [FILE|-] [--from curl|har|postman|insomnia] --to
// json|curl|httpie|python|js|cpp-qt|har|postman
// [--include-secrets] [--base-url URL] [-o FILE]`: customer material in, requests out, through the same
// Converter the app's paste, import and copy use. Input is read bounded (standard input with '-' or no
// FILE); what cannot be read exactly is refused with exit 64 and a message naming the option or field.
// Notes (what the target cannot express) go to standard error, one "note:" line each.
#pragma once

#include <QStringList>

namespace cx::cli {

int runConvert(const QStringList &arguments);

} // namespace cx::cli
