<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConnectCli</name>
    <message>
        <source>cannot read --data file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header expects &apos;Name: value&apos;, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--query expects &apos;name=value&apos;, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one request to the Connect API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request header (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body: JSON text, @file, or @- for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the status line and headers before the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up when nothing arrives for this long (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send without signing in (no Authorization header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method, e.g. GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path below the base URL, e.g. /api/templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call expects METHOD and PATH, e.g. connect-cli call GET /api/templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout expects a number of seconds greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in failed at %1/oauth/access-token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL, e.g. http://127.0.0.1:8080 (or $CONNECT_BASE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id (or $CONNECT_CLIENT_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the client secret (default CONNECT_CLIENT_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url is required (or set CONNECT_BASE_URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id is required (or set CONNECT_CLIENT_ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1 holding the client secret is not set or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an error: status %1 with a readable body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the status and body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code:       %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meaning:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note:       this code is unknown to this version of Connect Explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain an error response of the Connect API: its code, what it means and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP status that came with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response&apos;s Content-Type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response&apos;s WWW-Authenticate header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain a bare error code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every code this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body, @file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status expects an HTTP status from 100 to 599</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain takes one body; quote it or use @file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an error body, --status, or --code (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: connect-cli COMMAND [options]

Commands:
  call METHOD PATH   sign in with client credentials and send one request
  explain [BODY]     explain an error body or code: meaning, action, what to do

Run &apos;connect-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success (2xx), 1 HTTP error, 2 no response (refused, DNS, timeout,
TLS, connection lost), 3 sign-in refused, 64 bad command line.
The client secret is read from an environment variable (--client-secret-env,
default CONNECT_CLIENT_SECRET), never from the command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx</name>
    <message>
        <source>Required scope: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ApiCall</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ApiClient</name>
    <message>
        <source>No access token: sign-in did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response announces %1 bytes, over the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body is larger than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress for %1 ms (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Content-Length framing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 of %2 announced body bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty chunked JSON body: the chunked framing was broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect to an unsupported scheme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 redirects (last to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ApiError</name>
    <message>
        <source>No complete response (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Session</name>
    <message>
        <source>No client id and secret to sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered without an access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: there is no token to introspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The introspection answer is not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the revocation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::cli::CliOutput</name>
    <message>
        <source>error: HTTP %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no response (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action: %1. %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This code is unknown to this version of Connect Explorer.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::sim</name>
    <message>
        <source>A scenario needs a code, as in CODE[@PATH].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid scenario code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario path &apos;%1&apos; must start with &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
