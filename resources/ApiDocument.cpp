#include "ApiDocument.h"

namespace cx::ApiDocument {

QString resourcePath()
{
    return QStringLiteral(":/connect-api/connect-api.json");
}

} // namespace cx::ApiDocument
