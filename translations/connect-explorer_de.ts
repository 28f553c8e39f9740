<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConnectCli</name>
    <message>
        <source>--header expects &apos;Name: value&apos;, got &apos;%1&apos;</source>
        <translation>--header erwartet &apos;Name: value&apos;, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--query expects &apos;name=value&apos;, got &apos;%1&apos;</source>
        <translation>--query erwartet &apos;name=value&apos;, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Send one request to the Connect API.</source>
        <translation>Eine Anfrage an die Connect API senden.</translation>
    </message>
    <message>
        <source>Query parameter (repeatable).</source>
        <translation>Query-Parameter (wiederholbar).</translation>
    </message>
    <message>
        <source>Request header (repeatable).</source>
        <translation>Anfrage-Header (wiederholbar).</translation>
    </message>
    <message>
        <source>Request body: JSON text, @file, or @- for standard input.</source>
        <translation>Anfrage-Body: JSON-Text, @datei oder @- für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Print the status line and headers before the body.</source>
        <translation>Statuszeile und Header vor dem Body ausgeben.</translation>
    </message>
    <message>
        <source>Give up when nothing arrives for this long (default 30).</source>
        <translation>Abbrechen, wenn so lange nichts ankommt (Standard 30).</translation>
    </message>
    <message>
        <source>Send without signing in (no Authorization header).</source>
        <translation>Ohne Anmeldung senden (kein Authorization-Header).</translation>
    </message>
    <message>
        <source>HTTP method, e.g. GET.</source>
        <translation>HTTP-Methode, z. B. GET.</translation>
    </message>
    <message>
        <source>Path below the base URL, e.g. /api/templates.</source>
        <translation>Pfad unterhalb der Basis-URL, z. B. /api/templates.</translation>
    </message>
    <message>
        <source>call expects METHOD and PATH, e.g. connect-cli call GET /api/templates</source>
        <translation>call erwartet METHOD und PATH, z. B. connect-cli call GET /api/templates</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP method</source>
        <translation>&apos;%1&apos; ist keine HTTP-Methode</translation>
    </message>
    <message>
        <source>sign-in failed at %1/oauth/access-token</source>
        <translation>Anmeldung fehlgeschlagen bei %1/oauth/access-token</translation>
    </message>
    <message>
        <source>API base URL, e.g. http://127.0.0.1:8080 (or $CONNECT_BASE_URL).</source>
        <translation>API-Basis-URL, z. B. http://127.0.0.1:8080 (oder $CONNECT_BASE_URL).</translation>
    </message>
    <message>
        <source>OAuth client id (or $CONNECT_CLIENT_ID).</source>
        <translation>OAuth-Client-ID (oder $CONNECT_CLIENT_ID).</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the client secret (default CONNECT_CLIENT_SECRET).</source>
        <translation>Name der Umgebungsvariablen, die das Client-Secret enthält (Standard CONNECT_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation>--base-url muss eine http://- oder https://-URL sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the environment variable %1 holding the client secret is not set or empty</source>
        <translation>die Umgebungsvariable %1 mit dem Client-Secret ist nicht gesetzt oder leer</translation>
    </message>
    <message>
        <source>sent by the server</source>
        <translation>vom Server gesendet</translation>
    </message>
    <message>
        <source>Explain a bare error code.</source>
        <translation>Einen einzelnen Fehlercode erklären.</translation>
    </message>
    <message>
        <source>List every code this version knows.</source>
        <translation>Alle Codes auflisten, die diese Version kennt.</translation>
    </message>
    <message>
        <source>--status expects an HTTP status from 100 to 599</source>
        <translation>--status erwartet einen HTTP-Status von 100 bis 599</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Send the request N times in a row over one connection and print a summary (count, ok, failed, total, mean/p50/p95) instead of the bodies.</source>
        <translation>Die Anfrage N-mal hintereinander über eine Verbindung senden und statt der Bodys eine Zusammenfassung ausgeben (count, ok, failed, total, mean/p50/p95).</translation>
    </message>
    <message>
        <source>--repeat expects a number of requests from 1 to 10000000</source>
        <translation>--repeat erwartet eine Anzahl Anfragen von 1 bis 10000000</translation>
    </message>
    <message>
        <source>first failure: %1</source>
        <translation>erster Fehler: %1</translation>
    </message>
    <message>
        <source>--spec file &apos;%1&apos; is not an OpenAPI document: %2</source>
        <translation>--spec-Datei &apos;%1&apos; ist kein OpenAPI-Dokument: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a check-up report: %2</source>
        <translation>&apos;%1&apos; ist kein Konto-Check-Bericht: %2</translation>
    </message>
    <message>
        <source>Check an account: sign in, introspect the token, call every GET endpoint once (and one item of each list) within a time budget and the rate limit, and say what is wrong and what to do.
Exit codes: 0 no check failed (warnings allowed), 1 a check failed, 2 the server is unreachable, 3 sign-in failed, 64 bad command line.
With --compare A.json B.json: compare two saved --json reports (0 identical, 1 they differ).</source>
        <translation>Ein Konto prüfen: anmelden, das Token introspektieren, jeden GET-Endpunkt einmal aufrufen (und je ein Element jeder Liste), innerhalb eines Zeitbudgets und des Ratenlimits, und sagen, was falsch ist und was zu tun ist.
Exit-Codes: 0 keine Prüfung fehlgeschlagen (Warnungen erlaubt), 1 eine Prüfung fehlgeschlagen, 2 der Server ist nicht erreichbar, 3 Anmeldung fehlgeschlagen, 64 fehlerhafte Befehlszeile.
Mit --compare A.json B.json: zwei gespeicherte --json-Berichte vergleichen (0 identisch, 1 unterschiedlich).</translation>
    </message>
    <message>
        <source>OpenAPI document to take the endpoints from (default: the built-in one).</source>
        <translation>OpenAPI-Dokument, aus dem die Endpunkte genommen werden (Standard: das integrierte).</translation>
    </message>
    <message>
        <source>Time budget for the whole check-up (default 60).</source>
        <translation>Zeitbudget für den gesamten Konto-Check (Standard 60).</translation>
    </message>
    <message>
        <source>Revoke the check-up&apos;s own token at the end.</source>
        <translation>Das eigene Token des Konto-Checks am Ende widerrufen.</translation>
    </message>
    <message>
        <source>Compare two saved reports (REPORT_A.json REPORT_B.json).</source>
        <translation>Zwei gespeicherte Berichte vergleichen (REPORT_A.json REPORT_B.json).</translation>
    </message>
    <message>
        <source>With --compare: the two report files.</source>
        <translation>Mit --compare: die beiden Berichtsdateien.</translation>
    </message>
    <message>
        <source>check --compare expects two report files, e.g. connect-cli check --compare a.json b.json</source>
        <translation>check --compare erwartet zwei Berichtsdateien, z. B. connect-cli check --compare a.json b.json</translation>
    </message>
    <message>
        <source>check takes no arguments (&apos;%1&apos;); did you mean --compare?</source>
        <translation>check akzeptiert keine Argumente (&apos;%1&apos;); meinten Sie --compare?</translation>
    </message>
    <message>
        <source>Use a profile saved in Connect Explorer: its base URL, client id and the secret from the keychain (the options above override it).</source>
        <translation>Ein in Connect Explorer gespeichertes Profil verwenden: seine Basis-URL, Client-ID und das Secret aus dem Schlüsselbund (die obigen Optionen haben Vorrang).</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;: none is saved yet (create one in Connect Explorer, Profile &gt; New Profile, or use --base-url and --client-id)</source>
        <translation>kein Profil namens &apos;%1&apos;: es ist noch keines gespeichert (legen Sie eines in Connect Explorer an, Profil &gt; Neues Profil, oder verwenden Sie --base-url und --client-id)</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos; (saved profiles: %2)</source>
        <translation>kein Profil namens &apos;%1&apos; (gespeicherte Profile: %2)</translation>
    </message>
    <message>
        <source>the Demo profile runs inside Connect Explorer; for the command line start connect-sim and use --base-url with its demo client</source>
        <translation>das Demo-Profil läuft innerhalb von Connect Explorer; für die Befehlszeile connect-sim starten und --base-url mit dessen Demo-Client verwenden</translation>
    </message>
    <message>
        <source>no keychain is available here (%1)</source>
        <translation>hier ist kein Schlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <source>no secret is stored in the keychain for it</source>
        <translation>im Schlüsselbund ist dafür kein Secret gespeichert</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no client secret to use: %2. Tick &quot;Remember the secret in the keychain&quot; for it in Connect Explorer, or pass --client-secret-env VAR with the secret in the environment variable VAR</source>
        <translation>Profil &apos;%1&apos; hat kein verwendbares Client-Secret: %2. Aktivieren Sie dafür in Connect Explorer „Secret im Schlüsselbund speichern“ oder übergeben Sie --client-secret-env VAR mit dem Secret in der Umgebungsvariablen VAR</translation>
    </message>
    <message>
        <source>--base-url is required (or set CONNECT_BASE_URL, or use --profile NAME)</source>
        <translation>--base-url ist erforderlich (oder CONNECT_BASE_URL setzen oder --profile NAME verwenden)</translation>
    </message>
    <message>
        <source>--client-id is required (or set CONNECT_CLIENT_ID, or use --profile NAME)</source>
        <translation>--client-id ist erforderlich (oder CONNECT_CLIENT_ID setzen oder --profile NAME verwenden)</translation>
    </message>
    <message>
        <source>Not an error: status %1.</source>
        <translation>Kein Fehler: Status %1.</translation>
    </message>
    <message>
        <source>derived from the status and headers</source>
        <translation>aus Status und Headern abgeleitet</translation>
    </message>
    <message>
        <source>code:        %1 (%2)</source>
        <translation>Code:        %1 (%2)</translation>
    </message>
    <message>
        <source>status:      %1</source>
        <translation>Status:      %1</translation>
    </message>
    <message>
        <source>body:        %1</source>
        <translation>Body:        %1</translation>
    </message>
    <message>
        <source>message:     %1</source>
        <translation>Meldung:     %1</translation>
    </message>
    <message>
        <source>action:      %1</source>
        <translation>Aktion:      %1</translation>
    </message>
    <message>
        <source>meaning:     %1</source>
        <translation>Bedeutung:   %1</translation>
    </message>
    <message>
        <source>what to do:  %1</source>
        <translation>Was tun:     %1</translation>
    </message>
    <message>
        <source>retry after: %1 s</source>
        <translation>Erneut nach: %1 s</translation>
    </message>
    <message>
        <source>note:        this code is unknown to this version of Connect Explorer.</source>
        <translation>Hinweis:     dieser Code ist dieser Version von Connect Explorer unbekannt.</translation>
    </message>
    <message>
        <source>The HTTP status that came with the body.</source>
        <translation>Der HTTP-Status, der mit dem Body kam.</translation>
    </message>
    <message>
        <source>A response header, &apos;Name: value&apos; (repeatable). Content-Type, WWW-Authenticate and Retry-After are read.</source>
        <translation>Ein Antwort-Header, &apos;Name: value&apos; (wiederholbar). Content-Type, WWW-Authenticate und Retry-After werden ausgewertet.</translation>
    </message>
    <message>
        <source>Print it for people, not as JSON.</source>
        <translation>Für Menschen lesbar ausgeben, nicht als JSON.</translation>
    </message>
    <message>
        <source>Print JSON (the default).</source>
        <translation>JSON ausgeben (Standard).</translation>
    </message>
    <message>
        <source>The response body; &apos;-&apos; or none for standard input.</source>
        <translation>Der Antwort-Body; &apos;-&apos; oder nichts für die Standardeingabe.</translation>
    </message>
    <message>
        <source>--header expects &apos;Name: value&apos;, not &apos;%1&apos;</source>
        <translation>--header erwartet &apos;Name: value&apos;, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>explain reads one FILE (or &apos;-&apos; for standard input)</source>
        <translation>explain liest eine FILE (oder &apos;-&apos; für die Standardeingabe)</translation>
    </message>
    <message>
        <source>give an error body (FILE or standard input), --status, or --code (see --help)</source>
        <translation>einen Fehler-Body (FILE oder Standardeingabe), --status oder --code angeben (siehe --help)</translation>
    </message>
    <message>
        <source>Usage: connect-cli tour run FILE|builtin:NAME [--json] [--transcript FILE]
                  [--base-url URL --client-id ID --client-secret-env VAR | --profile NAME]
       connect-cli tour validate FILE|builtin:NAME
</source>
        <translation>Aufruf: connect-cli tour run FILE|builtin:NAME [--json] [--transcript FILE]
                   [--base-url URL --client-id ID --client-secret-env VAR | --profile NAME]
        connect-cli tour validate FILE|builtin:NAME
</translation>
    </message>
    <message>
        <source>Play a guided tour headless and check every step&apos;s outcome.
  tour run FILE|builtin:NAME      play it against the server and print each verdict
  tour validate FILE|builtin:NAME check the file only
Built-in tours: %1
Exit codes: 0 every step matched (skipped steps allowed), 1 a step failed (named), 64 a malformed tour file or bad command line.</source>
        <translation>Eine geführte Tour ohne Oberfläche abspielen und das Ergebnis jedes Schritts prüfen.
  tour run FILE|builtin:NAME      gegen den Server abspielen und jedes Urteil ausgeben
  tour validate FILE|builtin:NAME nur die Datei prüfen
Integrierte Touren: %1
Exit-Codes: 0 alle Schritte erfüllt (übersprungene Schritte erlaubt), 1 ein Schritt schlug fehl (benannt), 64 fehlerhafte Tour-Datei oder Befehlszeile.</translation>
    </message>
    <message>
        <source>Also write the Markdown transcript (secrets masked) to FILE.</source>
        <translation>Zusätzlich das Markdown-Transkript (Secrets maskiert) in FILE schreiben.</translation>
    </message>
    <message>
        <source>run or validate</source>
        <translation>run oder validate</translation>
    </message>
    <message>
        <source>The tour file, or builtin:NAME.</source>
        <translation>Die Tour-Datei oder builtin:NAME.</translation>
    </message>
    <message>
        <source>tour needs a verb: run or validate</source>
        <translation>tour braucht ein Verb: run oder validate</translation>
    </message>
    <message>
        <source>unknown tour verb &apos;%1&apos; (run or validate)</source>
        <translation>unbekanntes tour-Verb &apos;%1&apos; (run oder validate)</translation>
    </message>
    <message>
        <source>tour %1 takes exactly one tour file</source>
        <translation>tour %1 erwartet genau eine Tour-Datei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: a valid tour, &quot;%2&quot;, %n step(s)
</source>
        <translation>
            <numerusform>%1: eine gültige Tour, „%2“, %n Schritt
</numerusform>
            <numerusform>%1: eine gültige Tour, „%2“, %n Schritte
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tour &quot;%1&quot; against %2, %n step(s)
</source>
        <translation>
            <numerusform>Tour „%1“ gegen %2, %n Schritt
</numerusform>
            <numerusform>Tour „%1“ gegen %2, %n Schritte
</numerusform>
        </translation>
    </message>
    <message>
        <source>: no response (%1)</source>
        <translation>: keine Antwort (%1)</translation>
    </message>
    <message>
        <source>, token renewed and replayed</source>
        <translation>, Token erneuert und erneut gesendet</translation>
    </message>
    <message>
        <source>cannot write the transcript to &apos;%1&apos;: %2</source>
        <translation>Transkript kann nicht nach &apos;%1&apos; geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Every step matched (%1 skipped: no simulator control here).
</source>
        <translation>Alle Schritte erfüllt (%1 übersprungen: hier keine Simulatorsteuerung).
</translation>
    </message>
    <message>
        <source>Every step matched.
</source>
        <translation>Alle Schritte erfüllt.
</translation>
    </message>
    <message>
        <source>tour failed at step &quot;%1&quot; (%2 of %3, %4): %5</source>
        <translation>Tour fehlgeschlagen bei Schritt „%1“ (%2 von %3, %4): %5</translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-8; use --data-binary @file for binary bodies</source>
        <translation>%1: der Text ist kein gültiges UTF-8; verwenden Sie --data-binary @datei für binäre Bodys</translation>
    </message>
    <message>
        <source>%1: %2 (raise the limit with --max-body)</source>
        <translation>%1: %2 (erhöhen Sie das Limit mit --max-body)</translation>
    </message>
    <message>
        <source>--header &apos;%1&apos;: the name %2</source>
        <translation>--header &apos;%1&apos;: der Name %2</translation>
    </message>
    <message>
        <source>--header &apos;%1&apos;: the value %2</source>
        <translation>--header &apos;%1&apos;: der Wert %2</translation>
    </message>
    <message>
        <source>Request body from @file (or @- for standard input), sent byte for byte.</source>
        <translation>Anfrage-Body aus @datei (oder @- für die Standardeingabe), Byte für Byte gesendet.</translation>
    </message>
    <message>
        <source>Refuse a --data/--data-binary file larger than this (bytes, or with K, M or G; default 256M).</source>
        <translation>Eine --data/--data-binary-Datei ablehnen, die größer ist (Bytes, oder mit K, M oder G; Standard 256M).</translation>
    </message>
    <message>
        <source>Give up when the whole call, redirects and body included, takes longer than this (default 300).</source>
        <translation>Abbrechen, wenn der gesamte Aufruf, einschließlich Weiterleitungen und Body, länger dauert (Standard 300).</translation>
    </message>
    <message>
        <source>--max-body expects a size from 1 byte to 2G, e.g. 1048576, 512K or 64M</source>
        <translation>--max-body erwartet eine Größe von 1 Byte bis 2G, z. B. 1048576, 512K oder 64M</translation>
    </message>
    <message>
        <source>give the body once: --data or --data-binary</source>
        <translation>den Body nur einmal angeben: --data oder --data-binary</translation>
    </message>
    <message>
        <source>note: followed a redirect from https to plain http (%1): the rest of the exchange was not encrypted</source>
        <translation>Hinweis: einer Weiterleitung von https auf unverschlüsseltes http gefolgt (%1): der Rest des Austauschs war nicht verschlüsselt</translation>
    </message>
    <message>
        <source>cannot read --spec file: %1</source>
        <translation>--spec-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read report: %1</source>
        <translation>Bericht kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Token request format: %1</source>
        <translation>Format der Token-Anfrage: %1</translation>
    </message>
    <message>
        <source>%1 expects a number of seconds from %2 to %3</source>
        <translation>%1 erwartet eine Anzahl Sekunden von %2 bis %3</translation>
    </message>
    <message>
        <source>endpoint:    %1</source>
        <translation>Endpunkt:    %1</translation>
    </message>
    <message>
        <source>field:       %1: %2</source>
        <translation>Feld:        %1: %2</translation>
    </message>
    <message>
        <source>missing:     %1</source>
        <translation>Fehlend:     %1</translation>
    </message>
    <message>
        <source>Explain an error response of the Connect API: its code, what it means and what to do.
Reads the body from FILE, or from standard input (&apos;-&apos;, or no FILE), and prints one JSON object
{status, code, code_from_server, message, action, meaning, hint, retry_after_s, layer, fields,
missing_scopes}.</source>
        <translation>Eine Fehlerantwort der Connect API erklären: ihren Code, was er bedeutet und was zu tun ist.
Liest den Body aus FILE oder von der Standardeingabe (&apos;-&apos; oder kein FILE) und gibt ein JSON-Objekt aus
{status, code, code_from_server, message, action, meaning, hint, retry_after_s, layer, fields,
missing_scopes}.</translation>
    </message>
    <message>
        <source>The path that answered, such as /oauth/access-token or /api/templates: the same status means different things at the token endpoint and on /api/*.</source>
        <translation>Der Pfad, der geantwortet hat, etwa /oauth/access-token oder /api/templates: Derselbe Status bedeutet am Token-Endpunkt und unter /api/* Verschiedenes.</translation>
    </message>
    <message>
        <source>The scopes the token was granted, separated by spaces or commas, to name the missing ones of a permission error.</source>
        <translation>Die dem Token gewährten Scopes, durch Leerzeichen oder Kommas getrennt, um bei einem Berechtigungsfehler die fehlenden zu benennen.</translation>
    </message>
    <message>
        <source>Also list every assumption of the OpenAPI document (x-sim-assumption) as held, differed or untested by this server, with what was seen instead.</source>
        <translation>Zusätzlich jede Annahme des OpenAPI-Dokuments (x-sim-assumption) auflisten, als von diesem Server erfüllt, abweichend oder offen (ungeprüft), mit dem, was stattdessen beobachtet wurde.</translation>
    </message>
    <message>
        <source>--var expects &apos;NAME=VALUE&apos; with a name without braces, line breaks or spaces at either end, got &apos;%1&apos;</source>
        <translation>--var erwartet &apos;NAME=VALUE&apos; mit einem Namen ohne geschweifte Klammern, Zeilenumbrüche oder Leerzeichen am Anfang oder Ende, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unresolved variable(s): %1; give each with --var NAME=VALUE or define it in the profile (--profile NAME)</source>
        <translation>nicht aufgelöste Variable(n): %1; geben Sie jede mit --var NAME=VALUE an oder definieren Sie sie im Profil (--profile NAME)</translation>
    </message>
    <message>
        <source>the header &apos;%1&apos; with its variables resolved: %2</source>
        <translation>der Header &apos;%1&apos; mit aufgelösten Variablen: %2</translation>
    </message>
    <message>
        <source>Variable for {{NAME}} in the path, query, headers and body (repeatable); comes before the variables of --profile.</source>
        <translation>Variable für {{NAME}} in Pfad, Query, Headern und Body (wiederholbar); hat Vorrang vor den Variablen von --profile.</translation>
    </message>
    <message>
        <source>Send through this proxy: http://[USER@]HOST:PORT or socks5://HOST:PORT (its password from $CONNECT_PROXY_PASSWORD). Default: the environment&apos;s https_proxy/http_proxy.</source>
        <translation>Über diesen Proxy senden: http://[USER@]HOST:PORT oder socks5://HOST:PORT (sein Passwort aus $CONNECT_PROXY_PASSWORD). Standard: https_proxy/http_proxy aus der Umgebung.</translation>
    </message>
    <message>
        <source>Connect directly, whatever the environment says.</source>
        <translation>Direkt verbinden, unabhängig von der Umgebung.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file or folder (repeatable).</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei oder diesem Ordner vertrauen (wiederholbar).</translation>
    </message>
    <message>
        <source>Client certificate: PEM (with --key) or PKCS#12 (.p12/.pfx); a passphrase is read from $CONNECT_CERT_PASSPHRASE.</source>
        <translation>Client-Zertifikat: PEM (mit --key) oder PKCS#12 (.p12/.pfx); eine Passphrase wird aus $CONNECT_CERT_PASSPHRASE gelesen.</translation>
    </message>
    <message>
        <source>The PEM private key of --cert.</source>
        <translation>Der private PEM-Schlüssel zu --cert.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint, sha256/BASE64 as an error shows it (repeatable).</source>
        <translation>Dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen, sha256/BASE64, wie eine Fehlermeldung ihn zeigt (wiederholbar).</translation>
    </message>
    <message>
        <source>--proxy and --no-proxy exclude each other</source>
        <translation>--proxy und --no-proxy schließen einander aus</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <source>--key needs --cert</source>
        <translation>--key erfordert --cert</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Convert customer material: a cURL command (several with --next or one after the other), a HAR file, a Postman (v2.1) or Insomnia (v4/v5) collection, into JSON, code or a HAR/Postman file.
--to json prints one array [{name, method, url, headers: [[name, value]...], body_base64, notes}].
What cannot be read exactly is refused (exit 64) with the option or field at fault; what the target cannot express is said in a &apos;note:&apos; line on standard error.</source>
        <translation>Kundenmaterial konvertieren: einen cURL-Befehl (mehrere mit --next oder nacheinander), eine HAR-Datei, eine Postman- (v2.1) oder Insomnia-Sammlung (v4/v5) in JSON, Code oder eine HAR-/Postman-Datei.
--to json gibt ein Array [{name, method, url, headers: [[name, value]...], body_base64, notes}] aus.
Was sich nicht exakt lesen lässt, wird abgelehnt (Exit-Code 64), mit der fehlerhaften Option bzw. dem fehlerhaften Feld; was das Ziel nicht ausdrücken kann, wird in einer „Hinweis:“-Zeile auf der Standardfehlerausgabe genannt.</translation>
    </message>
    <message>
        <source>What the input is: %1. Without it the content decides, when it is clear.</source>
        <translation>Was die Eingabe ist: %1. Ohne diese Option entscheidet der Inhalt, wenn er eindeutig ist.</translation>
    </message>
    <message>
        <source>What to write: %1.</source>
        <translation>Was geschrieben wird: %1.</translation>
    </message>
    <message>
        <source>Write Authorization headers and other secrets as they are (masked otherwise).</source>
        <translation>Authorization-Header und andere Secrets unverändert schreiben (sonst maskiert).</translation>
    </message>
    <message>
        <source>The profile&apos;s base URL: a HAR&apos;s Connect calls are those on its origin.</source>
        <translation>Die Basis-URL des Profils: Die Connect-Aufrufe einer HAR-Datei sind die an ihren Ursprung.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>The input; &apos;-&apos; or none for standard input.</source>
        <translation>Die Eingabe; &apos;-&apos; oder nichts für die Standardeingabe.</translation>
    </message>
    <message>
        <source>convert reads one input; got %1</source>
        <translation>convert liest eine Eingabe; erhalten: %1</translation>
    </message>
    <message>
        <source>--to is required: %1</source>
        <translation>--to ist erforderlich: %1</translation>
    </message>
    <message>
        <source>--to %1 is not a format convert writes: %2</source>
        <translation>--to %1 ist kein Format, das convert schreibt: %2</translation>
    </message>
    <message>
        <source>--from %1 is not a format convert reads: %2</source>
        <translation>--from %1 ist kein Format, das convert liest: %2</translation>
    </message>
    <message>
        <source>cannot tell what %1 is: give --from (%2)</source>
        <translation>nicht erkennbar, was %1 ist: geben Sie --from an (%2)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>--compare-profile %1: %2</source>
        <translation>--compare-profile %1: %2</translation>
    </message>
    <message>
        <source>Send the same request as the saved profile NAME too (its own URL, client and token) and print both statuses and what differs in status, headers and body. Exit 0 when equal, 1 when different.</source>
        <translation>Dieselbe Anfrage zusätzlich mit dem gespeicherten Profil NAME senden (mit dessen eigener URL, eigenem Client und Token) und beide Status sowie die Unterschiede in Status, Headern und Body ausgeben. Exit-Code 0 bei Gleichheit, 1 bei Unterschieden.</translation>
    </message>
    <message>
        <source>Environment variable holding the client secret of --compare-profile&apos;s profile, when the keychain has none.</source>
        <translation>Umgebungsvariable mit dem Client-Secret des Profils von --compare-profile, wenn der Schlüsselbund keines enthält.</translation>
    </message>
    <message>
        <source>With --compare-profile: leave out this path and everything below it (repeatable), e.g. meta.request_id or data[*].updated_at; see connect-cli diff --help.</source>
        <translation>Mit --compare-profile: diesen Pfad und alles darunter auslassen (wiederholbar), z. B. meta.request_id oder data[*].updated_at; siehe connect-cli diff --help.</translation>
    </message>
    <message>
        <source>With --compare-profile: also compare the headers that change with every response.</source>
        <translation>Mit --compare-profile: auch die Header vergleichen, die sich bei jeder Antwort ändern.</translation>
    </message>
    <message>
        <source>--%1 needs --compare-profile</source>
        <translation>--%1 braucht --compare-profile</translation>
    </message>
    <message>
        <source>--compare-profile and --repeat exclude each other</source>
        <translation>--compare-profile und --repeat schließen einander aus</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>%1 (%2): sign-in failed at %3/oauth/access-token</source>
        <translation>%1 (%2): Anmeldung fehlgeschlagen bei %3/oauth/access-token</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (%2): HTTP %3 %4</source>
        <translation>%1 (%2): HTTP %3 %4</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at offset %3</source>
        <translation>%1 ist kein JSON: %2 bei Offset %3</translation>
    </message>
    <message>
        <source>Compare two responses, JSON-aware: objects by key (their order does not matter), lists of objects with an id by id, other arrays by position. A and B are two outputs of &apos;connect-cli call --json&apos; (status, headers and body are compared) or two JSON bodies.
Exit codes: 0 equal, 1 different, 2 bad command line or a file that cannot be read or is not JSON.</source>
        <translation>Zwei Antworten JSON-bewusst vergleichen: Objekte nach Schlüssel (ihre Reihenfolge spielt keine Rolle), Listen von Objekten mit einer id nach id, andere Arrays nach Position. A und B sind zwei Ausgaben von &apos;connect-cli call --json&apos; (Status, Header und Body werden verglichen) oder zwei JSON-Bodys.
Exit-Codes: 0 gleich, 1 verschieden, 2 fehlerhafte Befehlszeile oder eine Datei, die nicht gelesen werden kann oder kein JSON ist.</translation>
    </message>
    <message>
        <source>Leave out this path and everything below it (repeatable): e.g. meta.request_id, data[*].updated_at (* any key, [*] any item, [3], [id=tpl_7]). In call outputs a path that does not start with status, headers or body is taken within the body.</source>
        <translation>Diesen Pfad und alles darunter auslassen (wiederholbar): z. B. meta.request_id, data[*].updated_at (* beliebiger Schlüssel, [*] beliebiges Element, [3], [id=tpl_7]). In call-Ausgaben wird ein Pfad, der nicht mit status, headers oder body beginnt, innerhalb des Bodys genommen.</translation>
    </message>
    <message>
        <source>Also compare the headers that change with every response (%1).</source>
        <translation>Auch die Header vergleichen, die sich bei jeder Antwort ändern (%1).</translation>
    </message>
    <message>
        <source>Print one JSON object: {equal, summary, changes}.</source>
        <translation>Ein einziges JSON-Objekt ausgeben: {equal, summary, changes}.</translation>
    </message>
    <message>
        <source>The first response (a file, or - for standard input).</source>
        <translation>Die erste Antwort (eine Datei oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>The second response.</source>
        <translation>Die zweite Antwort.</translation>
    </message>
    <message>
        <source>diff expects two files, e.g. connect-cli diff a.json b.json</source>
        <translation>diff erwartet zwei Dateien, z. B. connect-cli diff a.json b.json</translation>
    </message>
    <message>
        <source>Write the evidence for a support ticket as one .zip: the customer&apos;s HAR with each call&apos;s decided error code, the reproduction (history entries as HAR), the check-up report and a README.md that names the decided cause and the fix. Tokens and the client secret are masked.
Exit codes: 0 written, 1 it could not be written, 64 bad input.</source>
        <translation>Die Belege für ein Support-Ticket als eine einzige .zip-Datei schreiben: die HAR-Datei des Kunden mit dem ermittelten Fehlercode jedes Aufrufs, die Reproduktion (Verlaufseinträge als HAR), den Konto-Check-Bericht und eine README.md, die die ermittelte Ursache und die Lösung nennt. Tokens und das Client-Secret werden maskiert.
Exit-Codes: 0 geschrieben, 1 konnte nicht geschrieben werden, 64 fehlerhafte Eingabe.</translation>
    </message>
    <message>
        <source>The archive to write (case.zip).</source>
        <translation>Das zu schreibende Archiv (case.zip).</translation>
    </message>
    <message>
        <source>The customer&apos;s HAR file.</source>
        <translation>Die HAR-Datei des Kunden.</translation>
    </message>
    <message>
        <source>Run the account check-up (with the connection options) and include its report.</source>
        <translation>Den Konto-Check ausführen (mit den Verbindungsoptionen) und seinen Bericht beifügen.</translation>
    </message>
    <message>
        <source>Ids of Connect Explorer history entries to include as the reproduction, separated by commas (repeatable).</source>
        <translation>IDs von Verlaufseinträgen aus Connect Explorer, die als Reproduktion beigefügt werden, durch Kommas getrennt (wiederholbar).</translation>
    </message>
    <message>
        <source>The history file to take --calls from (default: Connect Explorer&apos;s, %1).</source>
        <translation>Die Verlaufsdatei, aus der --calls genommen wird (Standard: die von Connect Explorer, %1).</translation>
    </message>
    <message>
        <source>A saved response comparison (a JSON object) to include (repeatable).</source>
        <translation>Ein gespeicherter Antwortvergleich (ein JSON-Objekt), der beigefügt wird (wiederholbar).</translation>
    </message>
    <message>
        <source>evidence takes no arguments (&apos;%1&apos;); name the archive with -o FILE</source>
        <translation>evidence akzeptiert keine Argumente (&apos;%1&apos;); das Archiv mit -o FILE benennen</translation>
    </message>
    <message>
        <source>evidence needs the archive to write: -o case.zip</source>
        <translation>evidence braucht das zu schreibende Archiv: -o case.zip</translation>
    </message>
    <message>
        <source>--har: &apos;%1&apos; is not a file</source>
        <translation>--har: &apos;%1&apos; ist keine Datei</translation>
    </message>
    <message>
        <source>--comparison: %1</source>
        <translation>--comparison: %1</translation>
    </message>
    <message>
        <source>--comparison: &apos;%1&apos; is not a JSON object</source>
        <translation>--comparison: &apos;%1&apos; ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>evidence needs something to put in: --har FILE, --check, --calls IDS or --comparison FILE</source>
        <translation>evidence braucht etwas zum Beifügen: --har FILE, --check, --calls IDS oder --comparison FILE</translation>
    </message>
    <message>
        <source>--calls: there is no history file at %1 (send a request in Connect Explorer first, or name the file with --history)</source>
        <translation>--calls: unter %1 gibt es keine Verlaufsdatei (zuerst in Connect Explorer eine Anfrage senden oder die Datei mit --history angeben)</translation>
    </message>
    <message>
        <source>--calls: the history file %1 cannot be read: %2</source>
        <translation>--calls: die Verlaufsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--calls: no history entry has the id &apos;%1&apos; (in %2)</source>
        <translation>--calls: kein Verlaufseintrag hat die ID &apos;%1&apos; (in %2)</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>evidence: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Decided cause: %1</source>
        <translation>Ermittelte Ursache: %1</translation>
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
  convert [FILE|-] --to FORMAT   convert a cURL command, HAR file or Postman/
                     Insomnia collection into JSON, cURL, HTTPie, Python, JS,
                     C++/Qt, HAR or Postman (--from curl|har|postman|insomnia)
  diff A.json B.json compare two responses (call --json outputs or bodies) by
                     JSON path; call --compare-profile B sends on two profiles
  evidence -o FILE   gather a redacted evidence archive (.zip) for a ticket

Run &apos;connect-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success (2xx), 1 HTTP error, 2 no response (refused, DNS, timeout,
TLS, connection lost), 3 sign-in refused, 64 bad command line.
The client secret is read from an environment variable (--client-secret-env,
default CONNECT_CLIENT_SECRET), never from the command line; with --profile NAME
(a profile saved in Connect Explorer) from the OS keychain.
</source>
        <translation>Aufruf: connect-cli COMMAND [options]

Befehle:
  call METHOD PATH   mit Client Credentials anmelden und eine Anfrage senden
  explain [FILE|-]   eine Fehlerantwort erklären (Body, --status, --header): ein JSON-
                     Objekt mit code, action, meaning, hint und retry_after_s
  check              ein Konto prüfen: Anmeldung, Scopes, jeder GET-Endpunkt, Limits
  check --compare A.json B.json   zwei gespeicherte Konto-Check-Berichte vergleichen
  tour run FILE      eine geführte Tour ohne Oberfläche abspielen, jeden Schritt prüfen
                     (FILE oder builtin:connect-api-in-five-minutes)
  tour validate FILE eine Tour-Datei prüfen: fehlerhafte Zeile und Feld
  convert [FILE|-] --to FORMAT   einen cURL-Befehl, eine HAR-Datei oder eine
                     Postman-/Insomnia-Sammlung in JSON, cURL, HTTPie, Python, JS,
                     C++/Qt, HAR oder Postman konvertieren
                     (--from curl|har|postman|insomnia)
  diff A.json B.json zwei Antworten (Ausgaben von call --json oder Bodys) nach
                     JSON-Pfad vergleichen; call --compare-profile B sendet mit zwei Profilen
  evidence -o FILE   ein geschwärztes Beleg-Archiv (.zip) für ein Ticket zusammenstellen

&apos;connect-cli COMMAND --help&apos; zeigt die Optionen eines Befehls.
Exit-Codes: 0 Erfolg (2xx), 1 HTTP-Fehler, 2 keine Antwort (abgelehnt, DNS, Timeout,
TLS, Verbindung verloren), 3 Anmeldung abgelehnt, 64 fehlerhafte Befehlszeile.
Das Client-Secret wird aus einer Umgebungsvariablen gelesen (--client-secret-env,
Standard CONNECT_CLIENT_SECRET), nie von der Befehlszeile; mit --profile NAME
(einem in Connect Explorer gespeicherten Profil) aus dem Schlüsselbund des Systems.
</translation>
    </message>
</context>
<context>
    <name>ConnectSim</name>
    <message>
        <source>Try &apos;connect-sim --help&apos; for the options.</source>
        <translation>&apos;connect-sim --help&apos; zeigt die Optionen.</translation>
    </message>
    <message>
        <source>A local simulator of the Cliquify Connect API, for demos and tests.</source>
        <translation>Ein lokaler Simulator der Cliquify Connect API für Demos und Tests.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port, auf dem gelauscht wird; 0 wählt einen freien.</translation>
    </message>
    <message>
        <source>Address to listen on (loopback by default).</source>
        <translation>Adresse, auf der gelauscht wird (standardmäßig Loopback).</translation>
    </message>
    <message>
        <source>Client id the token endpoint accepts.</source>
        <translation>Client-ID, die der Token-Endpunkt akzeptiert.</translation>
    </message>
    <message>
        <source>Client secret the token endpoint accepts.</source>
        <translation>Client-Secret, das der Token-Endpunkt akzeptiert.</translation>
    </message>
    <message>
        <source>Comma-separated scopes granted to tokens.</source>
        <translation>Kommagetrennte Scopes, die Tokens gewährt werden.</translation>
    </message>
    <message>
        <source>Requests per second per client, e.g. 5/s (0 = none).</source>
        <translation>Anfragen pro Sekunde und Client, z. B. 5/s (0 = keine Begrenzung).</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation>Lebensdauer des Zugriffstokens in Sekunden.</translation>
    </message>
    <message>
        <source>Answer requests under PATH (default: all /api paths) with error CODE, or a fault: delay, stall, drop, html_502. Repeatable.</source>
        <translation>Anfragen unter PATH (Standard: alle /api-Pfade) mit Fehler CODE oder einer Störung beantworten: delay, stall, drop, html_502. Wiederholbar.</translation>
    </message>
    <message>
        <source>Delay used by &apos;delay&apos; scenarios.</source>
        <translation>Verzögerung für &apos;delay&apos;-Szenarien.</translation>
    </message>
    <message>
        <source>Seed of the generated data.</source>
        <translation>Startwert (Seed) der generierten Daten.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--bind must be an IP address.</source>
        <translation>--bind muss eine IP-Adresse sein.</translation>
    </message>
    <message>
        <source>--client-id and --client-secret must not be empty.</source>
        <translation>--client-id und --client-secret dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>--rate-limit must look like 10/s.</source>
        <translation>--rate-limit muss wie 10/s aussehen.</translation>
    </message>
    <message>
        <source>--token-lifetime must be a positive number of seconds.</source>
        <translation>--token-lifetime muss eine positive Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <source>--delay-ms must be a number of milliseconds.</source>
        <translation>--delay-ms muss eine Anzahl Millisekunden sein.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation>--seed muss eine nicht negative Zahl sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a code of the error catalogue nor a fault. Known: %2.</source>
        <translation>&apos;%1&apos; ist weder ein Code des Fehlerkatalogs noch eine Störung. Bekannt: %2.</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>Lauschen auf %1:%2 nicht möglich</translation>
    </message>
    <message>
        <source>client id:     %1</source>
        <translation>Client-ID:     %1</translation>
    </message>
    <message>
        <source>client secret: %1</source>
        <translation>Client-Secret: %1</translation>
    </message>
    <message>
        <source>scopes:        %1</source>
        <translation>Scopes:        %1</translation>
    </message>
    <message>
        <source>rate limit:    %1 requests/s per client</source>
        <translation>Ratenlimit:    %1 Anfragen/s pro Client</translation>
    </message>
    <message>
        <source>scenario:      %1 on %2</source>
        <translation>Szenario:      %1 auf %2</translation>
    </message>
    <message>
        <source>OpenAPI:       %1/openapi.json</source>
        <translation>OpenAPI:       %1/openapi.json</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Ctrl+C drücken.</translation>
    </message>
    <message>
        <source>connect-sim stopped.</source>
        <translation>connect-sim beendet.</translation>
    </message>
    <message>
        <source>Connections kept open at most; at the cap the longest idle one is closed, or a newcomer gets 503 when every connection is waiting for an answer.</source>
        <translation>Höchstzahl offen gehaltener Verbindungen; an der Grenze wird die am längsten untätige geschlossen, oder eine neue erhält 503, wenn jede Verbindung auf eine Antwort wartet.</translation>
    </message>
    <message>
        <source>Close a connection after this many seconds without a byte either way.</source>
        <translation>Eine Verbindung nach so vielen Sekunden ohne ein Byte in irgendeine Richtung schließen.</translation>
    </message>
    <message>
        <source>Answer 408 when a request head takes longer than this many seconds to arrive.</source>
        <translation>Mit 408 antworten, wenn der Kopf einer Anfrage (Zeile und Header) länger als so viele Sekunden zum Ankommen braucht.</translation>
    </message>
    <message>
        <source>Answer 413 to request bodies larger than this.</source>
        <translation>Anfrage-Bodys, die größer sind, mit 413 beantworten.</translation>
    </message>
    <message>
        <source>--max-connections must be a positive number.</source>
        <translation>--max-connections muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>--idle-timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--idle-timeout muss eine Anzahl Sekunden von 1 bis 86400 sein.</translation>
    </message>
    <message>
        <source>--head-timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--head-timeout muss eine Anzahl Sekunden von 1 bis 86400 sein.</translation>
    </message>
    <message>
        <source>--max-body-bytes must be a non-negative number of bytes.</source>
        <translation>--max-body-bytes muss eine nicht negative Anzahl Bytes sein.</translation>
    </message>
    <message>
        <source>warning: listening on %1, not on loopback: anyone who can reach this machine can use the simulator, its demo credentials and its /_sim control API.</source>
        <translation>Warnung: lauscht auf %1, nicht auf Loopback: Jeder, der diesen Rechner erreichen kann, kann den Simulator, seine Demo-Zugangsdaten und seine /_sim-Steuerungs-API verwenden.</translation>
    </message>
    <message>
        <source>reachable at:  %1</source>
        <translation>erreichbar:    %1</translation>
    </message>
    <message>
        <source>Error shapes: code-message ({&quot;code&quot;,&quot;message&quot;} everywhere) or documented (the public docs&apos; shapes by layer).</source>
        <translation>Form der Fehler: code-message ({&quot;code&quot;,&quot;message&quot;} überall) oder documented (die Formen der öffentlichen Dokumentation je nach Schicht).</translation>
    </message>
    <message>
        <source>Token request bodies the token endpoint reads: json, form or both.</source>
        <translation>Token-Anfrage-Bodys, die der Token-Endpunkt liest: json, form oder both.</translation>
    </message>
    <message>
        <source>Scopes a resource route requires: per-resource (profile:read plus the resource&apos;s scope) or all (profile:read, templates:read and assets:read everywhere).</source>
        <translation>Scopes, die eine Ressourcen-Route verlangt: per-resource (profile:read plus der Scope der Ressource) oder all (profile:read, templates:read und assets:read überall).</translation>
    </message>
    <message>
        <source>--dialect must be code-message or documented.</source>
        <translation>--dialect muss code-message oder documented sein.</translation>
    </message>
    <message>
        <source>--token-format must be json, form or both.</source>
        <translation>--token-format muss json, form oder both sein.</translation>
    </message>
    <message>
        <source>--scope-model must be per-resource or all.</source>
        <translation>--scope-model muss per-resource oder all sein.</translation>
    </message>
    <message>
        <source>dialect:       %1, token format %2, scope model %3</source>
        <translation>Dialekt:       %1, Token-Format %2, Scope-Modell %3</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (chain); needs --tls-key.</source>
        <translation>HTTPS mit diesem PEM-Zertifikat (bzw. dieser Kette) anbieten; erfordert --tls-key.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert (unencrypted).</source>
        <translation>Der private PEM-Schlüssel zu --tls-cert (unverschlüsselt).</translation>
    </message>
    <message>
        <source>Require a client certificate issued by a CA in this PEM file (with --tls-cert).</source>
        <translation>Ein Client-Zertifikat verlangen, das von einer CA in dieser PEM-Datei ausgestellt ist (mit --tls-cert).</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together (and --client-ca needs both).</source>
        <translation>--tls-cert und --tls-key gehören zusammen (und --client-ca erfordert beide).</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CurlPaste</name>
    <message>
        <source>This is not a cURL command.</source>
        <translation>Dies ist kein cURL-Befehl.</translation>
    </message>
    <message>
        <source>The Authorization header holds a placeholder, so it was left out: the signed-in session&apos;s token is sent instead.</source>
        <translation>Der Authorization-Header enthält einen Platzhalter und wurde daher weggelassen: Stattdessen wird das Token der angemeldeten Sitzung gesendet.</translation>
    </message>
    <message>
        <source>The command calls %1, not this profile&apos;s server (%2). The new tab sends its path to %2.</source>
        <translation>Der Befehl ruft %1 auf, nicht den Server dieses Profils (%2). Der neue Tab sendet seinen Pfad an %2.</translation>
    </message>
    <message numerus="yes">
        <source>The body is %n byte(s) of binary data, which a request tab cannot hold as they are: use connect-cli convert or call --data @file to send it exactly.</source>
        <translation>
            <numerusform>Der Body besteht aus %n Byte Binärdaten, die ein Anfrage-Tab nicht unverändert aufnehmen kann: Verwenden Sie connect-cli convert oder call --data @datei, um ihn exakt zu senden.</numerusform>
            <numerusform>Der Body besteht aus %n Bytes Binärdaten, die ein Anfrage-Tab nicht unverändert aufnehmen kann: Verwenden Sie connect-cli convert oder call --data @datei, um ihn exakt zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first request is used; left out: %1</source>
        <translation>Nur die erste Anfrage wird verwendet; weggelassen: %1</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>a JSON path starts with &apos;$&apos; (e.g. $.data[0].id)</source>
        <translation>ein JSON-Pfad beginnt mit &apos;$&apos; (z. B. $.data[0].id)</translation>
    </message>
    <message>
        <source>a name is expected after &apos;.&apos; at character %1</source>
        <translation>nach &apos;.&apos; wird bei Zeichen %1 ein Name erwartet</translation>
    </message>
    <message>
        <source>an unterminated [&apos;name&apos;] at character %1</source>
        <translation>ein nicht abgeschlossenes [&apos;name&apos;] bei Zeichen %1</translation>
    </message>
    <message>
        <source>an index [N] (a number at least 0) is expected at character %1</source>
        <translation>bei Zeichen %1 wird ein Index [N] (eine Zahl ab 0) erwartet</translation>
    </message>
    <message>
        <source>the index at character %1 is too large</source>
        <translation>der Index bei Zeichen %1 ist zu groß</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at character %2 (use .name, [&apos;name&apos;] or [N])</source>
        <translation>unerwartetes &apos;%1&apos; bei Zeichen %2 (verwenden Sie .name, [&apos;name&apos;] oder [N])</translation>
    </message>
</context>
<context>
    <name>TourLoader</name>
    <message>
        <source>%1 is not a field of the tour format (known here: %2)</source>
        <translation>%1 ist kein Feld des Tour-Formats (hier bekannt: %2)</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss ein String sein</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3, not %4</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht %4</translation>
    </message>
    <message>
        <source>%1.method must be one of %2, not &apos;%3&apos;</source>
        <translation>%1.method muss eines von %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1.path must start with &apos;/&apos; (it is relative to the base URL)</source>
        <translation>%1.path muss mit &apos;/&apos; beginnen (er ist relativ zur Basis-URL)</translation>
    </message>
    <message>
        <source>%1 must be an object of names and values</source>
        <translation>%1 muss ein Objekt aus Namen und Werten sein</translation>
    </message>
    <message>
        <source>%1.%2 must be a string, a number or a boolean</source>
        <translation>%1.%2 muss ein String, eine Zahl oder ein Boolean sein</translation>
    </message>
    <message>
        <source>%1 must be an object of header names and values</source>
        <translation>%1 muss ein Objekt aus Header-Namen und Werten sein</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 muss ein String sein</translation>
    </message>
    <message>
        <source>%1.body must be a JSON object or array, or a string</source>
        <translation>%1.body muss ein JSON-Objekt oder -Array oder ein String sein</translation>
    </message>
    <message>
        <source>%1 must be an object with a code</source>
        <translation>%1 muss ein Objekt mit einem code sein</translation>
    </message>
    <message>
        <source>%1.path must start with &apos;/&apos;</source>
        <translation>%1.path muss mit &apos;/&apos; beginnen</translation>
    </message>
    <message>
        <source>%1.count must be at least 1 (or -1: until the step ends)</source>
        <translation>%1.count muss mindestens 1 sein (oder -1: bis der Schritt endet)</translation>
    </message>
    <message>
        <source>%1 must be an object (status, action, json_path)</source>
        <translation>%1 muss ein Objekt sein (status, action, json_path)</translation>
    </message>
    <message>
        <source>%1.action must be one of %2, not &apos;%3&apos;</source>
        <translation>%1.action muss eines von %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1.json_path is not a JSON path: %2</source>
        <translation>%1.json_path ist kein JSON-Pfad: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (column %2)</source>
        <translation>kein gültiges JSON: %1 (Spalte %2)</translation>
    </message>
    <message>
        <source>a tour is a JSON object with format, title and steps</source>
        <translation>eine Tour ist ein JSON-Objekt mit format, title und steps</translation>
    </message>
    <message>
        <source>format must be &quot;%1&quot;, not &quot;%2&quot; (a newer tour needs a newer Connect Explorer)</source>
        <translation>format muss &quot;%1&quot; sein, nicht &quot;%2&quot; (eine neuere Tour braucht ein neueres Connect Explorer)</translation>
    </message>
    <message>
        <source>steps is required</source>
        <translation>steps ist erforderlich</translation>
    </message>
    <message>
        <source>steps must be a non-empty array of steps</source>
        <translation>steps muss ein nicht leeres Array von Schritten sein</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.id may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>%1.id darf nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten</translation>
    </message>
    <message>
        <source>%1.id &quot;%2&quot; is used by an earlier step</source>
        <translation>%1.id &quot;%2&quot; wird bereits von einem früheren Schritt verwendet</translation>
    </message>
    <message>
        <source>%1.request is required</source>
        <translation>%1.request ist erforderlich</translation>
    </message>
    <message>
        <source>%1.request must be an object (method, path, query, headers, body)</source>
        <translation>%1.request muss ein Objekt sein (method, path, query, headers, body)</translation>
    </message>
    <message>
        <source>no built-in tour named &apos;%1&apos; (built in: %2)</source>
        <translation>keine integrierte Tour namens &apos;%1&apos; (integriert: %2)</translation>
    </message>
    <message>
        <source>%1.path cannot be sent: it %2</source>
        <translation>%1.path kann nicht gesendet werden: der Pfad %2</translation>
    </message>
    <message>
        <source>%1 is not a valid header name: it %2</source>
        <translation>%1 ist kein gültiger Header-Name: er %2</translation>
    </message>
    <message>
        <source>%1 is not a valid header value: it %2</source>
        <translation>%1 ist kein gültiger Header-Wert: er %2</translation>
    </message>
    <message>
        <source>cannot read the tour file: %1</source>
        <translation>die Tour-Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TourTranscript</name>
    <message>
        <source>Played against %1 on %2: %3 of %4 steps shown, %5 matched, %6 failed, %7 skipped. Secrets and tokens are masked as %8.</source>
        <translation>Abgespielt gegen %1 am %2: %3 von %4 Schritten gezeigt, %5 erfüllt, %6 fehlgeschlagen, %7 übersprungen. Secrets und Tokens sind als %8 maskiert.</translation>
    </message>
    <message>
        <source>Simulated: `%1`.</source>
        <translation>Simuliert: `%1`.</translation>
    </message>
    <message>
        <source>No HTTP response: %1.</source>
        <translation>Keine HTTP-Antwort: %1.</translation>
    </message>
    <message>
        <source>Response: **%1 %2** in %3 ms</source>
        <translation>Antwort: **%1 %2** in %3 ms</translation>
    </message>
    <message>
        <source>, error `%1` (action: %2)</source>
        <translation>, Fehler `%1` (Aktion: %2)</translation>
    </message>
    <message>
        <source>, after the token was renewed and the request replayed</source>
        <translation>, nachdem das Token erneuert und die Anfrage erneut gesendet wurde</translation>
    </message>
    <message>
        <source>Not as expected: %1.</source>
        <translation>Nicht wie erwartet: %1.</translation>
    </message>
</context>
<context>
    <name>cx::ApiCall</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The whole call took longer than its overall time limit of %1 s</source>
        <translation>Der gesamte Aufruf dauerte länger als sein Gesamtzeitlimit von %1 s</translation>
    </message>
</context>
<context>
    <name>cx::ApiClient</name>
    <message>
        <source>No access token: sign-in did not succeed</source>
        <translation>Kein Zugriffstoken: Die Anmeldung war nicht erfolgreich</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Keine http(s)-URL: %1</translation>
    </message>
    <message>
        <source>The response announces %1 bytes, over the limit of %2 bytes</source>
        <translation>Die Antwort kündigt %1 Bytes an, mehr als das Limit von %2 Bytes</translation>
    </message>
    <message>
        <source>The response body is larger than the limit of %1 bytes</source>
        <translation>Der Antwort-Body ist größer als das Limit von %1 Bytes</translation>
    </message>
    <message>
        <source>No progress for %1 ms (%2)</source>
        <translation>Kein Fortschritt seit %1 ms (%2)</translation>
    </message>
    <message>
        <source>Invalid Content-Length framing: %1</source>
        <translation>Ungültige Content-Length-Rahmung: %1</translation>
    </message>
    <message>
        <source>Received %1 of %2 announced body bytes</source>
        <translation>%1 von %2 angekündigten Body-Bytes empfangen</translation>
    </message>
    <message>
        <source>Empty chunked JSON body: the chunked framing was broken</source>
        <translation>Leerer chunked JSON-Body: Die chunked-Rahmung war fehlerhaft</translation>
    </message>
    <message>
        <source>Redirect to an unsupported scheme: %1</source>
        <translation>Weiterleitung zu einem nicht unterstützten Schema: %1</translation>
    </message>
    <message>
        <source>More than %1 redirects (last to %2)</source>
        <translation>Mehr als %1 Weiterleitungen (zuletzt zu %2)</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token</source>
        <translation>Der Token-Endpunkt hat ohne Zugriffstoken geantwortet</translation>
    </message>
    <message>
        <source>The JSON body stops before its end (%1 bytes): the connection was cut</source>
        <translation>Der JSON-Body endet vor seinem Ende (%1 Bytes): Die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>Refusing to resend credentials in the body to another origin: %1</source>
        <translation>Zugangsdaten im Body werden nicht erneut an einen anderen Ursprung gesendet: %1</translation>
    </message>
    <message>
        <source>The server closed the connection before answering; the request may or may not have been applied, so it was not sent again</source>
        <translation>Der Server hat die Verbindung vor der Antwort geschlossen; die Anfrage wurde möglicherweise ausgeführt oder auch nicht und wurde daher nicht erneut gesendet</translation>
    </message>
    <message>
        <source>The response&apos;s headers were dropped: the header block is over the network layer&apos;s limits (more than 100 fields, a field over 100 KiB or 256 KiB in all), so its body cannot be checked</source>
        <translation>Die Header der Antwort wurden verworfen: Der Header-Block überschreitet die Grenzen der Netzwerkschicht (mehr als 100 Felder, ein Feld über 100 KiB oder insgesamt über 256 KiB), daher kann ihr Body nicht geprüft werden</translation>
    </message>
    <message>
        <source>No complete response headers within %1 ms (%2)</source>
        <translation>Keine vollständigen Antwort-Header innerhalb von %1 ms (%2)</translation>
    </message>
    <message>
        <source>Refusing to follow a redirect from https to plain http with credentials: %1</source>
        <translation>Einer Weiterleitung von https auf unverschlüsseltes http wird mit Zugangsdaten nicht gefolgt: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a certificate pin (sha256/ followed by the base64 SHA-256 digest).</source>
        <translation>„%1“ ist kein Zertifikat-Pin (sha256/ gefolgt vom base64-kodierten SHA-256-Digest).</translation>
    </message>
    <message>
        <source>No connection within %1 ms (%2)</source>
        <translation>Keine Verbindung innerhalb von %1 ms (%2)</translation>
    </message>
</context>
<context>
    <name>cx::ApiError</name>
    <message>
        <source>No complete response (%1).</source>
        <translation>Keine vollständige Antwort (%1).</translation>
    </message>
    <message>
        <source>Required scope: %1.</source>
        <translation>Erforderlicher Scope: %1.</translation>
    </message>
</context>
<context>
    <name>cx::BoundedRead</name>
    <message>
        <source>%1 is larger than the %2 allowed for it</source>
        <translation>%1 ist größer als die dafür erlaubten %2</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>cx::CheckComparison</name>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>was not checked</source>
        <translation>wurde nicht geprüft</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>works with a warning</source>
        <translation>funktioniert mit Warnung</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>schlägt fehl</translation>
    </message>
    <message>
        <source>That report has no such check.</source>
        <translation>Dieser Bericht enthält keine solche Prüfung.</translation>
    </message>
    <message>
        <source>%1 for %2; for %3: %4</source>
        <translation>%1 für %2; für %3: %4</translation>
    </message>
    <message>
        <source>%1 for %2, %3 for %4</source>
        <translation>%1 für %2, %3 für %4</translation>
    </message>
    <message>
        <source> because %1</source>
        <translation> weil %1</translation>
    </message>
    <message>
        <source> (%1: %2; %3: %4)</source>
        <translation> (%1: %2; %3: %4)</translation>
    </message>
    <message>
        <source>A: %1 as %2 (%3)</source>
        <translation>A: %1 als %2 (%3)</translation>
    </message>
    <message>
        <source>B: %1 as %2 (%3)</source>
        <translation>B: %1 als %2 (%3)</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>The reports agree.</source>
        <translation>Die Berichte stimmen überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) (marked *).</source>
        <translation>
            <numerusform>%n Unterschied (mit * markiert).</numerusform>
            <numerusform>%n Unterschiede (mit * markiert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::CheckReport</name>
    <message>
        <source>a check has no &quot;id&quot;</source>
        <translation>eine Prüfung hat keine &quot;id&quot;</translation>
    </message>
    <message>
        <source>the check &quot;%1&quot; has no valid &quot;verdict&quot; (pass, warn, fail or skip)</source>
        <translation>die Prüfung &quot;%1&quot; hat kein gültiges &quot;verdict&quot; (pass, warn, fail oder skip)</translation>
    </message>
    <message>
        <source>not a check-up report: &quot;schema_version&quot; is missing</source>
        <translation>kein Konto-Check-Bericht: &quot;schema_version&quot; fehlt</translation>
    </message>
    <message>
        <source>the report has schema_version %1; this version reads up to %2</source>
        <translation>der Bericht hat schema_version %1; diese Version liest bis %2</translation>
    </message>
    <message>
        <source>not a check-up report: the &quot;checks&quot; array is missing</source>
        <translation>kein Konto-Check-Bericht: das Array &quot;checks&quot; fehlt</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>not a check-up report: the JSON is not an object</source>
        <translation>kein Konto-Check-Bericht: das JSON ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>cx::CheckReportRenderer</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped: the server is unreachable</source>
        <translation>angehalten: Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>stopped: sign-in failed</source>
        <translation>angehalten: Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped early: rate limit</source>
        <translation>vorzeitig angehalten: Ratenlimit</translation>
    </message>
    <message>
        <source>stopped early: budget used up</source>
        <translation>vorzeitig angehalten: Budget aufgebraucht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 passed, %2 warnings, %3 failed, %4 not checked; %5 requests, %6 rate-limited, %7.</source>
        <translation>%1 bestanden, %2 Warnungen, %3 fehlgeschlagen, %4 nicht geprüft; %5 Anfragen, %6 durch Ratenlimit gebremst, %7.</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>ÜBERSPRUNGEN</translation>
    </message>
    <message>
        <source>Check-up of %1 as client %2</source>
        <translation>Konto-Check von %1 als Client %2</translation>
    </message>
    <message>
        <source>Missing scopes:</source>
        <translation>Fehlende Scopes:</translation>
    </message>
    <message>
        <source>Result: %1 (%2)</source>
        <translation>Ergebnis: %1 (%2)</translation>
    </message>
    <message>
        <source># Connect account check-up</source>
        <translation># Connect-Konto-Check</translation>
    </message>
    <message>
        <source>- **Base URL:** %1</source>
        <translation>- **Basis-URL:** %1</translation>
    </message>
    <message>
        <source>- **Client:** %1</source>
        <translation>- **Client:** %1</translation>
    </message>
    <message>
        <source>- **When:** %1</source>
        <translation>- **Zeitpunkt:** %1</translation>
    </message>
    <message>
        <source>- **Result:** %1 — %2</source>
        <translation>- **Ergebnis:** %1 — %2</translation>
    </message>
    <message>
        <source>- **Granted scopes:** %1</source>
        <translation>- **Gewährte Scopes:** %1</translation>
    </message>
    <message>
        <source>- **Token lifetime:** %1 s</source>
        <translation>- **Token-Lebensdauer:** %1 s</translation>
    </message>
    <message>
        <source>## Missing scopes</source>
        <translation>## Fehlende Scopes</translation>
    </message>
    <message>
        <source>## Checks</source>
        <translation>## Prüfungen</translation>
    </message>
    <message>
        <source>| Verdict | Check | Latency | Code | Action | Diagnosis |</source>
        <translation>| Urteil | Prüfung | Latenz | Code | Aktion | Diagnose |</translation>
    </message>
    <message>
        <source>Connect account check-up</source>
        <translation>Connect-Konto-Check</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Zeitpunkt:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Granted scopes:</source>
        <translation>Gewährte Scopes:</translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation>Fehlende Scopes</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Contract (the API description&apos;s assumptions, as this server showed them):</source>
        <translation>Vertrag (die Annahmen der API-Beschreibung, wie dieser Server sie gezeigt hat):</translation>
    </message>
    <message>
        <source>held</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>DIFFERED</source>
        <translation>ABWEICHT</translation>
    </message>
    <message>
        <source>untested</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>## Contract</source>
        <translation>## Vertrag</translation>
    </message>
    <message>
        <source>| Assumption | Topic | Where the description states it | What this server did |</source>
        <translation>| Annahme | Thema | Wo die Beschreibung es festlegt | Was dieser Server tat |</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Where the description states it</source>
        <translation>Wo die Beschreibung es festlegt</translation>
    </message>
    <message>
        <source>What this server did</source>
        <translation>Was dieser Server tat</translation>
    </message>
</context>
<context>
    <name>cx::CheckupRunner</name>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>The time budget of %1 s ran out while %2 was still waiting for an answer.</source>
        <translation>Das Zeitbudget von %1 s lief ab, während %2 noch auf eine Antwort wartete.</translation>
    </message>
    <message>
        <source>Run the check-up again with a larger budget; if that endpoint is always this slow, report it to Cliquify.</source>
        <translation>Führen Sie den Konto-Check mit einem größeren Budget erneut aus; ist dieser Endpunkt immer so langsam, melden Sie es Cliquify.</translation>
    </message>
    <message>
        <source>Revoke the check-up&apos;s token</source>
        <translation>Das Token des Konto-Checks widerrufen</translation>
    </message>
    <message>
        <source>The server did not confirm revoking the check-up&apos;s token: %1</source>
        <translation>Der Server hat den Widerruf des Konto-Check-Tokens nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>The token expires on its own; revoke it in the developer portal if it must end now.</source>
        <translation>Das Token läuft von selbst ab; widerrufen Sie es im Entwicklerportal, wenn es sofort enden muss.</translation>
    </message>
    <message>
        <source>The check-up&apos;s own token was revoked; the account&apos;s other tokens are untouched.</source>
        <translation>Das eigene Token des Konto-Checks wurde widerrufen; die anderen Tokens des Kontos sind unberührt.</translation>
    </message>
    <message>
        <source>The built-in API description cannot be read: %1</source>
        <translation>Die integrierte API-Beschreibung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not checked: it needs the query parameter %1, which the check-up cannot choose safely.</source>
        <translation>Nicht geprüft: Benötigt den Query-Parameter %1, den der Konto-Check nicht sicher wählen kann.</translation>
    </message>
    <message>
        <source>Not checked: no list endpoint of the catalog yields its path parameters.</source>
        <translation>Nicht geprüft: Kein Listen-Endpunkt des Katalogs liefert seine Pfadparameter.</translation>
    </message>
    <message>
        <source>Not checked: following IDs is turned off.</source>
        <translation>Nicht geprüft: Das Verfolgen von IDs ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Token endpoint reachable</source>
        <translation>Token-Endpunkt erreichbar</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 in %2 ms.</source>
        <translation>Der Token-Endpunkt hat in %2 ms mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Credentials accepted</source>
        <translation>Zugangsdaten akzeptiert</translation>
    </message>
    <message>
        <source>The client id and secret were accepted and a %1 token was issued.</source>
        <translation>Client-ID und Secret wurden akzeptiert und ein %1-Token ausgestellt.</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Token-Lebensdauer</translation>
    </message>
    <message>
        <source>No answer from the token endpoint %1 (%2): %3</source>
        <translation>Keine Antwort vom Token-Endpunkt %1 (%2): %3</translation>
    </message>
    <message>
        <source>Check the base URL and the network (proxy, firewall, VPN), then run the check-up again.</source>
        <translation>Prüfen Sie die Basis-URL und das Netzwerk (Proxy, Firewall, VPN) und führen Sie den Konto-Check dann erneut aus.</translation>
    </message>
    <message>
        <source>The token endpoint failed with %1 (HTTP %2): %3</source>
        <translation>Der Token-Endpunkt ist mit %1 (HTTP %2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Nothing is wrong with the account as far as can be told: retry later, and report it to Cliquify if it persists.</source>
        <translation>Soweit erkennbar ist mit dem Konto alles in Ordnung: Versuchen Sie es später erneut und melden Sie es Cliquify, wenn es anhält.</translation>
    </message>
    <message>
        <source>Not checked: the token endpoint failed before judging the credentials.</source>
        <translation>Nicht geprüft: Der Token-Endpunkt ist fehlgeschlagen, bevor er die Zugangsdaten beurteilt hat.</translation>
    </message>
    <message>
        <source>The token endpoint refused the credentials with %1 (HTTP %2): %3</source>
        <translation>Der Token-Endpunkt hat die Zugangsdaten mit %1 (HTTP %2) abgelehnt: %3</translation>
    </message>
    <message>
        <source>Check the client id and secret with the customer (or issue a new secret in the developer portal) and sign in again.</source>
        <translation>Prüfen Sie Client-ID und Secret mit dem Kunden (oder stellen Sie im Entwicklerportal ein neues Secret aus) und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The token endpoint gave no usable expires_in, so clients cannot tell when the token ends and renew only after a 401.</source>
        <translation>Der Token-Endpunkt lieferte kein verwendbares expires_in, daher können Clients nicht erkennen, wann das Token endet, und erneuern es erst nach einem 401.</translation>
    </message>
    <message>
        <source>Nothing to do unless calls fail with expired_access_token; then report the token endpoint&apos;s answer to Cliquify.</source>
        <translation>Nichts zu tun, solange Aufrufe nicht mit expired_access_token fehlschlagen; dann die Antwort des Token-Endpunkts an Cliquify melden.</translation>
    </message>
    <message>
        <source>The token lives only %1, so integrations that keep a token longer will see expired_access_token.</source>
        <translation>Das Token gilt nur %1, daher erhalten Integrationen, die ein Token länger behalten, expired_access_token.</translation>
    </message>
    <message>
        <source>Have the integration renew the token before expires_in runs out (a new POST to /oauth/access-token).</source>
        <translation>Lassen Sie die Integration das Token erneuern, bevor expires_in abläuft (ein neuer POST an /oauth/access-token).</translation>
    </message>
    <message>
        <source>The token is valid for %1 (expires_in %2).</source>
        <translation>Das Token gilt %1 (expires_in %2).</translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation>Introspektion</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no scopes</source>
        <translation>keine Scopes</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The server says the token it just issued is not active.</source>
        <translation>Der Server meldet, dass das gerade ausgestellte Token nicht aktiv ist.</translation>
    </message>
    <message>
        <source>Sign in again; if fresh tokens stay inactive, check that the OAuth client and the enterprise are active in the developer portal.</source>
        <translation>Melden Sie sich erneut an; bleiben neue Tokens inaktiv, prüfen Sie im Entwicklerportal, ob der OAuth-Client und das Unternehmen aktiv sind.</translation>
    </message>
    <message>
        <source>The token belongs to client %1, not to %2 that signed in.</source>
        <translation>Das Token gehört zum Client %1, nicht zu %2, der sich angemeldet hat.</translation>
    </message>
    <message>
        <source>Check which OAuth client the customer&apos;s credentials belong to.</source>
        <translation>Prüfen Sie, zu welchem OAuth-Client die Zugangsdaten des Kunden gehören.</translation>
    </message>
    <message>
        <source>The token is active for client %1 but carries no scopes.</source>
        <translation>Das Token ist für Client %1 aktiv, enthält aber keine Scopes.</translation>
    </message>
    <message>
        <source>Grant the scopes the integration needs to the OAuth client in the developer portal and sign in again.</source>
        <translation>Gewähren Sie dem OAuth-Client im Entwicklerportal die Scopes, die die Integration braucht, und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Active token for client %1, user %2, scopes %3; expires %4.</source>
        <translation>Aktives Token für Client %1, Benutzer %2, Scopes %3; Ablauf %4.</translation>
    </message>
    <message>
        <source>Introspection failed with %1, so the granted scopes are judged from the endpoints&apos; answers only: %2</source>
        <translation>Die Introspektion ist mit %1 fehlgeschlagen, daher werden die gewährten Scopes nur anhand der Antworten der Endpunkte beurteilt: %2</translation>
    </message>
    <message>
        <source>Nothing to do for the account; report it to Cliquify if introspection keeps failing.</source>
        <translation>Für das Konto nichts zu tun; melden Sie es Cliquify, wenn die Introspektion weiterhin fehlschlägt.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Time and request budget</source>
        <translation>Zeit- und Anfragebudget</translation>
    </message>
    <message>
        <source>Not checked: the check-up stopped early (%1).</source>
        <translation>Nicht geprüft: Der Konto-Check wurde vorzeitig angehalten (%1).</translation>
    </message>
    <message>
        <source>Not checked: %1 gave no item to follow (%2).</source>
        <translation>Nicht geprüft: %1 lieferte kein Element zum Verfolgen (%2).</translation>
    </message>
    <message>
        <source>it returned no items</source>
        <translation>es lieferte keine Elemente</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>The time budget of %1 s ran out before every endpoint was checked.</source>
        <translation>Das Zeitbudget von %1 s lief ab, bevor jeder Endpunkt geprüft war.</translation>
    </message>
    <message>
        <source>The budget of %1 requests ran out before every endpoint was checked.</source>
        <translation>Das Budget von %1 Anfragen lief ab, bevor jeder Endpunkt geprüft war.</translation>
    </message>
    <message>
        <source>Run the check-up again with a larger budget to check the rest.</source>
        <translation>Führen Sie den Konto-Check mit einem größeren Budget erneut aus, um den Rest zu prüfen.</translation>
    </message>
    <message>
        <source>The rate limit is used up for %1 s, longer than the time left in the budget, so the check-up stopped instead of tripping it.</source>
        <translation>Das Ratenlimit ist für %1 s ausgeschöpft, länger als die verbleibende Zeit im Budget, daher wurde der Konto-Check angehalten, statt es auszulösen.</translation>
    </message>
    <message>
        <source>Run the check-up again later, or with a larger --budget.</source>
        <translation>Führen Sie den Konto-Check später erneut aus oder mit einem größeren --budget.</translation>
    </message>
    <message>
        <source>The API answered too_many_requests (HTTP 429) again after the check-up waited as told, so it stopped rather than retry in a loop.</source>
        <translation>Die API antwortete erneut mit too_many_requests (HTTP 429), nachdem der Konto-Check wie verlangt gewartet hatte, daher wurde er angehalten, statt in einer Schleife erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The API answered too_many_requests (HTTP 429) with Retry-After %1 s, longer than the time left in the budget, so the check-up stopped.</source>
        <translation>Die API antwortete mit too_many_requests (HTTP 429) und Retry-After %1 s, länger als die verbleibende Zeit im Budget, daher wurde der Konto-Check angehalten.</translation>
    </message>
    <message>
        <source>Run the check-up again later; if the customer&apos;s integration hits the limit too, it must slow down and honour Retry-After.</source>
        <translation>Führen Sie den Konto-Check später erneut aus; erreicht auch die Integration des Kunden das Limit, muss sie langsamer werden und Retry-After beachten.</translation>
    </message>
    <message>
        <source>Answered HTTP %1 in %2 ms.</source>
        <translation>Antwort HTTP %1 in %2 ms.</translation>
    </message>
    <message>
        <source>its answer has no data array</source>
        <translation>seine Antwort hat kein data-Array</translation>
    </message>
    <message numerus="yes">
        <source>Answered HTTP %1 with %n item(s) in %2 ms.</source>
        <translation>
            <numerusform>Antwort HTTP %1 mit %n Element in %2 ms.</numerusform>
            <numerusform>Antwort HTTP %1 mit %n Elementen in %2 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>its first item has no id</source>
        <translation>sein erstes Element hat keine id</translation>
    </message>
    <message>
        <source>Answered HTTP %1 for %2 in %3 ms.</source>
        <translation>Antwort HTTP %1 für %2 in %3 ms.</translation>
    </message>
    <message>
        <source>Answered HTTP %1, but slowly: %2 ms.</source>
        <translation>Antwort HTTP %1, aber langsam: %2 ms.</translation>
    </message>
    <message>
        <source>If the customer sees timeouts, raise their client&apos;s timeout; report persistent slowness to Cliquify.</source>
        <translation>Sieht der Kunde Timeouts, sollte er das Timeout seines Clients erhöhen; anhaltende Langsamkeit an Cliquify melden.</translation>
    </message>
    <message>
        <source>it failed with %1</source>
        <translation>es ist mit %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>This client lacks %1, so this call fails with %2 (HTTP %3).</source>
        <translation>Diesem Client fehlt %1, daher schlägt dieser Aufruf mit %2 (HTTP %3) fehl.</translation>
    </message>
    <message>
        <source>Grant %1 to the OAuth client in the developer portal and sign in again.</source>
        <translation>Gewähren Sie dem OAuth-Client im Entwicklerportal %1 und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server refused this call with %1 (HTTP %2): %3</source>
        <translation>Der Server hat diesen Aufruf mit %1 (HTTP %2) abgelehnt: %3</translation>
    </message>
    <message>
        <source>Check the client&apos;s scopes and the enterprise&apos;s status in the developer portal.</source>
        <translation>Prüfen Sie im Entwicklerportal die Scopes des Clients und den Status des Unternehmens.</translation>
    </message>
    <message>
        <source>The API refused the check-up&apos;s fresh token with %1 (HTTP %2), even after one renewal: %3</source>
        <translation>Die API hat das neue Token des Konto-Checks mit %1 (HTTP %2) abgelehnt, auch nach einer Erneuerung: %3</translation>
    </message>
    <message>
        <source>Sign in again; if new tokens keep being refused, the OAuth client may be revoked or disabled: check it in the developer portal.</source>
        <translation>Melden Sie sich erneut an; werden neue Tokens weiterhin abgelehnt, ist der OAuth-Client möglicherweise widerrufen oder deaktiviert: Prüfen Sie ihn im Entwicklerportal.</translation>
    </message>
    <message>
        <source>The server failed on this endpoint with %1 (HTTP %2): %3</source>
        <translation>Der Server ist an diesem Endpunkt mit %1 (HTTP %2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Not the account&apos;s fault: retry later, and report it to Cliquify with the time of this check-up if it persists.</source>
        <translation>Nicht die Schuld des Kontos: Versuchen Sie es später erneut und melden Sie es Cliquify mit dem Zeitpunkt dieses Konto-Checks, wenn es anhält.</translation>
    </message>
    <message>
        <source>No complete answer from the server (%1): %2</source>
        <translation>Keine vollständige Antwort vom Server (%1): %2</translation>
    </message>
    <message>
        <source>The server answered %1 (HTTP %2): %3</source>
        <translation>Der Server antwortete %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The granted scopes (%1) cover every endpoint of the catalog.</source>
        <translation>Die gewährten Scopes (%1) decken jeden Endpunkt des Katalogs ab.</translation>
    </message>
    <message>
        <source>The granted scopes are unknown (no introspection), and no endpoint refused a scope.</source>
        <translation>Die gewährten Scopes sind unbekannt (keine Introspektion), und kein Endpunkt hat einen Scope abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing to do unless a call fails with missing_scope.</source>
        <translation>Nichts zu tun, solange kein Aufruf mit missing_scope fehlschlägt.</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Scope %1</translation>
    </message>
    <message>
        <source>The token does not list %1, which the catalog requires for %2, yet %3 answered: the server does not enforce it today.</source>
        <translation>Das Token führt %1 nicht auf, das der Katalog für %2 verlangt, dennoch hat %3 geantwortet: Der Server erzwingt es derzeit nicht.</translation>
    </message>
    <message>
        <source>Grant %1 to the OAuth client anyway if the integration needs those calls, so they keep working when the server starts enforcing it.</source>
        <translation>Gewähren Sie dem OAuth-Client %1 trotzdem, wenn die Integration diese Aufrufe braucht, damit sie weiter funktionieren, sobald der Server es erzwingt.</translation>
    </message>
    <message>
        <source>This client lacks %1, so every %2 call fails with missing_scope (%3).</source>
        <translation>Diesem Client fehlt %1, daher schlägt jeder %2-Aufruf mit missing_scope fehl (%3).</translation>
    </message>
    <message>
        <source>This client lacks %1, so these calls fail with missing_scope: %2.</source>
        <translation>Diesem Client fehlt %1, daher schlagen diese Aufrufe mit missing_scope fehl: %2.</translation>
    </message>
    <message>
        <source>Introspection answered %1 (HTTP %2).</source>
        <translation>Die Introspektion antwortete mit %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>Error shape</source>
        <translation>Form der Fehler</translation>
    </message>
    <message>
        <source>Compare the ids this server hands out with its API description; clients that validate ids against it will refuse them.</source>
        <translation>Vergleichen Sie die IDs, die dieser Server vergibt, mit seiner API-Beschreibung; Clients, die IDs anhand der Beschreibung prüfen, werden sie ablehnen.</translation>
    </message>
    <message>
        <source>its first id %1 is refused by %2 (%3)</source>
        <translation>seine erste ID %1 wird von %2 abgelehnt (%3)</translation>
    </message>
    <message>
        <source>Validation answer</source>
        <translation>Validierungsantwort</translation>
    </message>
</context>
<context>
    <name>cx::CollectionImport</name>
    <message>
        <source>Bearer auth: the profile&apos;s token is sent, not the collection&apos;s.</source>
        <translation>Bearer-Authentifizierung: Gesendet wird das Token des Profils, nicht das der Sammlung.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials: the profile&apos;s token is sent; the collection&apos;s client secret is not kept.</source>
        <translation>OAuth 2.0 Client Credentials: Das Token des Profils wird gesendet; das Client-Secret der Sammlung wird nicht übernommen.</translation>
    </message>
    <message>
        <source>Basic auth is not sent: Connect takes the profile&apos;s bearer token.</source>
        <translation>Basic-Authentifizierung wird nicht gesendet: Connect verwendet das Bearer-Token des Profils.</translation>
    </message>
    <message>
        <source>Auth type &apos;%1&apos; is not sent: Connect takes the profile&apos;s bearer token.</source>
        <translation>Authentifizierungstyp &apos;%1&apos; wird nicht gesendet: Connect verwendet das Bearer-Token des Profils.</translation>
    </message>
    <message>
        <source>Unresolved variables: %1 (no value in the profile or the collection).</source>
        <translation>Nicht aufgelöste Variablen: %1 (kein Wert im Profil oder in der Sammlung).</translation>
    </message>
    <message>
        <source>A file part names no file; it is not sent.</source>
        <translation>Ein Dateiteil nennt keine Datei; er wird nicht gesendet.</translation>
    </message>
    <message>
        <source>File &apos;%1&apos; is not read: the collection was not opened from a folder.</source>
        <translation>Datei &apos;%1&apos; wird nicht gelesen: Die Sammlung wurde nicht aus einem Ordner geöffnet.</translation>
    </message>
    <message>
        <source>File &apos;%1&apos; is outside the collection&apos;s folder; it is not read.</source>
        <translation>Datei &apos;%1&apos; liegt außerhalb des Ordners der Sammlung; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <source>File &apos;%1&apos; is not next to the collection; it is not sent.</source>
        <translation>Datei &apos;%1&apos; liegt nicht neben der Sammlung; sie wird nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>cx::CollectionStore</name>
    <message>
        <source>The saved request &quot;%1&quot; cannot be sent as saved: %2</source>
        <translation>Die gespeicherte Anfrage „%1“ kann nicht so gesendet werden, wie sie gespeichert ist: %2</translation>
    </message>
</context>
<context>
    <name>cx::ContractCheck</name>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 ist keine Ganzzahl</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 liegt unter dem Minimum %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values</source>
        <translation>%1 ist keiner der erlaubten Werte</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 passt nicht zum Muster %2</translation>
    </message>
    <message>
        <source>No error answer was asked for.</source>
        <translation>Es wurde keine Fehlerantwort angefordert.</translation>
    </message>
    <message>
        <source>%1 with HTTP %2 from GET %3 without a token</source>
        <translation>%1 mit HTTP %2 von GET %3 ohne Token</translation>
    </message>
    <message>
        <source>The check-up sends no request that would show it.</source>
        <translation>Der Konto-Check sendet keine Anfrage, die es zeigen würde.</translation>
    </message>
    <message>
        <source>No invalid request was sent.</source>
        <translation>Es wurde keine ungültige Anfrage gesendet.</translation>
    </message>
    <message>
        <source>HTTP %1 %2 for GET %3?per_page=0</source>
        <translation>HTTP %1 %2 für GET %3?per_page=0</translation>
    </message>
    <message>
        <source>naming %1</source>
        <translation>unter Nennung von %1</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>Die Anmeldung war nicht erfolgreich.</translation>
    </message>
    <message>
        <source>The token endpoint took the JSON body.</source>
        <translation>Der Token-Endpunkt hat den JSON-Body angenommen.</translation>
    </message>
    <message>
        <source>The token endpoint refused JSON and took form-urlencoded with grant_type.</source>
        <translation>Der Token-Endpunkt hat JSON abgelehnt und form-urlencoded mit grant_type angenommen.</translation>
    </message>
    <message>
        <source>The token answer has no expires_in.</source>
        <translation>Die Token-Antwort enthält kein expires_in.</translation>
    </message>
    <message>
        <source>expires_in %1 (%2 days)</source>
        <translation>expires_in %1 (%2 Tage)</translation>
    </message>
    <message>
        <source>Not tried in this run.</source>
        <translation>In diesem Lauf nicht versucht.</translation>
    </message>
    <message>
        <source>Answered in the newer docs&apos; shape.</source>
        <translation>Hat in der Form der neueren Dokumentation geantwortet.</translation>
    </message>
    <message>
        <source>%1 was not called.</source>
        <translation>%1 wurde nicht aufgerufen.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 404: the path may not exist.</source>
        <translation>%1 antwortete mit HTTP 404: der Pfad existiert möglicherweise nicht.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered without a data array.</source>
        <translation>%1 antwortete ohne data-Array.</translation>
    </message>
    <message>
        <source>%1: meta lacks %2; the answer has %3.</source>
        <translation>%1: in meta fehlt %2; die Antwort enthält %3.</translation>
    </message>
    <message>
        <source>%1: data and meta {current_page, per_page, total, last_page}.</source>
        <translation>%1: data und meta {current_page, per_page, total, last_page}.</translation>
    </message>
    <message>
        <source>%1: meta lacks %2.</source>
        <translation>%1: in meta fehlt %2.</translation>
    </message>
    <message>
        <source>%1: per_page %2 by default.</source>
        <translation>%1: standardmäßig per_page %2.</translation>
    </message>
    <message>
        <source>No list answered.</source>
        <translation>Keine Liste hat geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) answered with the meta object.</source>
        <translation>
            <numerusform>%n Liste antwortete mit dem meta-Objekt.</numerusform>
            <numerusform>%n Listen antworteten mit dem meta-Objekt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No id was followed to %1.</source>
        <translation>Keiner ID wurde bis %1 gefolgt.</translation>
    </message>
    <message>
        <source>%1 answered without a data object.</source>
        <translation>%1 antwortete ohne data-Objekt.</translation>
    </message>
    <message>
        <source>The list&apos;s first id was a positive integer and %1 answered it in {&quot;data&quot;}.</source>
        <translation>Die erste ID der Liste war eine positive Ganzzahl, und %1 hat sie in {&quot;data&quot;} beantwortet.</translation>
    </message>
    <message>
        <source>%1 answered one object in {&quot;data&quot;}.</source>
        <translation>%1 antwortete mit einem Objekt in {&quot;data&quot;}.</translation>
    </message>
    <message>
        <source>The granted scopes are unknown (no introspection).</source>
        <translation>Die gewährten Scopes sind unbekannt (keine Introspektion).</translation>
    </message>
    <message>
        <source>%1 was refused for lacking %2, which the document does not require there.</source>
        <translation>%1 wurde wegen fehlendem %2 abgelehnt, das das Dokument dort nicht verlangt.</translation>
    </message>
    <message>
        <source>%1 was refused although the token has every scope the document requires there.</source>
        <translation>%1 wurde abgelehnt, obwohl das Token jeden Scope hat, den das Dokument dort verlangt.</translation>
    </message>
    <message>
        <source>%1 answered without %2, which the document requires there.</source>
        <translation>%1 antwortete ohne %2, das das Dokument dort verlangt.</translation>
    </message>
    <message>
        <source>No endpoint answered.</source>
        <translation>Kein Endpunkt hat geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) answered as their required scopes say.</source>
        <translation>
            <numerusform>%n Endpunkt antwortete, wie es seine erforderlichen Scopes besagen.</numerusform>
            <numerusform>%n Endpunkte antworteten, wie es ihre erforderlichen Scopes besagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>X-RateLimit-Reset %1 is a Unix time.</source>
        <translation>X-RateLimit-Reset %1 ist eine Unix-Zeit.</translation>
    </message>
    <message>
        <source>X-RateLimit-Reset %1 (seconds).</source>
        <translation>X-RateLimit-Reset %1 (Sekunden).</translation>
    </message>
    <message>
        <source>A 429 came without X-RateLimit-* headers.</source>
        <translation>Ein 429 kam ohne X-RateLimit-*-Header.</translation>
    </message>
    <message>
        <source>X-RateLimit-Limit, -Remaining and -Reset were sent.</source>
        <translation>X-RateLimit-Limit, -Remaining und -Reset wurden gesendet.</translation>
    </message>
    <message>
        <source>No X-RateLimit-* headers were sent (no limit may be set).</source>
        <translation>Es wurden keine X-RateLimit-*-Header gesendet (möglicherweise ist kein Limit gesetzt).</translation>
    </message>
    <message>
        <source>An item of %1 lacks %2.</source>
        <translation>Einem Element von %1 fehlt %2.</translation>
    </message>
    <message>
        <source>An item of %1 has every required field.</source>
        <translation>Ein Element von %1 hat jedes erforderliche Feld.</translation>
    </message>
    <message>
        <source>No answer carried a %1.</source>
        <translation>Keine Antwort enthielt %1.</translation>
    </message>
</context>
<context>
    <name>cx::Converter</name>
    <message>
        <source>The URL&apos;s %1 is sent as &quot;%2&quot;: Qt decodes percent-encoded letters, digits and -._~, which mean the same (RFC 3986, section 2.3)</source>
        <translation>%1 in der URL wird als &quot;%2&quot; gesendet: Qt dekodiert prozentkodierte Buchstaben, Ziffern und -._~, die dasselbe bedeuten (RFC 3986, Abschnitt 2.3)</translation>
    </message>
    <message>
        <source>The URL&apos;s %1 is sent in upper case (%2), which means the same (RFC 3986, section 2.1)</source>
        <translation>%1 in der URL wird in Großbuchstaben gesendet (%2), was dasselbe bedeutet (RFC 3986, Abschnitt 2.1)</translation>
    </message>
    <message>
        <source>A &apos;%&apos; in the URL that is not followed by two hex digits is sent as %25: a server that reads the URL as written would see something else</source>
        <translation>Ein &apos;%&apos; in der URL, auf das keine zwei Hex-Ziffern folgen, wird als %25 gesendet: Ein Server, der die URL so liest, wie sie geschrieben ist, sähe etwas anderes</translation>
    </message>
    <message>
        <source>The URL is sent as %1: characters a URL cannot carry as they are (spaces, non-ASCII, {}|^`&quot;&lt;&gt;\) are percent-encoded</source>
        <translation>Die URL wird als %1 gesendet: Zeichen, die eine URL nicht unverändert enthalten kann (Leerzeichen, Nicht-ASCII, {}|^`&quot;&lt;&gt;\), werden prozentkodiert</translation>
    </message>
    <message>
        <source>The cURL command is not UTF-8 text</source>
        <translation>Der cURL-Befehl ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>%1 with -u cannot be carried over: the user name and password are for %2 authentication, which Connect Explorer does not do, and sending them as Basic would give the password away. Remove -u and %1 to use the profile&apos;s token.</source>
        <translation>%1 mit -u kann nicht übernommen werden: Benutzername und Passwort sind für %2-Authentifizierung bestimmt, die Connect Explorer nicht beherrscht, und sie als Basic zu senden, würde das Passwort preisgeben. Entfernen Sie -u und %1, um das Token des Profils zu verwenden.</translation>
    </message>
    <message>
        <source>%1: its Basic authentication is not written (the password is never copied)</source>
        <translation>%1: Die Basic-Authentifizierung wird nicht geschrieben (das Passwort wird nie kopiert)</translation>
    </message>
    <message>
        <source>%1: its %2 authentication cannot be written</source>
        <translation>%1: Die %2-Authentifizierung kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unresolved variables are written as they are: %2</source>
        <translation>%1: Nicht aufgelöste Variablen werden unverändert geschrieben: %2</translation>
    </message>
    <message>
        <source>Request %1 of %2: %3</source>
        <translation>Anfrage %1 von %2: %3</translation>
    </message>
    <message>
        <source>Secret values were masked as %1; --include-secrets writes them</source>
        <translation>Geheime Werte wurden als %1 maskiert; --include-secrets schreibt sie</translation>
    </message>
</context>
<context>
    <name>cx::CredentialStore</name>
    <message>
        <source>The keychain is turned off (CONNECT_EXPLORER_NO_KEYCHAIN)</source>
        <translation>Der Schlüsselbund ist ausgeschaltet (CONNECT_EXPLORER_NO_KEYCHAIN)</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>No keychain is available (%1); secrets are kept in memory for this session</source>
        <translation>Kein Schlüsselbund verfügbar (%1); Secrets werden für diese Sitzung im Speicher gehalten</translation>
    </message>
</context>
<context>
    <name>cx::CurlParser</name>
    <message>
        <source>This looks like a Windows cmd command (^ line continuations): copy it as cURL (bash) instead</source>
        <translation>Dies sieht nach einem Windows-cmd-Befehl aus (^-Zeilenfortsetzungen): Kopieren Sie ihn stattdessen als cURL (bash)</translation>
    </message>
    <message>
        <source>The command is empty</source>
        <translation>Der Befehl ist leer</translation>
    </message>
    <message>
        <source>Not a curl command: it starts with &quot;%1&quot;</source>
        <translation>Kein curl-Befehl: Er beginnt mit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No URL found in the command</source>
        <translation>Keine URL im Befehl gefunden</translation>
    </message>
    <message>
        <source>Only the first URL is used; ignored: %1</source>
        <translation>Nur die erste URL wird verwendet; ignoriert: %1</translation>
    </message>
    <message>
        <source>Other commands in the text were not run: %1</source>
        <translation>Andere Befehle im Text wurden nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Unterminated single quote (&apos;) starting at position %1</source>
        <translation>Nicht geschlossenes einfaches Anführungszeichen (&apos;) ab Position %1</translation>
    </message>
    <message>
        <source>Unterminated $&apos;...&apos; quote starting at position %1</source>
        <translation>Nicht geschlossenes $&apos;...&apos;-Quoting ab Position %1</translation>
    </message>
    <message>
        <source>Unterminated double quote (&quot;) starting at position %1</source>
        <translation>Nicht geschlossenes doppeltes Anführungszeichen (&quot;) ab Position %1</translation>
    </message>
    <message>
        <source>%1 reads standard input, which the command does not give</source>
        <translation>%1 liest die Standardeingabe, die der Befehl nicht mitgibt</translation>
    </message>
    <message>
        <source>%1 reads standard input: %2</source>
        <translation>%1 liest die Standardeingabe: %2</translation>
    </message>
    <message>
        <source>%1 reads the file %2, which is not there</source>
        <translation>%1 liest die Datei %2, die nicht vorhanden ist</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; without a value (curl removes it) was ignored</source>
        <translation>Der Header &quot;%1&quot; ohne Wert (curl entfernt ihn) wurde ignoriert</translation>
    </message>
    <message>
        <source>Not a header, ignored: %1</source>
        <translation>Kein Header, ignoriert: %1</translation>
    </message>
    <message>
        <source>%1 %2 is not a form field (name=value)</source>
        <translation>%1 %2 ist kein Formularfeld (Name=Wert)</translation>
    </message>
    <message>
        <source>Cookies from the file %1 were not read</source>
        <translation>Cookies aus der Datei %1 wurden nicht gelesen</translation>
    </message>
    <message>
        <source>%1 was not carried over (curl would ask for a compressed response and decode it)</source>
        <translation>%1 wurde nicht übernommen (curl würde eine komprimierte Antwort anfordern und sie dekodieren)</translation>
    </message>
    <message>
        <source>%1 %2 is not supported and was skipped</source>
        <translation>%1 %2 wird nicht unterstützt und wurde übersprungen</translation>
    </message>
    <message>
        <source>The user name and password in the URL were moved to an Authorization header</source>
        <translation>Benutzername und Passwort aus der URL wurden in einen Authorization-Header verschoben</translation>
    </message>
    <message>
        <source>%1 authentication is not supported: the user name and password were left out (never sent as Basic)</source>
        <translation>%1-Authentifizierung wird nicht unterstützt: Benutzername und Passwort wurden weggelassen (nie als Basic gesendet)</translation>
    </message>
    <message>
        <source>No password was given for %1 (curl would ask for one)</source>
        <translation>Für %1 wurde kein Passwort angegeben (curl würde danach fragen)</translation>
    </message>
    <message>
        <source>The URL cannot be used: %1</source>
        <translation>Die URL kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The option %1 cannot be used: %2</source>
        <translation>Die Option %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>Keine gültige URL: %1</translation>
    </message>
    <message>
        <source>-F cannot be combined with -d or -T: curl refuses that too</source>
        <translation>-F lässt sich nicht mit -d oder -T kombinieren: curl lehnt das ebenfalls ab</translation>
    </message>
    <message>
        <source>The option %1 needs a value</source>
        <translation>Die Option %1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>Unknown option %1: curl has no such option, so the command is not read</source>
        <translation>Unbekannte Option %1: curl kennt diese Option nicht, daher wird der Befehl nicht gelesen</translation>
    </message>
    <message>
        <source>the file %1 is not there</source>
        <translation>die Datei %1 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 is a shell variable, which is not expanded</source>
        <translation>%1 ist eine Shell-Variable, die nicht ersetzt wird</translation>
    </message>
    <message>
        <source>it comes from %1, which is not run</source>
        <translation>sie stammt aus %1, das nicht ausgeführt wird</translation>
    </message>
    <message>
        <source>--compressed was sent as &quot;Accept-Encoding: deflate, gzip&quot; (a curl built with brotli and zstd also offers br and zstd, which Connect Explorer cannot decode)</source>
        <translation>--compressed wurde als &quot;Accept-Encoding: deflate, gzip&quot; gesendet (ein mit brotli und zstd gebautes curl bietet auch br und zstd an, die Connect Explorer nicht dekodieren kann)</translation>
    </message>
</context>
<context>
    <name>cx::EndpointCatalog</name>
    <message>
        <source>The API description is not valid JSON: %1 at offset %2.</source>
        <translation>Die API-Beschreibung ist kein gültiges JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>The file is not an OpenAPI 3 document (its &quot;openapi&quot; field is &quot;%1&quot;).</source>
        <translation>Die Datei ist kein OpenAPI-3-Dokument (ihr Feld &quot;openapi&quot; ist &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The OpenAPI document describes no paths.</source>
        <translation>Das OpenAPI-Dokument beschreibt keine Pfade.</translation>
    </message>
</context>
<context>
    <name>cx::ErrorCatalog</name>
    <message>
        <source>The access token is malformed, expired or invalid.</source>
        <translation>Das Zugriffstoken ist fehlerhaft, abgelaufen oder ungültig.</translation>
    </message>
    <message>
        <source>Sign in again; a new token is requested with the stored client credentials.</source>
        <translation>Melden Sie sich erneut an; mit den gespeicherten Client-Zugangsdaten wird ein neues Token angefordert.</translation>
    </message>
    <message>
        <source>The request carried no Authorization: Bearer header.</source>
        <translation>Die Anfrage enthielt keinen Authorization: Bearer-Header.</translation>
    </message>
    <message>
        <source>Sign in; the header is added for you.</source>
        <translation>Melden Sie sich an; der Header wird für Sie hinzugefügt.</translation>
    </message>
    <message>
        <source>The access token is past its lifetime.</source>
        <translation>Das Zugriffstoken hat seine Lebensdauer überschritten.</translation>
    </message>
    <message>
        <source>Renew the token (POST /oauth/access-token).</source>
        <translation>Erneuern Sie das Token (POST /oauth/access-token).</translation>
    </message>
    <message>
        <source>The access token was revoked.</source>
        <translation>Das Zugriffstoken wurde widerrufen.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The client ID or client secret is wrong.</source>
        <translation>Client-ID oder Client-Secret ist falsch.</translation>
    </message>
    <message>
        <source>Correct the credentials in the sign-in form.</source>
        <translation>Korrigieren Sie die Zugangsdaten im Anmeldeformular.</translation>
    </message>
    <message>
        <source>The client may not use this grant.</source>
        <translation>Der Client darf diesen Grant nicht verwenden.</translation>
    </message>
    <message>
        <source>Check the client in the developer portal.</source>
        <translation>Prüfen Sie den Client im Entwicklerportal.</translation>
    </message>
    <message>
        <source>The grant was rejected.</source>
        <translation>Der Grant wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The Basic authentication header is malformed.</source>
        <translation>Der Basic-Authentifizierungs-Header ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Re-enter the credentials.</source>
        <translation>Geben Sie die Zugangsdaten erneut ein.</translation>
    </message>
    <message>
        <source>The user lacks access to the resource.</source>
        <translation>Dem Benutzer fehlt der Zugriff auf die Ressource.</translation>
    </message>
    <message>
        <source>Compare the scopes granted with the scopes required.</source>
        <translation>Vergleichen Sie die gewährten mit den erforderlichen Scopes.</translation>
    </message>
    <message>
        <source>A required scope was not granted.</source>
        <translation>Ein erforderlicher Scope wurde nicht gewährt.</translation>
    </message>
    <message>
        <source>Re-authorize with the missing scope named here.</source>
        <translation>Autorisieren Sie sich erneut mit dem hier genannten fehlenden Scope.</translation>
    </message>
    <message>
        <source>The requested scope is unknown or not allowed.</source>
        <translation>Der angeforderte Scope ist unbekannt oder nicht erlaubt.</translation>
    </message>
    <message>
        <source>Check the scope named here.</source>
        <translation>Prüfen Sie den hier genannten Scope.</translation>
    </message>
    <message>
        <source>The user may not do this.</source>
        <translation>Der Benutzer darf dies nicht tun.</translation>
    </message>
    <message>
        <source>Ask an administrator of the account for access.</source>
        <translation>Bitten Sie einen Administrator des Kontos um Zugriff.</translation>
    </message>
    <message>
        <source>The permission referred to does not exist.</source>
        <translation>Die genannte Berechtigung existiert nicht.</translation>
    </message>
    <message>
        <source>Check the permission named in the request.</source>
        <translation>Prüfen Sie die in der Anfrage genannte Berechtigung.</translation>
    </message>
    <message>
        <source>The rate limit was exceeded.</source>
        <translation>Das Ratenlimit wurde überschritten.</translation>
    </message>
    <message>
        <source>Wait for the countdown from Retry-After, or an exponential backoff with jitter, then try again.</source>
        <translation>Warten Sie den Countdown aus Retry-After oder einen exponentiellen Backoff mit Jitter ab und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server ran into an unexpected issue.</source>
        <translation>Beim Server ist ein unerwartetes Problem aufgetreten.</translation>
    </message>
    <message>
        <source>Wait for the countdown, then try again; only idempotent requests are retried automatically.</source>
        <translation>Warten Sie den Countdown ab und versuchen Sie es dann erneut; nur idempotente Anfragen werden automatisch erneut versucht.</translation>
    </message>
    <message>
        <source>A field has invalid data.</source>
        <translation>Ein Feld enthält ungültige Daten.</translation>
    </message>
    <message>
        <source>Correct the highlighted field.</source>
        <translation>Korrigieren Sie das hervorgehobene Feld.</translation>
    </message>
    <message>
        <source>A required field is absent.</source>
        <translation>Ein erforderliches Feld fehlt.</translation>
    </message>
    <message>
        <source>Add the field where it is highlighted.</source>
        <translation>Fügen Sie das Feld an der hervorgehobenen Stelle hinzu.</translation>
    </message>
    <message>
        <source>The request body is malformed JSON.</source>
        <translation>Der Anfrage-Body ist fehlerhaftes JSON.</translation>
    </message>
    <message>
        <source>Fix the parse error marked in the body editor.</source>
        <translation>Beheben Sie den im Body-Editor markierten Parserfehler.</translation>
    </message>
    <message>
        <source>The path parameters are invalid.</source>
        <translation>Die Pfadparameter sind ungültig.</translation>
    </message>
    <message>
        <source>Correct the highlighted path parameter.</source>
        <translation>Korrigieren Sie den hervorgehobenen Pfadparameter.</translation>
    </message>
    <message>
        <source>The query parameters are invalid.</source>
        <translation>Die Query-Parameter sind ungültig.</translation>
    </message>
    <message>
        <source>Correct the highlighted query parameter.</source>
        <translation>Korrigieren Sie den hervorgehobenen Query-Parameter.</translation>
    </message>
    <message>
        <source>A header value is invalid.</source>
        <translation>Ein Header-Wert ist ungültig.</translation>
    </message>
    <message>
        <source>Correct the highlighted header.</source>
        <translation>Korrigieren Sie den hervorgehobenen Header.</translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation>Die Anfrage ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Read what is wrong below and correct the request.</source>
        <translation>Lesen Sie unten, was falsch ist, und korrigieren Sie die Anfrage.</translation>
    </message>
    <message>
        <source>The uploaded file type is not accepted.</source>
        <translation>Der hochgeladene Dateityp wird nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Upload a file in one of the accepted formats named here.</source>
        <translation>Laden Sie eine Datei in einem der hier genannten akzeptierten Formate hoch.</translation>
    </message>
    <message>
        <source>The Content-Type of the request is not accepted.</source>
        <translation>Der Content-Type der Anfrage wird nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Set the right Content-Type header.</source>
        <translation>Setzen Sie den richtigen Content-Type-Header.</translation>
    </message>
    <message>
        <source>The request body is over the size limit.</source>
        <translation>Der Anfrage-Body überschreitet die Größenbegrenzung.</translation>
    </message>
    <message>
        <source>Send a smaller body, within the limit named here.</source>
        <translation>Senden Sie einen kleineren Body, innerhalb der hier genannten Grenze.</translation>
    </message>
    <message>
        <source>The resource does not exist or is inaccessible.</source>
        <translation>Die Ressource existiert nicht oder ist nicht zugänglich.</translation>
    </message>
    <message>
        <source>Check the ID; the resource may have been deleted.</source>
        <translation>Prüfen Sie die ID; die Ressource wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>The asset does not exist.</source>
        <translation>Das Asset existiert nicht.</translation>
    </message>
    <message>
        <source>Check the asset ID against the asset list.</source>
        <translation>Prüfen Sie die Asset-ID anhand der Asset-Liste.</translation>
    </message>
    <message>
        <source>The user does not exist.</source>
        <translation>Der Benutzer existiert nicht.</translation>
    </message>
    <message>
        <source>Check the user.</source>
        <translation>Prüfen Sie den Benutzer.</translation>
    </message>
    <message>
        <source>There is no such endpoint.</source>
        <translation>Diesen Endpunkt gibt es nicht.</translation>
    </message>
    <message>
        <source>Check the path against the endpoint catalog.</source>
        <translation>Prüfen Sie den Pfad anhand des Endpunktkatalogs.</translation>
    </message>
    <message>
        <source>The method is not allowed on this endpoint.</source>
        <translation>Die Methode ist auf diesem Endpunkt nicht erlaubt.</translation>
    </message>
    <message>
        <source>The catalog and the API disagree; send a report.</source>
        <translation>Katalog und API stimmen nicht überein; senden Sie einen Bericht.</translation>
    </message>
    <message>
        <source>This API version is not supported.</source>
        <translation>Diese API-Version wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Update the app or the base URL.</source>
        <translation>Aktualisieren Sie die App oder die Basis-URL.</translation>
    </message>
    <message>
        <source>The grant type is not supported.</source>
        <translation>Der Grant-Typ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in is at odds with the API; send a report.</source>
        <translation>Die Anmeldung der App passt nicht zur API; senden Sie einen Bericht.</translation>
    </message>
    <message>
        <source>A quota or count limit was reached.</source>
        <translation>Ein Kontingent- oder Mengenlimit wurde erreicht.</translation>
    </message>
    <message>
        <source>Read the limit explained below.</source>
        <translation>Lesen Sie die unten erklärte Grenze.</translation>
    </message>
    <message>
        <source>The permission already exists.</source>
        <translation>Die Berechtigung existiert bereits.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>A gateway or proxy in front of the API got no valid answer from it.</source>
        <translation>Ein Gateway oder Proxy vor der API hat von ihr keine gültige Antwort erhalten.</translation>
    </message>
    <message>
        <source>The API is overloaded or down for maintenance.</source>
        <translation>Die API ist überlastet oder wegen Wartung nicht verfügbar.</translation>
    </message>
    <message>
        <source>A gateway or proxy in front of the API timed out waiting for it.</source>
        <translation>Ein Gateway oder Proxy vor der API hat beim Warten auf sie eine Zeitüberschreitung erreicht.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Check the base URL and that the server is running, then retry.</source>
        <translation>Prüfen Sie die Basis-URL und ob der Server läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation>Der Hostname des Servers konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Check the base URL and the network connection, then retry.</source>
        <translation>Prüfen Sie die Basis-URL und die Netzwerkverbindung, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Retry; if it keeps happening, the server or the network is slow.</source>
        <translation>Versuchen Sie es erneut; passiert es weiterhin, ist der Server oder das Netzwerk langsam.</translation>
    </message>
    <message>
        <source>The secure connection failed (TLS handshake or certificate).</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (TLS-Handshake oder Zertifikat).</translation>
    </message>
    <message>
        <source>Check the base URL&apos;s scheme and the server&apos;s certificate.</source>
        <translation>Prüfen Sie das Schema der Basis-URL und das Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>The connection closed before the response was complete.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>Retry.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The response body was cut short, so it cannot be trusted.</source>
        <translation>Der Antwort-Body wurde abgeschnitten, daher ist ihm nicht zu trauen.</translation>
    </message>
    <message>
        <source>The response body was over the size limit, so it was not read.</source>
        <translation>Der Antwort-Body überschritt die Größenbegrenzung und wurde daher nicht gelesen.</translation>
    </message>
    <message>
        <source>Narrow the request, for example with a smaller page size.</source>
        <translation>Schränken Sie die Anfrage ein, zum Beispiel mit einer kleineren Seitengröße.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Der Server hat zu oft weitergeleitet.</translation>
    </message>
    <message>
        <source>Check the base URL.</source>
        <translation>Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The server redirected to an address this app does not follow.</source>
        <translation>Der Server hat an eine Adresse weitergeleitet, der diese App nicht folgt.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Send it again when you are ready.</source>
        <translation>Senden Sie sie erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The request failed before a complete response arrived.</source>
        <translation>Die Anfrage ist fehlgeschlagen, bevor eine vollständige Antwort eintraf.</translation>
    </message>
    <message>
        <source>Check the network connection, then retry.</source>
        <translation>Prüfen Sie die Netzwerkverbindung, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check the scopes and permissions of the client.</source>
        <translation>Prüfen Sie die Scopes und Berechtigungen des Clients.</translation>
    </message>
    <message>
        <source>Wait for the countdown, then try again.</source>
        <translation>Warten Sie den Countdown ab und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Correct the request and send it again.</source>
        <translation>Korrigieren Sie die Anfrage und senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>Check the ID and the path.</source>
        <translation>Prüfen Sie die ID und den Pfad.</translation>
    </message>
    <message>
        <source>The app and the API disagree; send a report.</source>
        <translation>App und API stimmen nicht überein; senden Sie einen Bericht.</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below.</source>
        <translation>Lesen Sie die Meldung des Servers unten.</translation>
    </message>
    <message>
        <source>The server sent a code this version does not know.</source>
        <translation>Der Server hat einen Code gesendet, den diese Version nicht kennt.</translation>
    </message>
    <message>
        <source>Read the code and the server&apos;s message below.</source>
        <translation>Lesen Sie den Code und die Meldung des Servers unten.</translation>
    </message>
    <message>
        <source>The request succeeded; there is no error.</source>
        <translation>Die Anfrage war erfolgreich; es gibt keinen Fehler.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 and no error code this version knows.</source>
        <translation>Der Server antwortete mit HTTP-Status %1 und ohne einen Fehlercode, den diese Version kennt.</translation>
    </message>
    <message>
        <source>Retry; for a POST, PATCH, PUT or DELETE, first check whether the server applied it.</source>
        <translation>Erneut versuchen; bei POST, PATCH, PUT oder DELETE zuerst prüfen, ob der Server die Anfrage ausgeführt hat.</translation>
    </message>
    <message>
        <source>The customer&apos;s enterprise account is inactive, so no token is issued for it.</source>
        <translation>Das Unternehmenskonto des Kunden ist inaktiv, daher wird dafür kein Token ausgestellt.</translation>
    </message>
    <message>
        <source>Only an administrator of the customer&apos;s Cliquify account can reactivate the enterprise. Retrying or new credentials will not help until then.</source>
        <translation>Nur ein Administrator des Cliquify-Kontos des Kunden kann das Unternehmen reaktivieren. Bis dahin helfen weder erneute Versuche noch neue Zugangsdaten.</translation>
    </message>
    <message>
        <source>The OAuth client is not linked to a company, so the API has nothing to answer with.</source>
        <translation>Der OAuth-Client ist mit keiner Firma verknüpft, daher hat die API nichts, womit sie antworten könnte.</translation>
    </message>
    <message>
        <source>Link the OAuth client to an active company in the Cliquify developer portal (OAuth Clients page), then send the request again. There is no ID to check.</source>
        <translation>Verknüpfen Sie den OAuth-Client im Cliquify-Entwicklerportal (Seite OAuth Clients) mit einer aktiven Firma und senden Sie die Anfrage dann erneut. Es gibt keine ID zu prüfen.</translation>
    </message>
    <message>
        <source>The response&apos;s headers were too large to read, so the response cannot be trusted.</source>
        <translation>Die Header der Antwort waren zu groß zum Lesen, daher ist der Antwort nicht zu trauen.</translation>
    </message>
    <message>
        <source>Check the server or the proxy in between; this is not a problem with the request.</source>
        <translation>Prüfen Sie den Server oder den Proxy dazwischen; das Problem liegt nicht an der Anfrage.</translation>
    </message>
    <message>
        <source>The request was not sent: a header, the method or the path holds characters that cannot go on the wire (a line break, a control character).</source>
        <translation>Die Anfrage wurde nicht gesendet: Ein Header, die Methode oder der Pfad enthält Zeichen, die nicht übertragen werden können (einen Zeilenumbruch, ein Steuerzeichen).</translation>
    </message>
    <message>
        <source>Correct the part named in the message, then send again.</source>
        <translation>Korrigieren Sie den in der Meldung genannten Teil und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The server answered, but its compressed body (gzip or deflate) could not be decoded, so the body cannot be trusted.</source>
        <translation>Der Server hat geantwortet, aber sein komprimierter Body (gzip oder deflate) ließ sich nicht dekodieren, daher ist dem Body nicht zu trauen.</translation>
    </message>
    <message>
        <source>The status and headers are the server&apos;s; check the server or the proxy that compresses the response, then retry.</source>
        <translation>Status und Header stammen vom Server; prüfen Sie den Server oder den Proxy, der die Antwort komprimiert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not issued by a certificate authority this computer trusts.</source>
        <translation>Das Zertifikat des Servers wurde nicht von einer Zertifizierungsstelle ausgestellt, der dieser Computer vertraut.</translation>
    </message>
    <message>
        <source>If your company inspects HTTPS, add its CA certificate in Profile &gt; Network (connect-cli: --cacert FILE); or check the fingerprint below with the server&apos;s owner and trust this certificate for the profile only (--pin).</source>
        <translation>Wenn Ihr Unternehmen HTTPS-Verbindungen prüft, fügen Sie dessen CA-Zertifikat unter Profil &gt; Netzwerk hinzu (connect-cli: --cacert FILE); oder gleichen Sie den Fingerabdruck unten mit dem Betreiber des Servers ab und vertrauen Sie diesem Zertifikat nur für dieses Profil (--pin).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed: no certificate authority vouches for it.</source>
        <translation>Das Zertifikat des Servers ist selbstsigniert: Keine Zertifizierungsstelle bürgt dafür.</translation>
    </message>
    <message>
        <source>Check the fingerprint below with the server&apos;s owner, then trust this certificate for the profile only (Profile &gt; Network, or connect-cli --pin).</source>
        <translation>Gleichen Sie den Fingerabdruck unten mit dem Betreiber des Servers ab und vertrauen Sie diesem Zertifikat dann nur für dieses Profil (Profil &gt; Netzwerk oder connect-cli --pin).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time; if they are right, the server&apos;s owner must renew the certificate.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers; stimmen sie, muss der Betreiber des Servers das Zertifikat erneuern.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is probably wrong: set the date and time, then retry.</source>
        <translation>Die Uhr dieses Computers geht wahrscheinlich falsch: Stellen Sie Datum und Uhrzeit ein und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for other names than the base URL&apos;s host.</source>
        <translation>Das Zertifikat des Servers gilt für andere Namen als den Host der Basis-URL.</translation>
    </message>
    <message>
        <source>Use a base URL with one of the names the certificate holds (listed below).</source>
        <translation>Verwenden Sie eine Basis-URL mit einem der Namen, die das Zertifikat enthält (unten aufgeführt).</translation>
    </message>
    <message>
        <source>The server requires a client certificate, and none was presented.</source>
        <translation>Der Server verlangt ein Client-Zertifikat, und es wurde keines vorgelegt.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s owner for a client certificate, then set it in Profile &gt; Network (connect-cli: --cert FILE --key FILE).</source>
        <translation>Bitten Sie den Betreiber des Servers um ein Client-Zertifikat und legen Sie es dann unter Profil &gt; Netzwerk fest (connect-cli: --cert FILE --key FILE).</translation>
    </message>
    <message>
        <source>The server refused the client certificate that was presented.</source>
        <translation>Der Server hat das vorgelegte Client-Zertifikat abgelehnt.</translation>
    </message>
    <message>
        <source>Check that it is the certificate issued for this server and that it has not expired; ask the server&apos;s owner for a new one.</source>
        <translation>Prüfen Sie, ob es das für diesen Server ausgestellte Zertifikat ist und ob es noch gültig ist; bitten Sie den Betreiber des Servers um ein neues.</translation>
    </message>
    <message>
        <source>The app and the server share no TLS version or cipher.</source>
        <translation>App und Server haben keine gemeinsame TLS-Version oder Cipher-Suite.</translation>
    </message>
    <message>
        <source>The server needs TLS 1.2 or later with current ciphers; ask its owner to update it.</source>
        <translation>Der Server braucht TLS 1.2 oder neuer mit aktuellen Cipher-Suites; bitten Sie seinen Betreiber, ihn zu aktualisieren.</translation>
    </message>
    <message>
        <source>The proxy refused the connection.</source>
        <translation>Der Proxy hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address and port in Profile &gt; Network (or the https_proxy variable), or choose no proxy.</source>
        <translation>Prüfen Sie Adresse und Port des Proxys unter Profil &gt; Netzwerk (oder die Variable https_proxy) oder wählen Sie keinen Proxy.</translation>
    </message>
    <message>
        <source>The proxy requires a user name and password (407).</source>
        <translation>Der Proxy verlangt einen Benutzernamen und ein Passwort (407).</translation>
    </message>
    <message>
        <source>Set the proxy&apos;s user and password in Profile &gt; Network (connect-cli: --proxy http://USER@HOST:PORT with the password in CONNECT_PROXY_PASSWORD).</source>
        <translation>Legen Sie Benutzer und Passwort des Proxys unter Profil &gt; Netzwerk fest (connect-cli: --proxy http://USER@HOST:PORT mit dem Passwort in CONNECT_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name could not be resolved.</source>
        <translation>Der Hostname des Proxys konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address, or choose no proxy.</source>
        <translation>Prüfen Sie die Adresse des Proxys oder wählen Sie keinen Proxy.</translation>
    </message>
    <message>
        <source>The proxy did not answer in time.</source>
        <translation>Der Proxy hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check the proxy, or choose no proxy.</source>
        <translation>Prüfen Sie den Proxy oder wählen Sie keinen Proxy.</translation>
    </message>
    <message>
        <source>The proxy closed the connection before the server answered.</source>
        <translation>Der Proxy hat die Verbindung geschlossen, bevor der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>The proxy may block this server; check with your network administrators.</source>
        <translation>Der Proxy blockiert möglicherweise diesen Server; klären Sie das mit Ihren Netzwerkadministratoren.</translation>
    </message>
    <message>
        <source>No connection to the server could be made in time.</source>
        <translation>Es konnte nicht rechtzeitig eine Verbindung zum Server hergestellt werden.</translation>
    </message>
    <message>
        <source>Check the address and port, and that a firewall or VPN lets the connection through.</source>
        <translation>Prüfen Sie Adresse und Port und ob eine Firewall oder ein VPN die Verbindung durchlässt.</translation>
    </message>
    <message>
        <source>The server took the request but did not answer in time.</source>
        <translation>Der Server hat die Anfrage angenommen, aber nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server may be overloaded; try again later, or raise the timeout.</source>
        <translation>Der Server ist vielleicht überlastet; versuchen Sie es später erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
</context>
<context>
    <name>cx::EvidenceBuilder</name>
    <message>
        <source>%1 is not a HAR file Connect Explorer can read: %2</source>
        <translation>%1 ist keine HAR-Datei, die Connect Explorer lesen kann: %2</translation>
    </message>
    <message>
        <source>entry %1: %2 %3</source>
        <translation>Eintrag %1: %2 %3</translation>
    </message>
    <message>
        <source># Connect Explorer evidence</source>
        <translation># Belege aus Connect Explorer</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>- Profile: %1</source>
        <translation>- Profil: %1</translation>
    </message>
    <message>
        <source>- Client id: %1</source>
        <translation>- Client-ID: %1</translation>
    </message>
    <message>
        <source>- Base URL: %1</source>
        <translation>- Basis-URL: %1</translation>
    </message>
    <message>
        <source>- Created: %1 by Connect Explorer %2</source>
        <translation>- Erstellt: %1 von Connect Explorer %2</translation>
    </message>
    <message>
        <source>## What failed</source>
        <translation>## Was fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Nothing failed in the material of this archive.</source>
        <translation>Im Material dieses Archivs ist nichts fehlgeschlagen.</translation>
    </message>
    <message>
        <source>check-up</source>
        <translation>Konto-Check</translation>
    </message>
    <message>
        <source>customer&apos;s HAR</source>
        <translation>HAR-Datei des Kunden</translation>
    </message>
    <message>
        <source>reproduction</source>
        <translation>Reproduktion</translation>
    </message>
    <message>
        <source>- %1: %2: HTTP %3, %4</source>
        <translation>- %1: %2: HTTP %3, %4</translation>
    </message>
    <message>
        <source>- %1: %2: %3</source>
        <translation>- %1: %2: %3</translation>
    </message>
    <message>
        <source>## Decided cause</source>
        <translation>## Ermittelte Ursache</translation>
    </message>
    <message>
        <source>**%1** (action: %2)</source>
        <translation>**%1** (Aktion: %2)</translation>
    </message>
    <message>
        <source>## The fix</source>
        <translation>## Die Lösung</translation>
    </message>
    <message>
        <source>The catalogue gives no fix for this code.</source>
        <translation>Der Katalog nennt für diesen Code keine Lösung.</translation>
    </message>
    <message>
        <source>## Files</source>
        <translation>## Dateien</translation>
    </message>
    <message>
        <source>- README.md: this summary</source>
        <translation>- README.md: diese Zusammenfassung</translation>
    </message>
    <message>
        <source>- %1: the customer&apos;s HAR (%2), redacted; each response carries the decided code as _errorCode</source>
        <translation>- %1: die HAR-Datei des Kunden (%2), geschwärzt; jede Antwort trägt den ermittelten Code als _errorCode</translation>
    </message>
    <message>
        <source>- %1: each call of that HAR with its decided code</source>
        <translation>- %1: jeder Aufruf dieser HAR-Datei mit seinem ermittelten Code</translation>
    </message>
    <message numerus="yes">
        <source>- %1: the reproduction, %n request(s) from the history</source>
        <translation>
            <numerusform>- %1: die Reproduktion, %n Anfrage aus dem Verlauf</numerusform>
            <numerusform>- %1: die Reproduktion, %n Anfragen aus dem Verlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>- %1 and %2: the account check-up</source>
        <translation>- %1 und %2: der Konto-Check</translation>
    </message>
    <message>
        <source>- %1: a response comparison</source>
        <translation>- %1: ein Antwortvergleich</translation>
    </message>
    <message>
        <source>Tokens, the client secret and other credentials are masked as %1.</source>
        <translation>Tokens, das Client-Secret und andere Zugangsdaten sind als %1 maskiert.</translation>
    </message>
</context>
<context>
    <name>cx::HarPortable</name>
    <message>
        <source>entry %1: request.postData.text is marked base64 but is not valid base64</source>
        <translation>Eintrag %1: request.postData.text ist als base64 markiert, ist aber kein gültiges base64</translation>
    </message>
    <message>
        <source>not a Connect API call: %1</source>
        <translation>kein Connect-API-Aufruf: %1</translation>
    </message>
    <message>
        <source>%1: HAR has no OAuth2 block; the profile&apos;s token is added when it is sent</source>
        <translation>%1: HAR hat keinen OAuth2-Block; das Token des Profils wird beim Senden hinzugefügt</translation>
    </message>
    <message>
        <source>%1: its %2 authentication is not written (HAR has no auth block)</source>
        <translation>%1: Die %2-Authentifizierung wird nicht geschrieben (HAR hat keinen Auth-Block)</translation>
    </message>
    <message>
        <source>%1: the body is not UTF-8 text; it is written base64 (postData.encoding)</source>
        <translation>%1: Der Body ist kein UTF-8-Text; er wird als base64 geschrieben (postData.encoding)</translation>
    </message>
    <message>
        <source>Not sent by Connect Explorer: a request only, no response.</source>
        <translation>Nicht von Connect Explorer gesendet: nur eine Anfrage, keine Antwort.</translation>
    </message>
    <message>
        <source>Credentials are masked as [redacted] (ask for secrets to keep them).</source>
        <translation>Zugangsdaten sind als [redacted] maskiert (mit Secrets exportieren, um sie zu behalten).</translation>
    </message>
</context>
<context>
    <name>cx::HarReader</name>
    <message>
        <source>entry %1 has no &quot;request&quot; object</source>
        <translation>Eintrag %1 hat kein &quot;request&quot;-Objekt</translation>
    </message>
    <message>
        <source>entry %1: request.method is missing</source>
        <translation>Eintrag %1: request.method fehlt</translation>
    </message>
    <message>
        <source>entry %1: request.url is missing or not an absolute URL (&apos;%2&apos;)</source>
        <translation>Eintrag %1: request.url fehlt oder ist keine absolute URL (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>entry %1: response.content.text is marked base64 but is not valid base64</source>
        <translation>Eintrag %1: response.content.text ist als base64 markiert, ist aber kein gültiges base64</translation>
    </message>
    <message>
        <source>The browser recorded no response for this request</source>
        <translation>Der Browser hat für diese Anfrage keine Antwort aufgezeichnet</translation>
    </message>
    <message>
        <source>not a HAR file: the JSON is malformed (%1 at offset %2)</source>
        <translation>keine HAR-Datei: Das JSON ist fehlerhaft (%1 bei Offset %2)</translation>
    </message>
    <message>
        <source>not a HAR file: the top-level &quot;log&quot; object is missing</source>
        <translation>keine HAR-Datei: Das &quot;log&quot;-Objekt der obersten Ebene fehlt</translation>
    </message>
    <message>
        <source>not a HAR file: &quot;log.entries&quot; is missing or not an array</source>
        <translation>keine HAR-Datei: &quot;log.entries&quot; fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>HAR version %1 is not supported (1.1 and 1.2 are)</source>
        <translation>HAR-Version %1 wird nicht unterstützt (1.1 und 1.2 schon)</translation>
    </message>
    <message>
        <source>entry %1 is not an object</source>
        <translation>Eintrag %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>no entry of the HAR file could be read: %1</source>
        <translation>kein Eintrag der HAR-Datei konnte gelesen werden: %1</translation>
    </message>
    <message>
        <source>entry %1: request.method is not a valid HTTP method</source>
        <translation>Eintrag %1: request.method ist keine gültige HTTP-Methode</translation>
    </message>
    <message>
        <source>entry %1: request.headers[%2].name %3</source>
        <translation>Eintrag %1: request.headers[%2].name %3</translation>
    </message>
    <message>
        <source>entry %1: request.headers[%2].value %3</source>
        <translation>Eintrag %1: request.headers[%2].value %3</translation>
    </message>
    <message>
        <source>entry %1: the path of request.url %2</source>
        <translation>Eintrag %1: der Pfad von request.url %2</translation>
    </message>
    <message>
        <source>%1 (the entry was not read)</source>
        <translation>%1 (der Eintrag wurde nicht gelesen)</translation>
    </message>
    <message>
        <source>queryString names that request.url lacks were added to it: %1</source>
        <translation>queryString-Namen, die in request.url fehlen, wurden ihr hinzugefügt: %1</translation>
    </message>
    <message>
        <source>request.url holds a &apos;%&apos; that starts no percent escape: it is sent as %25</source>
        <translation>request.url enthält ein &apos;%&apos;, das keine Prozentkodierung einleitet: Es wird als %25 gesendet</translation>
    </message>
    <message>
        <source>postData names no multipart boundary: &quot;%1&quot; is used</source>
        <translation>postData nennt keine Multipart-Boundary: &quot;%1&quot; wird verwendet</translation>
    </message>
    <message>
        <source>postData.params[%1].value is not text: its JSON text is sent</source>
        <translation>postData.params[%1].value ist kein Text: Sein JSON-Text wird gesendet</translation>
    </message>
    <message>
        <source>another origin (%1), not the profile&apos;s %2</source>
        <translation>anderer Ursprung (%1), nicht der des Profils (%2)</translation>
    </message>
    <message>
        <source>outside the profile&apos;s base path %1</source>
        <translation>außerhalb des Basispfads %1 des Profils</translation>
    </message>
    <message>
        <source>The response body was not kept; Connect Explorer decided %1 when it was sent.</source>
        <translation>Der Antwort-Body wurde nicht aufbewahrt; Connect Explorer hat beim Senden %1 ermittelt.</translation>
    </message>
</context>
<context>
    <name>cx::HarWriter</name>
    <message>
        <source>From Connect Explorer&apos;s history: response headers and body are not kept.</source>
        <translation>Aus dem Verlauf von Connect Explorer: Antwort-Header und -Body werden nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Error code: %1.</source>
        <translation>Fehlercode: %1.</translation>
    </message>
    <message>
        <source>The request body was cut when it was stored.</source>
        <translation>Der Anfrage-Body wurde beim Speichern abgeschnitten.</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>From Connect Explorer&apos;s history.</source>
        <translation>Aus dem Verlauf von Connect Explorer.</translation>
    </message>
</context>
<context>
    <name>cx::InsomniaExport</name>
    <message>
        <source>%1: authentication must be an object</source>
        <translation>%1: authentication muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: must be a list of headers</source>
        <translation>%1: muss eine Liste von Headern sein</translation>
    </message>
    <message>
        <source>%1[%2]: a header must be an object</source>
        <translation>%1[%2]: ein Header muss ein Objekt sein</translation>
    </message>
    <message numerus="yes">
        <source>%n disabled header(s) left out.</source>
        <translation>
            <numerusform>%n deaktivierter Header weggelassen.</numerusform>
            <numerusform>%n deaktivierte Header weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.method: must be an HTTP method</source>
        <translation>%1.method: muss eine HTTP-Methode sein</translation>
    </message>
    <message>
        <source>%1.url: the request has no URL</source>
        <translation>%1.url: Die Anfrage hat keine URL</translation>
    </message>
    <message>
        <source>%1.parameters: must be a list</source>
        <translation>%1.parameters: muss eine Liste sein</translation>
    </message>
    <message numerus="yes">
        <source>%n disabled query parameter(s) left out.</source>
        <translation>
            <numerusform>%n deaktivierter Query-Parameter weggelassen.</numerusform>
            <numerusform>%n deaktivierte Query-Parameter weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insomnia template tags ({% ... %}) are not evaluated; they are sent as written.</source>
        <translation>Insomnia-Template-Tags ({% ... %}) werden nicht ausgewertet; sie werden so gesendet, wie sie geschrieben sind.</translation>
    </message>
    <message>
        <source>Pre-request and after-response scripts are not run.</source>
        <translation>Pre-Request- und After-Response-Skripte werden nicht ausgeführt.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>collection %1</source>
        <translation>Sammlung %1</translation>
    </message>
    <message>
        <source>%1: a body must be an object</source>
        <translation>%1: ein Body muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.params: must be a list</source>
        <translation>%1.params: muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1.text: the GraphQL body is not a JSON object (%2)</source>
        <translation>%1.text: Der GraphQL-Body ist kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>%1.text: must be text</source>
        <translation>%1.text: muss Text sein</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not YAML: %1</source>
        <translation>kein YAML: %1</translation>
    </message>
    <message>
        <source>not an Insomnia export: the top level must be an object</source>
        <translation>kein Insomnia-Export: Die oberste Ebene muss ein Objekt sein</translation>
    </message>
    <message>
        <source>type: &apos;%1&apos; is not an Insomnia v5 collection</source>
        <translation>type: &apos;%1&apos; ist keine Insomnia-v5-Sammlung</translation>
    </message>
    <message>
        <source>Sub-environments are not used (only the base environment&apos;s values): %1.</source>
        <translation>Unterumgebungen werden nicht verwendet (nur die Werte der Basisumgebung): %1.</translation>
    </message>
    <message>
        <source>collection: must be a list of requests and folders</source>
        <translation>collection: muss eine Liste von Anfragen und Ordnern sein</translation>
    </message>
    <message>
        <source>%1: folders nested too deeply</source>
        <translation>%1: Ordner zu tief verschachtelt</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.children: must be a list</source>
        <translation>%1.children: muss eine Liste sein</translation>
    </message>
    <message>
        <source>__export_format: %1 is not supported (Insomnia v4 exports only)</source>
        <translation>__export_format: %1 wird nicht unterstützt (nur Insomnia-v4-Exporte)</translation>
    </message>
    <message>
        <source>resources: must be a list</source>
        <translation>resources: muss eine Liste sein</translation>
    </message>
    <message>
        <source>Sub-environment &apos;%1&apos; is not used (only the base environment&apos;s values).</source>
        <translation>Unterumgebung &apos;%1&apos; wird nicht verwendet (nur die Werte der Basisumgebung).</translation>
    </message>
    <message>
        <source>resources: folders nested too deeply (or in a cycle)</source>
        <translation>resources: Ordner zu tief verschachtelt (oder in einem Zyklus)</translation>
    </message>
    <message numerus="yes">
        <source>The export holds %n workspaces; each is a top folder.</source>
        <translation>
            <numerusform>Der Export enthält %n Workspace; jeder ist ein Ordner der obersten Ebene.</numerusform>
            <numerusform>Der Export enthält %n Workspaces; jeder ist ein Ordner der obersten Ebene.</numerusform>
        </translation>
    </message>
    <message>
        <source>not an Insomnia export: neither `_type: export` (v4) nor `type: collection.insomnia.rest/5.0` (v5)</source>
        <translation>kein Insomnia-Export: weder `_type: export` (v4) noch `type: collection.insomnia.rest/5.0` (v5)</translation>
    </message>
    <message numerus="yes">
        <source>%n gRPC or WebSocket request(s) left out: only HTTP requests are read.</source>
        <translation>
            <numerusform>%n gRPC- oder WebSocket-Anfrage weggelassen: Nur HTTP-Anfragen werden gelesen.</numerusform>
            <numerusform>%n gRPC- oder WebSocket-Anfragen weggelassen: Nur HTTP-Anfragen werden gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export holds no HTTP requests.</source>
        <translation>Der Export enthält keine HTTP-Anfragen.</translation>
    </message>
</context>
<context>
    <name>cx::JsonDiff</name>
    <message>
        <source>&apos;%1&apos; is not a path pattern: %2</source>
        <translation>&apos;%1&apos; ist kein Pfadmuster: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>a key is missing at position %1</source>
        <translation>an Position %1 fehlt ein Schlüssel</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>unerwartetes &apos;%1&apos; an Position %2</translation>
    </message>
    <message>
        <source>a quoted key does not end at position %1</source>
        <translation>ein Schlüssel in Anführungszeichen an Position %1 ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>a quoted id does not end at position %1</source>
        <translation>eine ID in Anführungszeichen an Position %1 ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>an id is missing at position %1</source>
        <translation>an Position %1 fehlt eine ID</translation>
    </message>
    <message>
        <source>expected [N], [*], [id=VALUE] or [&quot;key&quot;] at position %1</source>
        <translation>an Position %1 wird [N], [*], [id=VALUE] oder [&quot;key&quot;] erwartet</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
    <message numerus="yes">
        <source>%n only in A</source>
        <translation>
            <numerusform>%n nur in A</numerusform>
            <numerusform>%n nur in A</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only in B</source>
        <translation>
            <numerusform>%n nur in B</numerusform>
            <numerusform>%n nur in B</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed: %1</source>
        <translation>
            <numerusform>%n geändert: %1</numerusform>
            <numerusform>%n geändert: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed type: %1</source>
        <translation>
            <numerusform>%n mit geändertem Typ: %1</numerusform>
            <numerusform>%n mit geändertem Typ: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::JsonPathSelect</name>
    <message>
        <source>The quoted key at position %1 is not closed with %2]</source>
        <translation>Der Schlüssel in Anführungszeichen an Position %1 ist nicht mit %2] abgeschlossen</translation>
    </message>
    <message>
        <source>Expected a number or a quoted key inside [ ] at position %1</source>
        <translation>Innerhalb von [ ] wird an Position %1 eine Zahl oder ein Schlüssel in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>A path starts with a key, &quot;[&quot; or &quot;$&quot;, not &quot;.&quot;</source>
        <translation>Ein Pfad beginnt mit einem Schlüssel, &quot;[&quot; oder &quot;$&quot;, nicht mit &quot;.&quot;</translation>
    </message>
    <message>
        <source>Expected &quot;.&quot; or &quot;[&quot; at position %1, found &quot;%2&quot;</source>
        <translation>An Position %1 wird &quot;.&quot; oder &quot;[&quot; erwartet, gefunden: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Expected a key at position %1</source>
        <translation>An Position %1 wird ein Schlüssel erwartet</translation>
    </message>
    <message>
        <source>The path is empty</source>
        <translation>Der Pfad ist leer</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 ist kein Array</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n element(s): no %2</source>
        <translation>
            <numerusform>%1 hat %n Element: kein %2</numerusform>
            <numerusform>%1 hat %n Elemente: kein %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no key &quot;%2&quot;</source>
        <translation>%1 hat keinen Schlüssel &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>The response is not JSON (%1 at byte %2)</source>
        <translation>Die Antwort ist kein JSON (%1 bei Byte %2)</translation>
    </message>
</context>
<context>
    <name>cx::MiniYaml</name>
    <message>
        <source>line %1: a tab in the indentation</source>
        <translation>Zeile %1: ein Tabulator in der Einrückung</translation>
    </message>
    <message>
        <source>line %1: content after &apos;---&apos; is not supported</source>
        <translation>Zeile %1: Inhalt nach &apos;---&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>line %1: several documents are not supported</source>
        <translation>Zeile %1: mehrere Dokumente werden nicht unterstützt</translation>
    </message>
    <message>
        <source>line %1: unexpected indentation</source>
        <translation>Zeile %1: unerwartete Einrückung</translation>
    </message>
    <message>
        <source>line %1: nested too deeply</source>
        <translation>Zeile %1: zu tief verschachtelt</translation>
    </message>
    <message>
        <source>line %1: expected &apos;key: value&apos;</source>
        <translation>Zeile %1: &apos;key: value&apos; erwartet</translation>
    </message>
    <message>
        <source>line %1: merge keys and complex keys are not supported</source>
        <translation>Zeile %1: Merge-Keys und komplexe Schlüssel werden nicht unterstützt</translation>
    </message>
    <message>
        <source>line %1: anchors and aliases are not supported</source>
        <translation>Zeile %1: Anker und Aliase werden nicht unterstützt</translation>
    </message>
    <message>
        <source>line %1: the quoted value does not end</source>
        <translation>Zeile %1: der Wert in Anführungszeichen endet nicht</translation>
    </message>
    <message>
        <source>line %1: the flow collection does not end</source>
        <translation>Zeile %1: die Flow-Collection endet nicht</translation>
    </message>
    <message>
        <source>line %1: text after the flow collection</source>
        <translation>Zeile %1: Text nach der Flow-Collection</translation>
    </message>
    <message>
        <source>line %1: a bad escape in a quoted value</source>
        <translation>Zeile %1: eine fehlerhafte Escape-Sequenz in einem Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: unknown escape &apos;\%2&apos;</source>
        <translation>Zeile %1: unbekannte Escape-Sequenz &apos;\%2&apos;</translation>
    </message>
    <message>
        <source>line %1: text after the quoted value</source>
        <translation>Zeile %1: Text nach dem Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: a bad block scalar header</source>
        <translation>Zeile %1: ein fehlerhafter Kopf eines Block-Skalars</translation>
    </message>
    <message>
        <source>line %1: a flow collection ends early</source>
        <translation>Zeile %1: eine Flow-Collection endet vorzeitig</translation>
    </message>
    <message>
        <source>line %1: expected &apos;,&apos; in a flow collection</source>
        <translation>Zeile %1: &apos;,&apos; in einer Flow-Collection erwartet</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
</context>
<context>
    <name>cx::NetworkSettings</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 4 MiB, not a certificate file.</source>
        <translation>%1: größer als 4 MiB, keine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>the proxy address is empty.</source>
        <translation>die Proxy-Adresse ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the proxy must be http:// or socks5:// (an https:// proxy is not supported).</source>
        <translation>&apos;%1&apos;: der Proxy muss http:// oder socks5:// sein (ein https://-Proxy wird nicht unterstützt).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a proxy address (host[:port]).</source>
        <translation>&apos;%1&apos; ist keine Proxy-Adresse (host[:port]).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a proxy address has no path.</source>
        <translation>&apos;%1&apos;: eine Proxy-Adresse hat keinen Pfad.</translation>
    </message>
    <message>
        <source>%1: the folder holds no .pem, .crt or .cer file.</source>
        <translation>%1: der Ordner enthält keine .pem-, .crt- oder .cer-Datei.</translation>
    </message>
    <message>
        <source>%1: holds no certificate (PEM or DER).</source>
        <translation>%1: enthält kein Zertifikat (PEM oder DER).</translation>
    </message>
    <message>
        <source>%1: not a PKCS#12 file, or the passphrase is wrong.</source>
        <translation>%1: keine PKCS#12-Datei, oder die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>%1: holds no PEM certificate.</source>
        <translation>%1: enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1: holds no private key; give the key file as well.</source>
        <translation>%1: enthält keinen privaten Schlüssel; geben Sie auch die Schlüsseldatei an.</translation>
    </message>
    <message>
        <source>%1: not a PEM private key, or the passphrase is wrong.</source>
        <translation>%1: kein privater PEM-Schlüssel, oder die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a certificate pin (sha256/ followed by the base64 SHA-256 digest).</source>
        <translation>&apos;%1&apos; ist kein Zertifikat-Pin (sha256/ gefolgt vom base64-kodierten SHA-256-Digest).</translation>
    </message>
</context>
<context>
    <name>cx::PostmanCollection</name>
    <message>
        <source>%1: an auth block must be an object</source>
        <translation>%1: ein auth-Block muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: the URL must be a string or an object</source>
        <translation>%1: die URL muss ein String oder ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.raw: must be a string</source>
        <translation>%1.raw: muss ein String sein</translation>
    </message>
    <message>
        <source>%1.query: must be a list</source>
        <translation>%1.query: muss eine Liste sein</translation>
    </message>
    <message numerus="yes">
        <source>%n disabled query parameter(s) left out.</source>
        <translation>
            <numerusform>%n deaktivierter Query-Parameter weggelassen.</numerusform>
            <numerusform>%n deaktivierte Query-Parameter weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a header line</source>
        <translation>%1: &apos;%2&apos; ist keine Header-Zeile</translation>
    </message>
    <message>
        <source>%1: must be a list of headers</source>
        <translation>%1: muss eine Liste von Headern sein</translation>
    </message>
    <message>
        <source>%1[%2]: a header must be an object</source>
        <translation>%1[%2]: ein Header muss ein Objekt sein</translation>
    </message>
    <message numerus="yes">
        <source>%n disabled header(s) left out.</source>
        <translation>
            <numerusform>%n deaktivierter Header weggelassen.</numerusform>
            <numerusform>%n deaktivierte Header weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a body must be an object</source>
        <translation>%1: ein Body muss ein Objekt sein</translation>
    </message>
    <message>
        <source>The body is disabled in the collection; none is sent.</source>
        <translation>Der Body ist in der Sammlung deaktiviert; es wird keiner gesendet.</translation>
    </message>
    <message>
        <source>%1.urlencoded: must be a list</source>
        <translation>%1.urlencoded: muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1.formdata: must be a list</source>
        <translation>%1.formdata: muss eine Liste sein</translation>
    </message>
    <message>
        <source>Form field &apos;%1&apos; names several files; only the first is read.</source>
        <translation>Formularfeld &apos;%1&apos; nennt mehrere Dateien; nur die erste wird gelesen.</translation>
    </message>
    <message>
        <source>%1.graphql.variables: not a JSON object (%2)</source>
        <translation>%1.graphql.variables: kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>Body mode &apos;%1&apos; is not known; no body is sent.</source>
        <translation>Body-Modus &apos;%1&apos; ist unbekannt; es wird kein Body gesendet.</translation>
    </message>
    <message>
        <source>%1: an item must be an object</source>
        <translation>%1: ein Item muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.item: must be a list</source>
        <translation>%1.item: muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1.method: must be an HTTP method</source>
        <translation>%1.method: muss eine HTTP-Methode sein</translation>
    </message>
    <message>
        <source>%1: an item needs a request (a URL or an object)</source>
        <translation>%1: ein Item braucht eine Anfrage (eine URL oder ein Objekt)</translation>
    </message>
    <message>
        <source>The request has no URL (%1.url); it cannot be sent as it is.</source>
        <translation>Die Anfrage hat keine URL (%1.url); sie kann so nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Pre-request and test scripts are not run.</source>
        <translation>Pre-Request- und Test-Skripte werden nicht ausgeführt.</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a Postman collection: the top level must be an object</source>
        <translation>keine Postman-Sammlung: Die oberste Ebene muss ein Objekt sein</translation>
    </message>
    <message>
        <source>Postman collection format v1 is not supported: export it from Postman as Collection v2.1</source>
        <translation>Das Postman-Sammlungsformat v1 wird nicht unterstützt: Exportieren Sie die Sammlung aus Postman als Collection v2.1</translation>
    </message>
    <message>
        <source>info: missing; not a Postman collection (v2.0 or v2.1)</source>
        <translation>info: fehlt; keine Postman-Sammlung (v2.0 oder v2.1)</translation>
    </message>
    <message>
        <source>info.schema: &apos;%1&apos; is not Postman collection v2.0 or v2.1</source>
        <translation>info.schema: &apos;%1&apos; ist keine Postman-Sammlung v2.0 oder v2.1</translation>
    </message>
    <message>
        <source>item: must be a list of requests and folders</source>
        <translation>item: muss eine Liste von Anfragen und Ordnern sein</translation>
    </message>
    <message>
        <source>variable: must be a list</source>
        <translation>variable: muss eine Liste sein</translation>
    </message>
    <message>
        <source>collection %1</source>
        <translation>Sammlung %1</translation>
    </message>
    <message>
        <source>The collection holds no requests.</source>
        <translation>Die Sammlung enthält keine Anfragen.</translation>
    </message>
    <message>
        <source>%1: the OAuth 2.0 client secret is not written; {{clientSecret}} stands for it.</source>
        <translation>%1: Das OAuth-2.0-Client-Secret wird nicht geschrieben; {{clientSecret}} steht an seiner Stelle.</translation>
    </message>
    <message>
        <source>%1: the Basic auth password is not written; {{password}} stands for it.</source>
        <translation>%1: Das Passwort der Basic-Authentifizierung wird nicht geschrieben; {{password}} steht an seiner Stelle.</translation>
    </message>
    <message>
        <source>%1: auth type &apos;%2&apos; has no Postman equivalent; it is left out.</source>
        <translation>%1: Authentifizierungstyp &apos;%2&apos; hat keine Entsprechung in Postman; er wird weggelassen.</translation>
    </message>
    <message>
        <source>%1: auth type &apos;%2&apos; is written without its settings.</source>
        <translation>%1: Authentifizierungstyp &apos;%2&apos; wird ohne seine Einstellungen geschrieben.</translation>
    </message>
    <message>
        <source>%1: a binary body (%2) cannot be written into a Postman collection; it is left out.</source>
        <translation>%1: Ein binärer Body (%2) kann nicht in eine Postman-Sammlung geschrieben werden; er wird weggelassen.</translation>
    </message>
    <message>
        <source>%1: the request names no Content-Type; Postman sends text/plain.</source>
        <translation>%1: Die Anfrage nennt keinen Content-Type; Postman sendet text/plain.</translation>
    </message>
    <message>
        <source>Connect Explorer requests</source>
        <translation>Connect Explorer-Anfragen</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>Sammlung</translation>
    </message>
    <message numerus="yes">
        <source>%n secret variable(s) written with their values.</source>
        <translation>
            <numerusform>%n geheime Variable mit ihrem Wert geschrieben.</numerusform>
            <numerusform>%n geheime Variablen mit ihren Werten geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret variable(s) written as [redacted].</source>
        <translation>
            <numerusform>%n geheime Variable als [redacted] geschrieben.</numerusform>
            <numerusform>%n geheime Variablen als [redacted] geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Profile</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>cx::ProfileStore</name>
    <message>
        <source>A profile needs a name</source>
        <translation>Ein Profil braucht einen Namen</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists</source>
        <translation>Ein Profil namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// URL, e.g. https://oauth.cliquify.me</source>
        <translation>Die Basis-URL muss eine http://- oder https://-URL sein, z. B. https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>The Demo profile is built in and cannot be changed</source>
        <translation>Das Demo-Profil ist integriert und kann nicht geändert werden</translation>
    </message>
    <message>
        <source>No such profile</source>
        <translation>Kein solches Profil</translation>
    </message>
    <message>
        <source>The Demo profile is built in and cannot be removed</source>
        <translation>Das Demo-Profil ist integriert und kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>A manual proxy needs a host</source>
        <translation>Ein manueller Proxy braucht einen Host</translation>
    </message>
    <message>
        <source>A manual proxy needs a port (1 to 65535)</source>
        <translation>Ein manueller Proxy braucht einen Port (1 bis 65535)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate fingerprint (sha256/ and 44 base64 characters)</source>
        <translation>„%1“ ist kein Zertifikat-Fingerabdruck (sha256/ und 44 base64-Zeichen)</translation>
    </message>
    <message>
        <source>A variable needs a name</source>
        <translation>Eine Variable braucht einen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable name: no braces, no line breaks, no spaces at either end</source>
        <translation>„%1“ ist kein Variablenname: keine geschweiften Klammern, keine Zeilenumbrüche, keine Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; is defined twice</source>
        <translation>Die Variable „%1“ ist doppelt definiert</translation>
    </message>
</context>
<context>
    <name>cx::RequestHygiene</name>
    <message>
        <source>contains a line break (CR or LF)</source>
        <translation>enthält einen Zeilenumbruch (CR oder LF)</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>contains a control character (0x%1)</source>
        <translation>enthält ein Steuerzeichen (0x%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not a valid header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only)</source>
        <translation>ist kein gültiger Header-Name (nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~)</translation>
    </message>
    <message>
        <source>is not a valid HTTP method (a token such as GET)</source>
        <translation>ist keine gültige HTTP-Methode (ein Token wie GET)</translation>
    </message>
    <message>
        <source>The method %1</source>
        <translation>Die Methode %1</translation>
    </message>
    <message>
        <source>The path %1</source>
        <translation>Der Pfad %1</translation>
    </message>
    <message>
        <source>Query parameter &apos;%1&apos;: its name %2</source>
        <translation>Query-Parameter &apos;%1&apos;: Sein Name %2</translation>
    </message>
    <message>
        <source>Query parameter &apos;%1&apos;: its value %2</source>
        <translation>Query-Parameter &apos;%1&apos;: Sein Wert %2</translation>
    </message>
    <message>
        <source>Header &apos;%1&apos;: its name %2</source>
        <translation>Header &apos;%1&apos;: Sein Name %2</translation>
    </message>
    <message>
        <source>Header &apos;%1&apos;: its value %2</source>
        <translation>Header &apos;%1&apos;: Sein Wert %2</translation>
    </message>
</context>
<context>
    <name>cx::Session</name>
    <message>
        <source>No client id and secret to sign in with</source>
        <translation>Keine Client-ID und kein Secret zum Anmelden</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access_token</source>
        <translation>Der Token-Endpunkt hat ohne access_token geantwortet</translation>
    </message>
    <message>
        <source>Not signed in: there is no token to introspect</source>
        <translation>Nicht angemeldet: Es gibt kein Token zum Introspektieren</translation>
    </message>
    <message>
        <source>The introspection answer is not understood</source>
        <translation>Die Introspektionsantwort ist unverständlich</translation>
    </message>
    <message>
        <source>The server did not confirm the revocation</source>
        <translation>Der Server hat den Widerruf nicht bestätigt</translation>
    </message>
    <message>
        <source>The credentials changed while signing in</source>
        <translation>Die Zugangsdaten haben sich während der Anmeldung geändert</translation>
    </message>
    <message>
        <source>Signed out while signing in</source>
        <translation>Während der Anmeldung abgemeldet</translation>
    </message>
    <message>
        <source>The token endpoint answered with an access_token that cannot be sent in a header (it holds a line break or a control character)</source>
        <translation>Der Token-Endpunkt hat mit einem access_token geantwortet, das nicht in einem Header gesendet werden kann (es enthält einen Zeilenumbruch oder ein Steuerzeichen)</translation>
    </message>
</context>
<context>
    <name>cx::SimControl</name>
    <message>
        <source>No simulator to control.</source>
        <translation>Kein Simulator zum Steuern.</translation>
    </message>
    <message>
        <source>The simulator did not answer in time.</source>
        <translation>Der Simulator hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The simulator refused: %1</source>
        <translation>Der Simulator hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>cx::TourRunner</name>
    <message>
        <source>matched</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not played</source>
        <translation>nicht abgespielt</translation>
    </message>
    <message>
        <source>Skipped: this step needs the simulator&apos;s scenario %1, and this server has no simulator control (/_sim), e.g. a real account.</source>
        <translation>Übersprungen: Dieser Schritt braucht das Simulator-Szenario %1, und dieser Server hat keine Simulatorsteuerung (/_sim), z. B. ein echtes Konto.</translation>
    </message>
    <message>
        <source>The simulator refused the scenario %1: %2</source>
        <translation>Der Simulator hat das Szenario %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Sign-in failed, so the step could not be sent.</source>
        <translation>Die Anmeldung ist fehlgeschlagen, daher konnte der Schritt nicht gesendet werden.</translation>
    </message>
    <message>
        <source>no HTTP response (%1: %2)</source>
        <translation>keine HTTP-Antwort (%1: %2)</translation>
    </message>
    <message>
        <source>status %1, expected %2</source>
        <translation>Status %1, erwartet war %2</translation>
    </message>
    <message>
        <source>status %1 (%2), expected a success</source>
        <translation>Status %1 (%2), erwartet war ein Erfolg</translation>
    </message>
    <message>
        <source>no error, expected the action %1</source>
        <translation>kein Fehler, erwartet war die Aktion %1</translation>
    </message>
    <message>
        <source>action %1 (%2), expected %3</source>
        <translation>Aktion %1 (%2), erwartet war %3</translation>
    </message>
    <message>
        <source>%1 is not in the response</source>
        <translation>%1 ist nicht in der Antwort</translation>
    </message>
</context>
<context>
    <name>cx::ZipWriter</name>
    <message>
        <source>the archive would be larger than a zip file without ZIP64 can hold</source>
        <translation>das Archiv wäre größer, als eine ZIP-Datei ohne ZIP64 fassen kann</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cx::cli::CliOutput</name>
    <message>
        <source>error: HTTP %1 %2: %3</source>
        <translation>Fehler: HTTP %1 %2: %3</translation>
    </message>
    <message>
        <source>error: no response (%1): %2</source>
        <translation>Fehler: keine Antwort (%1): %2</translation>
    </message>
    <message>
        <source>action: %1. %2 %3</source>
        <translation>Aktion: %1. %2 %3</translation>
    </message>
    <message>
        <source>(This code is unknown to this version of Connect Explorer.)</source>
        <translation>(Dieser Code ist dieser Version von Connect Explorer unbekannt.)</translation>
    </message>
    <message>
        <source>fields:</source>
        <translation>Felder:</translation>
    </message>
    <message>
        <source>missing scopes: %1</source>
        <translation>fehlende Scopes: %1</translation>
    </message>
    <message>
        <source>The charset %1 is unknown to this version of Connect Explorer, so the body is given as bytes.</source>
        <translation>Der Zeichensatz %1 ist dieser Version von Connect Explorer unbekannt, daher wird der Body als Bytes ausgegeben.</translation>
    </message>
    <message>
        <source>The body is not valid %1 text, so it is given as bytes.</source>
        <translation>Der Body ist kein gültiger %1-Text, daher wird er als Bytes ausgegeben.</translation>
    </message>
    <message>
        <source>certificate: %1, issued by %2, valid %3 to %4
names: %5
fingerprint (SHA-256): %6
to trust this certificate only: --pin %7</source>
        <translation>Zertifikat: %1, ausgestellt von %2, gültig %3 bis %4
Namen: %5
Fingerabdruck (SHA-256): %6
nur diesem Zertifikat vertrauen: --pin %7</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>cx::gui::BinaryPane</name>
    <message>
        <source>Save body as…</source>
        <translation>Body speichern unter…</translation>
    </message>
    <message>
        <source>Write the body&apos;s exact bytes to a file</source>
        <translation>Die exakten Bytes des Bodys in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Save body as</source>
        <translation>Body speichern unter</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%1 unter %2 gespeichert</translation>
    </message>
    <message>
        <source>Could not save the body to %1: %2</source>
        <translation>Der Body konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::BodyEditor</name>
    <message>
        <source>JSON body (leave empty to send none)</source>
        <translation>JSON-Body (leer lassen, um keinen zu senden)</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Checking JSON…</source>
        <translation>JSON wird geprüft…</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>✓ Valid JSON</source>
        <translation>✓ Gültiges JSON</translation>
    </message>
    <message>
        <source>✗ Invalid JSON at line %1, column %2: %3</source>
        <translation>✗ Ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>cx::gui::BodyKind</name>
    <message>
        <source>%1, no Content-Type</source>
        <translation>%1, kein Content-Type</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The body is an image (%1); as text, each byte is read as one Latin-1 character.</source>
        <translation>Der Body ist ein Bild (%1); als Text wird jedes Byte als ein Latin-1-Zeichen gelesen.</translation>
    </message>
    <message>
        <source>The body&apos;s charset %1 is unknown to this version of Qt; as text, each byte is read as one Latin-1 character.</source>
        <translation>Der Zeichensatz %1 des Bodys ist dieser Qt-Version unbekannt; als Text wird jedes Byte als ein Latin-1-Zeichen gelesen.</translation>
    </message>
    <message>
        <source>The body is not valid %1 text; as text, each byte is read as one Latin-1 character.</source>
        <translation>Der Body ist kein gültiger %1-Text; als Text wird jedes Byte als ein Latin-1-Zeichen gelesen.</translation>
    </message>
    <message>
        <source>The body is binary, not text; as text, each byte is read as one Latin-1 character (NUL shown as ␀).</source>
        <translation>Der Body ist binär, kein Text; als Text wird jedes Byte als ein Latin-1-Zeichen gelesen (NUL als ␀ dargestellt).</translation>
    </message>
</context>
<context>
    <name>cx::gui::CheckReportModel</name>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Behebung: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
</context>
<context>
    <name>cx::gui::Checkup</name>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>cx::gui::CheckupController</name>
    <message>
        <source>&amp;Check This Account</source>
        <translation>Dieses Konto &amp;prüfen</translation>
    </message>
    <message>
        <source>Sign in with the current profile, try every safe endpoint and say what is wrong.</source>
        <translation>Mit dem aktuellen Profil anmelden, jeden sicheren Endpunkt ausprobieren und sagen, was nicht stimmt.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Com&amp;pare Accounts…</source>
        <translation>Konten &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Two check-up reports, or two profiles, side by side.</source>
        <translation>Zwei Konto-Check-Berichte oder zwei Profile nebeneinander.</translation>
    </message>
    <message>
        <source>Open &amp;HAR File…</source>
        <translation>&amp;HAR-Datei öffnen…</translation>
    </message>
    <message>
        <source>List the Connect API calls in a browser&apos;s HAR file and replay them with this profile.</source>
        <translation>Die Connect-API-Aufrufe in der HAR-Datei eines Browsers auflisten und mit diesem Profil erneut senden.</translation>
    </message>
    <message>
        <source>E&amp;xport History as HAR…</source>
        <translation>Verlauf als HAR e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export History as HAR</source>
        <translation>Verlauf als HAR exportieren</translation>
    </message>
    <message>
        <source>HAR files (*.har);;All files (*)</source>
        <translation>HAR-Dateien (*.har);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved the history (redacted) as %1.</source>
        <translation>Der Verlauf wurde (geschwärzt) als %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export &amp;Evidence…</source>
        <translation>&amp;Belege exportieren…</translation>
    </message>
    <message>
        <source>One .zip for a support ticket: a customer&apos;s HAR, the check-up, the latest requests and a summary naming the cause, redacted.</source>
        <translation>Eine .zip-Datei für ein Support-Ticket: die HAR-Datei eines Kunden, der Konto-Check, die letzten Anfragen und eine Zusammenfassung, die die Ursache nennt, geschwärzt.</translation>
    </message>
</context>
<context>
    <name>cx::gui::CheckupDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Account Check-up</source>
        <translation>Konto-Check</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open that request with its response.</source>
        <translation>Doppelklicken Sie auf eine Zeile (oder drücken Sie die Eingabetaste), um diese Anfrage mit ihrer Antwort zu öffnen.</translation>
    </message>
    <message>
        <source>Checking %1 as %2…</source>
        <translation>Prüfe %1 als %2…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Checked %1 as %2 in %3 ms.</source>
        <translation>%1 als %2 in %3 ms geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>“%1” has no request to open.</source>
        <translation>„%1“ hat keine Anfrage zum Öffnen.</translation>
    </message>
    <message>
        <source>There is no report yet.</source>
        <translation>Es gibt noch keinen Bericht.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>Export Check-up Report</source>
        <translation>Konto-Check-Bericht exportieren</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the report (redacted) as %1.</source>
        <translation>Der Bericht wurde (geschwärzt) als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ClearButtonOnFirstUse</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>cx::gui::CollectionTreeModel</name>
    <message numerus="yes">
        <source>%n saved request(s)</source>
        <translation>
            <numerusform>%n gespeicherte Anfrage</numerusform>
            <numerusform>%n gespeicherte Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::gui::CollectionsPanel</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation>Gespeicherte Anfragen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a saved request in a new tab</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um eine gespeicherte Anfrage in einem neuen Tab zu öffnen</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and every request saved in it?</source>
        <translation>Den Ordner „%1“ und alle darin gespeicherten Anfragen löschen?</translation>
    </message>
    <message>
        <source>Delete the saved request “%1”?</source>
        <translation>Die gespeicherte Anfrage „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <source>&amp;Import Collection…</source>
        <translation>Sammlung &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a Postman (v2.0, v2.1) or Insomnia (v4, v5) collection as a folder</source>
        <translation>Eine Postman- (v2.0, v2.1) oder Insomnia-Sammlung (v4, v5) als Ordner importieren</translation>
    </message>
    <message>
        <source>Export as &amp;Postman…</source>
        <translation>Als &amp;Postman exportieren…</translation>
    </message>
    <message>
        <source>Write the selected folder as a Postman v2.1 collection</source>
        <translation>Den ausgewählten Ordner als Postman-v2.1-Sammlung schreiben</translation>
    </message>
    <message>
        <source>Imported collection</source>
        <translation>Importierte Sammlung</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Import Collection</source>
        <translation>Sammlung importieren</translation>
    </message>
    <message>
        <source>The collection was not imported: %1</source>
        <translation>Die Sammlung wurde nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) imported into the folder “%1”.</source>
        <translation>
            <numerusform>%n Anfrage in den Ordner „%1“ importiert.</numerusform>
            <numerusform>%n Anfragen in den Ordner „%1“ importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): what was not taken over as it is in the file.</source>
        <translation>
            <numerusform>%n Hinweis: was nicht so übernommen wurde, wie es in der Datei steht.</numerusform>
            <numerusform>%n Hinweise: was nicht so übernommen wurde, wie es in der Datei steht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Postman and Insomnia collections (*.json *.yaml *.yml)</source>
        <translation>Postman- und Insomnia-Sammlungen (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export as Postman</source>
        <translation>Als Postman exportieren</translation>
    </message>
    <message>
        <source>Postman collections (*.json)</source>
        <translation>Postman-Sammlungen (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Written, with %n note(s).</source>
        <translation>
            <numerusform>Geschrieben, mit %n Hinweis.</numerusform>
            <numerusform>Geschrieben, mit %n Hinweisen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::gui::CompareController</name>
    <message>
        <source>Send on Another &amp;Profile…</source>
        <translation>Mit einem anderen &amp;Profil senden…</translation>
    </message>
    <message>
        <source>Send this tab&apos;s request on the current profile and on another one, and compare the responses.</source>
        <translation>Die Anfrage dieses Tabs mit dem aktuellen und mit einem anderen Profil senden und die Antworten vergleichen.</translation>
    </message>
    <message>
        <source>Compare with &amp;Tab…</source>
        <translation>Mit &amp;Tab vergleichen…</translation>
    </message>
    <message>
        <source>Compare this tab&apos;s last response with another tab&apos;s.</source>
        <translation>Die letzte Antwort dieses Tabs mit der eines anderen Tabs vergleichen.</translation>
    </message>
    <message>
        <source>This Tab&apos;s &amp;Sends</source>
        <translation>Sendevorgänge &amp;dieses Tabs</translation>
    </message>
    <message>
        <source>The current tab&apos;s earlier sends; compare any two of them.</source>
        <translation>Die früheren Sendevorgänge des aktuellen Tabs; zwei beliebige davon vergleichen.</translation>
    </message>
    <message>
        <source>This Tab&apos;s Sends</source>
        <translation>Sendevorgänge dieses Tabs</translation>
    </message>
    <message>
        <source>%1, send %2</source>
        <translation>%1, Sendevorgang %2</translation>
    </message>
    <message>
        <source>Open a request tab first.</source>
        <translation>Öffnen Sie zuerst einen Anfrage-Tab.</translation>
    </message>
    <message>
        <source>There is no other profile to send on (Profile &gt; New Profile…).</source>
        <translation>Es gibt kein anderes Profil, mit dem gesendet werden kann (Profil &gt; Neues Profil…).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This tab has no response to compare yet.</source>
        <translation>Dieser Tab hat noch keine Antwort zum Vergleichen.</translation>
    </message>
    <message>
        <source>No other tab has a response to compare with.</source>
        <translation>Kein anderer Tab hat eine Antwort, mit der verglichen werden kann.</translation>
    </message>
    <message>
        <source>Compare with Tab</source>
        <translation>Mit Tab vergleichen</translation>
    </message>
    <message>
        <source>Compare this tab&apos;s last response (A) with the one of (B):</source>
        <translation>Die letzte Antwort dieses Tabs (A) vergleichen mit der von (B):</translation>
    </message>
    <message>
        <source>Both tabs need a response to compare.</source>
        <translation>Beide Tabs brauchen eine Antwort zum Vergleichen.</translation>
    </message>
    <message>
        <source>History: %1 %2</source>
        <translation>Verlauf: %1 %2</translation>
    </message>
    <message>
        <source>The history did not keep both responses.</source>
        <translation>Der Verlauf hat nicht beide Antworten aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>cx::gui::CompareDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Why they differ</source>
        <translation>Warum sie sich unterscheiden</translation>
    </message>
    <message>
        <source>Compare Accounts</source>
        <translation>Konten vergleichen</translation>
    </message>
    <message>
        <source>Open two saved reports (Export… in the check-up, as JSON), or run the check-up on two profiles.</source>
        <translation>Öffnen Sie zwei gespeicherte Berichte (Exportieren… im Konto-Check, als JSON) oder führen Sie den Konto-Check mit zwei Profilen aus.</translation>
    </message>
    <message>
        <source>Open Two &amp;Reports…</source>
        <translation>Zwei &amp;Berichte öffnen…</translation>
    </message>
    <message>
        <source>Run &amp;Check-up on Both</source>
        <translation>&amp;Konto-Check für beide ausführen</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>%1 is not a check-up report: %2</source>
        <translation>%1 ist kein Konto-Check-Bericht: %2</translation>
    </message>
    <message>
        <source>Check-up reports (*.json);;All files (*)</source>
        <translation>Konto-Check-Berichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>First Report (A)</source>
        <translation>Erster Bericht (A)</translation>
    </message>
    <message>
        <source>Second Report (B)</source>
        <translation>Zweiter Bericht (B)</translation>
    </message>
    <message>
        <source>The profile is gone.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The built-in simulator runs only while the Demo profile is in use.</source>
        <translation>Der integrierte Simulator läuft nur, solange das Demo-Profil verwendet wird.</translation>
    </message>
    <message>
        <source>Client secret of “%1” (used for this check-up only):</source>
        <translation>Client-Secret von „%1“ (nur für diesen Konto-Check verwendet):</translation>
    </message>
    <message>
        <source>Checking %1 and %2…</source>
        <translation>Prüfe %1 und %2…</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 and %2 agree on every scope and check.</source>
        <translation>%1 und %2 stimmen bei jedem Scope und jeder Prüfung überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between %1 and %2, highlighted.</source>
        <translation>
            <numerusform>%n Unterschied zwischen %1 und %2, hervorgehoben.</numerusform>
            <numerusform>%n Unterschiede zwischen %1 und %2, hervorgehoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The network settings of “%1” cannot be used: %2</source>
        <translation>Die Netzwerkeinstellungen von „%1“ können nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::Connection</name>
    <message>
        <source>The built-in Demo server could not listen on a loopback port.</source>
        <translation>Der integrierte Demo-Server konnte auf keinem Loopback-Port lauschen.</translation>
    </message>
    <message>
        <source>The profile has no base URL.</source>
        <translation>Das Profil hat keine Basis-URL.</translation>
    </message>
    <message>
        <source>Only the Demo profile&apos;s built-in server can be served over HTTPS.</source>
        <translation>Nur der eingebaute Server des Demo-Profils kann über HTTPS bereitgestellt werden.</translation>
    </message>
    <message>
        <source>The demo certificate is missing from this build.</source>
        <translation>Das Demo-Zertifikat fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The built-in Demo server could not start over HTTPS.</source>
        <translation>Der eingebaute Demo-Server konnte nicht über HTTPS starten.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ContractView</name>
    <message>
        <source>Assumption held?</source>
        <translation>Annahme erfüllt?</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Where the description states it</source>
        <translation>Wo die Beschreibung es festlegt</translation>
    </message>
    <message>
        <source>What this server did</source>
        <translation>Was dieser Server tat</translation>
    </message>
    <message>
        <source>Choices the public docs leave open, as the API description assumes them and as this server answered (connect-cli check --contract).</source>
        <translation>Entscheidungen, die die öffentliche Dokumentation offenlässt, wie die API-Beschreibung sie annimmt und wie dieser Server geantwortet hat (connect-cli check --contract).</translation>
    </message>
</context>
<context>
    <name>cx::gui::CopyAsCodeDialog</name>
    <message>
        <source>Include &amp;secrets</source>
        <translation>&amp;Secrets einschließen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy as Code</source>
        <translation>Als Code kopieren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Code preview</source>
        <translation>Code-Vorschau</translation>
    </message>
    <message>
        <source>Write the signed-in session&apos;s bearer token into the code. Anyone who reads the code can then act as this account until the token expires.</source>
        <translation>Das Bearer-Token der angemeldeten Sitzung in den Code schreiben. Wer den Code liest, kann dann bis zum Ablauf des Tokens als dieses Konto handeln.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>No secrets: the code reads the token from the environment variable %1.</source>
        <translation>Keine Secrets: Der Code liest das Token aus der Umgebungsvariablen %1.</translation>
    </message>
    <message>
        <source>Not signed in: there is no token to include; the code reads %1 instead.</source>
        <translation>Nicht angemeldet: Es gibt kein Token zum Einfügen; der Code liest stattdessen %1.</translation>
    </message>
    <message>
        <source>The code holds the session&apos;s real token: keep it private.</source>
        <translation>Der Code enthält das echte Token der Sitzung: Halten Sie ihn vertraulich.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>&amp;Keep variables as shell variables</source>
        <translation>Variablen als Shell-Variablen &amp;beibehalten</translation>
    </message>
    <message>
        <source>Write each {{name}} as a reference to the environment variable of that name instead of its value</source>
        <translation>Jedes {{name}} als Verweis auf die gleichnamige Umgebungsvariable statt mit seinem Wert schreiben</translation>
    </message>
    <message>
        <source>Export %1 before running it.</source>
        <translation>Exportieren Sie %1, bevor Sie den Code ausführen.</translation>
    </message>
</context>
<context>
    <name>cx::gui::CrashGuard</name>
    <message>
        <source>Connect Explorer did not close properly last time (started at %1). Your request drafts were kept; the log is at %2.</source>
        <translation>Connect Explorer wurde beim letzten Mal nicht ordnungsgemäß beendet (gestartet um %1). Ihre Anfrageentwürfe wurden behalten; das Protokoll liegt unter %2.</translation>
    </message>
    <message>
        <source>Connect Explorer did not close properly last time.</source>
        <translation>Connect Explorer wurde beim letzten Mal nicht ordnungsgemäß beendet.</translation>
    </message>
    <message>
        <source>Connect Explorer</source>
        <translation>Connect Explorer</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>cx::gui::DecodedImage</name>
    <message>
        <source>This build of Qt cannot read %1 images, so the body is shown as hex.</source>
        <translation>Dieser Qt-Build kann keine %1-Bilder lesen, daher wird der Body als Hex angezeigt.</translation>
    </message>
    <message>
        <source>The body is not a readable %1 image (%2); it is shown as hex.</source>
        <translation>Der Body ist kein lesbares %1-Bild (%2); er wird als Hex angezeigt.</translation>
    </message>
    <message>
        <source>The image declares %1 × %2 pixels, more than the %3 MB allowed for showing an image; it is shown as hex.</source>
        <translation>Das Bild gibt %1 × %2 Pixel an, mehr als die zum Anzeigen eines Bildes erlaubten %3 MB; es wird als Hex angezeigt.</translation>
    </message>
    <message>
        <source>The body is a corrupt %1 image (%2); it is shown as hex.</source>
        <translation>Der Body ist ein beschädigtes %1-Bild (%2); er wird als Hex angezeigt.</translation>
    </message>
</context>
<context>
    <name>cx::gui::EndpointBrowser</name>
    <message>
        <source>Filter endpoints (Ctrl+K)</source>
        <translation>Endpunkte filtern (Ctrl+K)</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Endpunkte filtern</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <source>Show simulator endpoints</source>
        <translation>Simulator-Endpunkte anzeigen</translation>
    </message>
</context>
<context>
    <name>cx::gui::EndpointTreeModel</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>1 endpoint</source>
        <translation>1 Endpunkt</translation>
    </message>
    <message>
        <source>%1 endpoints</source>
        <translation>%1 Endpunkte</translation>
    </message>
    <message>
        <source>Your token lacks the scope %1 that this endpoint requires.</source>
        <translation>Ihrem Token fehlt der Scope %1, den dieser Endpunkt erfordert.</translation>
    </message>
    <message>
        <source>Your token lacks the scopes %1 that this endpoint requires.</source>
        <translation>Ihrem Token fehlen die Scopes %1, die dieser Endpunkt erfordert.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
</context>
<context>
    <name>cx::gui::ErrorArea</name>
    <message>
        <source>Show in Error &amp;Panel</source>
        <translation>Im &amp;Fehlerbereich anzeigen</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Open the error panel with what this code means and what to do</source>
        <translation>Den Fehlerbereich öffnen mit der Bedeutung dieses Codes und was zu tun ist</translation>
    </message>
    <message>
        <source>Request failed — HTTP %1 · %2</source>
        <translation>Anfrage fehlgeschlagen — HTTP %1 · %2</translation>
    </message>
    <message>
        <source>Request failed — no response · %1</source>
        <translation>Anfrage fehlgeschlagen — keine Antwort · %1</translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation>Server meldet: %1</translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation>Bedeutung: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>Action: %1 — %2</source>
        <translation>Aktion: %1 — %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::ErrorPanel</name>
    <message>
        <source>Error Panel</source>
        <translation>Fehlerbereich</translation>
    </message>
    <message>
        <source>No failed requests yet.</source>
        <translation>Noch keine fehlgeschlagenen Anfragen.</translation>
    </message>
    <message>
        <source>Error panel</source>
        <translation>Fehlerbereich</translation>
    </message>
    <message>
        <source>&amp;Error Panel</source>
        <translation>&amp;Fehlerbereich</translation>
    </message>
    <message>
        <source>This code is unknown to this version of Connect Explorer; it is shown as the server sent it.</source>
        <translation>Dieser Code ist dieser Version von Connect Explorer unbekannt; er wird so angezeigt, wie der Server ihn gesendet hat.</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>Errors this session</source>
        <translation>Fehler dieser Sitzung</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget the errors of this session</source>
        <translation>Die Fehler dieser Sitzung vergessen</translation>
    </message>
    <message>
        <source>Sent again, and this time it worked: HTTP %1 (attempt %2).</source>
        <translation>Erneut gesendet, und diesmal hat es funktioniert: HTTP %1 (Versuch %2).</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1  %2 %3 — %4 %5</source>
        <translation>%1  %2 %3 — %4 %5</translation>
    </message>
    <message>
        <source>HTTP %1 · %2</source>
        <translation>HTTP %1 · %2</translation>
    </message>
    <message>
        <source>No response · %1</source>
        <translation>Keine Antwort · %1</translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation>Server meldet: %1</translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation>Bedeutung: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 um %3</translation>
    </message>
    <message>
        <source>(attempt %1)</source>
        <translation>(Versuch %1)</translation>
    </message>
    <message>
        <source>(its tab is closed)</source>
        <translation>(sein Tab ist geschlossen)</translation>
    </message>
    <message>
        <source>What you can do (%1)</source>
        <translation>Was Sie tun können (%1)</translation>
    </message>
    <message>
        <source>The tab of this request is closed; open the endpoint again to send it.</source>
        <translation>Der Tab dieser Anfrage ist geschlossen; öffnen Sie den Endpunkt erneut, um sie zu senden.</translation>
    </message>
    <message>
        <source>That tab is busy with another request.</source>
        <translation>Dieser Tab ist mit einer anderen Anfrage beschäftigt.</translation>
    </message>
    <message>
        <source>The tab&apos;s latest request worked (HTTP %1); the error above came before it.</source>
        <translation>Die letzte Anfrage des Tabs war erfolgreich (HTTP %1); der Fehler oben trat davor auf.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ErrorReport</name>
    <message>
        <source># Connect Explorer error report</source>
        <translation># Connect Explorer-Fehlerbericht</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>App: Connect Explorer %1 (Qt %2, %3)</source>
        <translation>App: Connect Explorer %1 (Qt %2, %3)</translation>
    </message>
    <message>
        <source>API version: %1</source>
        <translation>API-Version: %1</translation>
    </message>
    <message>
        <source>Base URL: %1</source>
        <translation>Basis-URL: %1</translation>
    </message>
    <message>
        <source>Code: `%1` (%2), action `%3`</source>
        <translation>Code: `%1` (%2), Aktion `%3`</translation>
    </message>
    <message>
        <source>sent by the server</source>
        <translation>vom Server gesendet</translation>
    </message>
    <message>
        <source>derived by the app</source>
        <translation>von der App abgeleitet</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Servermeldung: %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>No complete response: %1 (%2)</source>
        <translation>Keine vollständige Antwort: %1 (%2)</translation>
    </message>
    <message>
        <source>(The body was cut at %1 characters.)</source>
        <translation>(Der Body wurde bei %1 Zeichen abgeschnitten.)</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Failure code: `%1`</source>
        <translation>Fehlercode: `%1`</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid %3 to %4, names %5</source>
        <translation>Zertifikat: %1, ausgestellt von %2, gültig %3 bis %4, Namen %5</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>Fingerabdruck des Zertifikats (SHA-256): %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::EvidenceDialog</name>
    <message>
        <source>Customer&apos;s HAR File</source>
        <translation>HAR-Datei des Kunden</translation>
    </message>
    <message>
        <source>HAR files (*.har);;All files (*)</source>
        <translation>HAR-Dateien (*.har);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Evidence As</source>
        <translation>Belege speichern unter</translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation>ZIP-Archive (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Belege exportieren</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;HAR file (optional):</source>
        <translation>&amp;HAR-Datei des Kunden (optional):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Include a &amp;check-up of this account</source>
        <translation>&amp;Konto-Check für dieses Konto beifügen</translation>
    </message>
    <message>
        <source>Include the &amp;last history entries:</source>
        <translation>Die &amp;letzten Verlaufseinträge beifügen:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose the file to save the evidence to.</source>
        <translation>Wählen Sie die Datei, in der die Belege gespeichert werden sollen.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Choose something to include: a HAR file, the check-up or history entries.</source>
        <translation>Wählen Sie etwas zum Beifügen: eine HAR-Datei, den Konto-Check oder Verlaufseinträge.</translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>Konto wird geprüft…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved the evidence (redacted) as %1.</source>
        <translation>Die Belege wurden (geschwärzt) als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The evidence could not be written: %1</source>
        <translation>Die Belege konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::FindBar</name>
    <message>
        <source>Find in response</source>
        <translation>In der Antwort suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Vorherigen Treffer suchen (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>Nächsten Treffer suchen (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>cx::gui::FixRequestAction</name>
    <message>
        <source>&amp;Show in the request</source>
        <translation>In der Anfrage &amp;zeigen</translation>
    </message>
    <message>
        <source>At fault: query parameter “%1”.</source>
        <translation>Fehlerhaft: Query-Parameter „%1“.</translation>
    </message>
    <message>
        <source>At fault: path parameter {%1}.</source>
        <translation>Fehlerhaft: Pfadparameter {%1}.</translation>
    </message>
    <message>
        <source>At fault: header “%1”.</source>
        <translation>Fehlerhaft: Header „%1“.</translation>
    </message>
    <message>
        <source>At fault: body field “%1”.</source>
        <translation>Fehlerhaft: Body-Feld „%1“.</translation>
    </message>
    <message>
        <source>At fault: the JSON body at character %1.</source>
        <translation>Fehlerhaft: der JSON-Body bei Zeichen %1.</translation>
    </message>
    <message>
        <source>At fault: the request body.</source>
        <translation>Fehlerhaft: der Anfrage-Body.</translation>
    </message>
    <message>
        <source>The server names no single place; read its words above and correct the request.</source>
        <translation>Der Server nennt keine einzelne Stelle; lesen Sie seine Meldung oben und korrigieren Sie die Anfrage.</translation>
    </message>
    <message>
        <source>At fault: query parameter “%1”: %2</source>
        <translation>Fehlerhaft: Query-Parameter „%1“: %2</translation>
    </message>
    <message>
        <source>At fault: path parameter {%1}: %2</source>
        <translation>Fehlerhaft: Pfadparameter {%1}: %2</translation>
    </message>
    <message>
        <source>At fault: body field “%1”: %2</source>
        <translation>Fehlerhaft: Body-Feld „%1“: %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::HarDialog</name>
    <message>
        <source>&amp;Replay with Current Profile</source>
        <translation>Mit aktuellem Profil &amp;erneut senden</translation>
    </message>
    <message>
        <source>Show in &amp;Error Panel</source>
        <translation>Im &amp;Fehlerbereich anzeigen</translation>
    </message>
    <message>
        <source>HAR File</source>
        <translation>HAR-Datei</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Sends this call with the current profile&apos;s token. The customer&apos;s tokens and cookies in the file are never sent.</source>
        <translation>Sendet diesen Aufruf mit dem Token des aktuellen Profils. Die Tokens und Cookies des Kunden in der Datei werden nie gesendet.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open HAR File</source>
        <translation>HAR-Datei öffnen</translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>HAR-Dateien (*.har *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>HAR File — %1</source>
        <translation>HAR-Datei — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Connect API call(s) of %1 entries, </source>
        <translation>
            <numerusform>%n Connect-API-Aufruf von %1 Einträgen, </numerusform>
            <numerusform>%n Connect-API-Aufrufe von %1 Einträgen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens and cookies from the file are masked.</source>
        <translation>Tokens und Cookies aus der Datei sind maskiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) skipped.</source>
        <translation>
            <numerusform>%n Eintrag übersprungen.</numerusform>
            <numerusform>%n Einträge übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: HTTP %1, %2 (%3)</source>
        <translation>Fehlgeschlagen: HTTP %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Server meldete: %1</translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation>Bedeutung: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>Succeeded: HTTP %1</source>
        <translation>Erfolgreich: HTTP %1</translation>
    </message>
    <message>
        <source>Replay to Its Own &amp;Origin</source>
        <translation>An eigenen &amp;Ursprung erneut senden</translation>
    </message>
    <message>
        <source>Sends this entry, which is not a Connect API call, to the host it went to, without any credential: neither the customer&apos;s nor the profile&apos;s token.</source>
        <translation>Sendet diesen Eintrag, der kein Connect-API-Aufruf ist, an den Host, an den er ging, ohne jegliche Zugangsdaten: weder das Token des Kunden noch das des Profils.</translation>
    </message>
    <message>
        <source>Entries on another origin than %1 are greyed.</source>
        <translation>Einträge mit einem anderen Ursprung als %1 sind ausgegraut.</translation>
    </message>
    <message>
        <source>Not a Connect API call: %1. &quot;Replay to Its Own Origin&quot; sends it there on purpose, without any credential.</source>
        <translation>Kein Connect-API-Aufruf: %1. „An eigenen Ursprung erneut senden“ sendet ihn bewusst dorthin, ohne jegliche Zugangsdaten.</translation>
    </message>
    <message>
        <source>Sending %1 %2 to %3 without credentials…</source>
        <translation>%1 %2 wird ohne Zugangsdaten an %3 gesendet…</translation>
    </message>
    <message>
        <source>Replayed to %1 without credentials.</source>
        <translation>Ohne Zugangsdaten erneut an %1 gesendet.</translation>
    </message>
    <message>
        <source>Answered: HTTP %1 %2</source>
        <translation>Antwort: HTTP %1 %2</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::HeaderListModel</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>cx::gui::HexView</name>
    <message>
        <source>Copy as hex</source>
        <translation>Als Hex kopieren</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Select bytes to copy first.</source>
        <translation>Wählen Sie zuerst die zu kopierenden Bytes aus.</translation>
    </message>
    <message>
        <source>The selection is too large to copy as hex (more than %1); save the body instead.</source>
        <translation>Die Auswahl ist zu groß, um sie als Hex zu kopieren (mehr als %1); speichern Sie stattdessen den Body.</translation>
    </message>
</context>
<context>
    <name>cx::gui::HistoryListModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>cx::gui::HistoryPanel</name>
    <message>
        <source>Clear…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <source>Search history (method, path, status, error)</source>
        <translation>Verlauf durchsuchen (Methode, Pfad, Status, Fehler)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>Anfrageverlauf</translation>
    </message>
    <message>
        <source>Double-click or press Enter to reopen a request in a new tab</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um eine Anfrage in einem neuen Tab erneut zu öffnen</translation>
    </message>
    <message>
        <source>Forget every request in the history</source>
        <translation>Alle Anfragen im Verlauf vergessen</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n sent request(s)?</source>
        <translation>
            <numerusform>%n gesendete Anfrage vergessen?</numerusform>
            <numerusform>Alle %n gesendeten Anfragen vergessen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 von %n Anfrage</numerusform>
            <numerusform>%1 von %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the responses of the two selected requests (Ctrl+D)</source>
        <translation>Die Antworten der beiden ausgewählten Anfragen vergleichen (Strg+D)</translation>
    </message>
    <message>
        <source>The history did not keep the response of one of them</source>
        <translation>Der Verlauf hat die Antwort einer der beiden nicht aufbewahrt</translation>
    </message>
    <message>
        <source>Select two requests (Ctrl+click) to compare their responses</source>
        <translation>Zwei Anfragen auswählen (Strg+Klick), um ihre Antworten zu vergleichen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the selected responses</source>
        <translation>Die ausgewählten Antworten vergleichen</translation>
    </message>
    <message>
        <source>Compare the Two Responses</source>
        <translation>Die beiden Antworten vergleichen</translation>
    </message>
    <message>
        <source>Compare the responses of the two selected requests</source>
        <translation>Die Antworten der beiden ausgewählten Anfragen vergleichen</translation>
    </message>
</context>
<context>
    <name>cx::gui::ImagePreview</name>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Show the image pixel for pixel instead of scaled to fit</source>
        <translation>Das Bild Pixel für Pixel anzeigen statt auf die verfügbare Fläche skaliert</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation>%1, %2 × %3 Pixel</translation>
    </message>
    <message>
        <source> — shown at %1%</source>
        <translation> — angezeigt mit %1 %</translation>
    </message>
</context>
<context>
    <name>cx::gui::JsonTreeModel</name>
    <message>
        <source>{1 key}</source>
        <translation>{1 Schlüssel}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 Schlüssel}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Elemente]</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>cx::gui::JsonTreeView</name>
    <message>
        <source>Copy &amp;value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>Response as a JSON tree</source>
        <translation>Antwort als JSON-Baum</translation>
    </message>
    <message>
        <source>&amp;Set variable from this value…</source>
        <translation>Variable aus diesem Wert &amp;setzen…</translation>
    </message>
</context>
<context>
    <name>cx::gui::MainWindow</name>
    <message>
        <source>Connect Explorer — %1</source>
        <translation>Connect Explorer — %1</translation>
    </message>
    <message>
        <source>Could not read the token&apos;s scopes: %1</source>
        <translation>Die Scopes des Tokens konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server did not confirm the sign-out: %1</source>
        <translation>Der Server hat die Abmeldung nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>The token was renewed automatically.</source>
        <translation>Das Token wurde automatisch erneuert.</translation>
    </message>
    <message>
        <source>%1 (built-in simulator)</source>
        <translation>%1 (integrierter Simulator)</translation>
    </message>
    <message>
        <source>&amp;Open OpenAPI Document…</source>
        <translation>OpenAPI-Dokument ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open OpenAPI Document</source>
        <translation>OpenAPI-Dokument öffnen</translation>
    </message>
    <message>
        <source>OpenAPI 3 JSON (*.json);;All files (*)</source>
        <translation>OpenAPI 3 JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New Request Tab</source>
        <translation>&amp;Neuer Anfrage-Tab</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Cancel Request</source>
        <translation>Anfrage a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Find &amp;Endpoint</source>
        <translation>&amp;Endpunkt suchen</translation>
    </message>
    <message>
        <source>&amp;Find in Response</source>
        <translation>In Antwort &amp;suchen</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;Out (Revoke Token)</source>
        <translation>A&amp;bmelden (Token widerrufen)</translation>
    </message>
    <message>
        <source>&amp;About Connect Explorer</source>
        <translation>Ü&amp;ber Connect Explorer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Showing the endpoints of %1</source>
        <translation>Endpunkte von %1 werden angezeigt</translation>
    </message>
    <message>
        <source>About Connect Explorer</source>
        <translation>Über Connect Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect Explorer %1&lt;/h3&gt;&lt;p&gt;A desktop client for the Cliquify Connect API: browse every endpoint, send requests and read the answers.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Connect Explorer %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Client für die Cliquify Connect API: alle Endpunkte durchsuchen, Anfragen senden und die Antworten lesen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Pick an endpoint</source>
        <translation>Einen Endpunkt wählen</translation>
    </message>
    <message>
        <source>Take the five-minute tour</source>
        <translation>Die Fünf-Minuten-Tour machen</translation>
    </message>
    <message>
        <source>A guided walk through signing in, sending a request and the errors the panel explains.</source>
        <translation>Ein geführter Rundgang durch die Anmeldung, das Senden einer Anfrage und die Fehler, die der Fehlerbereich erklärt.</translation>
    </message>
    <message>
        <source>Simulate an error</source>
        <translation>Einen Fehler simulieren</translation>
    </message>
    <message>
        <source>Make the Demo server answer with an error (a missing scope, a rate limit, a dropped connection) and see what the error panel makes of it.</source>
        <translation>Den Demo-Server mit einem Fehler antworten lassen (ein fehlender Scope, ein Ratenlimit, eine abgebrochene Verbindung) und sehen, was der Fehlerbereich daraus macht.</translation>
    </message>
    <message>
        <source>Open a customer&apos;s HAR</source>
        <translation>Die HAR-Datei eines Kunden öffnen</translation>
    </message>
    <message>
        <source>Read a browser&apos;s HAR export: every Connect call in it with its error decided.</source>
        <translation>Den HAR-Export eines Browsers lesen: jeder darin enthaltene Connect-Aufruf mit seinem ermittelten Fehler.</translation>
    </message>
    <message>
        <source>Run the check-up</source>
        <translation>Den Konto-Check ausführen</translation>
    </message>
    <message>
        <source>Check this account: sign-in, the token&apos;s scopes and what each endpoint answers.</source>
        <translation>Dieses Konto prüfen: die Anmeldung, die Scopes des Tokens und was jeder Endpunkt antwortet.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Tasten&amp;kürzel</translation>
    </message>
    <message>
        <source>Close tab %1</source>
        <translation>Tab %1 schließen</translation>
    </message>
    <message>
        <source>Type part of a path or a summary in the filter on the left (%1); Down and Return open it here.</source>
        <translation>Geben Sie einen Teil eines Pfads oder einer Kurzbeschreibung in den Filter links ein (%1); Pfeil nach unten und Eingabetaste öffnen ihn hier.</translation>
    </message>
</context>
<context>
    <name>cx::gui::NetworkAction</name>
    <message>
        <source>Connection refused: nothing is listening at the server&apos;s address and port.</source>
        <translation>Verbindung abgelehnt: An Adresse und Port des Servers lauscht nichts.</translation>
    </message>
    <message>
        <source>DNS: the server&apos;s host name could not be resolved.</source>
        <translation>DNS: Der Hostname des Servers konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Timeout: the server sent nothing for too long.</source>
        <translation>Timeout: Der Server hat zu lange nichts gesendet.</translation>
    </message>
    <message>
        <source>TLS: the secure connection could not be set up (handshake or certificate).</source>
        <translation>TLS: Die sichere Verbindung konnte nicht aufgebaut werden (Handshake oder Zertifikat).</translation>
    </message>
    <message>
        <source>Truncated: fewer body bytes arrived than announced, so the response cannot be trusted.</source>
        <translation>Abgeschnitten: Es kamen weniger Body-Bytes an als angekündigt, daher ist der Antwort nicht zu trauen.</translation>
    </message>
    <message>
        <source>Too large: the response body was over the size limit and was not read.</source>
        <translation>Zu groß: Der Antwort-Body überschritt die Größenbegrenzung und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>Zu viele Weiterleitungen.</translation>
    </message>
    <message>
        <source>A redirect to an address this app does not follow.</source>
        <translation>Eine Weiterleitung an eine Adresse, der diese App nicht folgt.</translation>
    </message>
    <message>
        <source>Cancelled before the response arrived.</source>
        <translation>Abgebrochen, bevor die Antwort eintraf.</translation>
    </message>
    <message>
        <source>The request failed before a complete response arrived.</source>
        <translation>Die Anfrage ist fehlgeschlagen, bevor eine vollständige Antwort eintraf.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Send the same request again</source>
        <translation>Dieselbe Anfrage erneut senden</translation>
    </message>
    <message>
        <source>Connection lost: the server closed or reset the connection before the response was complete.</source>
        <translation>Verbindung verloren: Der Server hat die Verbindung geschlossen oder zurückgesetzt, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>Too large: the response&apos;s headers were over the size limit and were not read.</source>
        <translation>Zu groß: Die Header der Antwort lagen über der Größengrenze und wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>Not sent: the request holds characters that cannot go on the wire.</source>
        <translation>Nicht gesendet: Die Anfrage enthält Zeichen, die nicht übertragen werden können.</translation>
    </message>
    <message>
        <source>Undecodable: the server answered, but its compressed body could not be decoded, so the body cannot be trusted.</source>
        <translation>Nicht dekodierbar: Der Server hat geantwortet, aber sein komprimierter Body ließ sich nicht dekodieren, daher ist dem Body nicht zu trauen.</translation>
    </message>
    <message>
        <source>Certificate: %1
Issued by: %2%3
Valid: %4 to %5
Names: %6
Fingerprint (SHA-256): %7</source>
        <translation>Zertifikat: %1
Ausgestellt von: %2%3
Gültig: %4 bis %5
Namen: %6
Fingerabdruck (SHA-256): %7</translation>
    </message>
    <message>
        <source> (itself: self-signed)</source>
        <translation> (es selbst: selbstsigniert)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate…</source>
        <translation>Diesem Zertifikat &amp;vertrauen…</translation>
    </message>
    <message>
        <source>Trust this one certificate for this profile only, after comparing its fingerprint with the server&apos;s owner</source>
        <translation>Nur diesem einen Zertifikat und nur für dieses Profil vertrauen, nachdem Sie seinen Fingerabdruck mit dem Betreiber des Servers abgeglichen haben</translation>
    </message>
    <message>
        <source>&amp;Proxy Credentials…</source>
        <translation>&amp;Proxy-Zugangsdaten…</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s user name and password for this profile</source>
        <translation>Benutzername und Passwort des Proxys für dieses Profil eingeben</translation>
    </message>
</context>
<context>
    <name>cx::gui::NetworkSettingsForm</name>
    <message>
        <source>Add CA Certificates</source>
        <translation>CA-Zertifikate hinzufügen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a Folder of CA Certificates</source>
        <translation>Ordner mit CA-Zertifikaten hinzufügen</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System (environment or OS settings)</source>
        <translation>System (Umgebung oder Einstellungen des Betriebssystems)</translation>
    </message>
    <message>
        <source>None (always direct)</source>
        <translation>Keiner (immer direkt)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Kept in the keychain with the profile, never in a file</source>
        <translation>Im Schlüsselbund beim Profil gespeichert, nie in einer Datei</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM files or folders of them, trusted besides the system&apos;s certificates</source>
        <translation>PEM-Dateien oder Ordner mit solchen, denen zusätzlich zu den Zertifikaten des Systems vertraut wird</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Ordner h&amp;inzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>PEM, or PKCS#12 (.p12/.pfx) with its key</source>
        <translation>PEM oder PKCS#12 (.p12/.pfx) mit seinem Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>PEM key (none with PKCS#12)</source>
        <translation>PEM-Schlüssel (keiner bei PKCS#12)</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>Passphras&amp;e:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile only, by their SHA-256 fingerprint (trusted from the error panel).</source>
        <translation>Zertifikate, denen nur für dieses Profil vertraut wird, anhand ihres SHA-256-Fingerabdrucks (im Fehlerbereich als vertrauenswürdig markiert).</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Entfer&amp;nen</translation>
    </message>
</context>
<context>
    <name>cx::gui::NoResponsePanel</name>
    <message>
        <source>No response yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Send the request (%1) to see the answer here.</source>
        <translation>Senden Sie die Anfrage (%1), um die Antwort hier zu sehen.</translation>
    </message>
</context>
<context>
    <name>cx::gui::NotFoundAction</name>
    <message>
        <source>Check the path: “%1” is not an endpoint the server knows. Pick one from the endpoint list on the left.</source>
        <translation>Prüfen Sie den Pfad: „%1“ ist kein Endpunkt, den der Server kennt. Wählen Sie einen aus der Endpunktliste links.</translation>
    </message>
    <message>
        <source>Check the ID in the path; the resource may have been deleted, or this client may not see it.</source>
        <translation>Prüfen Sie die ID im Pfad; die Ressource wurde möglicherweise gelöscht, oder dieser Client sieht sie nicht.</translation>
    </message>
    <message>
        <source>Check the ID “%1”; the resource may have been deleted, or this client may not see it.</source>
        <translation>Prüfen Sie die ID „%1“; die Ressource wurde möglicherweise gelöscht, oder dieser Client sieht sie nicht.</translation>
    </message>
    <message>
        <source>No list endpoint</source>
        <translation>Kein Listen-Endpunkt</translation>
    </message>
    <message>
        <source>&amp;List valid IDs: GET %1</source>
        <translation>Gültige IDs &amp;auflisten: GET %1</translation>
    </message>
    <message>
        <source>Open %1 in a new tab and send it</source>
        <translation>%1 in einem neuen Tab öffnen und senden</translation>
    </message>
</context>
<context>
    <name>cx::gui::NoticeAction</name>
    <message>
        <source>The server answered with the code “%1”, which this version of Connect Explorer does not know. Its message is shown above exactly as it was sent; nothing needs to be retried or changed unless the message says so.</source>
        <translation>Der Server antwortete mit dem Code „%1“, den diese Version von Connect Explorer nicht kennt. Seine Meldung wird oben genau so angezeigt, wie sie gesendet wurde; nichts muss erneut versucht oder geändert werden, sofern die Meldung es nicht verlangt.</translation>
    </message>
    <message>
        <source>Nothing here needs a click: read the server&apos;s message above. %1</source>
        <translation>Hier ist kein Klick nötig: Lesen Sie die Meldung des Servers oben. %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::PagedTextView</name>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Nächste Seite ▶</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::ParamTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Eine Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Die ausgewählten Zeilen entfernen</translation>
    </message>
</context>
<context>
    <name>cx::gui::ParamTableModel</name>
    <message>
        <source>(required) %1</source>
        <translation>(erforderlich) %1</translation>
    </message>
    <message>
        <source>Sent with the request. Untick to leave it out.</source>
        <translation>Wird mit der Anfrage gesendet. Häkchen entfernen, um es wegzulassen.</translation>
    </message>
    <message>
        <source>Not sent. Tick to send it.</source>
        <translation>Wird nicht gesendet. Häkchen setzen, um es zu senden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The value of %1 was not saved (secrets are never written to disk); paste it again.</source>
        <translation>Der Wert von %1 wurde nicht gespeichert (Secrets werden nie auf die Festplatte geschrieben); fügen Sie ihn erneut ein.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ParsedBody</name>
    <message>
        <source>The body is not JSON; it is shown as raw text.</source>
        <translation>Der Body ist kein JSON; er wird als Rohtext angezeigt.</translation>
    </message>
    <message>
        <source>The JSON nests deeper than %1 levels, too deep to show as a tree; it is shown raw.</source>
        <translation>Das JSON ist tiefer als %1 Ebenen verschachtelt, zu tief für eine Baumansicht; es wird roh angezeigt.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at byte %2); it is shown as raw text.</source>
        <translation>Der Body ist kein gültiges JSON (%1 bei Byte %2); er wird als Rohtext angezeigt.</translation>
    </message>
</context>
<context>
    <name>cx::gui::PathParamsForm</name>
    <message>
        <source>The path has no {parameters}.</source>
        <translation>Der Pfad hat keine {Parameter}.</translation>
    </message>
    <message>
        <source>value for {%1}</source>
        <translation>Wert für {%1}</translation>
    </message>
    <message>
        <source>Path parameter %1</source>
        <translation>Pfadparameter %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::PermissionAction</name>
    <message>
        <source>Scopes granted to the token</source>
        <translation>Dem Token gewährte Scopes</translation>
    </message>
    <message>
        <source>Scopes the endpoint requires</source>
        <translation>Vom Endpunkt benötigte Scopes</translation>
    </message>
    <message>
        <source>Granted (introspection)</source>
        <translation>Gewährt (Introspektion)</translation>
    </message>
    <message>
        <source>Required (catalog)</source>
        <translation>Erforderlich (Katalog)</translation>
    </message>
    <message>
        <source>Who can grant it: scopes belong to the OAuth client, so its owner adds them in the Cliquify developer portal; tokens issued after that carry them. For a permission on a resource, ask an administrator of the account.</source>
        <translation>Wer ihn gewähren kann: Scopes gehören zum OAuth-Client, daher fügt sein Eigentümer sie im Cliquify-Entwicklerportal hinzu; danach ausgestellte Tokens enthalten sie. Für eine Berechtigung auf eine Ressource bitten Sie einen Administrator des Kontos.</translation>
    </message>
    <message>
        <source>Sign in again to pick up &amp;new scopes</source>
        <translation>Erneut anmelden, um &amp;neue Scopes zu übernehmen</translation>
    </message>
    <message>
        <source>Missing scope: %1</source>
        <translation>Fehlender Scope: %1</translation>
    </message>
    <message>
        <source>The permission the request refers to does not exist.</source>
        <translation>Die Berechtigung, auf die sich die Anfrage bezieht, existiert nicht.</translation>
    </message>
    <message>
        <source>No scope is missing: the user or account lacks a permission on this resource.</source>
        <translation>Es fehlt kein Scope: Dem Benutzer oder Konto fehlt eine Berechtigung für diese Ressource.</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(noch nicht bekannt)</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(keine aufgeführt)</translation>
    </message>
    <message>
        <source>Not granted to this token</source>
        <translation>Diesem Token nicht gewährt</translation>
    </message>
</context>
<context>
    <name>cx::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>Die Sprache von Menüs, Dialogen und Meldungen</translation>
    </message>
    <message>
        <source>The new language applies at once, to every open window. Open requests and drafts are kept.</source>
        <translation>Die neue Sprache gilt sofort für alle offenen Fenster. Offene Anfragen und Entwürfe bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>cx::gui::PresentationController</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Larger fonts, secrets masked, side panels hidden: for a shared screen</source>
        <translation>Größere Schrift, Secrets maskiert, Seitenbereiche ausgeblendet: für einen geteilten Bildschirm</translation>
    </message>
    <message>
        <source>Secrets and tokens are masked on screen. Ctrl+Shift+P leaves presentation mode.</source>
        <translation>Secrets und Tokens werden auf dem Bildschirm maskiert. Ctrl+Shift+P beendet den Präsentationsmodus.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ProfileController</name>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored secret? The app switches to the Demo profile.</source>
        <translation>Das Profil „%1“ und sein gespeichertes Secret löschen? Die App wechselt zum Demo-Profil.</translation>
    </message>
    <message>
        <source>No keychain available: the secret is kept in memory for this session only</source>
        <translation>Kein Schlüsselbund verfügbar: Das Secret wird nur für diese Sitzung im Speicher gehalten</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>%1 (built-in simulator)</source>
        <translation>%1 (integrierter Simulator)</translation>
    </message>
    <message>
        <source>The simulator inside the app, signed in with the demo client</source>
        <translation>Der Simulator in der App, angemeldet mit dem Demo-Client</translation>
    </message>
    <message>
        <source>%1 at %2 as %3</source>
        <translation>%1 auf %2 als %3</translation>
    </message>
    <message>
        <source>%1 (from the command line)</source>
        <translation>%1 (von der Befehlszeile)</translation>
    </message>
    <message>
        <source>Switch Profile</source>
        <translation>Profil wechseln</translation>
    </message>
    <message>
        <source>Could not switch to %1: %2</source>
        <translation>Wechsel zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Enter the client secret for the profile &quot;%1&quot;.</source>
        <translation>Geben Sie das Client-Secret für das Profil „%1“ ein.</translation>
    </message>
    <message>
        <source>Enter the client secret for %1.</source>
        <translation>Geben Sie das Client-Secret für %1 ein.</translation>
    </message>
    <message>
        <source>The Demo profile&apos;s credentials are never stored</source>
        <translation>Die Zugangsdaten des Demo-Profils werden nie gespeichert</translation>
    </message>
    <message>
        <source>Create a profile (Profile ▸ New Profile…) to keep its secret in the keychain</source>
        <translation>Legen Sie ein Profil an (Profil ▸ Neues Profil…), um sein Secret im Schlüsselbund zu speichern</translation>
    </message>
    <message>
        <source>Sign In — %1</source>
        <translation>Anmelden — %1</translation>
    </message>
    <message>
        <source>The certificate has no usable fingerprint</source>
        <translation>Das Zertifikat hat keinen verwendbaren Fingerabdruck</translation>
    </message>
    <message>
        <source>No proxy is set for %1; choose one in Profile ▸ Edit Profile… ▸ Network</source>
        <translation>Für %1 ist kein Proxy festgelegt; wählen Sie einen unter Profil ▸ Profil bearbeiten… ▸ Netzwerk</translation>
    </message>
    <message>
        <source>The certificate was not trusted: %1</source>
        <translation>Dem Zertifikat wurde nicht vertraut: %1</translation>
    </message>
    <message>
        <source>The proxy credentials were not saved: %1</source>
        <translation>Die Proxy-Zugangsdaten wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Trusted Certificates…</source>
        <translation>&amp;Vertrauenswürdige Zertifikate…</translation>
    </message>
    <message>
        <source>The certificates this profile trusts by their fingerprint</source>
        <translation>Die Zertifikate, denen dieses Profil anhand ihres Fingerabdrucks vertraut</translation>
    </message>
</context>
<context>
    <name>cx::gui::ProfileDialog</name>
    <message>
        <source>&amp;Remember the secret in the keychain</source>
        <translation>Secret im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>https://oauth.cliquify.me</source>
        <translation>https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>Unticked, the secret is kept in memory until the app quits</source>
        <translation>Ohne Häkchen wird das Secret bis zum Beenden der App im Speicher gehalten</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Give the profile a name</source>
        <translation>Geben Sie dem Profil einen Namen</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL, e.g. https://oauth.cliquify.me</source>
        <translation>Geben Sie eine http://- oder https://-URL ein, z. B. https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>Enter the client id</source>
        <translation>Geben Sie die Client-ID ein</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variablen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>A&amp;llgemein</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>Ne&amp;tzwerk</translation>
    </message>
</context>
<context>
    <name>cx::gui::ProfileSend</name>
    <message>
        <source>The profile is gone.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The built-in simulator runs only while the Demo profile is in use.</source>
        <translation>Der integrierte Simulator läuft nur, solange das Demo-Profil verwendet wird.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ProxyCredentialsDialog</name>
    <message>
        <source>Proxy Credentials</source>
        <translation>Proxy-Zugangsdaten</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password. They are kept with this profile (the password in the keychain).</source>
        <translation>Der Proxy verlangt einen Benutzernamen und ein Passwort. Sie werden mit diesem Profil gespeichert (das Passwort im Schlüsselbund).</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password. They are kept with this profile (the password in the keychain).</source>
        <translation>Der Proxy %1 verlangt einen Benutzernamen und ein Passwort. Sie werden mit diesem Profil gespeichert (das Passwort im Schlüsselbund).</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Save and Retry</source>
        <translation>&amp;Speichern und erneut versuchen</translation>
    </message>
</context>
<context>
    <name>cx::gui::ReloginAction</name>
    <message>
        <source>&amp;Sign in again</source>
        <translation>Erneut &amp;anmelden</translation>
    </message>
    <message>
        <source>Signed in again and sent the request once more, but the server still refuses the token. Nothing is retried by itself; check the client in the developer portal.</source>
        <translation>Erneut angemeldet und die Anfrage noch einmal gesendet, aber der Server lehnt das Token weiterhin ab. Es wird nichts automatisch erneut versucht; prüfen Sie den Client im Entwicklerportal.</translation>
    </message>
    <message>
        <source>The server refused the stored client credentials. Correct them in the sign-in form.</source>
        <translation>Der Server hat die gespeicherten Client-Zugangsdaten abgelehnt. Korrigieren Sie sie im Anmeldeformular.</translation>
    </message>
    <message>
        <source>A new token is requested with the stored client credentials, then the request is sent once more.</source>
        <translation>Mit den gespeicherten Client-Zugangsdaten wird ein neues Token angefordert, dann wird die Anfrage noch einmal gesendet.</translation>
    </message>
    <message>
        <source>Renew the token from the stored credentials and send the request again once</source>
        <translation>Das Token mit den gespeicherten Zugangsdaten erneuern und die Anfrage einmal erneut senden</translation>
    </message>
    <message>
        <source>Correct the &amp;credentials…</source>
        <translation>&amp;Zugangsdaten korrigieren…</translation>
    </message>
    <message>
        <source>No stored credentials: enter them in the sign-in form.</source>
        <translation>Keine gespeicherten Zugangsdaten: Geben Sie sie im Anmeldeformular ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed in again; sending the request once more…</source>
        <translation>Erneut angemeldet; die Anfrage wird noch einmal gesendet…</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Erneut angemeldet.</translation>
    </message>
    <message>
        <source>The server refused the stored credentials (%1): %2</source>
        <translation>Der Server hat die gespeicherten Zugangsdaten abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Signing in failed (%1): %2</source>
        <translation>Anmeldung fehlgeschlagen (%1): %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::ReportAction</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Als &amp;JSON speichern…</translation>
    </message>
    <message>
        <source>The app and the API disagree about this request. Send this report to support; secrets (the token, the client secret, secret headers and fields) are masked.</source>
        <translation>App und API sind sich bei dieser Anfrage uneinig. Senden Sie diesen Bericht an den Support; Secrets (das Token, das Client-Secret, geheime Header und Felder) sind maskiert.</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Der Bericht ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Save Error Report</source>
        <translation>Fehlerbericht speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::RequestEditor</name>
    <message>
        <source>%1 — server says: %2</source>
        <translation>%1 — Server meldet: %2</translation>
    </message>
    <message>
        <source>Query parameter “%1”</source>
        <translation>Query-Parameter „%1“</translation>
    </message>
    <message>
        <source>Header “%1”</source>
        <translation>Header „%1“</translation>
    </message>
    <message>
        <source>(not in the request: add it)</source>
        <translation>(nicht in der Anfrage: hinzufügen)</translation>
    </message>
    <message>
        <source>Path parameter {%1}</source>
        <translation>Pfadparameter {%1}</translation>
    </message>
    <message>
        <source>The request body</source>
        <translation>Der Anfrage-Body</translation>
    </message>
    <message>
        <source>The body at line %1, column %2</source>
        <translation>Der Body in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Body field “%1” (missing: add it here)</source>
        <translation>Body-Feld „%1“ (fehlt: hier hinzufügen)</translation>
    </message>
    <message>
        <source>Body field “%1”</source>
        <translation>Body-Feld „%1“</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>query parameters</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>/api/path/{id}</source>
        <translation>/api/path/{id}</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Die Anfrage senden (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel the running request (Esc)</source>
        <translation>Die laufende Anfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Path parameters</source>
        <translation>Pfadparameter</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>H&amp;eaders</source>
        <translation>H&amp;eader</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Query parameter “%1” (not in the request: add it)</source>
        <translation>Query-Parameter „%1“ (nicht in der Anfrage: hinzufügen)</translation>
    </message>
    <message>
        <source>{{ }}</source>
        <translation>{{ }}</translation>
    </message>
    <message>
        <source>Variables: {{name}} in the path, query, headers and body</source>
        <translation>Variablen: {{name}} in Pfad, Query, Headern und Body</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>&amp;Edit Variables…</source>
        <translation>Variablen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Set Variable from Response…</source>
        <translation>Variable aus Antwort &amp;setzen…</translation>
    </message>
    <message>
        <source>&amp;Define…</source>
        <translation>&amp;Definieren…</translation>
    </message>
    <message>
        <source>Open the profile&apos;s variables with the missing ones added</source>
        <translation>Die Variablen des Profils öffnen, ergänzt um die fehlenden</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n variable(s) not defined: %1</source>
        <translation>
            <numerusform>Nicht gesendet: %n Variable nicht definiert: %1</numerusform>
            <numerusform>Nicht gesendet: %n Variablen nicht definiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(not defined: %1)</source>
        <translation>(nicht definiert: %1)</translation>
    </message>
    <message>
        <source>{{%1}} = %2 (%3)</source>
        <translation>{{%1}} = %2 (%3)</translation>
    </message>
    <message>
        <source>Not sent: the path is empty. Pick an endpoint on the left or type a path.</source>
        <translation>Nicht gesendet: Der Pfad ist leer. Wählen Sie links einen Endpunkt oder geben Sie einen Pfad ein.</translation>
    </message>
    <message>
        <source>Not sent: fill in the path parameter {%1}.</source>
        <translation>Nicht gesendet: Füllen Sie den Pfadparameter {%1} aus.</translation>
    </message>
</context>
<context>
    <name>cx::gui::RequestPage</name>
    <message>
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>the session&apos;s token</source>
        <translation>das Token der Sitzung</translation>
    </message>
</context>
<context>
    <name>cx::gui::RequestWorkspace</name>
    <message>
        <source>The saved requests could not be read; the file was set aside as %1.</source>
        <translation>Die gespeicherten Anfragen konnten nicht gelesen werden; die Datei wurde als %1 beiseitegelegt.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Show or hide every request sent so far</source>
        <translation>Alle bisher gesendeten Anfragen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>Sa&amp;mmlungen</translation>
    </message>
    <message>
        <source>Show or hide the saved requests</source>
        <translation>Die gespeicherten Anfragen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Sa&amp;ve Request…</source>
        <translation>Anfrage spei&amp;chern…</translation>
    </message>
    <message>
        <source>Save the current request by name into a collection</source>
        <translation>Die aktuelle Anfrage unter einem Namen in einer Sammlung speichern</translation>
    </message>
    <message>
        <source>&amp;Paste cURL as New Tab</source>
        <translation>cURL als neuen Tab &amp;einfügen</translation>
    </message>
    <message>
        <source>Open the cURL command on the clipboard in a new request tab</source>
        <translation>Den cURL-Befehl aus der Zwischenablage in einem neuen Anfrage-Tab öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>Kopieren &amp;als</translation>
    </message>
    <message>
        <source>Copy the current request as %1, without secrets</source>
        <translation>Die aktuelle Anfrage als %1 kopieren, ohne Secrets</translation>
    </message>
    <message>
        <source>Copy as &amp;Code…</source>
        <translation>Als &amp;Code kopieren…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) could not be read and were set aside.</source>
        <translation>
            <numerusform>%n Entwurf konnte nicht gelesen werden und wurde beiseitegelegt.</numerusform>
            <numerusform>%n Entwürfe konnten nicht gelesen werden und wurden beiseitegelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopened a request first sent to %1; it will be sent to %2.</source>
        <translation>Eine zuerst an %1 gesendete Anfrage wurde erneut geöffnet; sie wird an %2 gesendet.</translation>
    </message>
    <message>
        <source>The request could not be saved: %1</source>
        <translation>Die Anfrage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>„%1“ in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Copied as %1. The code reads the token from $%2.</source>
        <translation>Als %1 kopiert. Der Code liest das Token aus $%2.</translation>
    </message>
    <message>
        <source>Paste cURL</source>
        <translation>cURL einfügen</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a cURL command first.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie zuerst einen cURL-Befehl.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s text could not be read as a cURL command: %1</source>
        <translation>Der Text in der Zwischenablage konnte nicht als cURL-Befehl gelesen werden: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>Der Verlauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The notice goes away once a write of the same kind succeeds. The log has the details.</source>
        <translation>Der Hinweis verschwindet, sobald ein Schreibvorgang derselben Art gelingt. Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>collection %1</source>
        <translation>Sammlung %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The command was opened in %n new tab(s). Some of it could not be carried over:</source>
        <translation>
            <numerusform>Der Befehl wurde in %n neuen Tab geöffnet. Einiges davon konnte nicht übernommen werden:</numerusform>
            <numerusform>Der Befehl wurde in %n neuen Tabs geöffnet. Einiges davon konnte nicht übernommen werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cURL command was opened in %n new tab(s).</source>
        <translation>
            <numerusform>Der cURL-Befehl wurde in %n neuen Tab geöffnet.</numerusform>
            <numerusform>Der cURL-Befehl wurde in %n neuen Tabs geöffnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::gui::ResponseDiffDialog</name>
    <message>
        <source>+ only in B</source>
        <translation>+ nur in B</translation>
    </message>
    <message>
        <source>− only in A</source>
        <translation>− nur in A</translation>
    </message>
    <message>
        <source>~ changed</source>
        <translation>~ geändert</translation>
    </message>
    <message>
        <source>≠ type changed</source>
        <translation>≠ Typ geändert</translation>
    </message>
    <message>
        <source>Compare Responses</source>
        <translation>Antworten vergleichen</translation>
    </message>
    <message>
        <source>&amp;Ignore paths:</source>
        <translation>Pfade &amp;ignorieren:</translation>
    </message>
    <message>
        <source>e.g. meta.request_id, data[*].updated_at</source>
        <translation>z. B. meta.request_id, data[*].updated_at</translation>
    </message>
    <message>
        <source>Comma-separated paths whose differences are left out, with everything below them; * is any key, [*] any array item. Remembered for this endpoint.</source>
        <translation>Kommagetrennte Pfade, deren Unterschiede samt allem darunter ausgelassen werden; * steht für einen beliebigen Schlüssel, [*] für ein beliebiges Array-Element. Wird für diesen Endpunkt gespeichert.</translation>
    </message>
    <message>
        <source>Paths to ignore</source>
        <translation>Zu ignorierende Pfade</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply the paths to ignore</source>
        <translation>Die zu ignorierenden Pfade anwenden</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>&amp;Vorheriger Unterschied</translation>
    </message>
    <message>
        <source>Previous difference (Shift+F8)</source>
        <translation>Vorheriger Unterschied (Shift+F8)</translation>
    </message>
    <message>
        <source>Previous difference</source>
        <translation>Vorheriger Unterschied</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>&amp;Nächster Unterschied</translation>
    </message>
    <message>
        <source>Next difference (F8)</source>
        <translation>Nächster Unterschied (F8)</translation>
    </message>
    <message>
        <source>Next difference</source>
        <translation>Nächster Unterschied</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Response A</source>
        <translation>Antwort A</translation>
    </message>
    <message>
        <source>Response B</source>
        <translation>Antwort B</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3, %4, %5</source>
        <translation>%1: %2 — %3, %4, %5</translation>
    </message>
    <message>
        <source>(body too large to keep: not compared)</source>
        <translation>(Body zu groß zum Aufbewahren: nicht verglichen)</translation>
    </message>
    <message>
        <source>Waiting for both responses…</source>
        <translation>Warten auf beide Antworten…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>First difference: %1 (looking for the others…)</source>
        <translation>Erster Unterschied: %1 (weitere werden gesucht…)</translation>
    </message>
    <message>
        <source>Sending the request on both…</source>
        <translation>Die Anfrage wird mit beiden Profilen gesendet…</translation>
    </message>
    <message>
        <source>“%1” is not a path (%2)</source>
        <translation>„%1“ ist kein Pfad (%2)</translation>
    </message>
    <message>
        <source>First difference shown; looking for the others…</source>
        <translation>Erster Unterschied angezeigt; weitere werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more not listed</source>
        <translation>
            <numerusform>… und %n weiterer, hier nicht aufgeführt</numerusform>
            <numerusform>… und %n weitere, hier nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>(only the start of the body was kept)</source>
        <translation>(nur der Anfang des Bodys wurde aufbewahrt)</translation>
    </message>
</context>
<context>
    <name>cx::gui::ResponseSnapshot</name>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>response body only</source>
        <translation>nur der Antwort-Body</translation>
    </message>
</context>
<context>
    <name>cx::gui::ResponseTimingView</name>
    <message>
        <source>Total time:</source>
        <translation>Gesamtzeit:</translation>
    </message>
    <message>
        <source>Body size:</source>
        <translation>Body-Größe:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Redirects followed:</source>
        <translation>Gefolgte Weiterleitungen:</translation>
    </message>
    <message>
        <source>Final URL:</source>
        <translation>Endgültige URL:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Total time runs from sending the request to its last byte, redirects and a token renewal included.</source>
        <translation>Die Gesamtzeit reicht vom Senden der Anfrage bis zu ihrem letzten Byte, einschließlich Weiterleitungen und einer Token-Erneuerung.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s), about %1</source>
        <translation>
            <numerusform>%n Header, etwa %1</numerusform>
            <numerusform>%n Header, etwa %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>HTTP/2 (h2)</source>
        <translation>HTTP/2 (h2)</translation>
    </message>
    <message>
        <source>HTTP/1.1 (%1)</source>
        <translation>HTTP/1.1 (%1)</translation>
    </message>
    <message>
        <source>DNS lookup:</source>
        <translation>DNS-Auflösung:</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>Verbindungsaufbau:</translation>
    </message>
    <message>
        <source>TLS handshake:</source>
        <translation>TLS-Handshake:</translation>
    </message>
    <message>
        <source>Request sent:</source>
        <translation>Anfrage gesendet:</translation>
    </message>
    <message>
        <source>First byte:</source>
        <translation>Erstes Byte:</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>Download:</translation>
    </message>
    <message>
        <source>The phases are the final request&apos;s (after redirects), as the network layer reports them, counted from when it was handed over.</source>
        <translation>Die Phasen sind die der letzten Anfrage (nach Weiterleitungen), so wie die Netzwerkschicht sie meldet, gezählt ab der Übergabe an sie.</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>unavailable (not reported by the network layer; part of Connect)</source>
        <translation>nicht verfügbar (von der Netzwerkschicht nicht gemeldet; Teil von „Verbindungsaufbau“)</translation>
    </message>
    <message>
        <source>an open connection was reused</source>
        <translation>eine offene Verbindung wurde wiederverwendet</translation>
    </message>
    <message>
        <source>%1 ms (DNS lookup and TLS handshake included)</source>
        <translation>%1 ms (einschließlich DNS-Auflösung und TLS-Handshake)</translation>
    </message>
    <message>
        <source>%1 ms (DNS lookup included)</source>
        <translation>%1 ms (einschließlich DNS-Auflösung)</translation>
    </message>
    <message>
        <source>not used (plain HTTP)</source>
        <translation>nicht verwendet (unverschlüsseltes HTTP)</translation>
    </message>
    <message>
        <source>done %1 ms after the start; its own length is unavailable</source>
        <translation>abgeschlossen %1 ms nach dem Start; die eigene Dauer ist nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 ms after the start</source>
        <translation>%1 ms nach dem Start</translation>
    </message>
    <message>
        <source>%1 ms after the start (%2 ms waiting for the server)</source>
        <translation>%1 ms nach dem Start (%2 ms Warten auf den Server)</translation>
    </message>
</context>
<context>
    <name>cx::gui::ResponseView</name>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source> — incomplete</source>
        <translation> — unvollständig</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Body)</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Wird formatiert…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Decoding the image…</source>
        <translation>Bild wird dekodiert…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>cx::gui::RetryAction</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>The server asked to wait %1 s (Retry-After).</source>
        <translation>Der Server bat, %1 s zu warten (Retry-After).</translation>
    </message>
    <message>
        <source>The server asked to wait until %1 (Retry-After).</source>
        <translation>Der Server bat, bis %1 zu warten (Retry-After).</translation>
    </message>
    <message>
        <source>No Retry-After from the server: exponential backoff with jitter.</source>
        <translation>Kein Retry-After vom Server: exponentieller Backoff mit Jitter.</translation>
    </message>
    <message>
        <source>The server&apos;s Retry-After “%1” is unreadable: exponential backoff with jitter instead.</source>
        <translation>Das Retry-After „%1“ des Servers ist unlesbar: stattdessen exponentieller Backoff mit Jitter.</translation>
    </message>
    <message>
        <source>Attempt %1 failed; next is retry %2 of %3.</source>
        <translation>Versuch %1 fehlgeschlagen; als Nächstes Wiederholung %2 von %3.</translation>
    </message>
    <message>
        <source>%1 is not idempotent: it may have taken effect, so it is never sent again without you asking.</source>
        <translation>%1 ist nicht idempotent: Die Anfrage könnte bereits gewirkt haben, daher wird sie nie ohne Ihre Aufforderung erneut gesendet.</translation>
    </message>
    <message>
        <source>Retries made so far: %1; it is not retried by itself again.</source>
        <translation>Bisherige Wiederholungen: %1; es wird nicht mehr automatisch erneut versucht.</translation>
    </message>
    <message>
        <source>Shown from the history: press Retry now to send it again.</source>
        <translation>Aus dem Verlauf angezeigt: Klicken Sie auf „Jetzt erneut versuchen“, um sie erneut zu senden.</translation>
    </message>
    <message>
        <source>Retrying in %1 s…</source>
        <translation>Erneuter Versuch in %1 s…</translation>
    </message>
    <message>
        <source>You may retry in %1 s.</source>
        <translation>Sie können es in %1 s erneut versuchen.</translation>
    </message>
    <message>
        <source>Ready: press Retry now to send it again.</source>
        <translation>Bereit: Klicken Sie auf „Jetzt erneut versuchen“, um sie erneut zu senden.</translation>
    </message>
    <message>
        <source>Ready: %1 is not retried by itself; press Retry now to send it again.</source>
        <translation>Bereit: %1 wird nicht automatisch erneut versucht; klicken Sie auf „Jetzt erneut versuchen“, um sie erneut zu senden.</translation>
    </message>
    <message>
        <source>Sending retry %1…</source>
        <translation>Wiederholung %1 wird gesendet…</translation>
    </message>
    <message>
        <source>Cancelled: press Retry now when you are ready.</source>
        <translation>Abgebrochen: Klicken Sie auf „Jetzt erneut versuchen“, wenn Sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>cx::gui::SaveRequestDialog</name>
    <message>
        <source>Save Request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>Secrets are not saved: the Authorization header and other secret values are left out, and the signed-in session&apos;s token is used when the request is sent.</source>
        <translation>Secrets werden nicht gespeichert: Der Authorization-Header und andere geheime Werte werden weggelassen, und beim Senden der Anfrage wird das Token der angemeldeten Sitzung verwendet.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
</context>
<context>
    <name>cx::gui::SendOnProfileDialog</name>
    <message>
        <source>Send on Another Profile</source>
        <translation>Mit einem anderen Profil senden</translation>
    </message>
    <message>
        <source>Sends %1 with the current profile and with the one chosen here, each with its own token, and compares the two responses.</source>
        <translation>Sendet %1 mit dem aktuellen Profil und mit dem hier gewählten, jeweils mit eigenem Token, und vergleicht die beiden Antworten.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profile to compare with</source>
        <translation>Profil, mit dem verglichen wird</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Client secret of the other profile</source>
        <translation>Client-Secret des anderen Profils</translation>
    </message>
    <message>
        <source>used for this comparison only</source>
        <translation>nur für diesen Vergleich verwendet</translation>
    </message>
    <message>
        <source>&amp;Send on Both</source>
        <translation>Mit &amp;beiden senden</translation>
    </message>
</context>
<context>
    <name>cx::gui::SentRequestView</name>
    <message>
        <source>Show secrets</source>
        <translation>Secrets anzeigen</translation>
    </message>
    <message>
        <source>Qt&apos;s network layer adds its own Connection, Accept-Encoding and Accept-Language headers.</source>
        <translation>Die Netzwerkschicht von Qt fügt eigene Connection-, Accept-Encoding- und Accept-Language-Header hinzu.</translation>
    </message>
    <message>
        <source>#%1 of %2: the request</source>
        <translation>#%1 von %2: die Anfrage</translation>
    </message>
    <message>
        <source>#%1 of %2: following a redirect</source>
        <translation>#%1 von %2: nach einer Weiterleitung</translation>
    </message>
    <message>
        <source>#%1 of %2: sent again after renewing the token</source>
        <translation>#%1 von %2: nach Erneuerung des Tokens erneut gesendet</translation>
    </message>
    <message>
        <source>(Location: %1)</source>
        <translation>(Location: %1)</translation>
    </message>
    <message>
        <source>(a body of %1 bytes, too large to show here)</source>
        <translation>(ein Body von %1 Bytes, zu groß für die Anzeige hier)</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) that are not text)</source>
        <translation>
            <numerusform>(%n Byte, das kein Text ist)</numerusform>
            <numerusform>(%n Bytes, die kein Text sind)</numerusform>
        </translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (%1 weitere Zeichen)</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>cx::gui::SetVariableDialog</name>
    <message>
        <source>Set Variable from Response</source>
        <translation>Variable aus Antwort setzen</translation>
    </message>
    <message>
        <source>&amp;Variable:</source>
        <translation>&amp;Variable:</translation>
    </message>
    <message>
        <source>JSON &amp;path:</source>
        <translation>JSON-&amp;Pfad:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>data[0].id</source>
        <translation>data[0].id</translation>
    </message>
    <message>
        <source>A place in the last response: data[0].id, meta[&quot;key with space&quot;], items[-1] (the last one)</source>
        <translation>Eine Stelle in der letzten Antwort: data[0].id, meta[&quot;key with space&quot;], items[-1] (das letzte Element)</translation>
    </message>
    <message>
        <source>Enter the path of a value</source>
        <translation>Geben Sie den Pfad eines Werts ein</translation>
    </message>
</context>
<context>
    <name>cx::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Request editor</source>
        <translation>Anfrage-Editor</translation>
    </message>
    <message>
        <source>Endpoint list</source>
        <translation>Endpunktliste</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Send (in the path field)</source>
        <translation>Senden (im Pfadfeld)</translation>
    </message>
    <message>
        <source>Cancel the running request</source>
        <translation>Die laufende Anfrage abbrechen</translation>
    </message>
    <message>
        <source>From the filter into the list</source>
        <translation>Vom Filter in die Liste</translation>
    </message>
    <message>
        <source>Open the first matching endpoint (in the filter)</source>
        <translation>Den ersten passenden Endpunkt öffnen (im Filter)</translation>
    </message>
    <message>
        <source>Preview an endpoint (in the list)</source>
        <translation>Vorschau eines Endpunkts (in der Liste)</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Hoch, Herunter</translation>
    </message>
    <message>
        <source>Next match (in the find bar)</source>
        <translation>Nächster Treffer (in der Suchleiste)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>cx::gui::SignInDialog</name>
    <message>
        <source>&amp;Remember the secret in the keychain</source>
        <translation>Secret im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>https://oauth.cliquify.me</source>
        <translation>https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>The Demo profile uses the simulator inside the app</source>
        <translation>Das Demo-Profil verwendet den Simulator in der App</translation>
    </message>
    <message>
        <source>No answer from this URL (%1): %2</source>
        <translation>Keine Antwort von dieser URL (%1): %2</translation>
    </message>
    <message>
        <source>This URL has no Connect token endpoint (HTTP %1): %2</source>
        <translation>Diese URL hat keinen Connect-Token-Endpunkt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Check the client id: the server did not accept this id and secret.</source>
        <translation>Prüfen Sie die Client-ID: Der Server hat diese ID und dieses Secret nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL, e.g. https://oauth.cliquify.me</source>
        <translation>Geben Sie eine http://- oder https://-URL ein, z. B. https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>Enter the client id</source>
        <translation>Geben Sie die Client-ID ein</translation>
    </message>
    <message>
        <source>Enter the client secret</source>
        <translation>Geben Sie das Client-Secret ein</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>cx::gui::SimulateMenu</name>
    <message>
        <source>Si&amp;mulate</source>
        <translation>Si&amp;mulieren</translation>
    </message>
    <message>
        <source>&amp;Network and proxy</source>
        <translation>&amp;Netzwerk und Proxy</translation>
    </message>
    <message>
        <source>Slow response (%1 s)</source>
        <translation>Langsame Antwort (%1 s)</translation>
    </message>
    <message>
        <source>Stalled response (never answers)</source>
        <translation>Hängende Antwort (antwortet nie)</translation>
    </message>
    <message>
        <source>Dropped connection</source>
        <translation>Abgebrochene Verbindung</translation>
    </message>
    <message>
        <source>HTML 502 page from a proxy</source>
        <translation>HTML-502-Seite von einem Proxy</translation>
    </message>
    <message>
        <source>Rate-limit &amp;burst (%1 request per second)</source>
        <translation>Ratenlimit-&amp;Burst (%1 Anfrage pro Sekunde)</translation>
    </message>
    <message>
        <source>Rate limit set to %1 request per second: send quickly to hit it.</source>
        <translation>Ratenlimit auf %1 Anfrage pro Sekunde gesetzt: Senden Sie schnell, um es zu erreichen.</translation>
    </message>
    <message>
        <source>Refuse the client &amp;credentials (token endpoint)</source>
        <translation>Client-&amp;Zugangsdaten ablehnen (Token-Endpunkt)</translation>
    </message>
    <message>
        <source>The token endpoint refuses the client credentials (invalid_client).</source>
        <translation>Der Token-Endpunkt lehnt die Client-Zugangsdaten ab (invalid_client).</translation>
    </message>
    <message>
        <source>Next request &amp;only</source>
        <translation>Nur die &amp;nächste Anfrage</translation>
    </message>
    <message>
        <source>Every request &amp;until cleared</source>
        <translation>Jede Anfrage &amp;bis zum Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Clear Simulated Errors</source>
        <translation>Simulierte Fehler &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Simulated errors cleared.</source>
        <translation>Simulierte Fehler zurückgesetzt.</translation>
    </message>
    <message>
        <source>Make the built-in Demo server answer with an error or a fault</source>
        <translation>Den integrierten Demo-Server mit einem Fehler oder einer Störung antworten lassen</translation>
    </message>
    <message>
        <source>Only the Demo profile&apos;s built-in server can simulate errors</source>
        <translation>Nur der integrierte Server des Demo-Profils kann Fehler simulieren</translation>
    </message>
    <message>
        <source>&amp;Sign in again (relogin)</source>
        <translation>Erneut &amp;anmelden (Relogin)</translation>
    </message>
    <message>
        <source>&amp;Permission</source>
        <translation>&amp;Berechtigung</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Fix the request</source>
        <translation>Anfrage &amp;korrigieren</translation>
    </message>
    <message>
        <source>&amp;Not found</source>
        <translation>&amp;Nicht gefunden</translation>
    </message>
    <message>
        <source>R&amp;eport</source>
        <translation>Beric&amp;ht</translation>
    </message>
    <message>
        <source>N&amp;otice</source>
        <translation>Hin&amp;weis</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>Netz&amp;werk</translation>
    </message>
    <message>
        <source>Every request now answers: %1 (until cleared).</source>
        <translation>Jede Anfrage antwortet jetzt: %1 (bis zum Zurücksetzen).</translation>
    </message>
    <message>
        <source>The next request answers: %1.</source>
        <translation>Die nächste Anfrage antwortet: %1.</translation>
    </message>
    <message>
        <source>The Demo server now answers errors in the shapes the public docs show, layer by layer.</source>
        <translation>Der Demo-Server beantwortet Fehler jetzt in den Formen, die die öffentliche Dokumentation zeigt, Schicht für Schicht.</translation>
    </message>
    <message>
        <source>The Demo server now answers every error as {&quot;code&quot;, &quot;message&quot;}.</source>
        <translation>Der Demo-Server beantwortet jetzt jeden Fehler als {&quot;code&quot;, &quot;message&quot;}.</translation>
    </message>
    <message>
        <source>Error &amp;dialect</source>
        <translation>Fehler&amp;dialekt</translation>
    </message>
    <message>
        <source>&amp;Code and message everywhere (original error document)</source>
        <translation>&amp;Code und Meldung überall (ursprüngliches Fehlerdokument)</translation>
    </message>
    <message>
        <source>&amp;Documented shapes by layer (Errors and troubleshooting)</source>
        <translation>&amp;Dokumentierte Formen je Schicht (Errors and troubleshooting)</translation>
    </message>
    <message>
        <source>The Demo server now answers over HTTPS with a self-signed certificate trusted nowhere: send a request to see the certificate error.</source>
        <translation>Der Demo-Server antwortet jetzt über HTTPS mit einem selbstsignierten Zertifikat, dem nirgends vertraut wird: Senden Sie eine Anfrage, um den Zertifikatsfehler zu sehen.</translation>
    </message>
    <message>
        <source>The Demo server answers over plain HTTP again.</source>
        <translation>Der Demo-Server antwortet wieder über einfaches HTTP.</translation>
    </message>
    <message>
        <source>&amp;Self-signed certificate (TLS)</source>
        <translation>&amp;Selbstsigniertes Zertifikat (TLS)</translation>
    </message>
    <message>
        <source>Serve the Demo over HTTPS with a demo certificate nothing trusts</source>
        <translation>Die Demo über HTTPS mit einem Demo-Zertifikat bereitstellen, dem nichts vertraut</translation>
    </message>
</context>
<context>
    <name>cx::gui::SingleInstance</name>
    <message>
        <source>The profile folder %1 could not be created.</source>
        <translation>Der Profilordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The lock file %1 could not be created.</source>
        <translation>Die Sperrdatei %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Connect Explorer is already running on %1 but does not answer.</source>
        <translation>Connect Explorer läuft bereits mit %1, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>Could not listen for later starts: %1</source>
        <translation>Auf spätere Starts kann nicht gelauscht werden: %1</translation>
    </message>
    <message>
        <source>Connect Explorer is already running on %1 but did not take the command line.</source>
        <translation>Connect Explorer läuft bereits mit %1, hat die Befehlszeile aber nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>cx::gui::StartPanel</name>
    <message>
        <source>Start here</source>
        <translation>Hier beginnen</translation>
    </message>
    <message>
        <source>This tab is empty. Pick an endpoint on the left, or take one of these first steps:</source>
        <translation>Dieser Tab ist leer. Wählen Sie links einen Endpunkt oder machen Sie einen dieser ersten Schritte:</translation>
    </message>
</context>
<context>
    <name>cx::gui::StartupOptions</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Use the API at URL instead of the Demo.</source>
        <translation>Die API unter URL statt der Demo verwenden.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in as this OAuth client.</source>
        <translation>Als dieser OAuth-Client anmelden.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the client secret from environment variable NAME.</source>
        <translation>Das Client-Secret aus der Umgebungsvariablen NAME lesen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Start on the saved profile NAME (its secret from the keychain).</source>
        <translation>Mit dem gespeicherten Profil NAME starten (sein Secret aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>Browse the endpoints of this OpenAPI 3 JSON file.</source>
        <translation>Die Endpunkte dieser OpenAPI-3-JSON-Datei durchsuchen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give either --profile or --base-url with --client-id, not both.</source>
        <translation>Geben Sie entweder --profile oder --base-url mit --client-id an, nicht beides.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Es gibt kein Profil namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--base-url needs an http or https URL, not &apos;%1&apos;.</source>
        <translation>--base-url braucht eine http- oder https-URL, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--base-url needs --client-id as well.</source>
        <translation>--base-url braucht auch --client-id.</translation>
    </message>
    <message>
        <source>--client-id is for another server: give --base-url too.</source>
        <translation>--client-id ist für einen anderen Server: Geben Sie auch --base-url an.</translation>
    </message>
    <message>
        <source>Desktop client for the Cliquify Connect API. Without options it starts on the last used profile (the Demo profile, a simulator inside the app, on a first start).
One window runs per profile folder: starting it again brings that window to the front, opens the --openapi document there, and switches to the --profile (or to the saved profile with that --base-url and --client-id; for a new one the New Profile dialog opens, filled in).</source>
        <translation>Desktop-Client für die Cliquify Connect API. Ohne Optionen startet er mit dem zuletzt verwendeten Profil (beim ersten Start mit dem Demo-Profil, einem Simulator in der App).
Pro Profilordner läuft ein Fenster: Ein erneuter Start holt dieses Fenster in den Vordergrund, öffnet dort das --openapi-Dokument und wechselt zum --profile (oder zum gespeicherten Profil mit dieser --base-url und --client-id; für ein neues öffnet sich der Dialog „Neues Profil“, bereits ausgefüllt).</translation>
    </message>
</context>
<context>
    <name>cx::gui::StatusPanel</name>
    <message>
        <source>Token renewed at %1</source>
        <translation>Token erneuert um %1</translation>
    </message>
    <message>
        <source>The token was renewed automatically before it expired</source>
        <translation>Das Token wurde vor seinem Ablauf automatisch erneuert</translation>
    </message>
    <message>
        <source>Sign-in failed: %1 — %2</source>
        <translation>Anmeldung fehlgeschlagen: %1 — %2</translation>
    </message>
    <message>
        <source>No scopes granted</source>
        <translation>Keine Scopes gewährt</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <source>Scopes the token was granted, from introspection</source>
        <translation>Dem Token gewährte Scopes, laut Introspektion</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1d %2</source>
        <translation>%1 T %2</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Token expires in %1</source>
        <translation>Token läuft in %1 ab</translation>
    </message>
    <message>
        <source>Expires at %1</source>
        <translation>Läuft ab um %1</translation>
    </message>
    <message>
        <source>token request: form</source>
        <translation>Token-Anfrage: Formular</translation>
    </message>
    <message>
        <source>The token was requested with a JSON body, as the current API documentation shows.</source>
        <translation>Das Token wurde mit einem JSON-Body angefordert, wie es die aktuelle API-Dokumentation zeigt.</translation>
    </message>
    <message>
        <source>The token was requested form-urlencoded with grant_type: this server does not take the JSON body the current documentation shows.</source>
        <translation>Das Token wurde form-urlencoded mit grant_type angefordert: Dieser Server nimmt den JSON-Body, den die aktuelle Dokumentation zeigt, nicht an.</translation>
    </message>
</context>
<context>
    <name>cx::gui::TabSendsPanel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>This tab&apos;s sends</source>
        <translation>Sendevorgänge dieses Tabs</translation>
    </message>
    <message>
        <source>&amp;Compare Selected</source>
        <translation>Auswahl &amp;vergleichen</translation>
    </message>
    <message>
        <source>Select two sends to compare their responses.</source>
        <translation>Wählen Sie zwei Sendevorgänge aus, um ihre Antworten zu vergleichen.</translation>
    </message>
    <message>
        <source>Compare the two selected sends</source>
        <translation>Die beiden ausgewählten Sendevorgänge vergleichen</translation>
    </message>
    <message>
        <source>No request tab.</source>
        <translation>Kein Anfrage-Tab.</translation>
    </message>
    <message>
        <source>“%1” has not been sent yet.</source>
        <translation>„%1“ wurde noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Sends of “%1”, newest first:</source>
        <translation>Sendevorgänge von „%1“, neueste zuerst:</translation>
    </message>
</context>
<context>
    <name>cx::gui::TourPlayer</name>
    <message>
        <source>&amp;Tour Player</source>
        <translation>&amp;Tour-Player</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>&amp;Open Tour…</source>
        <translation>Tour ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Export Transcript…</source>
        <translation>Transkript &amp;exportieren…</translation>
    </message>
    <message>
        <source>Open Tour</source>
        <translation>Tour öffnen</translation>
    </message>
    <message>
        <source>%1 is not a tour: %2</source>
        <translation>%1 ist keine Tour: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Next to start.</source>
        <translation>Klicken Sie auf „Weiter“, um zu beginnen.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Matched: %1 %2</source>
        <translation>Erfüllt: %1 %2</translation>
    </message>
    <message>
        <source>, after the token was renewed</source>
        <translation>, nachdem das Token erneuert wurde</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connect tours (*.json);;All files (*)</source>
        <translation>Connect-Touren (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation>Transkript exportieren</translation>
    </message>
    <message>
        <source>connect-tour-transcript.md</source>
        <translation>connect-tour-transcript.md</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The transcript could not be written to %1: %2</source>
        <translation>Das Transkript konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::TrustCertificateDialog</name>
    <message>
        <source>Trust This Certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>The server showed a certificate this computer does not trust. Trust it only if its fingerprint is the one the server&apos;s owner gives you: compare it with them (by phone or in person, not through this connection).</source>
        <translation>Der Server hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut. Vertrauen Sie ihm nur, wenn sein Fingerabdruck der ist, den Ihnen der Betreiber des Servers nennt: Gleichen Sie ihn mit ihm ab (telefonisch oder persönlich, nicht über diese Verbindung).</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2%3
Valid from: %4
Valid until: %5
Names: %6
Fingerprint (SHA-256):
%7</source>
        <translation>Inhaber: %1
Aussteller: %2%3
Gültig ab: %4
Gültig bis: %5
Namen: %6
Fingerabdruck (SHA-256):
%7</translation>
    </message>
    <message>
        <source> (itself: self-signed)</source>
        <translation> (es selbst: selbstsigniert)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Trust for This Profile</source>
        <translation>Für dieses Profil &amp;vertrauen</translation>
    </message>
    <message>
        <source>This certificate will be trusted for the profile &quot;%1&quot; only, by this fingerprint; remove it in Profile ▸ Trusted Certificates…</source>
        <translation>Diesem Zertifikat wird nur für das Profil „%1“ vertraut, anhand dieses Fingerabdrucks; entfernen Sie es unter Profil ▸ Vertrauenswürdige Zertifikate…</translation>
    </message>
</context>
<context>
    <name>cx::gui::TrustedCertificatesDialog</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1
Pin: %2</source>
        <translation>Fingerabdruck (SHA-256): %1
Pin: %2</translation>
    </message>
    <message>
        <source>Certificate with the SHA-256 fingerprint %1</source>
        <translation>Zertifikat mit dem SHA-256-Fingerabdruck %1</translation>
    </message>
    <message>
        <source>Trusted Certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Certificates the profile &quot;%1&quot; trusts by their SHA-256 fingerprint (trusted from the error panel). Remove one and the app no longer trusts that certificate: the next request to its server fails as untrusted and asks again.</source>
        <translation>Zertifikate, denen das Profil „%1“ anhand ihres SHA-256-Fingerabdrucks vertraut (im Fehlerbereich als vertrauenswürdig bestätigt). Entfernen Sie eines, vertraut die App diesem Zertifikat nicht mehr: Die nächste Anfrage an seinen Server scheitert als nicht vertrauenswürdig und fragt erneut.</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Certificates trusted for the profile &quot;%1&quot;</source>
        <translation>Vertrauenswürdige Zertifikate des Profils „%1“</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; trusts no certificate by its fingerprint.</source>
        <translation>Das Profil „%1“ vertraut keinem Zertifikat anhand seines Fingerabdrucks.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected certificates</source>
        <translation>Die ausgewählten Zertifikate entfernen</translation>
    </message>
    <message>
        <source>Remove &amp;All</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <source>Remove all trusted certificates</source>
        <translation>Alle vertrauenswürdigen Zertifikate entfernen</translation>
    </message>
</context>
<context>
    <name>cx::gui::UserGuideDialog</name>
    <message>
        <source>Connect Explorer User Guide</source>
        <translation>Connect Explorer – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>cx::gui::VariablesDialog</name>
    <message>
        <source>Variables — %1</source>
        <translation>Variablen — %1</translation>
    </message>
    <message>
        <source>Variables of the profile &quot;%1&quot;. Write {{name}} in the path, a query or header value or the body; the value is put in when the request is sent.</source>
        <translation>Variablen des Profils „%1“. Schreiben Sie {{name}} in den Pfad, einen Query- oder Header-Wert oder den Body; der Wert wird beim Senden der Anfrage eingesetzt.</translation>
    </message>
</context>
<context>
    <name>cx::gui::VariablesTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Use a variable as {{name}} in the path, query, headers or body. A secret variable is kept in the keychain and masked in logs, history and exports.</source>
        <translation>Verwenden Sie eine Variable als {{name}} in Pfad, Query, Headern oder Body. Eine geheime Variable wird im Schlüsselbund gespeichert und in Protokollen, Verlauf und Exporten maskiert.</translation>
    </message>
</context>
<context>
    <name>cx::sim</name>
    <message>
        <source>A scenario needs a code, as in CODE[@PATH].</source>
        <translation>Ein Szenario braucht einen Code, wie in CODE[@PATH].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid scenario code.</source>
        <translation>&apos;%1&apos; ist kein gültiger Szenario-Code.</translation>
    </message>
    <message>
        <source>The scenario path &apos;%1&apos; must start with &apos;/&apos;.</source>
        <translation>Der Szenario-Pfad &apos;%1&apos; muss mit &apos;/&apos; beginnen.</translation>
    </message>
</context>
<context>
    <name>cx::sim::SimTls</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MiB, not a PEM file.</source>
        <translation>%1: größer als 1 MiB, keine PEM-Datei.</translation>
    </message>
    <message>
        <source>this Qt has no TLS backend (OpenSSL), so HTTPS cannot be served.</source>
        <translation>diese Qt-Version hat kein TLS-Backend (OpenSSL), daher kann HTTPS nicht angeboten werden.</translation>
    </message>
    <message>
        <source>%1: holds no PEM certificate.</source>
        <translation>%1: enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1: holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1: enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA oder EC).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect Explorer</source>
        <translation>Connect Explorer</translation>
    </message>
    <message>
        <source>The endpoint list could not be read: %1</source>
        <translation>Die Endpunktliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Another start&apos;s command line was not understood: %1</source>
        <translation>Die Befehlszeile eines weiteren Starts wurde nicht verstanden: %1</translation>
    </message>
</context>
</TS>
