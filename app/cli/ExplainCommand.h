// `connect-cli explain`: what an error body (or a bare code) means and what to do about it — the same
// ErrorCatalog decision the desktop app's error panel makes.
#pragma once

#include <QStringList>

namespace cx::cli {

int runExplain(const QStringList &arguments);

} // namespace cx::cli
