<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>This is not a cURL command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization header holds a placeholder, so it was left out: the signed-in session&apos;s token is sent instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command calls %1, not this profile&apos;s server (%2). The new tab sends its path to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionTreeModel</name>
    <message numerus="yes">
        <source>%n saved request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionsPanel</name>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a saved request in a new tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the folder “%1” and every request saved in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved request “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>--base-url must be an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1 holding the client secret is not set or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
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
        <source>--status expects an HTTP status from 100 to 599</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request N times in a row over one connection and print a summary (count, ok, failed, total, mean/p50/p95) instead of the bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repeat expects a number of requests from 1 to 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read --spec file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--spec file &apos;%1&apos; is not an OpenAPI document: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read report &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a check-up report: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an account: sign in, introspect the token, call every GET endpoint once (and one item of each list) within a time budget and the rate limit, and say what is wrong and what to do.
Exit codes: 0 no check failed (warnings allowed), 1 a check failed, 2 the server is unreachable, 3 sign-in failed, 64 bad command line.
With --compare A.json B.json: compare two saved --json reports (0 identical, 1 they differ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI document to take the endpoints from (default: the built-in one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget for the whole check-up (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the check-up&apos;s own token at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two saved reports (REPORT_A.json REPORT_B.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --compare: the two report files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check --compare expects two report files, e.g. connect-cli check --compare a.json b.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments (&apos;%1&apos;); did you mean --compare?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--budget expects a number of seconds greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a profile saved in Connect Explorer: its base URL, client id and the secret from the keychain (the options above override it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;: none is saved yet (create one in Connect Explorer, Profile &gt; New Profile, or use --base-url and --client-id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos; (saved profiles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Demo profile runs inside Connect Explorer; for the command line start connect-sim and use --base-url with its demo client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is available here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret is stored in the keychain for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no client secret to use: %2. Tick &quot;Remember the secret in the keychain&quot; for it in Connect Explorer, or pass --client-secret-env VAR with the secret in the environment variable VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url is required (or set CONNECT_BASE_URL, or use --profile NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id is required (or set CONNECT_CLIENT_ID, or use --profile NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an error: status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the status and headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code:        %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meaning:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to do:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry after: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note:        this code is unknown to this version of Connect Explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain an error response of the Connect API: its code, what it means and what to do.
Reads the body from FILE, or from standard input (&apos;-&apos;, or no FILE), and prints one JSON object
{status, code, message, action, meaning, hint, retry_after_s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP status that came with the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response header, &apos;Name: value&apos; (repeatable). Content-Type, WWW-Authenticate and Retry-After are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it for people, not as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body; &apos;-&apos; or none for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header expects &apos;Name: value&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain reads one FILE (or &apos;-&apos; for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an error body (FILE or standard input), --status, or --code (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: connect-cli tour run FILE|builtin:NAME [--json] [--transcript FILE]
                  [--base-url URL --client-id ID --client-secret-env VAR | --profile NAME]
       connect-cli tour validate FILE|builtin:NAME
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a guided tour headless and check every step&apos;s outcome.
  tour run FILE|builtin:NAME      play it against the server and print each verdict
  tour validate FILE|builtin:NAME check the file only
Built-in tours: %1
Exit codes: 0 every step matched (skipped steps allowed), 1 a step failed (named), 64 a malformed tour file or bad command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the Markdown transcript (secrets masked) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run or validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tour file, or builtin:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tour needs a verb: run or validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tour verb &apos;%1&apos; (run or validate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tour %1 takes exactly one tour file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: a valid tour, &quot;%2&quot;, %n step(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tour &quot;%1&quot; against %2, %n step(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>: no response (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, token renewed and replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the transcript to &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step matched (%1 skipped: no simulator control here).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step matched.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tour failed at step &quot;%1&quot; (%2 of %3, %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: connect-cli COMMAND [options]

Commands:
  call METHOD PATH   sign in with client credentials and send one request
  explain [FILE|-]   explain an error response (body, --status, --header): one JSON
                     object with its code, action, meaning, hint and retry_after_s
  check              check an account: sign-in, scopes, every GET endpoint, limits
  check --compare A.json B.json   compare two saved check-up reports
  tour run FILE      play a guided tour headless and check every step
                     (FILE or builtin:connect-api-in-five-minutes)
  tour validate FILE check a tour file: its line and field at fault

Run &apos;connect-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success (2xx), 1 HTTP error, 2 no response (refused, DNS, timeout,
TLS, connection lost), 3 sign-in refused, 64 bad command line.
The client secret is read from an environment variable (--client-secret-env,
default CONNECT_CLIENT_SECRET), never from the command line; with --profile NAME
(a profile saved in Connect Explorer) from the OS keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectSim</name>
    <message>
        <source>Try &apos;connect-sim --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local simulator of the Cliquify Connect API, for demos and tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (loopback by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id the token endpoint accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret the token endpoint accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated scopes granted to tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second per client, e.g. 5/s (0 = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer requests under PATH (default: all /api paths) with error CODE, or a fault: delay, stall, drop, html_502. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay used by &apos;delay&apos; scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generated data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind must be an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id and --client-secret must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate-limit must look like 10/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-lifetime must be a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delay-ms must be a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a code of the error catalogue nor a fault. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit:    %1 requests/s per client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario:      %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI:       %1/openapi.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect-sim stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyAsCodeDialog</name>
    <message>
        <source>Include &amp;secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the signed-in session&apos;s bearer token into the code. Anyone who reads the code can then act as this account until the token expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secrets: the code reads the token from the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: there is no token to include; the code reads %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code holds the session&apos;s real token: keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Clear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history (method, path, status, error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to reopen a request in a new tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every request in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n sent request(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>a JSON path starts with &apos;$&apos; (e.g. $.data[0].id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is expected after &apos;.&apos; at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unterminated [&apos;name&apos;] at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index [N] (a number at least 0) is expected at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index at character %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at character %2 (use .name, [&apos;name&apos;] or [N])</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>&amp;New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored secret? The app switches to the Demo profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain available: the secret is kept in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built-in simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator inside the app, signed in with the demo client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret for the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Demo profile&apos;s credentials are never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a profile (Profile ▸ New Profile…) to keep its secret in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Remember the secret in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://oauth.cliquify.me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, the secret is kept in memory until the app quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL, e.g. https://oauth.cliquify.me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>%1 — server says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the request: add it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path parameter {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body at line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body field “%1” (missing: add it here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestWorkspace</name>
    <message>
        <source>The saved requests could not be read; the file was set aside as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide every request sent so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the saved requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current request by name into a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste cURL as New Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cURL command on the clipboard in a new request tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the current request as %1, without secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) could not be read and were set aside.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reopened a request first sent to %1; it will be sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as %1. The code reads the token from $%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a cURL command first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard&apos;s text could not be read as a cURL command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was opened in a new tab. Some of it could not be carried over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cURL command was opened in a new tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseTimingView</name>
    <message>
        <source>Total time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects followed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time runs from sending the request to its last byte, redirects and a token renewal included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n header(s), about %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveRequestDialog</name>
    <message>
        <source>Save Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are not saved: the Authorization header and other secret values are left out, and the signed-in session&apos;s token is used when the request is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Remember the secret in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://oauth.cliquify.me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Demo profile uses the simulator inside the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from this URL (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This URL has no Connect token endpoint (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id: the server did not accept this id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL, e.g. https://oauth.cliquify.me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourLoader</name>
    <message>
        <source>%1 is not a field of the tour format (known here: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.method must be one of %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.path must start with &apos;/&apos; (it is relative to the base URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object of names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be a string, a number or a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object of header names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.body must be a JSON object or array, or a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.path must start with &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.count must be at least 1 (or -1: until the step ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object (status, action, json_path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.action must be one of %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.json_path is not a JSON path: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tour is a JSON object with format, title and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format must be &quot;%1&quot;, not &quot;%2&quot; (a newer tour needs a newer Connect Explorer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps must be a non-empty array of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.id may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.id &quot;%2&quot; is used by an earlier step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.request is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.request must be an object (method, path, query, headers, body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the tour file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no built-in tour named &apos;%1&apos; (built in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourTranscript</name>
    <message>
        <source>Played against %1 on %2: %3 of %4 steps shown, %5 matched, %6 failed, %7 skipped. Secrets and tokens are masked as %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated: `%1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP response: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response: **%1 %2** in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, error `%1` (action: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, after the token was renewed and the request replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as expected: %1.</source>
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
    <message>
        <source>The token endpoint answered without an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response came without headers (Qt drops them all past 100 fields): its body cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON body stops before its end (%1 bytes): the connection was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to resend credentials in the body to another origin: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ApiError</name>
    <message>
        <source>No complete response (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required scope: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::CheckComparison</name>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That report has no such check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2; for %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, %3 for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> because %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1: %2; %3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1 as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1 as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) (marked *).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::CheckReport</name>
    <message>
        <source>a check has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check &quot;%1&quot; has no valid &quot;verdict&quot; (pass, warn, fail or skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a check-up report: &quot;schema_version&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has schema_version %1; this version reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a check-up report: the &quot;checks&quot; array is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a check-up report: the JSON is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::CheckReportRenderer</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: the server is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early: rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early: budget used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 warnings, %3 failed, %4 not checked; %5 requests, %6 rate-limited, %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-up of %1 as client %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Connect account check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Base URL:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Client:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **When:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Result:** %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Granted scopes:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Token lifetime:** %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Missing scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Verdict | Check | Latency | Code | Action | Diagnosis |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect account check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::CheckupRunner</name>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time budget of %1 s ran out while %2 was still waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check-up again with a larger budget; if that endpoint is always this slow, report it to Cliquify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the check-up&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm revoking the check-up&apos;s token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expires on its own; revoke it in the developer portal if it must end now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-up&apos;s own token was revoked; the account&apos;s other tokens are untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in API description cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: it needs the query parameter %1, which the check-up cannot choose safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: no list endpoint of the catalog yields its path parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: following IDs is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id and secret were accepted and a %1 token was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the token endpoint %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL and the network (proxy, firewall, VPN), then run the check-up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint failed with %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is wrong with the account as far as can be told: retry later, and report it to Cliquify if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the token endpoint failed before judging the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint refused the credentials with %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and secret with the customer (or issue a new secret in the developer portal) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint gave no usable expires_in, so clients cannot tell when the token ends and renew only after a 401.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do unless calls fail with expired_access_token; then report the token endpoint&apos;s answer to Cliquify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lives only %1, so integrations that keep a token longer will see expired_access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the integration renew the token before expires_in runs out (a new POST to /oauth/access-token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is valid for %1 (expires_in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says the token it just issued is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; if fresh tokens stay inactive, check that the OAuth client and the enterprise are active in the developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token belongs to client %1, not to %2 that signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which OAuth client the customer&apos;s credentials belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is active for client %1 but carries no scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the scopes the integration needs to the OAuth client in the developer portal and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active token for client %1, user %2, scopes %3; expires %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection failed with %1, so the granted scopes are judged from the endpoints&apos; answers only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for the account; report it to Cliquify if introspection keeps failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time and request budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the check-up stopped early (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: %1 gave no item to follow (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it returned no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time budget of %1 s ran out before every endpoint was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget of %1 requests ran out before every endpoint was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check-up again with a larger budget to check the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit is used up for %1 s, longer than the time left in the budget, so the check-up stopped instead of tripping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check-up again later, or with a larger --budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answered too_many_requests (HTTP 429) again after the check-up waited as told, so it stopped rather than retry in a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answered too_many_requests (HTTP 429) with Retry-After %1 s, longer than the time left in the budget, so the check-up stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check-up again later; if the customer&apos;s integration hits the limit too, it must slow down and honour Retry-After.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered HTTP %1 in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answer has no data array</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Answered HTTP %1 with %n item(s) in %2 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>its first item has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered HTTP %1 for %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered HTTP %1, but slowly: %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the customer sees timeouts, raise their client&apos;s timeout; report persistent slowness to Cliquify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it failed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client lacks %1, so this call fails with %2 (HTTP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 to the OAuth client in the developer portal and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this call with %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client&apos;s scopes and the enterprise&apos;s status in the developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API refused the check-up&apos;s fresh token with %1 (HTTP %2), even after one renewal: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; if new tokens keep being refused, the OAuth client may be revoked or disabled: check it in the developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed on this endpoint with %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the account&apos;s fault: retry later, and report it to Cliquify with the time of this check-up if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer from the server (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The granted scopes (%1) cover every endpoint of the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The granted scopes are unknown (no introspection), and no endpoint refused a scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do unless a call fails with missing_scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token does not list %1, which the catalog requires for %2, yet %3 answered: the server does not enforce it today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 to the OAuth client anyway if the integration needs those calls, so they keep working when the server starts enforcing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client lacks %1, so every %2 call fails with missing_scope (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client lacks %1, so these calls fail with missing_scope: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::CredentialStore</name>
    <message>
        <source>The keychain is turned off (CONNECT_EXPLORER_NO_KEYCHAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1); secrets are kept in memory for this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::CurlParser</name>
    <message>
        <source>Unterminated single quote (&apos;) starting at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated $&apos;...&apos; quote starting at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated double quote (&quot;) starting at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a Windows cmd command (^ line continuations): copy it as cURL (bash) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a curl command: it starts with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers from the file %1 were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; without a value (curl removes it) was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a header, ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body refers to the file %1, which was not read: &quot;%2&quot; is kept as the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-urlencode %1 reads a file, which was not read; kept as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies from the file %1 were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipart form fields (%1 %2) are not supported and were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of the file %1 (%2) was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1 was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No URL found in the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first URL is used; ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name and password in the URL were moved to an Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given for %1 (curl would ask for one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::EndpointCatalog</name>
    <message>
        <source>The API description is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an OpenAPI 3 document (its &quot;openapi&quot; field is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenAPI document describes no paths.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ErrorCatalog</name>
    <message>
        <source>The access token is malformed, expired or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; a new token is requested with the stored client credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carried no Authorization: Bearer header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in; the header is added for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is past its lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the token (POST /oauth/access-token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID or client secret is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the credentials in the sign-in form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may not use this grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client in the developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Basic authentication header is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enter the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user lacks access to the resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the scopes granted with the scopes required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required scope was not granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-authorize with the missing scope named here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested scope is unknown or not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scope named here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator of the account for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission referred to does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the permission named in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit was exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the countdown from Retry-After, or an exponential backoff with jitter, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ran into an unexpected issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the countdown, then try again; only idempotent requests are retried automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field has invalid data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the highlighted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required field is absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the field where it is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is malformed JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the parse error marked in the body editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path parameters are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the highlighted path parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query parameters are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the highlighted query parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header value is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the highlighted header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what is wrong below and correct the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uploaded file type is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a file in one of the accepted formats named here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Type of the request is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the right Content-Type header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is over the size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a smaller body, within the limit named here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource does not exist or is inaccessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the ID; the resource may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the asset ID against the asset list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path against the endpoint catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method is not allowed on this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog and the API disagree; send a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API version is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the app or the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant type is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s sign-in is at odds with the API; send a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota or count limit was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the limit explained below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway or proxy in front of the API got no valid answer from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is overloaded or down for maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway or proxy in front of the API timed out waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL and that the server is running, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL and the network connection, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry; if it keeps happening, the server or the network is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed (TLS handshake or certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL&apos;s scheme and the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the response was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body was cut short, so it cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body was over the size limit, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the request, for example with a smaller page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to an address this app does not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed before a complete response arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scopes and permissions of the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the countdown, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the request and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the ID and the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app and the API disagree; send a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s message below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a code this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the code and the server&apos;s message below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request succeeded; there is no error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 and no error code this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::HarReader</name>
    <message>
        <source>entry %1 has no &quot;request&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: request.method is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: request.url is missing or not an absolute URL (&apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: response.content.text is marked base64 but is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser recorded no response for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a HAR file: the JSON is malformed (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a HAR file: the top-level &quot;log&quot; object is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a HAR file: &quot;log.entries&quot; is missing or not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR version %1 is not supported (1.1 and 1.2 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry of the HAR file could be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::HarWriter</name>
    <message>
        <source>From Connect Explorer&apos;s history: response headers and body are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body was cut when it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ProfileStore</name>
    <message>
        <source>A profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// URL, e.g. https://oauth.cliquify.me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Demo profile is built in and cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Demo profile is built in and cannot be removed</source>
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
    <message>
        <source>The credentials changed while signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out while signing in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::TourRunner</name>
    <message>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: this step needs the simulator&apos;s scenario %1, and this server has no simulator control (/_sim), e.g. a real account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator refused the scenario %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed, so the step could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP response (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 (%2), expected a success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error, expected the action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1 (%2), expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the response</source>
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
    <name>cx::gui::BodyEditor</name>
    <message>
        <source>JSON body (leave empty to send none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Invalid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::CatalogSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::Connection</name>
    <message>
        <source>The built-in Demo server could not listen on a loopback port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no base URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::EndpointBrowser</name>
    <message>
        <source>Filter endpoints (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::EndpointTreeModel</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token lacks the scope %1 that this endpoint requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token lacks the scopes %1 that this endpoint requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::ErrorArea</name>
    <message>
        <source>Show in Error &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the error panel with what this code means and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failed — HTTP %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failed — no response · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::ErrorPanel</name>
    <message>
        <source>Error Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Error Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is unknown to this version of Connect Explorer; it is shown as the server sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the errors of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again, and this time it worked: HTTP %1 (attempt %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3 — %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(its tab is closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tab of this request is closed; open the endpoint again to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That tab is busy with another request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::ErrorReport</name>
    <message>
        <source># Connect Explorer error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App: Connect Explorer %1 (Qt %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: `%1` (%2), action `%3`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived by the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete response: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The body was cut at %1 characters.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::FindBar</name>
    <message>
        <source>Find in response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::FixRequestAction</name>
    <message>
        <source>&amp;Show in the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At fault: query parameter “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At fault: path parameter {%1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At fault: header “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At fault: body field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At fault: the JSON body at character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At fault: the request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server names no single place; read its words above and correct the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::HeaderListModel</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::JsonTreeModel</name>
    <message>
        <source>{1 key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::JsonTreeView</name>
    <message>
        <source>Copy &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response as a JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::MainWindow</name>
    <message>
        <source>Connect Explorer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the token&apos;s scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the sign-out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was renewed automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built-in simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open OpenAPI Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open OpenAPI Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI 3 JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Request Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out (Revoke Token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Connect Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the endpoints of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Connect Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect Explorer %1&lt;/h3&gt;&lt;p&gt;A desktop client for the Cliquify Connect API: browse every endpoint, send requests and read the answers.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::NetworkAction</name>
    <message>
        <source>Connection refused: nothing is listening at the server&apos;s address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS: the server&apos;s host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: the server sent nothing for too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the secure connection could not be set up (handshake or certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost mid-response: the server closed or reset the connection before the response was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated: fewer body bytes arrived than announced, so the response cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large: the response body was over the size limit and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect to an address this app does not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the response arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed before a complete response arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the same request again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::NotFoundAction</name>
    <message>
        <source>Check the path: “%1” is not an endpoint the server knows. Pick one from the endpoint list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the ID in the path; the resource may have been deleted, or this client may not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the ID “%1”; the resource may have been deleted, or this client may not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List valid IDs: GET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in a new tab and send it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::NoticeAction</name>
    <message>
        <source>The server answered with the code “%1”, which this version of Connect Explorer does not know. Its message is shown above exactly as it was sent; nothing needs to be retried or changed unless the message says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here needs a click: read the server&apos;s message above. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::PagedTextView</name>
    <message>
        <source>◀ Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::ParamTable</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::ParamTableModel</name>
    <message>
        <source>(required) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with the request. Untick to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. Tick to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::ParsedBody</name>
    <message>
        <source>The body is not JSON; it is shown as raw text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON nests deeper than %1 levels, too deep to show as a tree; it is shown raw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at byte %2); it is shown as raw text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::PathParamsForm</name>
    <message>
        <source>The path has no {parameters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value for {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::PermissionAction</name>
    <message>
        <source>Scopes granted to the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes the endpoint requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted (introspection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can grant it: scopes belong to the OAuth client, so its owner adds them in the Cliquify developer portal; tokens issued after that carry them. For a permission on a resource, ask an administrator of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to pick up &amp;new scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission the request refers to does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scope is missing: the user or account lacks a permission on this resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not granted to this token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::PresentationController</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger fonts, secrets masked, side panels hidden: for a shared screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets and tokens are masked on screen. Ctrl+Shift+P leaves presentation mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::Profile</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::ReloginAction</name>
    <message>
        <source>&amp;Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again and sent the request once more, but the server still refuses the token. Nothing is retried by itself; check the client in the developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the stored client credentials. Correct them in the sign-in form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new token is requested with the stored client credentials, then the request is sent once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the token from the stored credentials and send the request again once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the &amp;credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored credentials: enter them in the sign-in form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again; sending the request once more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the stored credentials (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::ReportAction</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app and the API disagree about this request. Send this report to support; secrets (the token, the client secret, secret headers and fields) are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Error Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::RequestEditor</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/api/path/{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running request (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;eaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::RequestPage</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::ResponseView</name>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::RetryAction</name>
    <message>
        <source>Retry &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to wait %1 s (Retry-After).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to wait until %1 (Retry-After).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Retry-After from the server: exponential backoff with jitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s Retry-After “%1” is unreadable: exponential backoff with jitter instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 failed; next is retry %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not idempotent: it may have taken effect, so it is never sent again without you asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries made so far: %1; it is not retried by itself again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown from the history: press Retry now to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying in %1 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may retry in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: press Retry now to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: %1 is not retried by itself; press Retry now to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending retry %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: press Retry now when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::SimulateMenu</name>
    <message>
        <source>Si&amp;mulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network and proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow response (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled response (never answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML 502 page from a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limit &amp;burst (%1 request per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit set to %1 request per second: send quickly to hit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the client &amp;credentials (token endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint refuses the client credentials (invalid_client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next request &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request &amp;until cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Simulated Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated errors cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the built-in Demo server answer with an error or a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Demo profile&apos;s built-in server can simulate errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again (relogin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request now answers: %1 (until cleared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next request answers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::StartupOptions</name>
    <message>
        <source>Desktop client for the Cliquify Connect API. Without options it starts on the Demo profile: a simulator inside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the API at URL instead of the Demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this OAuth client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret from environment variable NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the saved profile NAME (its secret from the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the endpoints of this OpenAPI 3 JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --profile or --base-url with --client-id, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url needs an http or https URL, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url needs --client-id as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id is for another server: give --base-url too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::StatusPanel</name>
    <message>
        <source>Token renewed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was renewed automatically before it expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scopes granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes the token was granted, from introspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::gui::TourPlayer</name>
    <message>
        <source>&amp;Tour Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Tour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tour: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Press Next to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, after the token was renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect tours (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect-tour-transcript.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript could not be written to %1: %2</source>
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
<context>
    <name>main</name>
    <message>
        <source>Connect Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
