#include "ErrorTable.h"

#include <QList>

namespace cx::sim {

namespace {

QList<ErrorSpec> buildTable()
{
    // Messages are what a scenario answers with; live errors (a real missing scope, a real unknown id)
    // build their own, more specific message.
    return {
        {QStringLiteral("invalid_access_token"), 401,
         QStringLiteral("The access token is malformed or invalid."), 0},
        {QStringLiteral("missing_access_token"), 401, QStringLiteral("No Bearer access token was sent."), 0},
        {QStringLiteral("expired_access_token"), 401, QStringLiteral("The access token has expired."), 0},
        {QStringLiteral("revoked_access_token"), 401, QStringLiteral("The access token has been revoked."),
         0},
        {QStringLiteral("invalid_client"), 401, QStringLiteral("Client authentication failed."), 0},
        // RFC 6749 section 5.2 answers these grant/scope problems with 400.
        {QStringLiteral("unauthorized_client"), 400,
         QStringLiteral("This client may not use this grant type."), 0},
        {QStringLiteral("invalid_grant"), 400, QStringLiteral("The grant was rejected."), 0},
        {QStringLiteral("invalid_basic_header"), 401,
         QStringLiteral("The Basic Authorization header is malformed."), 0},
        {QStringLiteral("permission_denied"), 403, QStringLiteral("You do not have access to this resource."),
         0},
        {QStringLiteral("missing_scope"), 403, QStringLiteral("This token lacks the 'profile:read' scope."),
         0},
        {QStringLiteral("invalid_scope"), 400,
         QStringLiteral("The scope 'unknown:read' is unknown or not allowed."), 0},
        {QStringLiteral("unauthorized_user"), 403, QStringLiteral("This user may not perform this action."),
         0},
        {QStringLiteral("permission_not_found"), 404, QStringLiteral("The permission does not exist."), 0},
        {QStringLiteral("too_many_requests"), 429, QStringLiteral("Too many requests. Try again later."), 2},
        {QStringLiteral("internal_error"), 500, QStringLiteral("An unexpected error occurred on the server."),
         1},
        {QStringLiteral("invalid_field"), 422, QStringLiteral("The field 'name' has invalid data."), 0},
        {QStringLiteral("missing_field"), 422, QStringLiteral("The field 'name' is required."), 0},
        {QStringLiteral("bad_request_body"), 422, QStringLiteral("The request body is not valid JSON."), 0},
        {QStringLiteral("bad_request_params"), 400,
         QStringLiteral("Path parameter 'id' must be a positive integer."), 0},
        {QStringLiteral("bad_query_params"), 400,
         QStringLiteral("Query parameter 'page' must be an integer of at least 1."), 0},
        {QStringLiteral("invalid_header_value"), 400,
         QStringLiteral("The header 'Accept' has an invalid value."), 0},
        {QStringLiteral("invalid_request"), 400, QStringLiteral("The request is malformed."), 0},
        {QStringLiteral("invalid_file_format"), 415, QStringLiteral("This file type is not accepted."), 0},
        {QStringLiteral("unsupported_content_type"), 415,
         QStringLiteral("This Content-Type is not accepted."), 0},
        {QStringLiteral("request_too_large"), 413, QStringLiteral("The request body is over the size limit."),
         0},
        {QStringLiteral("not_found"), 404,
         QStringLiteral("The resource does not exist or is not accessible."), 0},
        {QStringLiteral("asset_not_found"), 404, QStringLiteral("The asset does not exist."), 0},
        {QStringLiteral("user_not_found"), 404, QStringLiteral("The user does not exist."), 0},
        {QStringLiteral("endpoint_not_found"), 404, QStringLiteral("No such endpoint."), 0},
        {QStringLiteral("bad_http_method"), 405,
         QStringLiteral("This method is not allowed on this endpoint."), 0},
        {QStringLiteral("unsupported_version"), 400, QStringLiteral("This API version is not supported."), 0},
        {QStringLiteral("unsupported_grant_type"), 400,
         QStringLiteral("Only the client_credentials grant is supported."), 0},
        {QStringLiteral("max_limit_reached"), 403, QStringLiteral("A quota limit was reached."), 0},
        {QStringLiteral("permission_exists"), 409, QStringLiteral("The permission already exists."), 0},
        // The account states of "Errors and troubleshooting", in the docs' own words: a 403 from the token
        // endpoint, and a 404 from /api/* when the OAuth client is linked to no company.
        {QStringLiteral("inactive_enterprise"), 403, QStringLiteral("Inactive enterprise"), 0},
        {QStringLiteral("company_not_found"), 404, QStringLiteral("Company not found"), 0},
    };
}

const QList<ErrorSpec> &table()
{
    static const QList<ErrorSpec> specs = buildTable();
    return specs;
}

} // namespace

const ErrorSpec *ErrorTable::find(const QString &code)
{
    for (const ErrorSpec &spec : table()) {
        if (spec.code == code)
            return &spec;
    }
    return nullptr;
}

QStringList ErrorTable::codes()
{
    QStringList result;
    for (const ErrorSpec &spec : table())
        result << spec.code;
    return result;
}

} // namespace cx::sim
