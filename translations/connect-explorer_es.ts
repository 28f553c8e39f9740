<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConnectCli</name>
    <message>
        <source>--header expects &apos;Name: value&apos;, got &apos;%1&apos;</source>
        <translation>--header espera &apos;Nombre: valor&apos;, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--query expects &apos;name=value&apos;, got &apos;%1&apos;</source>
        <translation>--query espera &apos;nombre=valor&apos;, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Send one request to the Connect API.</source>
        <translation>Envía una solicitud a la API de Connect.</translation>
    </message>
    <message>
        <source>Query parameter (repeatable).</source>
        <translation>Parámetro de consulta (repetible).</translation>
    </message>
    <message>
        <source>Request header (repeatable).</source>
        <translation>Cabecera de la solicitud (repetible).</translation>
    </message>
    <message>
        <source>Request body: JSON text, @file, or @- for standard input.</source>
        <translation>Cuerpo de la solicitud: texto JSON, @archivo o @- para la entrada estándar.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Imprime un único objeto JSON.</translation>
    </message>
    <message>
        <source>Print the status line and headers before the body.</source>
        <translation>Imprime la línea de estado y las cabeceras antes del cuerpo.</translation>
    </message>
    <message>
        <source>Give up when nothing arrives for this long (default 30).</source>
        <translation>Abandona cuando no llega nada durante este tiempo (predeterminado: 30).</translation>
    </message>
    <message>
        <source>Send without signing in (no Authorization header).</source>
        <translation>Envía sin iniciar sesión (sin cabecera Authorization).</translation>
    </message>
    <message>
        <source>HTTP method, e.g. GET.</source>
        <translation>Método HTTP, p. ej. GET.</translation>
    </message>
    <message>
        <source>Path below the base URL, e.g. /api/templates.</source>
        <translation>Ruta bajo la URL base, p. ej. /api/templates.</translation>
    </message>
    <message>
        <source>call expects METHOD and PATH, e.g. connect-cli call GET /api/templates</source>
        <translation>call espera METHOD y PATH, p. ej. connect-cli call GET /api/templates</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP method</source>
        <translation>&apos;%1&apos; no es un método HTTP</translation>
    </message>
    <message>
        <source>sign-in failed at %1/oauth/access-token</source>
        <translation>el inicio de sesión falló en %1/oauth/access-token</translation>
    </message>
    <message>
        <source>API base URL, e.g. http://127.0.0.1:8080 (or $CONNECT_BASE_URL).</source>
        <translation>URL base de la API, p. ej. http://127.0.0.1:8080 (o $CONNECT_BASE_URL).</translation>
    </message>
    <message>
        <source>OAuth client id (or $CONNECT_CLIENT_ID).</source>
        <translation>Id. de cliente OAuth (o $CONNECT_CLIENT_ID).</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the client secret (default CONNECT_CLIENT_SECRET).</source>
        <translation>Nombre de la variable de entorno que contiene el secreto del cliente (predeterminado: CONNECT_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation>--base-url debe ser una URL http:// o https://, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the environment variable %1 holding the client secret is not set or empty</source>
        <translation>la variable de entorno %1 con el secreto del cliente no está definida o está vacía</translation>
    </message>
    <message>
        <source>sent by the server</source>
        <translation>enviado por el servidor</translation>
    </message>
    <message>
        <source>Explain a bare error code.</source>
        <translation>Explica un código de error suelto.</translation>
    </message>
    <message>
        <source>List every code this version knows.</source>
        <translation>Lista todos los códigos que conoce esta versión.</translation>
    </message>
    <message>
        <source>--status expects an HTTP status from 100 to 599</source>
        <translation>--status espera un estado HTTP entre 100 y 599</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Send the request N times in a row over one connection and print a summary (count, ok, failed, total, mean/p50/p95) instead of the bodies.</source>
        <translation>Envía la solicitud N veces seguidas por una misma conexión e imprime un resumen (recuento, correctas, fallidas, total, media/p50/p95) en lugar de los cuerpos.</translation>
    </message>
    <message>
        <source>--repeat expects a number of requests from 1 to 10000000</source>
        <translation>--repeat espera un número de solicitudes entre 1 y 10000000</translation>
    </message>
    <message>
        <source>first failure: %1</source>
        <translation>primer fallo: %1</translation>
    </message>
    <message>
        <source>--spec file &apos;%1&apos; is not an OpenAPI document: %2</source>
        <translation>el archivo de --spec &apos;%1&apos; no es un documento OpenAPI: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a check-up report: %2</source>
        <translation>&apos;%1&apos; no es un informe de revisión de la cuenta: %2</translation>
    </message>
    <message>
        <source>Check an account: sign in, introspect the token, call every GET endpoint once (and one item of each list) within a time budget and the rate limit, and say what is wrong and what to do.
Exit codes: 0 no check failed (warnings allowed), 1 a check failed, 2 the server is unreachable, 3 sign-in failed, 64 bad command line.
With --compare A.json B.json: compare two saved --json reports (0 identical, 1 they differ).</source>
        <translation>Revisa una cuenta: inicia sesión, inspecciona el token, llama una vez a cada endpoint GET (y a un elemento de cada lista) dentro de un presupuesto de tiempo y del límite de frecuencia, e indica qué falla y qué hacer.
Códigos de salida: 0 ninguna comprobación falló (se permiten advertencias), 1 una comprobación falló, 2 el servidor no está accesible, 3 el inicio de sesión falló, 64 línea de comandos incorrecta.
Con --compare A.json B.json: compara dos informes --json guardados (0 idénticos, 1 difieren).</translation>
    </message>
    <message>
        <source>OpenAPI document to take the endpoints from (default: the built-in one).</source>
        <translation>Documento OpenAPI del que tomar los endpoints (predeterminado: el integrado).</translation>
    </message>
    <message>
        <source>Time budget for the whole check-up (default 60).</source>
        <translation>Presupuesto de tiempo para toda la revisión de la cuenta (predeterminado: 60).</translation>
    </message>
    <message>
        <source>Revoke the check-up&apos;s own token at the end.</source>
        <translation>Revoca al final el token propio de la revisión de la cuenta.</translation>
    </message>
    <message>
        <source>Compare two saved reports (REPORT_A.json REPORT_B.json).</source>
        <translation>Compara dos informes guardados (REPORT_A.json REPORT_B.json).</translation>
    </message>
    <message>
        <source>With --compare: the two report files.</source>
        <translation>Con --compare: los dos archivos de informe.</translation>
    </message>
    <message>
        <source>check --compare expects two report files, e.g. connect-cli check --compare a.json b.json</source>
        <translation>check --compare espera dos archivos de informe, p. ej. connect-cli check --compare a.json b.json</translation>
    </message>
    <message>
        <source>check takes no arguments (&apos;%1&apos;); did you mean --compare?</source>
        <translation>check no admite argumentos (&apos;%1&apos;); ¿quiso decir --compare?</translation>
    </message>
    <message>
        <source>Use a profile saved in Connect Explorer: its base URL, client id and the secret from the keychain (the options above override it).</source>
        <translation>Usa un perfil guardado en Connect Explorer: su URL base, su id. de cliente y el secreto del llavero (las opciones anteriores tienen prioridad).</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;: none is saved yet (create one in Connect Explorer, Profile &gt; New Profile, or use --base-url and --client-id)</source>
        <translation>no hay ningún perfil llamado &apos;%1&apos;: aún no hay ninguno guardado (cree uno en Connect Explorer, Perfil &gt; Nuevo perfil, o use --base-url y --client-id)</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos; (saved profiles: %2)</source>
        <translation>no hay ningún perfil llamado &apos;%1&apos; (perfiles guardados: %2)</translation>
    </message>
    <message>
        <source>the Demo profile runs inside Connect Explorer; for the command line start connect-sim and use --base-url with its demo client</source>
        <translation>el perfil Demo se ejecuta dentro de Connect Explorer; para la línea de comandos inicie connect-sim y use --base-url con su cliente de demostración</translation>
    </message>
    <message>
        <source>no keychain is available here (%1)</source>
        <translation>aquí no hay ningún llavero disponible (%1)</translation>
    </message>
    <message>
        <source>no secret is stored in the keychain for it</source>
        <translation>no hay ningún secreto guardado en el llavero para él</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no client secret to use: %2. Tick &quot;Remember the secret in the keychain&quot; for it in Connect Explorer, or pass --client-secret-env VAR with the secret in the environment variable VAR</source>
        <translation>el perfil &apos;%1&apos; no tiene un secreto de cliente utilizable: %2. Marque «Recordar el secreto en el llavero» para él en Connect Explorer, o pase --client-secret-env VAR con el secreto en la variable de entorno VAR</translation>
    </message>
    <message>
        <source>--base-url is required (or set CONNECT_BASE_URL, or use --profile NAME)</source>
        <translation>--base-url es obligatorio (o defina CONNECT_BASE_URL, o use --profile NAME)</translation>
    </message>
    <message>
        <source>--client-id is required (or set CONNECT_CLIENT_ID, or use --profile NAME)</source>
        <translation>--client-id es obligatorio (o defina CONNECT_CLIENT_ID, o use --profile NAME)</translation>
    </message>
    <message>
        <source>Not an error: status %1.</source>
        <translation>No es un error: estado %1.</translation>
    </message>
    <message>
        <source>derived from the status and headers</source>
        <translation>deducido del estado y las cabeceras</translation>
    </message>
    <message>
        <source>code:        %1 (%2)</source>
        <translation>código:      %1 (%2)</translation>
    </message>
    <message>
        <source>status:      %1</source>
        <translation>estado:      %1</translation>
    </message>
    <message>
        <source>body:        %1</source>
        <translation>cuerpo:      %1</translation>
    </message>
    <message>
        <source>message:     %1</source>
        <translation>mensaje:     %1</translation>
    </message>
    <message>
        <source>action:      %1</source>
        <translation>acción:      %1</translation>
    </message>
    <message>
        <source>meaning:     %1</source>
        <translation>significado: %1</translation>
    </message>
    <message>
        <source>what to do:  %1</source>
        <translation>qué hacer:   %1</translation>
    </message>
    <message>
        <source>retry after: %1 s</source>
        <translation>reintentar tras: %1 s</translation>
    </message>
    <message>
        <source>note:        this code is unknown to this version of Connect Explorer.</source>
        <translation>nota:        esta versión de Connect Explorer no conoce este código.</translation>
    </message>
    <message>
        <source>The HTTP status that came with the body.</source>
        <translation>El estado HTTP que llegó con el cuerpo.</translation>
    </message>
    <message>
        <source>A response header, &apos;Name: value&apos; (repeatable). Content-Type, WWW-Authenticate and Retry-After are read.</source>
        <translation>Una cabecera de la respuesta, &apos;Nombre: valor&apos; (repetible). Se leen Content-Type, WWW-Authenticate y Retry-After.</translation>
    </message>
    <message>
        <source>Print it for people, not as JSON.</source>
        <translation>Lo imprime para personas, no como JSON.</translation>
    </message>
    <message>
        <source>Print JSON (the default).</source>
        <translation>Imprime JSON (lo predeterminado).</translation>
    </message>
    <message>
        <source>The response body; &apos;-&apos; or none for standard input.</source>
        <translation>El cuerpo de la respuesta; &apos;-&apos; o nada para la entrada estándar.</translation>
    </message>
    <message>
        <source>--header expects &apos;Name: value&apos;, not &apos;%1&apos;</source>
        <translation>--header espera &apos;Nombre: valor&apos;, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>explain reads one FILE (or &apos;-&apos; for standard input)</source>
        <translation>explain lee un FILE (o &apos;-&apos; para la entrada estándar)</translation>
    </message>
    <message>
        <source>give an error body (FILE or standard input), --status, or --code (see --help)</source>
        <translation>indique un cuerpo de error (FILE o entrada estándar), --status o --code (consulte --help)</translation>
    </message>
    <message>
        <source>Usage: connect-cli tour run FILE|builtin:NAME [--json] [--transcript FILE]
                  [--base-url URL --client-id ID --client-secret-env VAR | --profile NAME]
       connect-cli tour validate FILE|builtin:NAME
</source>
        <translation>Uso: connect-cli tour run FILE|builtin:NAME [--json] [--transcript FILE]
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
        <translation>Reproduce un recorrido guiado sin interfaz y comprueba el resultado de cada paso.
  tour run FILE|builtin:NAME      lo reproduce contra el servidor e imprime cada veredicto
  tour validate FILE|builtin:NAME solo comprueba el archivo
Recorridos guiados integrados: %1
Códigos de salida: 0 todos los pasos coincidieron (se permiten pasos omitidos), 1 un paso falló (se indica cuál), 64 un archivo de recorrido mal formado o línea de comandos incorrecta.</translation>
    </message>
    <message>
        <source>Also write the Markdown transcript (secrets masked) to FILE.</source>
        <translation>Escribe también la transcripción en Markdown (con los secretos enmascarados) en FILE.</translation>
    </message>
    <message>
        <source>run or validate</source>
        <translation>run o validate</translation>
    </message>
    <message>
        <source>The tour file, or builtin:NAME.</source>
        <translation>El archivo del recorrido guiado, o builtin:NAME.</translation>
    </message>
    <message>
        <source>tour needs a verb: run or validate</source>
        <translation>tour necesita un verbo: run o validate</translation>
    </message>
    <message>
        <source>unknown tour verb &apos;%1&apos; (run or validate)</source>
        <translation>verbo de tour desconocido &apos;%1&apos; (run o validate)</translation>
    </message>
    <message>
        <source>tour %1 takes exactly one tour file</source>
        <translation>tour %1 admite exactamente un archivo de recorrido guiado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: a valid tour, &quot;%2&quot;, %n step(s)
</source>
        <translation>
            <numerusform>%1: un recorrido guiado válido, &quot;%2&quot;, %n paso
</numerusform>
            <numerusform>%1: un recorrido guiado válido, &quot;%2&quot;, %n pasos
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tour &quot;%1&quot; against %2, %n step(s)
</source>
        <translation>
            <numerusform>Recorrido guiado &quot;%1&quot; contra %2, %n paso
</numerusform>
            <numerusform>Recorrido guiado &quot;%1&quot; contra %2, %n pasos
</numerusform>
        </translation>
    </message>
    <message>
        <source>: no response (%1)</source>
        <translation>: sin respuesta (%1)</translation>
    </message>
    <message>
        <source>, token renewed and replayed</source>
        <translation>, token renovado y solicitud repetida</translation>
    </message>
    <message>
        <source>cannot write the transcript to &apos;%1&apos;: %2</source>
        <translation>no se puede escribir la transcripción en &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Every step matched (%1 skipped: no simulator control here).
</source>
        <translation>Todos los pasos coincidieron (%1 omitidos: aquí no hay control del simulador).
</translation>
    </message>
    <message>
        <source>Every step matched.
</source>
        <translation>Todos los pasos coincidieron.
</translation>
    </message>
    <message>
        <source>tour failed at step &quot;%1&quot; (%2 of %3, %4): %5</source>
        <translation>el recorrido guiado falló en el paso &quot;%1&quot; (%2 de %3, %4): %5</translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-8; use --data-binary @file for binary bodies</source>
        <translation>%1: el texto no es UTF-8 válido; use --data-binary @archivo para cuerpos binarios</translation>
    </message>
    <message>
        <source>%1: %2 (raise the limit with --max-body)</source>
        <translation>%1: %2 (aumente el límite con --max-body)</translation>
    </message>
    <message>
        <source>--header &apos;%1&apos;: the name %2</source>
        <translation>--header &apos;%1&apos;: el nombre %2</translation>
    </message>
    <message>
        <source>--header &apos;%1&apos;: the value %2</source>
        <translation>--header &apos;%1&apos;: el valor %2</translation>
    </message>
    <message>
        <source>Request body from @file (or @- for standard input), sent byte for byte.</source>
        <translation>Cuerpo de la solicitud desde @archivo (o @- para la entrada estándar), enviado byte a byte.</translation>
    </message>
    <message>
        <source>Refuse a --data/--data-binary file larger than this (bytes, or with K, M or G; default 256M).</source>
        <translation>Rechaza un archivo de --data/--data-binary mayor que este tamaño (bytes, o con K, M o G; predeterminado: 256M).</translation>
    </message>
    <message>
        <source>Give up when the whole call, redirects and body included, takes longer than this (default 300).</source>
        <translation>Abandona cuando la llamada completa, incluidas las redirecciones y el cuerpo, tarda más que este tiempo (predeterminado: 300).</translation>
    </message>
    <message>
        <source>--max-body expects a size from 1 byte to 2G, e.g. 1048576, 512K or 64M</source>
        <translation>--max-body espera un tamaño entre 1 byte y 2G, p. ej. 1048576, 512K o 64M</translation>
    </message>
    <message>
        <source>give the body once: --data or --data-binary</source>
        <translation>indique el cuerpo una sola vez: --data o --data-binary</translation>
    </message>
    <message>
        <source>note: followed a redirect from https to plain http (%1): the rest of the exchange was not encrypted</source>
        <translation>nota: se siguió una redirección de https a http sin cifrar (%1): el resto del intercambio no estaba cifrado</translation>
    </message>
    <message>
        <source>cannot read --spec file: %1</source>
        <translation>no se puede leer el archivo de --spec: %1</translation>
    </message>
    <message>
        <source>cannot read report: %1</source>
        <translation>no se puede leer el informe: %1</translation>
    </message>
    <message>
        <source>Token request format: %1</source>
        <translation>Formato de la solicitud de token: %1</translation>
    </message>
    <message>
        <source>%1 expects a number of seconds from %2 to %3</source>
        <translation>%1 espera un número de segundos entre %2 y %3</translation>
    </message>
    <message>
        <source>endpoint:    %1</source>
        <translation>endpoint:    %1</translation>
    </message>
    <message>
        <source>field:       %1: %2</source>
        <translation>campo:       %1: %2</translation>
    </message>
    <message>
        <source>missing:     %1</source>
        <translation>faltan:      %1</translation>
    </message>
    <message>
        <source>Explain an error response of the Connect API: its code, what it means and what to do.
Reads the body from FILE, or from standard input (&apos;-&apos;, or no FILE), and prints one JSON object
{status, code, code_from_server, message, action, meaning, hint, retry_after_s, layer, fields,
missing_scopes}.</source>
        <translation>Explica una respuesta de error de la API de Connect: su código, qué significa y qué hacer.
Lee el cuerpo de FILE o de la entrada estándar (&apos;-&apos;, o sin FILE) e imprime un objeto JSON
{status, code, code_from_server, message, action, meaning, hint, retry_after_s, layer, fields,
missing_scopes}.</translation>
    </message>
    <message>
        <source>The path that answered, such as /oauth/access-token or /api/templates: the same status means different things at the token endpoint and on /api/*.</source>
        <translation>La ruta que respondió, como /oauth/access-token o /api/templates: el mismo estado significa cosas distintas en el endpoint de tokens y en /api/*.</translation>
    </message>
    <message>
        <source>The scopes the token was granted, separated by spaces or commas, to name the missing ones of a permission error.</source>
        <translation>Los ámbitos concedidos al token, separados por espacios o comas, para indicar los que faltan en un error de permisos.</translation>
    </message>
    <message>
        <source>Also list every assumption of the OpenAPI document (x-sim-assumption) as held, differed or untested by this server, with what was seen instead.</source>
        <translation>Enumera también cada suposición del documento OpenAPI (x-sim-assumption) como cumplida, distinta o incierta (sin probar) en este servidor, con lo que se observó en su lugar.</translation>
    </message>
    <message>
        <source>--var expects &apos;NAME=VALUE&apos; with a name without braces, line breaks or spaces at either end, got &apos;%1&apos;</source>
        <translation>--var espera &apos;NAME=VALUE&apos; con un nombre sin llaves, saltos de línea ni espacios al principio o al final; se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unresolved variable(s): %1; give each with --var NAME=VALUE or define it in the profile (--profile NAME)</source>
        <translation>variables sin resolver: %1; indique cada una con --var NAME=VALUE o defínala en el perfil (--profile NAME)</translation>
    </message>
    <message>
        <source>the header &apos;%1&apos; with its variables resolved: %2</source>
        <translation>la cabecera &apos;%1&apos; con sus variables resueltas: %2</translation>
    </message>
    <message>
        <source>Variable for {{NAME}} in the path, query, headers and body (repeatable); comes before the variables of --profile.</source>
        <translation>Variable para {{NAME}} en la ruta, la consulta, las cabeceras y el cuerpo (repetible); tiene prioridad sobre las variables de --profile.</translation>
    </message>
    <message>
        <source>Send through this proxy: http://[USER@]HOST:PORT or socks5://HOST:PORT (its password from $CONNECT_PROXY_PASSWORD). Default: the environment&apos;s https_proxy/http_proxy.</source>
        <translation>Envía a través de este proxy: http://[USER@]HOST:PORT o socks5://HOST:PORT (su contraseña, de $CONNECT_PROXY_PASSWORD). Predeterminado: https_proxy/http_proxy del entorno.</translation>
    </message>
    <message>
        <source>Connect directly, whatever the environment says.</source>
        <translation>Se conecta directamente, diga lo que diga el entorno.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file or folder (repeatable).</source>
        <translation>Confía también en los certificados de CA de este archivo o carpeta PEM (repetible).</translation>
    </message>
    <message>
        <source>Client certificate: PEM (with --key) or PKCS#12 (.p12/.pfx); a passphrase is read from $CONNECT_CERT_PASSPHRASE.</source>
        <translation>Certificado de cliente: PEM (con --key) o PKCS#12 (.p12/.pfx); la frase de contraseña se lee de $CONNECT_CERT_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The PEM private key of --cert.</source>
        <translation>La clave privada PEM de --cert.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint, sha256/BASE64 as an error shows it (repeatable).</source>
        <translation>Confía en el certificado del servidor con esta huella digital SHA-256, sha256/BASE64 tal como la muestra un error (repetible).</translation>
    </message>
    <message>
        <source>--proxy and --no-proxy exclude each other</source>
        <translation>--proxy y --no-proxy se excluyen mutuamente</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <source>--key needs --cert</source>
        <translation>--key necesita --cert</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Convert customer material: a cURL command (several with --next or one after the other), a HAR file, a Postman (v2.1) or Insomnia (v4/v5) collection, into JSON, code or a HAR/Postman file.
--to json prints one array [{name, method, url, headers: [[name, value]...], body_base64, notes}].
What cannot be read exactly is refused (exit 64) with the option or field at fault; what the target cannot express is said in a &apos;note:&apos; line on standard error.</source>
        <translation>Convierte material del cliente: un comando cURL (varios con --next o uno tras otro), un archivo HAR, una colección de Postman (v2.1) o de Insomnia (v4/v5), en JSON, código o un archivo HAR/Postman.
--to json imprime un único array [{name, method, url, headers: [[name, value]...], body_base64, notes}].
Lo que no se puede leer con exactitud se rechaza (salida 64) indicando la opción o el campo erróneo; lo que el destino no puede expresar se indica en una línea &apos;nota:&apos; en la salida de error estándar.</translation>
    </message>
    <message>
        <source>What the input is: %1. Without it the content decides, when it is clear.</source>
        <translation>Qué es la entrada: %1. Sin esta opción decide el contenido, cuando está claro.</translation>
    </message>
    <message>
        <source>What to write: %1.</source>
        <translation>Qué escribir: %1.</translation>
    </message>
    <message>
        <source>Write Authorization headers and other secrets as they are (masked otherwise).</source>
        <translation>Escribe las cabeceras Authorization y demás secretos tal cual (si no, se enmascaran).</translation>
    </message>
    <message>
        <source>The profile&apos;s base URL: a HAR&apos;s Connect calls are those on its origin.</source>
        <translation>La URL base del perfil: las llamadas a Connect de un HAR son las dirigidas a su origen.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribe en FILE en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>The input; &apos;-&apos; or none for standard input.</source>
        <translation>La entrada; &apos;-&apos; o nada para la entrada estándar.</translation>
    </message>
    <message>
        <source>convert reads one input; got %1</source>
        <translation>convert lee una sola entrada; se recibieron %1</translation>
    </message>
    <message>
        <source>--to is required: %1</source>
        <translation>--to es obligatorio: %1</translation>
    </message>
    <message>
        <source>--to %1 is not a format convert writes: %2</source>
        <translation>--to %1 no es un formato que convert escriba: %2</translation>
    </message>
    <message>
        <source>--from %1 is not a format convert reads: %2</source>
        <translation>--from %1 no es un formato que convert lea: %2</translation>
    </message>
    <message>
        <source>cannot tell what %1 is: give --from (%2)</source>
        <translation>no se puede saber qué es %1: indique --from (%2)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>--compare-profile %1: %2</source>
        <translation>--compare-profile %1: %2</translation>
    </message>
    <message>
        <source>Send the same request as the saved profile NAME too (its own URL, client and token) and print both statuses and what differs in status, headers and body. Exit 0 when equal, 1 when different.</source>
        <translation>Envía también la misma solicitud con el perfil guardado NAME (con su propia URL, su cliente y su token) e imprime ambos estados y lo que difiere en estado, cabeceras y cuerpo. Código de salida 0 si son iguales, 1 si son distintas.</translation>
    </message>
    <message>
        <source>Environment variable holding the client secret of --compare-profile&apos;s profile, when the keychain has none.</source>
        <translation>Variable de entorno con el secreto de cliente del perfil de --compare-profile, cuando el llavero no tiene ninguno.</translation>
    </message>
    <message>
        <source>With --compare-profile: leave out this path and everything below it (repeatable), e.g. meta.request_id or data[*].updated_at; see connect-cli diff --help.</source>
        <translation>Con --compare-profile: omite esta ruta y todo lo que hay debajo (repetible), p. ej. meta.request_id o data[*].updated_at; consulte connect-cli diff --help.</translation>
    </message>
    <message>
        <source>With --compare-profile: also compare the headers that change with every response.</source>
        <translation>Con --compare-profile: compara también las cabeceras que cambian en cada respuesta.</translation>
    </message>
    <message>
        <source>--%1 needs --compare-profile</source>
        <translation>--%1 requiere --compare-profile</translation>
    </message>
    <message>
        <source>--compare-profile and --repeat exclude each other</source>
        <translation>--compare-profile y --repeat se excluyen mutuamente</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 (%2): sign-in failed at %3/oauth/access-token</source>
        <translation>%1 (%2): el inicio de sesión falló en %3/oauth/access-token</translation>
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
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at offset %3</source>
        <translation>%1 no es JSON: %2 en la posición %3</translation>
    </message>
    <message>
        <source>Compare two responses, JSON-aware: objects by key (their order does not matter), lists of objects with an id by id, other arrays by position. A and B are two outputs of &apos;connect-cli call --json&apos; (status, headers and body are compared) or two JSON bodies.
Exit codes: 0 equal, 1 different, 2 bad command line or a file that cannot be read or is not JSON.</source>
        <translation>Compara dos respuestas teniendo en cuenta el JSON: los objetos por clave (su orden no importa), las listas de objetos con id por id, los demás arrays por posición. A y B son dos salidas de &apos;connect-cli call --json&apos; (se comparan el estado, las cabeceras y el cuerpo) o dos cuerpos JSON.
Códigos de salida: 0 iguales, 1 distintas, 2 línea de comandos incorrecta o un archivo que no se puede leer o no es JSON.</translation>
    </message>
    <message>
        <source>Leave out this path and everything below it (repeatable): e.g. meta.request_id, data[*].updated_at (* any key, [*] any item, [3], [id=tpl_7]). In call outputs a path that does not start with status, headers or body is taken within the body.</source>
        <translation>Omite esta ruta y todo lo que hay debajo (repetible): p. ej. meta.request_id, data[*].updated_at (* cualquier clave, [*] cualquier elemento, [3], [id=tpl_7]). En las salidas de call, una ruta que no empieza por status, headers o body se toma dentro del cuerpo.</translation>
    </message>
    <message>
        <source>Also compare the headers that change with every response (%1).</source>
        <translation>Compara también las cabeceras que cambian en cada respuesta (%1).</translation>
    </message>
    <message>
        <source>Print one JSON object: {equal, summary, changes}.</source>
        <translation>Imprime un único objeto JSON: {equal, summary, changes}.</translation>
    </message>
    <message>
        <source>The first response (a file, or - for standard input).</source>
        <translation>La primera respuesta (un archivo, o - para la entrada estándar).</translation>
    </message>
    <message>
        <source>The second response.</source>
        <translation>La segunda respuesta.</translation>
    </message>
    <message>
        <source>diff expects two files, e.g. connect-cli diff a.json b.json</source>
        <translation>diff espera dos archivos, p. ej. connect-cli diff a.json b.json</translation>
    </message>
    <message>
        <source>Write the evidence for a support ticket as one .zip: the customer&apos;s HAR with each call&apos;s decided error code, the reproduction (history entries as HAR), the check-up report and a README.md that names the decided cause and the fix. Tokens and the client secret are masked.
Exit codes: 0 written, 1 it could not be written, 64 bad input.</source>
        <translation>Escribe las evidencias para un ticket de soporte en un único .zip: el HAR del cliente con el código de error determinado para cada llamada, la reproducción (entradas del historial como HAR), el informe de la revisión de la cuenta y un README.md que indica la causa determinada y la solución. Los tokens y el secreto de cliente se enmascaran.
Códigos de salida: 0 escrito, 1 no se pudo escribir, 64 entrada incorrecta.</translation>
    </message>
    <message>
        <source>The archive to write (case.zip).</source>
        <translation>El archivo comprimido que se escribirá (case.zip).</translation>
    </message>
    <message>
        <source>The customer&apos;s HAR file.</source>
        <translation>El archivo HAR del cliente.</translation>
    </message>
    <message>
        <source>Run the account check-up (with the connection options) and include its report.</source>
        <translation>Ejecuta la revisión de la cuenta (con las opciones de conexión) e incluye su informe.</translation>
    </message>
    <message>
        <source>Ids of Connect Explorer history entries to include as the reproduction, separated by commas (repeatable).</source>
        <translation>ID de las entradas del historial de Connect Explorer que se incluyen como reproducción, separados por comas (repetible).</translation>
    </message>
    <message>
        <source>The history file to take --calls from (default: Connect Explorer&apos;s, %1).</source>
        <translation>El archivo de historial del que se toma --calls (predeterminado: el de Connect Explorer, %1).</translation>
    </message>
    <message>
        <source>A saved response comparison (a JSON object) to include (repeatable).</source>
        <translation>Una comparación de respuestas guardada (un objeto JSON) que se incluye (repetible).</translation>
    </message>
    <message>
        <source>evidence takes no arguments (&apos;%1&apos;); name the archive with -o FILE</source>
        <translation>evidence no admite argumentos (&apos;%1&apos;); indique el archivo comprimido con -o FILE</translation>
    </message>
    <message>
        <source>evidence needs the archive to write: -o case.zip</source>
        <translation>evidence necesita el archivo comprimido que se escribirá: -o case.zip</translation>
    </message>
    <message>
        <source>--har: &apos;%1&apos; is not a file</source>
        <translation>--har: &apos;%1&apos; no es un archivo</translation>
    </message>
    <message>
        <source>--comparison: %1</source>
        <translation>--comparison: %1</translation>
    </message>
    <message>
        <source>--comparison: &apos;%1&apos; is not a JSON object</source>
        <translation>--comparison: &apos;%1&apos; no es un objeto JSON</translation>
    </message>
    <message>
        <source>evidence needs something to put in: --har FILE, --check, --calls IDS or --comparison FILE</source>
        <translation>evidence necesita algo que incluir: --har FILE, --check, --calls IDS o --comparison FILE</translation>
    </message>
    <message>
        <source>--calls: there is no history file at %1 (send a request in Connect Explorer first, or name the file with --history)</source>
        <translation>--calls: no hay ningún archivo de historial en %1 (envíe primero una solicitud en Connect Explorer o indique el archivo con --history)</translation>
    </message>
    <message>
        <source>--calls: the history file %1 cannot be read: %2</source>
        <translation>--calls: no se puede leer el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>--calls: no history entry has the id &apos;%1&apos; (in %2)</source>
        <translation>--calls: ninguna entrada del historial tiene el ID &apos;%1&apos; (en %2)</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>evidence: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <source>Decided cause: %1</source>
        <translation>Causa determinada: %1</translation>
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
        <translation>Uso: connect-cli COMMAND [opciones]

Comandos:
  call METHOD PATH   inicia sesión con las credenciales de cliente y envía una solicitud
  explain [FILE|-]   explica una respuesta de error (cuerpo, --status, --header): un
                     objeto JSON con su code, action, meaning, hint y retry_after_s
  check              revisa una cuenta: inicio de sesión, ámbitos, endpoints GET, límites
  check --compare A.json B.json   compara dos informes de revisión guardados
  tour run FILE      reproduce un recorrido guiado sin interfaz y comprueba cada paso
                     (FILE o builtin:connect-api-in-five-minutes)
  tour validate FILE comprueba un archivo de recorrido: su línea y su campo erróneos
  convert [FILE|-] --to FORMAT   convierte un comando cURL, un archivo HAR o una
                     colección de Postman/Insomnia en JSON, cURL, HTTPie, Python, JS,
                     C++/Qt, HAR o Postman (--from curl|har|postman|insomnia)
  diff A.json B.json compara dos respuestas (salidas de call --json o cuerpos) por
                     ruta JSON; call --compare-profile B envía con dos perfiles
  evidence -o FILE   reúne un archivo comprimido (.zip) de evidencias enmascaradas para un ticket

Ejecute &apos;connect-cli COMMAND --help&apos; para ver las opciones de un comando.
Códigos de salida: 0 éxito (2xx), 1 error HTTP, 2 sin respuesta (rechazo, DNS, tiempo
agotado, TLS, conexión perdida), 3 inicio de sesión rechazado, 64 línea de comandos incorrecta.
El secreto de cliente se lee de una variable de entorno (--client-secret-env,
predeterminado: CONNECT_CLIENT_SECRET), nunca de la línea de comandos; con --profile
NAME (un perfil guardado en Connect Explorer), del llavero del sistema.
</translation>
    </message>
</context>
<context>
    <name>ConnectSim</name>
    <message>
        <source>Try &apos;connect-sim --help&apos; for the options.</source>
        <translation>Pruebe &apos;connect-sim --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>A local simulator of the Cliquify Connect API, for demos and tests.</source>
        <translation>Un simulador local de la API de Cliquify Connect, para demostraciones y pruebas.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Puerto en el que escuchar; 0 elige uno libre.</translation>
    </message>
    <message>
        <source>Address to listen on (loopback by default).</source>
        <translation>Dirección en la que escuchar (loopback de forma predeterminada).</translation>
    </message>
    <message>
        <source>Client id the token endpoint accepts.</source>
        <translation>Id. de cliente que acepta el endpoint de tokens.</translation>
    </message>
    <message>
        <source>Client secret the token endpoint accepts.</source>
        <translation>Secreto de cliente que acepta el endpoint de tokens.</translation>
    </message>
    <message>
        <source>Comma-separated scopes granted to tokens.</source>
        <translation>Ámbitos separados por comas que se conceden a los tokens.</translation>
    </message>
    <message>
        <source>Requests per second per client, e.g. 5/s (0 = none).</source>
        <translation>Solicitudes por segundo por cliente, p. ej. 5/s (0 = sin límite).</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation>Vida útil del token de acceso en segundos.</translation>
    </message>
    <message>
        <source>Answer requests under PATH (default: all /api paths) with error CODE, or a fault: delay, stall, drop, html_502. Repeatable.</source>
        <translation>Responde a las solicitudes bajo PATH (predeterminado: todas las rutas /api) con el error CODE, o con un fallo: delay, stall, drop, html_502. Repetible.</translation>
    </message>
    <message>
        <source>Delay used by &apos;delay&apos; scenarios.</source>
        <translation>Retardo que usan los escenarios &apos;delay&apos;.</translation>
    </message>
    <message>
        <source>Seed of the generated data.</source>
        <translation>Semilla de los datos generados.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port debe ser un número entre 0 y 65535.</translation>
    </message>
    <message>
        <source>--bind must be an IP address.</source>
        <translation>--bind debe ser una dirección IP.</translation>
    </message>
    <message>
        <source>--client-id and --client-secret must not be empty.</source>
        <translation>--client-id y --client-secret no deben estar vacíos.</translation>
    </message>
    <message>
        <source>--rate-limit must look like 10/s.</source>
        <translation>--rate-limit debe tener la forma 10/s.</translation>
    </message>
    <message>
        <source>--token-lifetime must be a positive number of seconds.</source>
        <translation>--token-lifetime debe ser un número positivo de segundos.</translation>
    </message>
    <message>
        <source>--delay-ms must be a number of milliseconds.</source>
        <translation>--delay-ms debe ser un número de milisegundos.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation>--seed debe ser un número no negativo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a code of the error catalogue nor a fault. Known: %2.</source>
        <translation>&apos;%1&apos; no es un código del catálogo de errores ni un fallo. Conocidos: %2.</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>no se puede escuchar en %1:%2</translation>
    </message>
    <message>
        <source>client id:     %1</source>
        <translation>id. de cliente:      %1</translation>
    </message>
    <message>
        <source>client secret: %1</source>
        <translation>secreto de cliente:  %1</translation>
    </message>
    <message>
        <source>scopes:        %1</source>
        <translation>ámbitos:             %1</translation>
    </message>
    <message>
        <source>rate limit:    %1 requests/s per client</source>
        <translation>límite de frecuencia: %1 solicitudes/s por cliente</translation>
    </message>
    <message>
        <source>scenario:      %1 on %2</source>
        <translation>escenario:           %1 en %2</translation>
    </message>
    <message>
        <source>OpenAPI:       %1/openapi.json</source>
        <translation>OpenAPI:             %1/openapi.json</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pulse Ctrl+C para detener.</translation>
    </message>
    <message>
        <source>connect-sim stopped.</source>
        <translation>connect-sim detenido.</translation>
    </message>
    <message>
        <source>Connections kept open at most; at the cap the longest idle one is closed, or a newcomer gets 503 when every connection is waiting for an answer.</source>
        <translation>Máximo de conexiones que se mantienen abiertas; al llegar al límite se cierra la que lleva más tiempo inactiva, o una nueva recibe 503 cuando todas las conexiones esperan una respuesta.</translation>
    </message>
    <message>
        <source>Close a connection after this many seconds without a byte either way.</source>
        <translation>Cierra una conexión tras este número de segundos sin ningún byte en ninguna de las dos direcciones.</translation>
    </message>
    <message>
        <source>Answer 408 when a request head takes longer than this many seconds to arrive.</source>
        <translation>Responde 408 cuando el inicio de una solicitud (línea y cabeceras) tarda más de este número de segundos en llegar.</translation>
    </message>
    <message>
        <source>Answer 413 to request bodies larger than this.</source>
        <translation>Responde 413 a los cuerpos de solicitud mayores que este valor.</translation>
    </message>
    <message>
        <source>--max-connections must be a positive number.</source>
        <translation>--max-connections debe ser un número positivo.</translation>
    </message>
    <message>
        <source>--idle-timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--idle-timeout debe ser un número de segundos entre 1 y 86400.</translation>
    </message>
    <message>
        <source>--head-timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--head-timeout debe ser un número de segundos entre 1 y 86400.</translation>
    </message>
    <message>
        <source>--max-body-bytes must be a non-negative number of bytes.</source>
        <translation>--max-body-bytes debe ser un número de bytes no negativo.</translation>
    </message>
    <message>
        <source>warning: listening on %1, not on loopback: anyone who can reach this machine can use the simulator, its demo credentials and its /_sim control API.</source>
        <translation>advertencia: escuchando en %1, no en loopback: cualquiera que pueda acceder a esta máquina puede usar el simulador, sus credenciales de demostración y su API de control /_sim.</translation>
    </message>
    <message>
        <source>reachable at:  %1</source>
        <translation>accesible en:        %1</translation>
    </message>
    <message>
        <source>Error shapes: code-message ({&quot;code&quot;,&quot;message&quot;} everywhere) or documented (the public docs&apos; shapes by layer).</source>
        <translation>Forma de los errores: code-message ({&quot;code&quot;,&quot;message&quot;} en todas partes) o documented (las formas de la documentación pública según la capa).</translation>
    </message>
    <message>
        <source>Token request bodies the token endpoint reads: json, form or both.</source>
        <translation>Cuerpos de solicitud de token que lee el endpoint de tokens: json, form o both.</translation>
    </message>
    <message>
        <source>Scopes a resource route requires: per-resource (profile:read plus the resource&apos;s scope) or all (profile:read, templates:read and assets:read everywhere).</source>
        <translation>Ámbitos que exige una ruta de recurso: per-resource (profile:read más el ámbito del recurso) o all (profile:read, templates:read y assets:read en todas partes).</translation>
    </message>
    <message>
        <source>--dialect must be code-message or documented.</source>
        <translation>--dialect debe ser code-message o documented.</translation>
    </message>
    <message>
        <source>--token-format must be json, form or both.</source>
        <translation>--token-format debe ser json, form o both.</translation>
    </message>
    <message>
        <source>--scope-model must be per-resource or all.</source>
        <translation>--scope-model debe ser per-resource o all.</translation>
    </message>
    <message>
        <source>dialect:       %1, token format %2, scope model %3</source>
        <translation>dialecto:            %1, formato de token %2, modelo de ámbitos %3</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (chain); needs --tls-key.</source>
        <translation>Sirve HTTPS con este certificado PEM (cadena); necesita --tls-key.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert (unencrypted).</source>
        <translation>La clave privada PEM de --tls-cert (sin cifrar).</translation>
    </message>
    <message>
        <source>Require a client certificate issued by a CA in this PEM file (with --tls-cert).</source>
        <translation>Exige un certificado de cliente emitido por una CA de este archivo PEM (con --tls-cert).</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together (and --client-ca needs both).</source>
        <translation>--tls-cert y --tls-key van juntos (y --client-ca necesita ambos).</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>Falló la negociación TLS: %1</translation>
    </message>
</context>
<context>
    <name>CurlPaste</name>
    <message>
        <source>This is not a cURL command.</source>
        <translation>Esto no es un comando cURL.</translation>
    </message>
    <message>
        <source>The Authorization header holds a placeholder, so it was left out: the signed-in session&apos;s token is sent instead.</source>
        <translation>La cabecera Authorization contiene un marcador de posición, así que se omitió: se envía en su lugar el token de la sesión iniciada.</translation>
    </message>
    <message>
        <source>The command calls %1, not this profile&apos;s server (%2). The new tab sends its path to %2.</source>
        <translation>El comando llama a %1, no al servidor de este perfil (%2). La nueva pestaña envía su ruta a %2.</translation>
    </message>
    <message numerus="yes">
        <source>The body is %n byte(s) of binary data, which a request tab cannot hold as they are: use connect-cli convert or call --data @file to send it exactly.</source>
        <translation>
            <numerusform>El cuerpo tiene %n byte de datos binarios, que una pestaña de solicitud no puede contener tal cual: use connect-cli convert o call --data @file para enviarlo con exactitud.</numerusform>
            <numerusform>El cuerpo tiene %n bytes de datos binarios, que una pestaña de solicitud no puede contener tal cual: use connect-cli convert o call --data @file para enviarlo con exactitud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first request is used; left out: %1</source>
        <translation>Solo se usa la primera solicitud; se omitió: %1</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>a JSON path starts with &apos;$&apos; (e.g. $.data[0].id)</source>
        <translation>una ruta JSON empieza por &apos;$&apos; (p. ej. $.data[0].id)</translation>
    </message>
    <message>
        <source>a name is expected after &apos;.&apos; at character %1</source>
        <translation>se esperaba un nombre después de &apos;.&apos; en el carácter %1</translation>
    </message>
    <message>
        <source>an unterminated [&apos;name&apos;] at character %1</source>
        <translation>un [&apos;name&apos;] sin cerrar en el carácter %1</translation>
    </message>
    <message>
        <source>an index [N] (a number at least 0) is expected at character %1</source>
        <translation>se esperaba un índice [N] (un número mayor o igual que 0) en el carácter %1</translation>
    </message>
    <message>
        <source>the index at character %1 is too large</source>
        <translation>el índice en el carácter %1 es demasiado grande</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at character %2 (use .name, [&apos;name&apos;] or [N])</source>
        <translation>&apos;%1&apos; inesperado en el carácter %2 (use .name, [&apos;name&apos;] o [N])</translation>
    </message>
</context>
<context>
    <name>TourLoader</name>
    <message>
        <source>%1 is not a field of the tour format (known here: %2)</source>
        <translation>%1 no es un campo del formato de recorrido guiado (conocidos aquí: %2)</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 debe ser una cadena</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 no debe estar vacío</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 debe ser un entero</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3, not %4</source>
        <translation>%1 debe estar entre %2 y %3, no %4</translation>
    </message>
    <message>
        <source>%1.method must be one of %2, not &apos;%3&apos;</source>
        <translation>%1.method debe ser uno de %2, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1.path must start with &apos;/&apos; (it is relative to the base URL)</source>
        <translation>%1.path debe empezar por &apos;/&apos; (es relativa a la URL base)</translation>
    </message>
    <message>
        <source>%1 must be an object of names and values</source>
        <translation>%1 debe ser un objeto de nombres y valores</translation>
    </message>
    <message>
        <source>%1.%2 must be a string, a number or a boolean</source>
        <translation>%1.%2 debe ser una cadena, un número o un booleano</translation>
    </message>
    <message>
        <source>%1 must be an object of header names and values</source>
        <translation>%1 debe ser un objeto de nombres de cabecera y valores</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 debe ser una cadena</translation>
    </message>
    <message>
        <source>%1.body must be a JSON object or array, or a string</source>
        <translation>%1.body debe ser un objeto o array JSON, o una cadena</translation>
    </message>
    <message>
        <source>%1 must be an object with a code</source>
        <translation>%1 debe ser un objeto con un code</translation>
    </message>
    <message>
        <source>%1.path must start with &apos;/&apos;</source>
        <translation>%1.path debe empezar por &apos;/&apos;</translation>
    </message>
    <message>
        <source>%1.count must be at least 1 (or -1: until the step ends)</source>
        <translation>%1.count debe ser al menos 1 (o -1: hasta que termine el paso)</translation>
    </message>
    <message>
        <source>%1 must be an object (status, action, json_path)</source>
        <translation>%1 debe ser un objeto (status, action, json_path)</translation>
    </message>
    <message>
        <source>%1.action must be one of %2, not &apos;%3&apos;</source>
        <translation>%1.action debe ser uno de %2, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1.json_path is not a JSON path: %2</source>
        <translation>%1.json_path no es una ruta JSON: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (column %2)</source>
        <translation>JSON no válido: %1 (columna %2)</translation>
    </message>
    <message>
        <source>a tour is a JSON object with format, title and steps</source>
        <translation>un recorrido guiado es un objeto JSON con format, title y steps</translation>
    </message>
    <message>
        <source>format must be &quot;%1&quot;, not &quot;%2&quot; (a newer tour needs a newer Connect Explorer)</source>
        <translation>format debe ser &quot;%1&quot;, no &quot;%2&quot; (un recorrido guiado más reciente necesita un Connect Explorer más reciente)</translation>
    </message>
    <message>
        <source>steps is required</source>
        <translation>steps es obligatorio</translation>
    </message>
    <message>
        <source>steps must be a non-empty array of steps</source>
        <translation>steps debe ser un array no vacío de pasos</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 debe ser un objeto</translation>
    </message>
    <message>
        <source>%1.id may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>%1.id solo puede contener letras, dígitos, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;</translation>
    </message>
    <message>
        <source>%1.id &quot;%2&quot; is used by an earlier step</source>
        <translation>%1.id &quot;%2&quot; ya lo usa un paso anterior</translation>
    </message>
    <message>
        <source>%1.request is required</source>
        <translation>%1.request es obligatorio</translation>
    </message>
    <message>
        <source>%1.request must be an object (method, path, query, headers, body)</source>
        <translation>%1.request debe ser un objeto (method, path, query, headers, body)</translation>
    </message>
    <message>
        <source>no built-in tour named &apos;%1&apos; (built in: %2)</source>
        <translation>no hay ningún recorrido guiado integrado llamado &apos;%1&apos; (integrados: %2)</translation>
    </message>
    <message>
        <source>%1.path cannot be sent: it %2</source>
        <translation>%1.path no se puede enviar: la ruta %2</translation>
    </message>
    <message>
        <source>%1 is not a valid header name: it %2</source>
        <translation>%1 no es un nombre de cabecera válido: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid header value: it %2</source>
        <translation>%1 no es un valor de cabecera válido: %2</translation>
    </message>
    <message>
        <source>cannot read the tour file: %1</source>
        <translation>no se puede leer el archivo de recorrido guiado: %1</translation>
    </message>
</context>
<context>
    <name>TourTranscript</name>
    <message>
        <source>Played against %1 on %2: %3 of %4 steps shown, %5 matched, %6 failed, %7 skipped. Secrets and tokens are masked as %8.</source>
        <translation>Reproducido contra %1 el %2: %3 de %4 pasos mostrados, %5 coincidieron, %6 fallaron, %7 omitidos. Los secretos y tokens se enmascaran como %8.</translation>
    </message>
    <message>
        <source>Simulated: `%1`.</source>
        <translation>Simulado: `%1`.</translation>
    </message>
    <message>
        <source>No HTTP response: %1.</source>
        <translation>Sin respuesta HTTP: %1.</translation>
    </message>
    <message>
        <source>Response: **%1 %2** in %3 ms</source>
        <translation>Respuesta: **%1 %2** en %3 ms</translation>
    </message>
    <message>
        <source>, error `%1` (action: %2)</source>
        <translation>, error `%1` (acción: %2)</translation>
    </message>
    <message>
        <source>, after the token was renewed and the request replayed</source>
        <translation>, después de renovar el token y repetir la solicitud</translation>
    </message>
    <message>
        <source>Not as expected: %1.</source>
        <translation>No es lo esperado: %1.</translation>
    </message>
</context>
<context>
    <name>cx::ApiCall</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>The whole call took longer than its overall time limit of %1 s</source>
        <translation>La llamada completa tardó más que su límite de tiempo total de %1 s</translation>
    </message>
</context>
<context>
    <name>cx::ApiClient</name>
    <message>
        <source>No access token: sign-in did not succeed</source>
        <translation>No hay token de acceso: el inicio de sesión no tuvo éxito</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>No es una URL http(s): %1</translation>
    </message>
    <message>
        <source>The response announces %1 bytes, over the limit of %2 bytes</source>
        <translation>La respuesta anuncia %1 bytes, por encima del límite de %2 bytes</translation>
    </message>
    <message>
        <source>The response body is larger than the limit of %1 bytes</source>
        <translation>El cuerpo de la respuesta supera el límite de %1 bytes</translation>
    </message>
    <message>
        <source>No progress for %1 ms (%2)</source>
        <translation>Sin progreso durante %1 ms (%2)</translation>
    </message>
    <message>
        <source>Invalid Content-Length framing: %1</source>
        <translation>Delimitación Content-Length no válida: %1</translation>
    </message>
    <message>
        <source>Received %1 of %2 announced body bytes</source>
        <translation>Se recibieron %1 de %2 bytes de cuerpo anunciados</translation>
    </message>
    <message>
        <source>Empty chunked JSON body: the chunked framing was broken</source>
        <translation>Cuerpo JSON fragmentado vacío: la delimitación por fragmentos estaba rota</translation>
    </message>
    <message>
        <source>Redirect to an unsupported scheme: %1</source>
        <translation>Redirección a un esquema no admitido: %1</translation>
    </message>
    <message>
        <source>More than %1 redirects (last to %2)</source>
        <translation>Más de %1 redirecciones (la última a %2)</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token</source>
        <translation>El endpoint de tokens respondió sin token de acceso</translation>
    </message>
    <message>
        <source>The JSON body stops before its end (%1 bytes): the connection was cut</source>
        <translation>El cuerpo JSON se interrumpe antes de su final (%1 bytes): se cortó la conexión</translation>
    </message>
    <message>
        <source>Refusing to resend credentials in the body to another origin: %1</source>
        <translation>Se rechaza reenviar credenciales en el cuerpo a otro origen: %1</translation>
    </message>
    <message>
        <source>The server closed the connection before answering; the request may or may not have been applied, so it was not sent again</source>
        <translation>El servidor cerró la conexión antes de responder; la solicitud puede haberse aplicado o no, así que no se volvió a enviar</translation>
    </message>
    <message>
        <source>The response&apos;s headers were dropped: the header block is over the network layer&apos;s limits (more than 100 fields, a field over 100 KiB or 256 KiB in all), so its body cannot be checked</source>
        <translation>Se descartaron las cabeceras de la respuesta: el bloque de cabeceras supera los límites de la capa de red (más de 100 campos, un campo de más de 100 KiB o más de 256 KiB en total), así que su cuerpo no se puede comprobar</translation>
    </message>
    <message>
        <source>No complete response headers within %1 ms (%2)</source>
        <translation>No llegaron cabeceras de respuesta completas en %1 ms (%2)</translation>
    </message>
    <message>
        <source>Refusing to follow a redirect from https to plain http with credentials: %1</source>
        <translation>Se rechaza seguir con credenciales una redirección de https a http sin cifrar: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a certificate pin (sha256/ followed by the base64 SHA-256 digest).</source>
        <translation>«%1» no es un pin de certificado (sha256/ seguido del resumen SHA-256 en base64).</translation>
    </message>
    <message>
        <source>No connection within %1 ms (%2)</source>
        <translation>Sin conexión en %1 ms (%2)</translation>
    </message>
</context>
<context>
    <name>cx::ApiError</name>
    <message>
        <source>No complete response (%1).</source>
        <translation>No hay respuesta completa (%1).</translation>
    </message>
    <message>
        <source>Required scope: %1.</source>
        <translation>Ámbito necesario: %1.</translation>
    </message>
</context>
<context>
    <name>cx::BoundedRead</name>
    <message>
        <source>%1 is larger than the %2 allowed for it</source>
        <translation>%1 supera el tamaño permitido de %2</translation>
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
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Entrada estándar</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
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
        <translation>no se comprobó</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <source>works with a warning</source>
        <translation>funciona con una advertencia</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>falla</translation>
    </message>
    <message>
        <source>That report has no such check.</source>
        <translation>Ese informe no tiene esa comprobación.</translation>
    </message>
    <message>
        <source>%1 for %2; for %3: %4</source>
        <translation>%1 para %2; para %3: %4</translation>
    </message>
    <message>
        <source>%1 for %2, %3 for %4</source>
        <translation>%1 para %2, %3 para %4</translation>
    </message>
    <message>
        <source> because %1</source>
        <translation> porque %1</translation>
    </message>
    <message>
        <source> (%1: %2; %3: %4)</source>
        <translation> (%1: %2; %3: %4)</translation>
    </message>
    <message>
        <source>A: %1 as %2 (%3)</source>
        <translation>A: %1 como %2 (%3)</translation>
    </message>
    <message>
        <source>B: %1 as %2 (%3)</source>
        <translation>B: %1 como %2 (%3)</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Ámbitos:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>ámbito</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Comprobaciones:</translation>
    </message>
    <message>
        <source>The reports agree.</source>
        <translation>Los informes coinciden.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) (marked *).</source>
        <translation>
            <numerusform>%n diferencia (marcada con *).</numerusform>
            <numerusform>%n diferencias (marcadas con *).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::CheckReport</name>
    <message>
        <source>a check has no &quot;id&quot;</source>
        <translation>una comprobación no tiene &quot;id&quot;</translation>
    </message>
    <message>
        <source>the check &quot;%1&quot; has no valid &quot;verdict&quot; (pass, warn, fail or skip)</source>
        <translation>la comprobación &quot;%1&quot; no tiene un &quot;verdict&quot; válido (pass, warn, fail o skip)</translation>
    </message>
    <message>
        <source>not a check-up report: &quot;schema_version&quot; is missing</source>
        <translation>no es un informe de revisión de la cuenta: falta &quot;schema_version&quot;</translation>
    </message>
    <message>
        <source>the report has schema_version %1; this version reads up to %2</source>
        <translation>el informe tiene schema_version %1; esta versión lee hasta la %2</translation>
    </message>
    <message>
        <source>not a check-up report: the &quot;checks&quot; array is missing</source>
        <translation>no es un informe de revisión de la cuenta: falta el array &quot;checks&quot;</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>no es JSON: %1 en la posición %2</translation>
    </message>
    <message>
        <source>not a check-up report: the JSON is not an object</source>
        <translation>no es un informe de revisión de la cuenta: el JSON no es un objeto</translation>
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
        <translation>completada</translation>
    </message>
    <message>
        <source>stopped: the server is unreachable</source>
        <translation>detenida: el servidor no está accesible</translation>
    </message>
    <message>
        <source>stopped: sign-in failed</source>
        <translation>detenida: el inicio de sesión falló</translation>
    </message>
    <message>
        <source>stopped early: rate limit</source>
        <translation>detenida antes de tiempo: límite de frecuencia</translation>
    </message>
    <message>
        <source>stopped early: budget used up</source>
        <translation>detenida antes de tiempo: presupuesto agotado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>%1 passed, %2 warnings, %3 failed, %4 not checked; %5 requests, %6 rate-limited, %7.</source>
        <translation>%1 correctas, %2 advertencias, %3 fallidas, %4 sin comprobar; %5 solicitudes, %6 limitadas por frecuencia, %7.</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>CORRECTO</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>OMITIDO</translation>
    </message>
    <message>
        <source>Check-up of %1 as client %2</source>
        <translation>Revisión de la cuenta de %1 como cliente %2</translation>
    </message>
    <message>
        <source>Missing scopes:</source>
        <translation>Ámbitos que faltan:</translation>
    </message>
    <message>
        <source>Result: %1 (%2)</source>
        <translation>Resultado: %1 (%2)</translation>
    </message>
    <message>
        <source># Connect account check-up</source>
        <translation># Revisión de la cuenta de Connect</translation>
    </message>
    <message>
        <source>- **Base URL:** %1</source>
        <translation>- **URL base:** %1</translation>
    </message>
    <message>
        <source>- **Client:** %1</source>
        <translation>- **Cliente:** %1</translation>
    </message>
    <message>
        <source>- **When:** %1</source>
        <translation>- **Cuándo:** %1</translation>
    </message>
    <message>
        <source>- **Result:** %1 — %2</source>
        <translation>- **Resultado:** %1 — %2</translation>
    </message>
    <message>
        <source>- **Granted scopes:** %1</source>
        <translation>- **Ámbitos concedidos:** %1</translation>
    </message>
    <message>
        <source>- **Token lifetime:** %1 s</source>
        <translation>- **Vida útil del token:** %1 s</translation>
    </message>
    <message>
        <source>## Missing scopes</source>
        <translation>## Ámbitos que faltan</translation>
    </message>
    <message>
        <source>## Checks</source>
        <translation>## Comprobaciones</translation>
    </message>
    <message>
        <source>| Verdict | Check | Latency | Code | Action | Diagnosis |</source>
        <translation>| Veredicto | Comprobación | Latencia | Código | Acción | Diagnóstico |</translation>
    </message>
    <message>
        <source>Connect account check-up</source>
        <translation>Revisión de la cuenta de Connect</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Granted scopes:</source>
        <translation>Ámbitos concedidos:</translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation>Ámbitos que faltan</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>bloquea</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Contract (the API description&apos;s assumptions, as this server showed them):</source>
        <translation>Contrato (las suposiciones de la descripción de la API, tal como las mostró este servidor):</translation>
    </message>
    <message>
        <source>held</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <source>DIFFERED</source>
        <translation>DIFIERE</translation>
    </message>
    <message>
        <source>untested</source>
        <translation>incierta</translation>
    </message>
    <message>
        <source>## Contract</source>
        <translation>## Contrato</translation>
    </message>
    <message>
        <source>| Assumption | Topic | Where the description states it | What this server did |</source>
        <translation>| Suposición | Tema | Dónde lo indica la descripción | Qué hizo este servidor |</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Suposición</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Where the description states it</source>
        <translation>Dónde lo indica la descripción</translation>
    </message>
    <message>
        <source>What this server did</source>
        <translation>Qué hizo este servidor</translation>
    </message>
</context>
<context>
    <name>cx::CheckupRunner</name>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>The time budget of %1 s ran out while %2 was still waiting for an answer.</source>
        <translation>El presupuesto de tiempo de %1 s se agotó mientras %2 aún esperaba una respuesta.</translation>
    </message>
    <message>
        <source>Run the check-up again with a larger budget; if that endpoint is always this slow, report it to Cliquify.</source>
        <translation>Vuelva a ejecutar la revisión de la cuenta con un presupuesto mayor; si ese endpoint siempre es así de lento, comuníquelo a Cliquify.</translation>
    </message>
    <message>
        <source>Revoke the check-up&apos;s token</source>
        <translation>Revocar el token de la revisión de la cuenta</translation>
    </message>
    <message>
        <source>The server did not confirm revoking the check-up&apos;s token: %1</source>
        <translation>El servidor no confirmó la revocación del token de la revisión de la cuenta: %1</translation>
    </message>
    <message>
        <source>The token expires on its own; revoke it in the developer portal if it must end now.</source>
        <translation>El token caduca por sí solo; revóquelo en el portal para desarrolladores si debe terminar ya.</translation>
    </message>
    <message>
        <source>The check-up&apos;s own token was revoked; the account&apos;s other tokens are untouched.</source>
        <translation>Se revocó el token propio de la revisión de la cuenta; los demás tokens de la cuenta no se tocaron.</translation>
    </message>
    <message>
        <source>The built-in API description cannot be read: %1</source>
        <translation>No se puede leer la descripción integrada de la API: %1</translation>
    </message>
    <message>
        <source>Not checked: it needs the query parameter %1, which the check-up cannot choose safely.</source>
        <translation>No comprobado: necesita el parámetro de consulta %1, que la revisión de la cuenta no puede elegir de forma segura.</translation>
    </message>
    <message>
        <source>Not checked: no list endpoint of the catalog yields its path parameters.</source>
        <translation>No comprobado: ningún endpoint de lista del catálogo proporciona sus parámetros de ruta.</translation>
    </message>
    <message>
        <source>Not checked: following IDs is turned off.</source>
        <translation>No comprobado: el seguimiento de ID está desactivado.</translation>
    </message>
    <message>
        <source>Token endpoint reachable</source>
        <translation>Endpoint de tokens accesible</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 in %2 ms.</source>
        <translation>El endpoint de tokens respondió HTTP %1 en %2 ms.</translation>
    </message>
    <message>
        <source>Credentials accepted</source>
        <translation>Credenciales aceptadas</translation>
    </message>
    <message>
        <source>The client id and secret were accepted and a %1 token was issued.</source>
        <translation>Se aceptaron el id. de cliente y el secreto y se emitió un token %1.</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Vida útil del token</translation>
    </message>
    <message>
        <source>No answer from the token endpoint %1 (%2): %3</source>
        <translation>Sin respuesta del endpoint de tokens %1 (%2): %3</translation>
    </message>
    <message>
        <source>Check the base URL and the network (proxy, firewall, VPN), then run the check-up again.</source>
        <translation>Compruebe la URL base y la red (proxy, cortafuegos, VPN) y vuelva a ejecutar la revisión de la cuenta.</translation>
    </message>
    <message>
        <source>The token endpoint failed with %1 (HTTP %2): %3</source>
        <translation>El endpoint de tokens falló con %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Nothing is wrong with the account as far as can be told: retry later, and report it to Cliquify if it persists.</source>
        <translation>Por lo que se puede ver, la cuenta no tiene ningún problema: reintente más tarde y, si persiste, comuníquelo a Cliquify.</translation>
    </message>
    <message>
        <source>Not checked: the token endpoint failed before judging the credentials.</source>
        <translation>No comprobado: el endpoint de tokens falló antes de evaluar las credenciales.</translation>
    </message>
    <message>
        <source>The token endpoint refused the credentials with %1 (HTTP %2): %3</source>
        <translation>El endpoint de tokens rechazó las credenciales con %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Check the client id and secret with the customer (or issue a new secret in the developer portal) and sign in again.</source>
        <translation>Compruebe el id. de cliente y el secreto con el cliente (o emita un secreto nuevo en el portal para desarrolladores) y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The token endpoint gave no usable expires_in, so clients cannot tell when the token ends and renew only after a 401.</source>
        <translation>El endpoint de tokens no dio un expires_in utilizable, así que los clientes no pueden saber cuándo termina el token y solo lo renuevan tras un 401.</translation>
    </message>
    <message>
        <source>Nothing to do unless calls fail with expired_access_token; then report the token endpoint&apos;s answer to Cliquify.</source>
        <translation>Nada que hacer salvo que las llamadas fallen con expired_access_token; en ese caso, comunique a Cliquify la respuesta del endpoint de tokens.</translation>
    </message>
    <message>
        <source>The token lives only %1, so integrations that keep a token longer will see expired_access_token.</source>
        <translation>El token solo dura %1, así que las integraciones que conserven un token más tiempo verán expired_access_token.</translation>
    </message>
    <message>
        <source>Have the integration renew the token before expires_in runs out (a new POST to /oauth/access-token).</source>
        <translation>Haga que la integración renueve el token antes de que se agote expires_in (un nuevo POST a /oauth/access-token).</translation>
    </message>
    <message>
        <source>The token is valid for %1 (expires_in %2).</source>
        <translation>El token es válido durante %1 (expires_in %2).</translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation>Introspección</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no scopes</source>
        <translation>sin ámbitos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The server says the token it just issued is not active.</source>
        <translation>El servidor dice que el token que acaba de emitir no está activo.</translation>
    </message>
    <message>
        <source>Sign in again; if fresh tokens stay inactive, check that the OAuth client and the enterprise are active in the developer portal.</source>
        <translation>Vuelva a iniciar sesión; si los tokens nuevos siguen inactivos, compruebe que el cliente OAuth y la empresa estén activos en el portal para desarrolladores.</translation>
    </message>
    <message>
        <source>The token belongs to client %1, not to %2 that signed in.</source>
        <translation>El token pertenece al cliente %1, no a %2, que inició sesión.</translation>
    </message>
    <message>
        <source>Check which OAuth client the customer&apos;s credentials belong to.</source>
        <translation>Compruebe a qué cliente OAuth pertenecen las credenciales del cliente.</translation>
    </message>
    <message>
        <source>The token is active for client %1 but carries no scopes.</source>
        <translation>El token está activo para el cliente %1 pero no lleva ningún ámbito.</translation>
    </message>
    <message>
        <source>Grant the scopes the integration needs to the OAuth client in the developer portal and sign in again.</source>
        <translation>Conceda al cliente OAuth los ámbitos que necesita la integración en el portal para desarrolladores y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Active token for client %1, user %2, scopes %3; expires %4.</source>
        <translation>Token activo para el cliente %1, usuario %2, ámbitos %3; caduca %4.</translation>
    </message>
    <message>
        <source>Introspection failed with %1, so the granted scopes are judged from the endpoints&apos; answers only: %2</source>
        <translation>La introspección falló con %1, así que los ámbitos concedidos se juzgan solo por las respuestas de los endpoints: %2</translation>
    </message>
    <message>
        <source>Nothing to do for the account; report it to Cliquify if introspection keeps failing.</source>
        <translation>Nada que hacer en la cuenta; comuníquelo a Cliquify si la introspección sigue fallando.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source>Time and request budget</source>
        <translation>Presupuesto de tiempo y de solicitudes</translation>
    </message>
    <message>
        <source>Not checked: the check-up stopped early (%1).</source>
        <translation>No comprobado: la revisión de la cuenta se detuvo antes de tiempo (%1).</translation>
    </message>
    <message>
        <source>Not checked: %1 gave no item to follow (%2).</source>
        <translation>No comprobado: %1 no dio ningún elemento que seguir (%2).</translation>
    </message>
    <message>
        <source>it returned no items</source>
        <translation>no devolvió ningún elemento</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>The time budget of %1 s ran out before every endpoint was checked.</source>
        <translation>El presupuesto de tiempo de %1 s se agotó antes de comprobar todos los endpoints.</translation>
    </message>
    <message>
        <source>The budget of %1 requests ran out before every endpoint was checked.</source>
        <translation>El presupuesto de %1 solicitudes se agotó antes de comprobar todos los endpoints.</translation>
    </message>
    <message>
        <source>Run the check-up again with a larger budget to check the rest.</source>
        <translation>Vuelva a ejecutar la revisión de la cuenta con un presupuesto mayor para comprobar el resto.</translation>
    </message>
    <message>
        <source>The rate limit is used up for %1 s, longer than the time left in the budget, so the check-up stopped instead of tripping it.</source>
        <translation>El límite de frecuencia está agotado durante %1 s, más que el tiempo que queda en el presupuesto, así que la revisión de la cuenta se detuvo en lugar de superarlo.</translation>
    </message>
    <message>
        <source>Run the check-up again later, or with a larger --budget.</source>
        <translation>Vuelva a ejecutar la revisión de la cuenta más tarde o con un --budget mayor.</translation>
    </message>
    <message>
        <source>The API answered too_many_requests (HTTP 429) again after the check-up waited as told, so it stopped rather than retry in a loop.</source>
        <translation>La API volvió a responder too_many_requests (HTTP 429) después de que la revisión de la cuenta esperara lo indicado, así que se detuvo en lugar de reintentar en bucle.</translation>
    </message>
    <message>
        <source>The API answered too_many_requests (HTTP 429) with Retry-After %1 s, longer than the time left in the budget, so the check-up stopped.</source>
        <translation>La API respondió too_many_requests (HTTP 429) con Retry-After %1 s, más que el tiempo que queda en el presupuesto, así que la revisión de la cuenta se detuvo.</translation>
    </message>
    <message>
        <source>Run the check-up again later; if the customer&apos;s integration hits the limit too, it must slow down and honour Retry-After.</source>
        <translation>Vuelva a ejecutar la revisión de la cuenta más tarde; si la integración del cliente también alcanza el límite, debe ir más despacio y respetar Retry-After.</translation>
    </message>
    <message>
        <source>Answered HTTP %1 in %2 ms.</source>
        <translation>Respondió HTTP %1 en %2 ms.</translation>
    </message>
    <message>
        <source>its answer has no data array</source>
        <translation>su respuesta no tiene un array data</translation>
    </message>
    <message numerus="yes">
        <source>Answered HTTP %1 with %n item(s) in %2 ms.</source>
        <translation>
            <numerusform>Respondió HTTP %1 con %n elemento en %2 ms.</numerusform>
            <numerusform>Respondió HTTP %1 con %n elementos en %2 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>its first item has no id</source>
        <translation>su primer elemento no tiene id</translation>
    </message>
    <message>
        <source>Answered HTTP %1 for %2 in %3 ms.</source>
        <translation>Respondió HTTP %1 para %2 en %3 ms.</translation>
    </message>
    <message>
        <source>Answered HTTP %1, but slowly: %2 ms.</source>
        <translation>Respondió HTTP %1, pero con lentitud: %2 ms.</translation>
    </message>
    <message>
        <source>If the customer sees timeouts, raise their client&apos;s timeout; report persistent slowness to Cliquify.</source>
        <translation>Si el cliente ve tiempos de espera agotados, aumente el tiempo de espera de su cliente; comunique a Cliquify la lentitud persistente.</translation>
    </message>
    <message>
        <source>it failed with %1</source>
        <translation>falló con %1</translation>
    </message>
    <message>
        <source>This client lacks %1, so this call fails with %2 (HTTP %3).</source>
        <translation>A este cliente le falta %1, así que esta llamada falla con %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>Grant %1 to the OAuth client in the developer portal and sign in again.</source>
        <translation>Conceda %1 al cliente OAuth en el portal para desarrolladores y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server refused this call with %1 (HTTP %2): %3</source>
        <translation>El servidor rechazó esta llamada con %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Check the client&apos;s scopes and the enterprise&apos;s status in the developer portal.</source>
        <translation>Compruebe los ámbitos del cliente y el estado de la empresa en el portal para desarrolladores.</translation>
    </message>
    <message>
        <source>The API refused the check-up&apos;s fresh token with %1 (HTTP %2), even after one renewal: %3</source>
        <translation>La API rechazó el token recién emitido de la revisión de la cuenta con %1 (HTTP %2), incluso tras una renovación: %3</translation>
    </message>
    <message>
        <source>Sign in again; if new tokens keep being refused, the OAuth client may be revoked or disabled: check it in the developer portal.</source>
        <translation>Vuelva a iniciar sesión; si se siguen rechazando los tokens nuevos, puede que el cliente OAuth esté revocado o desactivado: compruébelo en el portal para desarrolladores.</translation>
    </message>
    <message>
        <source>The server failed on this endpoint with %1 (HTTP %2): %3</source>
        <translation>El servidor falló en este endpoint con %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Not the account&apos;s fault: retry later, and report it to Cliquify with the time of this check-up if it persists.</source>
        <translation>No es culpa de la cuenta: reintente más tarde y, si persiste, comuníquelo a Cliquify con la hora de esta revisión de la cuenta.</translation>
    </message>
    <message>
        <source>No complete answer from the server (%1): %2</source>
        <translation>Sin respuesta completa del servidor (%1): %2</translation>
    </message>
    <message>
        <source>The server answered %1 (HTTP %2): %3</source>
        <translation>El servidor respondió %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The granted scopes (%1) cover every endpoint of the catalog.</source>
        <translation>Los ámbitos concedidos (%1) cubren todos los endpoints del catálogo.</translation>
    </message>
    <message>
        <source>The granted scopes are unknown (no introspection), and no endpoint refused a scope.</source>
        <translation>Los ámbitos concedidos son desconocidos (sin introspección), y ningún endpoint rechazó un ámbito.</translation>
    </message>
    <message>
        <source>Nothing to do unless a call fails with missing_scope.</source>
        <translation>Nada que hacer salvo que una llamada falle con missing_scope.</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Ámbito %1</translation>
    </message>
    <message>
        <source>The token does not list %1, which the catalog requires for %2, yet %3 answered: the server does not enforce it today.</source>
        <translation>El token no incluye %1, que el catálogo exige para %2, y aun así %3 respondió: el servidor no lo exige hoy.</translation>
    </message>
    <message>
        <source>Grant %1 to the OAuth client anyway if the integration needs those calls, so they keep working when the server starts enforcing it.</source>
        <translation>Conceda %1 al cliente OAuth de todos modos si la integración necesita esas llamadas, para que sigan funcionando cuando el servidor empiece a exigirlo.</translation>
    </message>
    <message>
        <source>This client lacks %1, so every %2 call fails with missing_scope (%3).</source>
        <translation>A este cliente le falta %1, así que todas las llamadas %2 fallan con missing_scope (%3).</translation>
    </message>
    <message>
        <source>This client lacks %1, so these calls fail with missing_scope: %2.</source>
        <translation>A este cliente le falta %1, así que estas llamadas fallan con missing_scope: %2.</translation>
    </message>
    <message>
        <source>Introspection answered %1 (HTTP %2).</source>
        <translation>La introspección respondió %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>Error shape</source>
        <translation>Forma de los errores</translation>
    </message>
    <message>
        <source>Compare the ids this server hands out with its API description; clients that validate ids against it will refuse them.</source>
        <translation>Compare los ID que entrega este servidor con su descripción de la API; los clientes que validan los ID con ella los rechazarán.</translation>
    </message>
    <message>
        <source>its first id %1 is refused by %2 (%3)</source>
        <translation>su primer ID %1 es rechazado por %2 (%3)</translation>
    </message>
    <message>
        <source>Validation answer</source>
        <translation>Respuesta de validación</translation>
    </message>
</context>
<context>
    <name>cx::CollectionImport</name>
    <message>
        <source>Bearer auth: the profile&apos;s token is sent, not the collection&apos;s.</source>
        <translation>Autenticación Bearer: se envía el token del perfil, no el de la colección.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials: the profile&apos;s token is sent; the collection&apos;s client secret is not kept.</source>
        <translation>Credenciales de cliente OAuth 2.0: se envía el token del perfil; el secreto de cliente de la colección no se conserva.</translation>
    </message>
    <message>
        <source>Basic auth is not sent: Connect takes the profile&apos;s bearer token.</source>
        <translation>La autenticación Basic no se envía: Connect usa el token bearer del perfil.</translation>
    </message>
    <message>
        <source>Auth type &apos;%1&apos; is not sent: Connect takes the profile&apos;s bearer token.</source>
        <translation>El tipo de autenticación &apos;%1&apos; no se envía: Connect usa el token bearer del perfil.</translation>
    </message>
    <message>
        <source>Unresolved variables: %1 (no value in the profile or the collection).</source>
        <translation>Variables sin resolver: %1 (sin valor en el perfil ni en la colección).</translation>
    </message>
    <message>
        <source>A file part names no file; it is not sent.</source>
        <translation>Una parte de archivo no indica ningún archivo; no se envía.</translation>
    </message>
    <message>
        <source>File &apos;%1&apos; is not read: the collection was not opened from a folder.</source>
        <translation>El archivo &apos;%1&apos; no se lee: la colección no se abrió desde una carpeta.</translation>
    </message>
    <message>
        <source>File &apos;%1&apos; is outside the collection&apos;s folder; it is not read.</source>
        <translation>El archivo &apos;%1&apos; está fuera de la carpeta de la colección; no se lee.</translation>
    </message>
    <message>
        <source>File &apos;%1&apos; is not next to the collection; it is not sent.</source>
        <translation>El archivo &apos;%1&apos; no está junto a la colección; no se envía.</translation>
    </message>
</context>
<context>
    <name>cx::CollectionStore</name>
    <message>
        <source>The saved request &quot;%1&quot; cannot be sent as saved: %2</source>
        <translation>La solicitud guardada «%1» no se puede enviar tal como está guardada: %2</translation>
    </message>
</context>
<context>
    <name>cx::ContractCheck</name>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 no es un entero</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 está por debajo del mínimo %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 está por encima del máximo %2</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values</source>
        <translation>%1 no es uno de los valores permitidos</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 no coincide con el patrón %2</translation>
    </message>
    <message>
        <source>No error answer was asked for.</source>
        <translation>No se pidió ninguna respuesta de error.</translation>
    </message>
    <message>
        <source>%1 with HTTP %2 from GET %3 without a token</source>
        <translation>%1 con HTTP %2 de GET %3 sin token</translation>
    </message>
    <message>
        <source>The check-up sends no request that would show it.</source>
        <translation>La revisión de la cuenta no envía ninguna solicitud que lo muestre.</translation>
    </message>
    <message>
        <source>No invalid request was sent.</source>
        <translation>No se envió ninguna solicitud no válida.</translation>
    </message>
    <message>
        <source>HTTP %1 %2 for GET %3?per_page=0</source>
        <translation>HTTP %1 %2 para GET %3?per_page=0</translation>
    </message>
    <message>
        <source>naming %1</source>
        <translation>indicando %1</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>El inicio de sesión no tuvo éxito.</translation>
    </message>
    <message>
        <source>The token endpoint took the JSON body.</source>
        <translation>El endpoint de tokens aceptó el cuerpo JSON.</translation>
    </message>
    <message>
        <source>The token endpoint refused JSON and took form-urlencoded with grant_type.</source>
        <translation>El endpoint de tokens rechazó JSON y aceptó form-urlencoded con grant_type.</translation>
    </message>
    <message>
        <source>The token answer has no expires_in.</source>
        <translation>La respuesta del token no tiene expires_in.</translation>
    </message>
    <message>
        <source>expires_in %1 (%2 days)</source>
        <translation>expires_in %1 (%2 días)</translation>
    </message>
    <message>
        <source>Not tried in this run.</source>
        <translation>No se probó en esta ejecución.</translation>
    </message>
    <message>
        <source>Answered in the newer docs&apos; shape.</source>
        <translation>Respondió con la forma de la documentación más reciente.</translation>
    </message>
    <message>
        <source>%1 was not called.</source>
        <translation>No se llamó a %1.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 404: the path may not exist.</source>
        <translation>%1 respondió HTTP 404: puede que la ruta no exista.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondió HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered without a data array.</source>
        <translation>%1 respondió sin array data.</translation>
    </message>
    <message>
        <source>%1: meta lacks %2; the answer has %3.</source>
        <translation>%1: a meta le falta %2; la respuesta tiene %3.</translation>
    </message>
    <message>
        <source>%1: data and meta {current_page, per_page, total, last_page}.</source>
        <translation>%1: data y meta {current_page, per_page, total, last_page}.</translation>
    </message>
    <message>
        <source>%1: meta lacks %2.</source>
        <translation>%1: a meta le falta %2.</translation>
    </message>
    <message>
        <source>%1: per_page %2 by default.</source>
        <translation>%1: per_page %2 de forma predeterminada.</translation>
    </message>
    <message>
        <source>No list answered.</source>
        <translation>Ninguna lista respondió.</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) answered with the meta object.</source>
        <translation>
            <numerusform>%n lista respondió con el objeto meta.</numerusform>
            <numerusform>%n listas respondieron con el objeto meta.</numerusform>
        </translation>
    </message>
    <message>
        <source>No id was followed to %1.</source>
        <translation>No se siguió ningún ID hasta %1.</translation>
    </message>
    <message>
        <source>%1 answered without a data object.</source>
        <translation>%1 respondió sin objeto data.</translation>
    </message>
    <message>
        <source>The list&apos;s first id was a positive integer and %1 answered it in {&quot;data&quot;}.</source>
        <translation>El primer ID de la lista era un entero positivo y %1 lo respondió en {&quot;data&quot;}.</translation>
    </message>
    <message>
        <source>%1 answered one object in {&quot;data&quot;}.</source>
        <translation>%1 respondió con un objeto en {&quot;data&quot;}.</translation>
    </message>
    <message>
        <source>The granted scopes are unknown (no introspection).</source>
        <translation>Los ámbitos concedidos son desconocidos (sin introspección).</translation>
    </message>
    <message>
        <source>%1 was refused for lacking %2, which the document does not require there.</source>
        <translation>%1 fue rechazado por faltar %2, que el documento no exige ahí.</translation>
    </message>
    <message>
        <source>%1 was refused although the token has every scope the document requires there.</source>
        <translation>%1 fue rechazado aunque el token tiene todos los ámbitos que el documento exige ahí.</translation>
    </message>
    <message>
        <source>%1 answered without %2, which the document requires there.</source>
        <translation>%1 respondió sin %2, que el documento exige ahí.</translation>
    </message>
    <message>
        <source>No endpoint answered.</source>
        <translation>Ningún endpoint respondió.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) answered as their required scopes say.</source>
        <translation>
            <numerusform>%n endpoint respondió como indican sus ámbitos necesarios.</numerusform>
            <numerusform>%n endpoints respondieron como indican sus ámbitos necesarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>X-RateLimit-Reset %1 is a Unix time.</source>
        <translation>X-RateLimit-Reset %1 es una hora Unix.</translation>
    </message>
    <message>
        <source>X-RateLimit-Reset %1 (seconds).</source>
        <translation>X-RateLimit-Reset %1 (segundos).</translation>
    </message>
    <message>
        <source>A 429 came without X-RateLimit-* headers.</source>
        <translation>Llegó un 429 sin cabeceras X-RateLimit-*.</translation>
    </message>
    <message>
        <source>X-RateLimit-Limit, -Remaining and -Reset were sent.</source>
        <translation>Se enviaron X-RateLimit-Limit, -Remaining y -Reset.</translation>
    </message>
    <message>
        <source>No X-RateLimit-* headers were sent (no limit may be set).</source>
        <translation>No se enviaron cabeceras X-RateLimit-* (puede que no haya ningún límite establecido).</translation>
    </message>
    <message>
        <source>An item of %1 lacks %2.</source>
        <translation>A un elemento de %1 le falta %2.</translation>
    </message>
    <message>
        <source>An item of %1 has every required field.</source>
        <translation>Un elemento de %1 tiene todos los campos obligatorios.</translation>
    </message>
    <message>
        <source>No answer carried a %1.</source>
        <translation>Ninguna respuesta contenía %1.</translation>
    </message>
</context>
<context>
    <name>cx::Converter</name>
    <message>
        <source>The URL&apos;s %1 is sent as &quot;%2&quot;: Qt decodes percent-encoded letters, digits and -._~, which mean the same (RFC 3986, section 2.3)</source>
        <translation>El %1 de la URL se envía como &quot;%2&quot;: Qt decodifica las letras, los dígitos y -._~ codificados con porcentaje, que significan lo mismo (RFC 3986, sección 2.3)</translation>
    </message>
    <message>
        <source>The URL&apos;s %1 is sent in upper case (%2), which means the same (RFC 3986, section 2.1)</source>
        <translation>El %1 de la URL se envía en mayúsculas (%2), lo que significa lo mismo (RFC 3986, sección 2.1)</translation>
    </message>
    <message>
        <source>A &apos;%&apos; in the URL that is not followed by two hex digits is sent as %25: a server that reads the URL as written would see something else</source>
        <translation>Un &apos;%&apos; de la URL que no va seguido de dos dígitos hexadecimales se envía como %25: un servidor que lea la URL tal como está escrita vería otra cosa</translation>
    </message>
    <message>
        <source>The URL is sent as %1: characters a URL cannot carry as they are (spaces, non-ASCII, {}|^`&quot;&lt;&gt;\) are percent-encoded</source>
        <translation>La URL se envía como %1: los caracteres que una URL no puede llevar tal cual (espacios, no ASCII, {}|^`&quot;&lt;&gt;\) se codifican con porcentaje</translation>
    </message>
    <message>
        <source>The cURL command is not UTF-8 text</source>
        <translation>El comando cURL no es texto UTF-8</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (en el carácter %2)</translation>
    </message>
    <message>
        <source>%1 with -u cannot be carried over: the user name and password are for %2 authentication, which Connect Explorer does not do, and sending them as Basic would give the password away. Remove -u and %1 to use the profile&apos;s token.</source>
        <translation>%1 con -u no se puede trasladar: el nombre de usuario y la contraseña son para la autenticación %2, que Connect Explorer no realiza, y enviarlos como Basic revelaría la contraseña. Quite -u y %1 para usar el token del perfil.</translation>
    </message>
    <message>
        <source>%1: its Basic authentication is not written (the password is never copied)</source>
        <translation>%1: su autenticación Basic no se escribe (la contraseña nunca se copia)</translation>
    </message>
    <message>
        <source>%1: its %2 authentication cannot be written</source>
        <translation>%1: su autenticación %2 no se puede escribir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unresolved variables are written as they are: %2</source>
        <translation>%1: las variables sin resolver se escriben tal cual: %2</translation>
    </message>
    <message>
        <source>Request %1 of %2: %3</source>
        <translation>Solicitud %1 de %2: %3</translation>
    </message>
    <message>
        <source>Secret values were masked as %1; --include-secrets writes them</source>
        <translation>Los valores secretos se enmascararon como %1; --include-secrets los escribe</translation>
    </message>
</context>
<context>
    <name>cx::CredentialStore</name>
    <message>
        <source>The keychain is turned off (CONNECT_EXPLORER_NO_KEYCHAIN)</source>
        <translation>El llavero está desactivado (CONNECT_EXPLORER_NO_KEYCHAIN)</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s</source>
        <translation>El llavero no respondió en %1 s</translation>
    </message>
    <message>
        <source>No keychain is available (%1); secrets are kept in memory for this session</source>
        <translation>No hay llavero disponible (%1); los secretos se guardan en memoria durante esta sesión</translation>
    </message>
</context>
<context>
    <name>cx::CurlParser</name>
    <message>
        <source>This looks like a Windows cmd command (^ line continuations): copy it as cURL (bash) instead</source>
        <translation>Parece un comando de cmd de Windows (continuaciones de línea con ^): cópielo como cURL (bash)</translation>
    </message>
    <message>
        <source>The command is empty</source>
        <translation>El comando está vacío</translation>
    </message>
    <message>
        <source>Not a curl command: it starts with &quot;%1&quot;</source>
        <translation>No es un comando curl: empieza por &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No URL found in the command</source>
        <translation>No se encontró ninguna URL en el comando</translation>
    </message>
    <message>
        <source>Only the first URL is used; ignored: %1</source>
        <translation>Solo se usa la primera URL; se ignoró: %1</translation>
    </message>
    <message>
        <source>Other commands in the text were not run: %1</source>
        <translation>Los demás comandos del texto no se ejecutaron: %1</translation>
    </message>
    <message>
        <source>Unterminated single quote (&apos;) starting at position %1</source>
        <translation>Comilla simple (&apos;) sin cerrar que empieza en la posición %1</translation>
    </message>
    <message>
        <source>Unterminated $&apos;...&apos; quote starting at position %1</source>
        <translation>Comilla $&apos;...&apos; sin cerrar que empieza en la posición %1</translation>
    </message>
    <message>
        <source>Unterminated double quote (&quot;) starting at position %1</source>
        <translation>Comilla doble (&quot;) sin cerrar que empieza en la posición %1</translation>
    </message>
    <message>
        <source>%1 reads standard input, which the command does not give</source>
        <translation>%1 lee la entrada estándar, que el comando no proporciona</translation>
    </message>
    <message>
        <source>%1 reads standard input: %2</source>
        <translation>%1 lee la entrada estándar: %2</translation>
    </message>
    <message>
        <source>%1 reads the file %2, which is not there</source>
        <translation>%1 lee el archivo %2, que no existe</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; without a value (curl removes it) was ignored</source>
        <translation>Se ignoró la cabecera &quot;%1&quot; sin valor (curl la elimina)</translation>
    </message>
    <message>
        <source>Not a header, ignored: %1</source>
        <translation>No es una cabecera, se ignoró: %1</translation>
    </message>
    <message>
        <source>%1 %2 is not a form field (name=value)</source>
        <translation>%1 %2 no es un campo de formulario (nombre=valor)</translation>
    </message>
    <message>
        <source>Cookies from the file %1 were not read</source>
        <translation>No se leyeron las cookies del archivo %1</translation>
    </message>
    <message>
        <source>%1 was not carried over (curl would ask for a compressed response and decode it)</source>
        <translation>%1 no se trasladó (curl pediría una respuesta comprimida y la decodificaría)</translation>
    </message>
    <message>
        <source>%1 %2 is not supported and was skipped</source>
        <translation>%1 %2 no es compatible y se omitió</translation>
    </message>
    <message>
        <source>The user name and password in the URL were moved to an Authorization header</source>
        <translation>El nombre de usuario y la contraseña de la URL se trasladaron a una cabecera Authorization</translation>
    </message>
    <message>
        <source>%1 authentication is not supported: the user name and password were left out (never sent as Basic)</source>
        <translation>La autenticación %1 no es compatible: se omitieron el nombre de usuario y la contraseña (nunca se envían como Basic)</translation>
    </message>
    <message>
        <source>No password was given for %1 (curl would ask for one)</source>
        <translation>No se indicó ninguna contraseña para %1 (curl la pediría)</translation>
    </message>
    <message>
        <source>The URL cannot be used: %1</source>
        <translation>No se puede usar la URL: %1</translation>
    </message>
    <message>
        <source>The option %1 cannot be used: %2</source>
        <translation>No se puede usar la opción %1: %2</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>No es una URL válida: %1</translation>
    </message>
    <message>
        <source>-F cannot be combined with -d or -T: curl refuses that too</source>
        <translation>-F no se puede combinar con -d ni -T: curl también lo rechaza</translation>
    </message>
    <message>
        <source>The option %1 needs a value</source>
        <translation>La opción %1 necesita un valor</translation>
    </message>
    <message>
        <source>Unknown option %1: curl has no such option, so the command is not read</source>
        <translation>Opción desconocida %1: curl no tiene esa opción, así que el comando no se lee</translation>
    </message>
    <message>
        <source>the file %1 is not there</source>
        <translation>el archivo %1 no existe</translation>
    </message>
    <message>
        <source>%1 is a shell variable, which is not expanded</source>
        <translation>%1 es una variable del shell, que no se expande</translation>
    </message>
    <message>
        <source>it comes from %1, which is not run</source>
        <translation>proviene de %1, que no se ejecuta</translation>
    </message>
    <message>
        <source>--compressed was sent as &quot;Accept-Encoding: deflate, gzip&quot; (a curl built with brotli and zstd also offers br and zstd, which Connect Explorer cannot decode)</source>
        <translation>--compressed se envió como &quot;Accept-Encoding: deflate, gzip&quot; (un curl compilado con brotli y zstd ofrece también br y zstd, que Connect Explorer no puede decodificar)</translation>
    </message>
</context>
<context>
    <name>cx::EndpointCatalog</name>
    <message>
        <source>The API description is not valid JSON: %1 at offset %2.</source>
        <translation>La descripción de la API no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The file is not an OpenAPI 3 document (its &quot;openapi&quot; field is &quot;%1&quot;).</source>
        <translation>El archivo no es un documento OpenAPI 3 (su campo &quot;openapi&quot; es &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The OpenAPI document describes no paths.</source>
        <translation>El documento OpenAPI no describe ninguna ruta.</translation>
    </message>
</context>
<context>
    <name>cx::ErrorCatalog</name>
    <message>
        <source>The access token is malformed, expired or invalid.</source>
        <translation>El token de acceso está mal formado, caducado o no es válido.</translation>
    </message>
    <message>
        <source>Sign in again; a new token is requested with the stored client credentials.</source>
        <translation>Vuelva a iniciar sesión; se solicita un token nuevo con las credenciales de cliente guardadas.</translation>
    </message>
    <message>
        <source>The request carried no Authorization: Bearer header.</source>
        <translation>La solicitud no llevaba una cabecera Authorization: Bearer.</translation>
    </message>
    <message>
        <source>Sign in; the header is added for you.</source>
        <translation>Inicie sesión; la cabecera se añade automáticamente.</translation>
    </message>
    <message>
        <source>The access token is past its lifetime.</source>
        <translation>El token de acceso ha superado su vida útil.</translation>
    </message>
    <message>
        <source>Renew the token (POST /oauth/access-token).</source>
        <translation>Renueve el token (POST /oauth/access-token).</translation>
    </message>
    <message>
        <source>The access token was revoked.</source>
        <translation>El token de acceso fue revocado.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The client ID or client secret is wrong.</source>
        <translation>El id. de cliente o el secreto de cliente son incorrectos.</translation>
    </message>
    <message>
        <source>Correct the credentials in the sign-in form.</source>
        <translation>Corrija las credenciales en el formulario de inicio de sesión.</translation>
    </message>
    <message>
        <source>The client may not use this grant.</source>
        <translation>El cliente no puede usar esta concesión.</translation>
    </message>
    <message>
        <source>Check the client in the developer portal.</source>
        <translation>Compruebe el cliente en el portal para desarrolladores.</translation>
    </message>
    <message>
        <source>The grant was rejected.</source>
        <translation>La concesión fue rechazada.</translation>
    </message>
    <message>
        <source>The Basic authentication header is malformed.</source>
        <translation>La cabecera de autenticación Basic está mal formada.</translation>
    </message>
    <message>
        <source>Re-enter the credentials.</source>
        <translation>Vuelva a introducir las credenciales.</translation>
    </message>
    <message>
        <source>The user lacks access to the resource.</source>
        <translation>El usuario no tiene acceso al recurso.</translation>
    </message>
    <message>
        <source>Compare the scopes granted with the scopes required.</source>
        <translation>Compare los ámbitos concedidos con los ámbitos necesarios.</translation>
    </message>
    <message>
        <source>A required scope was not granted.</source>
        <translation>No se concedió un ámbito necesario.</translation>
    </message>
    <message>
        <source>Re-authorize with the missing scope named here.</source>
        <translation>Vuelva a autorizar con el ámbito que falta indicado aquí.</translation>
    </message>
    <message>
        <source>The requested scope is unknown or not allowed.</source>
        <translation>El ámbito solicitado es desconocido o no está permitido.</translation>
    </message>
    <message>
        <source>Check the scope named here.</source>
        <translation>Compruebe el ámbito indicado aquí.</translation>
    </message>
    <message>
        <source>The user may not do this.</source>
        <translation>El usuario no puede hacer esto.</translation>
    </message>
    <message>
        <source>Ask an administrator of the account for access.</source>
        <translation>Pida acceso a un administrador de la cuenta.</translation>
    </message>
    <message>
        <source>The permission referred to does not exist.</source>
        <translation>El permiso al que se hace referencia no existe.</translation>
    </message>
    <message>
        <source>Check the permission named in the request.</source>
        <translation>Compruebe el permiso indicado en la solicitud.</translation>
    </message>
    <message>
        <source>The rate limit was exceeded.</source>
        <translation>Se superó el límite de frecuencia.</translation>
    </message>
    <message>
        <source>Wait for the countdown from Retry-After, or an exponential backoff with jitter, then try again.</source>
        <translation>Espere la cuenta atrás de Retry-After, o un retroceso exponencial con variación aleatoria, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server ran into an unexpected issue.</source>
        <translation>El servidor tuvo un problema inesperado.</translation>
    </message>
    <message>
        <source>Wait for the countdown, then try again; only idempotent requests are retried automatically.</source>
        <translation>Espere la cuenta atrás y vuelva a intentarlo; solo las solicitudes idempotentes se reintentan automáticamente.</translation>
    </message>
    <message>
        <source>A field has invalid data.</source>
        <translation>Un campo tiene datos no válidos.</translation>
    </message>
    <message>
        <source>Correct the highlighted field.</source>
        <translation>Corrija el campo resaltado.</translation>
    </message>
    <message>
        <source>A required field is absent.</source>
        <translation>Falta un campo obligatorio.</translation>
    </message>
    <message>
        <source>Add the field where it is highlighted.</source>
        <translation>Añada el campo donde está resaltado.</translation>
    </message>
    <message>
        <source>The request body is malformed JSON.</source>
        <translation>El cuerpo de la solicitud es JSON mal formado.</translation>
    </message>
    <message>
        <source>Fix the parse error marked in the body editor.</source>
        <translation>Corrija el error de análisis marcado en el editor del cuerpo.</translation>
    </message>
    <message>
        <source>The path parameters are invalid.</source>
        <translation>Los parámetros de ruta no son válidos.</translation>
    </message>
    <message>
        <source>Correct the highlighted path parameter.</source>
        <translation>Corrija el parámetro de ruta resaltado.</translation>
    </message>
    <message>
        <source>The query parameters are invalid.</source>
        <translation>Los parámetros de consulta no son válidos.</translation>
    </message>
    <message>
        <source>Correct the highlighted query parameter.</source>
        <translation>Corrija el parámetro de consulta resaltado.</translation>
    </message>
    <message>
        <source>A header value is invalid.</source>
        <translation>Un valor de cabecera no es válido.</translation>
    </message>
    <message>
        <source>Correct the highlighted header.</source>
        <translation>Corrija la cabecera resaltada.</translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation>La solicitud está mal formada.</translation>
    </message>
    <message>
        <source>Read what is wrong below and correct the request.</source>
        <translation>Lea abajo qué está mal y corrija la solicitud.</translation>
    </message>
    <message>
        <source>The uploaded file type is not accepted.</source>
        <translation>No se acepta el tipo del archivo subido.</translation>
    </message>
    <message>
        <source>Upload a file in one of the accepted formats named here.</source>
        <translation>Suba un archivo en uno de los formatos aceptados indicados aquí.</translation>
    </message>
    <message>
        <source>The Content-Type of the request is not accepted.</source>
        <translation>No se acepta el Content-Type de la solicitud.</translation>
    </message>
    <message>
        <source>Set the right Content-Type header.</source>
        <translation>Establezca la cabecera Content-Type correcta.</translation>
    </message>
    <message>
        <source>The request body is over the size limit.</source>
        <translation>El cuerpo de la solicitud supera el límite de tamaño.</translation>
    </message>
    <message>
        <source>Send a smaller body, within the limit named here.</source>
        <translation>Envíe un cuerpo más pequeño, dentro del límite indicado aquí.</translation>
    </message>
    <message>
        <source>The resource does not exist or is inaccessible.</source>
        <translation>El recurso no existe o no es accesible.</translation>
    </message>
    <message>
        <source>Check the ID; the resource may have been deleted.</source>
        <translation>Compruebe el ID; puede que el recurso se haya eliminado.</translation>
    </message>
    <message>
        <source>The asset does not exist.</source>
        <translation>El activo no existe.</translation>
    </message>
    <message>
        <source>Check the asset ID against the asset list.</source>
        <translation>Compruebe el ID del activo en la lista de activos.</translation>
    </message>
    <message>
        <source>The user does not exist.</source>
        <translation>El usuario no existe.</translation>
    </message>
    <message>
        <source>Check the user.</source>
        <translation>Compruebe el usuario.</translation>
    </message>
    <message>
        <source>There is no such endpoint.</source>
        <translation>No existe ese endpoint.</translation>
    </message>
    <message>
        <source>Check the path against the endpoint catalog.</source>
        <translation>Compruebe la ruta en el catálogo de endpoints.</translation>
    </message>
    <message>
        <source>The method is not allowed on this endpoint.</source>
        <translation>El método no está permitido en este endpoint.</translation>
    </message>
    <message>
        <source>The catalog and the API disagree; send a report.</source>
        <translation>El catálogo y la API no coinciden; envíe un informe.</translation>
    </message>
    <message>
        <source>This API version is not supported.</source>
        <translation>Esta versión de la API no es compatible.</translation>
    </message>
    <message>
        <source>Update the app or the base URL.</source>
        <translation>Actualice la aplicación o la URL base.</translation>
    </message>
    <message>
        <source>The grant type is not supported.</source>
        <translation>El tipo de concesión no es compatible.</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in is at odds with the API; send a report.</source>
        <translation>El inicio de sesión de la aplicación no concuerda con la API; envíe un informe.</translation>
    </message>
    <message>
        <source>A quota or count limit was reached.</source>
        <translation>Se alcanzó una cuota o un límite de cantidad.</translation>
    </message>
    <message>
        <source>Read the limit explained below.</source>
        <translation>Lea el límite explicado abajo.</translation>
    </message>
    <message>
        <source>The permission already exists.</source>
        <translation>El permiso ya existe.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nada que hacer.</translation>
    </message>
    <message>
        <source>A gateway or proxy in front of the API got no valid answer from it.</source>
        <translation>Una pasarela o un proxy delante de la API no obtuvo de ella una respuesta válida.</translation>
    </message>
    <message>
        <source>The API is overloaded or down for maintenance.</source>
        <translation>La API está sobrecargada o en mantenimiento.</translation>
    </message>
    <message>
        <source>A gateway or proxy in front of the API timed out waiting for it.</source>
        <translation>Una pasarela o un proxy delante de la API agotó el tiempo de espera esperándola.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>El servidor rechazó la conexión.</translation>
    </message>
    <message>
        <source>Check the base URL and that the server is running, then retry.</source>
        <translation>Compruebe la URL base y que el servidor esté en ejecución, y reintente.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation>No se pudo resolver el nombre de host del servidor.</translation>
    </message>
    <message>
        <source>Check the base URL and the network connection, then retry.</source>
        <translation>Compruebe la URL base y la conexión de red, y reintente.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Retry; if it keeps happening, the server or the network is slow.</source>
        <translation>Reintente; si sigue ocurriendo, el servidor o la red son lentos.</translation>
    </message>
    <message>
        <source>The secure connection failed (TLS handshake or certificate).</source>
        <translation>Falló la conexión segura (negociación TLS o certificado).</translation>
    </message>
    <message>
        <source>Check the base URL&apos;s scheme and the server&apos;s certificate.</source>
        <translation>Compruebe el esquema de la URL base y el certificado del servidor.</translation>
    </message>
    <message>
        <source>The connection closed before the response was complete.</source>
        <translation>La conexión se cerró antes de que la respuesta estuviera completa.</translation>
    </message>
    <message>
        <source>Retry.</source>
        <translation>Reintente.</translation>
    </message>
    <message>
        <source>The response body was cut short, so it cannot be trusted.</source>
        <translation>El cuerpo de la respuesta llegó recortado, así que no es fiable.</translation>
    </message>
    <message>
        <source>The response body was over the size limit, so it was not read.</source>
        <translation>El cuerpo de la respuesta superaba el límite de tamaño, así que no se leyó.</translation>
    </message>
    <message>
        <source>Narrow the request, for example with a smaller page size.</source>
        <translation>Acote la solicitud, por ejemplo con un tamaño de página menor.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>El servidor redirigió demasiadas veces.</translation>
    </message>
    <message>
        <source>Check the base URL.</source>
        <translation>Compruebe la URL base.</translation>
    </message>
    <message>
        <source>The server redirected to an address this app does not follow.</source>
        <translation>El servidor redirigió a una dirección que esta aplicación no sigue.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>Send it again when you are ready.</source>
        <translation>Envíela de nuevo cuando esté listo.</translation>
    </message>
    <message>
        <source>The request failed before a complete response arrived.</source>
        <translation>La solicitud falló antes de que llegara una respuesta completa.</translation>
    </message>
    <message>
        <source>Check the network connection, then retry.</source>
        <translation>Compruebe la conexión de red y reintente.</translation>
    </message>
    <message>
        <source>Check the scopes and permissions of the client.</source>
        <translation>Compruebe los ámbitos y los permisos del cliente.</translation>
    </message>
    <message>
        <source>Wait for the countdown, then try again.</source>
        <translation>Espere la cuenta atrás y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Correct the request and send it again.</source>
        <translation>Corrija la solicitud y envíela de nuevo.</translation>
    </message>
    <message>
        <source>Check the ID and the path.</source>
        <translation>Compruebe el ID y la ruta.</translation>
    </message>
    <message>
        <source>The app and the API disagree; send a report.</source>
        <translation>La aplicación y la API no coinciden; envíe un informe.</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below.</source>
        <translation>Lea el mensaje del servidor más abajo.</translation>
    </message>
    <message>
        <source>The server sent a code this version does not know.</source>
        <translation>El servidor envió un código que esta versión no conoce.</translation>
    </message>
    <message>
        <source>Read the code and the server&apos;s message below.</source>
        <translation>Lea el código y el mensaje del servidor más abajo.</translation>
    </message>
    <message>
        <source>The request succeeded; there is no error.</source>
        <translation>La solicitud tuvo éxito; no hay ningún error.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 and no error code this version knows.</source>
        <translation>El servidor respondió con el estado HTTP %1 y ningún código de error que conozca esta versión.</translation>
    </message>
    <message>
        <source>Retry; for a POST, PATCH, PUT or DELETE, first check whether the server applied it.</source>
        <translation>Reintente; en un POST, PATCH, PUT o DELETE, compruebe antes si el servidor lo aplicó.</translation>
    </message>
    <message>
        <source>The customer&apos;s enterprise account is inactive, so no token is issued for it.</source>
        <translation>La cuenta de empresa del cliente está inactiva, así que no se emite ningún token para ella.</translation>
    </message>
    <message>
        <source>Only an administrator of the customer&apos;s Cliquify account can reactivate the enterprise. Retrying or new credentials will not help until then.</source>
        <translation>Solo un administrador de la cuenta de Cliquify del cliente puede reactivar la empresa. Hasta entonces, no servirá de nada reintentar ni usar credenciales nuevas.</translation>
    </message>
    <message>
        <source>The OAuth client is not linked to a company, so the API has nothing to answer with.</source>
        <translation>El cliente OAuth no está vinculado a ninguna compañía, así que la API no tiene nada con qué responder.</translation>
    </message>
    <message>
        <source>Link the OAuth client to an active company in the Cliquify developer portal (OAuth Clients page), then send the request again. There is no ID to check.</source>
        <translation>Vincule el cliente OAuth a una compañía activa en el portal para desarrolladores de Cliquify (página OAuth Clients) y vuelva a enviar la solicitud. No hay ningún ID que comprobar.</translation>
    </message>
    <message>
        <source>The response&apos;s headers were too large to read, so the response cannot be trusted.</source>
        <translation>Las cabeceras de la respuesta eran demasiado grandes para leerlas, así que la respuesta no es fiable.</translation>
    </message>
    <message>
        <source>Check the server or the proxy in between; this is not a problem with the request.</source>
        <translation>Compruebe el servidor o el proxy intermedio; el problema no está en la solicitud.</translation>
    </message>
    <message>
        <source>The request was not sent: a header, the method or the path holds characters that cannot go on the wire (a line break, a control character).</source>
        <translation>La solicitud no se envió: una cabecera, el método o la ruta contiene caracteres que no se pueden transmitir (un salto de línea, un carácter de control).</translation>
    </message>
    <message>
        <source>Correct the part named in the message, then send again.</source>
        <translation>Corrija la parte indicada en el mensaje y vuelva a enviar.</translation>
    </message>
    <message>
        <source>The server answered, but its compressed body (gzip or deflate) could not be decoded, so the body cannot be trusted.</source>
        <translation>El servidor respondió, pero su cuerpo comprimido (gzip o deflate) no se pudo decodificar, así que no se puede confiar en el cuerpo.</translation>
    </message>
    <message>
        <source>The status and headers are the server&apos;s; check the server or the proxy that compresses the response, then retry.</source>
        <translation>El estado y las cabeceras son los del servidor; revise el servidor o el proxy que comprime la respuesta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not issued by a certificate authority this computer trusts.</source>
        <translation>El certificado del servidor no lo ha emitido una autoridad de certificación en la que confíe este equipo.</translation>
    </message>
    <message>
        <source>If your company inspects HTTPS, add its CA certificate in Profile &gt; Network (connect-cli: --cacert FILE); or check the fingerprint below with the server&apos;s owner and trust this certificate for the profile only (--pin).</source>
        <translation>Si su empresa inspecciona el tráfico HTTPS, añada su certificado de CA en Perfil &gt; Red (connect-cli: --cacert FILE); o compruebe la huella digital de abajo con el propietario del servidor y confíe en este certificado solo para el perfil (--pin).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed: no certificate authority vouches for it.</source>
        <translation>El certificado del servidor está autofirmado: ninguna autoridad de certificación lo respalda.</translation>
    </message>
    <message>
        <source>Check the fingerprint below with the server&apos;s owner, then trust this certificate for the profile only (Profile &gt; Network, or connect-cli --pin).</source>
        <translation>Compruebe la huella digital de abajo con el propietario del servidor y, después, confíe en este certificado solo para el perfil (Perfil &gt; Red, o connect-cli --pin).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>El certificado del servidor ha caducado.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time; if they are right, the server&apos;s owner must renew the certificate.</source>
        <translation>Compruebe la fecha y la hora de este equipo; si son correctas, el propietario del servidor debe renovar el certificado.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>El certificado del servidor aún no es válido.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is probably wrong: set the date and time, then retry.</source>
        <translation>Probablemente el reloj de este equipo está mal: ajuste la fecha y la hora y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for other names than the base URL&apos;s host.</source>
        <translation>El certificado del servidor es para nombres distintos del host de la URL base.</translation>
    </message>
    <message>
        <source>Use a base URL with one of the names the certificate holds (listed below).</source>
        <translation>Use una URL base con uno de los nombres que contiene el certificado (indicados abajo).</translation>
    </message>
    <message>
        <source>The server requires a client certificate, and none was presented.</source>
        <translation>El servidor exige un certificado de cliente y no se presentó ninguno.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s owner for a client certificate, then set it in Profile &gt; Network (connect-cli: --cert FILE --key FILE).</source>
        <translation>Pida un certificado de cliente al propietario del servidor y configúrelo en Perfil &gt; Red (connect-cli: --cert FILE --key FILE).</translation>
    </message>
    <message>
        <source>The server refused the client certificate that was presented.</source>
        <translation>El servidor rechazó el certificado de cliente presentado.</translation>
    </message>
    <message>
        <source>Check that it is the certificate issued for this server and that it has not expired; ask the server&apos;s owner for a new one.</source>
        <translation>Compruebe que es el certificado emitido para este servidor y que no ha caducado; pida uno nuevo al propietario del servidor.</translation>
    </message>
    <message>
        <source>The app and the server share no TLS version or cipher.</source>
        <translation>La aplicación y el servidor no tienen en común ninguna versión de TLS ni ningún cifrado.</translation>
    </message>
    <message>
        <source>The server needs TLS 1.2 or later with current ciphers; ask its owner to update it.</source>
        <translation>El servidor necesita TLS 1.2 o posterior con cifrados actuales; pida a su propietario que lo actualice.</translation>
    </message>
    <message>
        <source>The proxy refused the connection.</source>
        <translation>El proxy rechazó la conexión.</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address and port in Profile &gt; Network (or the https_proxy variable), or choose no proxy.</source>
        <translation>Compruebe la dirección y el puerto del proxy en Perfil &gt; Red (o la variable https_proxy), o elija no usar proxy.</translation>
    </message>
    <message>
        <source>The proxy requires a user name and password (407).</source>
        <translation>El proxy exige un nombre de usuario y una contraseña (407).</translation>
    </message>
    <message>
        <source>Set the proxy&apos;s user and password in Profile &gt; Network (connect-cli: --proxy http://USER@HOST:PORT with the password in CONNECT_PROXY_PASSWORD).</source>
        <translation>Configure el usuario y la contraseña del proxy en Perfil &gt; Red (connect-cli: --proxy http://USER@HOST:PORT con la contraseña en CONNECT_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name could not be resolved.</source>
        <translation>No se pudo resolver el nombre de host del proxy.</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address, or choose no proxy.</source>
        <translation>Compruebe la dirección del proxy, o elija no usar proxy.</translation>
    </message>
    <message>
        <source>The proxy did not answer in time.</source>
        <translation>El proxy no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Check the proxy, or choose no proxy.</source>
        <translation>Compruebe el proxy, o elija no usar proxy.</translation>
    </message>
    <message>
        <source>The proxy closed the connection before the server answered.</source>
        <translation>El proxy cerró la conexión antes de que respondiera el servidor.</translation>
    </message>
    <message>
        <source>The proxy may block this server; check with your network administrators.</source>
        <translation>Puede que el proxy bloquee este servidor; consúltelo con sus administradores de red.</translation>
    </message>
    <message>
        <source>No connection to the server could be made in time.</source>
        <translation>No se pudo establecer a tiempo una conexión con el servidor.</translation>
    </message>
    <message>
        <source>Check the address and port, and that a firewall or VPN lets the connection through.</source>
        <translation>Compruebe la dirección y el puerto, y que un cortafuegos o una VPN dejen pasar la conexión.</translation>
    </message>
    <message>
        <source>The server took the request but did not answer in time.</source>
        <translation>El servidor recibió la solicitud pero no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server may be overloaded; try again later, or raise the timeout.</source>
        <translation>Puede que el servidor esté sobrecargado; vuelva a intentarlo más tarde o aumente el tiempo de espera.</translation>
    </message>
</context>
<context>
    <name>cx::EvidenceBuilder</name>
    <message>
        <source>%1 is not a HAR file Connect Explorer can read: %2</source>
        <translation>%1 no es un archivo HAR que Connect Explorer pueda leer: %2</translation>
    </message>
    <message>
        <source>entry %1: %2 %3</source>
        <translation>entrada %1: %2 %3</translation>
    </message>
    <message>
        <source># Connect Explorer evidence</source>
        <translation># Evidencias de Connect Explorer</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>- Profile: %1</source>
        <translation>- Perfil: %1</translation>
    </message>
    <message>
        <source>- Client id: %1</source>
        <translation>- Id. de cliente: %1</translation>
    </message>
    <message>
        <source>- Base URL: %1</source>
        <translation>- URL base: %1</translation>
    </message>
    <message>
        <source>- Created: %1 by Connect Explorer %2</source>
        <translation>- Creado: %1 por Connect Explorer %2</translation>
    </message>
    <message>
        <source>## What failed</source>
        <translation>## Qué falló</translation>
    </message>
    <message>
        <source>Nothing failed in the material of this archive.</source>
        <translation>Nada falló en el contenido de este archivo comprimido.</translation>
    </message>
    <message>
        <source>check-up</source>
        <translation>revisión de la cuenta</translation>
    </message>
    <message>
        <source>customer&apos;s HAR</source>
        <translation>HAR del cliente</translation>
    </message>
    <message>
        <source>reproduction</source>
        <translation>reproducción</translation>
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
        <translation>## Causa determinada</translation>
    </message>
    <message>
        <source>**%1** (action: %2)</source>
        <translation>**%1** (acción: %2)</translation>
    </message>
    <message>
        <source>## The fix</source>
        <translation>## La solución</translation>
    </message>
    <message>
        <source>The catalogue gives no fix for this code.</source>
        <translation>El catálogo no indica ninguna solución para este código.</translation>
    </message>
    <message>
        <source>## Files</source>
        <translation>## Archivos</translation>
    </message>
    <message>
        <source>- README.md: this summary</source>
        <translation>- README.md: este resumen</translation>
    </message>
    <message>
        <source>- %1: the customer&apos;s HAR (%2), redacted; each response carries the decided code as _errorCode</source>
        <translation>- %1: el HAR del cliente (%2), con los secretos enmascarados; cada respuesta lleva el código determinado como _errorCode</translation>
    </message>
    <message>
        <source>- %1: each call of that HAR with its decided code</source>
        <translation>- %1: cada llamada de ese HAR con su código determinado</translation>
    </message>
    <message numerus="yes">
        <source>- %1: the reproduction, %n request(s) from the history</source>
        <translation>
            <numerusform>- %1: la reproducción, %n solicitud del historial</numerusform>
            <numerusform>- %1: la reproducción, %n solicitudes del historial</numerusform>
        </translation>
    </message>
    <message>
        <source>- %1 and %2: the account check-up</source>
        <translation>- %1 y %2: la revisión de la cuenta</translation>
    </message>
    <message>
        <source>- %1: a response comparison</source>
        <translation>- %1: una comparación de respuestas</translation>
    </message>
    <message>
        <source>Tokens, the client secret and other credentials are masked as %1.</source>
        <translation>Los tokens, el secreto de cliente y las demás credenciales se enmascaran como %1.</translation>
    </message>
</context>
<context>
    <name>cx::HarPortable</name>
    <message>
        <source>entry %1: request.postData.text is marked base64 but is not valid base64</source>
        <translation>entrada %1: request.postData.text está marcado como base64 pero no es base64 válido</translation>
    </message>
    <message>
        <source>not a Connect API call: %1</source>
        <translation>no es una llamada a la API de Connect: %1</translation>
    </message>
    <message>
        <source>%1: HAR has no OAuth2 block; the profile&apos;s token is added when it is sent</source>
        <translation>%1: HAR no tiene bloque OAuth2; el token del perfil se añade al enviarla</translation>
    </message>
    <message>
        <source>%1: its %2 authentication is not written (HAR has no auth block)</source>
        <translation>%1: su autenticación %2 no se escribe (HAR no tiene bloque de autenticación)</translation>
    </message>
    <message>
        <source>%1: the body is not UTF-8 text; it is written base64 (postData.encoding)</source>
        <translation>%1: el cuerpo no es texto UTF-8; se escribe en base64 (postData.encoding)</translation>
    </message>
    <message>
        <source>Not sent by Connect Explorer: a request only, no response.</source>
        <translation>No enviada por Connect Explorer: solo una solicitud, sin respuesta.</translation>
    </message>
    <message>
        <source>Credentials are masked as [redacted] (ask for secrets to keep them).</source>
        <translation>Las credenciales se enmascaran como [redacted] (solicite incluir los secretos para conservarlas).</translation>
    </message>
</context>
<context>
    <name>cx::HarReader</name>
    <message>
        <source>entry %1 has no &quot;request&quot; object</source>
        <translation>la entrada %1 no tiene un objeto &quot;request&quot;</translation>
    </message>
    <message>
        <source>entry %1: request.method is missing</source>
        <translation>entrada %1: falta request.method</translation>
    </message>
    <message>
        <source>entry %1: request.url is missing or not an absolute URL (&apos;%2&apos;)</source>
        <translation>entrada %1: request.url falta o no es una URL absoluta (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>entry %1: response.content.text is marked base64 but is not valid base64</source>
        <translation>entrada %1: response.content.text está marcado como base64 pero no es base64 válido</translation>
    </message>
    <message>
        <source>The browser recorded no response for this request</source>
        <translation>El navegador no registró ninguna respuesta para esta solicitud</translation>
    </message>
    <message>
        <source>not a HAR file: the JSON is malformed (%1 at offset %2)</source>
        <translation>no es un archivo HAR: el JSON está mal formado (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>not a HAR file: the top-level &quot;log&quot; object is missing</source>
        <translation>no es un archivo HAR: falta el objeto &quot;log&quot; de nivel superior</translation>
    </message>
    <message>
        <source>not a HAR file: &quot;log.entries&quot; is missing or not an array</source>
        <translation>no es un archivo HAR: &quot;log.entries&quot; falta o no es un array</translation>
    </message>
    <message>
        <source>HAR version %1 is not supported (1.1 and 1.2 are)</source>
        <translation>La versión %1 de HAR no es compatible (lo son la 1.1 y la 1.2)</translation>
    </message>
    <message>
        <source>entry %1 is not an object</source>
        <translation>la entrada %1 no es un objeto</translation>
    </message>
    <message>
        <source>no entry of the HAR file could be read: %1</source>
        <translation>no se pudo leer ninguna entrada del archivo HAR: %1</translation>
    </message>
    <message>
        <source>entry %1: request.method is not a valid HTTP method</source>
        <translation>entrada %1: request.method no es un método HTTP válido</translation>
    </message>
    <message>
        <source>entry %1: request.headers[%2].name %3</source>
        <translation>entrada %1: request.headers[%2].name %3</translation>
    </message>
    <message>
        <source>entry %1: request.headers[%2].value %3</source>
        <translation>entrada %1: request.headers[%2].value %3</translation>
    </message>
    <message>
        <source>entry %1: the path of request.url %2</source>
        <translation>entrada %1: la ruta de request.url %2</translation>
    </message>
    <message>
        <source>%1 (the entry was not read)</source>
        <translation>%1 (no se leyó la entrada)</translation>
    </message>
    <message>
        <source>queryString names that request.url lacks were added to it: %1</source>
        <translation>se añadieron a request.url los nombres de queryString que le faltaban: %1</translation>
    </message>
    <message>
        <source>request.url holds a &apos;%&apos; that starts no percent escape: it is sent as %25</source>
        <translation>request.url contiene un &apos;%&apos; que no inicia ninguna secuencia de escape con porcentaje: se envía como %25</translation>
    </message>
    <message>
        <source>postData names no multipart boundary: &quot;%1&quot; is used</source>
        <translation>postData no indica ningún delimitador multipart: se usa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>postData.params[%1].value is not text: its JSON text is sent</source>
        <translation>postData.params[%1].value no es texto: se envía su texto JSON</translation>
    </message>
    <message>
        <source>another origin (%1), not the profile&apos;s %2</source>
        <translation>otro origen (%1), no el del perfil (%2)</translation>
    </message>
    <message>
        <source>outside the profile&apos;s base path %1</source>
        <translation>fuera de la ruta base del perfil %1</translation>
    </message>
    <message>
        <source>The response body was not kept; Connect Explorer decided %1 when it was sent.</source>
        <translation>El cuerpo de la respuesta no se conservó; Connect Explorer determinó %1 cuando se envió.</translation>
    </message>
</context>
<context>
    <name>cx::HarWriter</name>
    <message>
        <source>From Connect Explorer&apos;s history: response headers and body are not kept.</source>
        <translation>Del historial de Connect Explorer: no se conservan las cabeceras ni el cuerpo de la respuesta.</translation>
    </message>
    <message>
        <source>Error code: %1.</source>
        <translation>Código de error: %1.</translation>
    </message>
    <message>
        <source>The request body was cut when it was stored.</source>
        <translation>El cuerpo de la solicitud se recortó al guardarlo.</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>no se puede escribir &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>From Connect Explorer&apos;s history.</source>
        <translation>Del historial de Connect Explorer.</translation>
    </message>
</context>
<context>
    <name>cx::InsomniaExport</name>
    <message>
        <source>%1: authentication must be an object</source>
        <translation>%1: la autenticación debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: must be a list of headers</source>
        <translation>%1: debe ser una lista de cabeceras</translation>
    </message>
    <message>
        <source>%1[%2]: a header must be an object</source>
        <translation>%1[%2]: una cabecera debe ser un objeto</translation>
    </message>
    <message numerus="yes">
        <source>%n disabled header(s) left out.</source>
        <translation>
            <numerusform>Se omitió %n cabecera desactivada.</numerusform>
            <numerusform>Se omitieron %n cabeceras desactivadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.method: must be an HTTP method</source>
        <translation>%1.method: debe ser un método HTTP</translation>
    </message>
    <message>
        <source>%1.url: the request has no URL</source>
        <translation>%1.url: la solicitud no tiene URL</translation>
    </message>
    <message>
        <source>%1.parameters: must be a list</source>
        <translation>%1.parameters: debe ser una lista</translation>
    </message>
    <message numerus="yes">
        <source>%n disabled query parameter(s) left out.</source>
        <translation>
            <numerusform>Se omitió %n parámetro de consulta desactivado.</numerusform>
            <numerusform>Se omitieron %n parámetros de consulta desactivados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insomnia template tags ({% ... %}) are not evaluated; they are sent as written.</source>
        <translation>Las etiquetas de plantilla de Insomnia ({% ... %}) no se evalúan; se envían tal como están escritas.</translation>
    </message>
    <message>
        <source>Pre-request and after-response scripts are not run.</source>
        <translation>Los scripts previos a la solicitud y posteriores a la respuesta no se ejecutan.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>collection %1</source>
        <translation>colección %1</translation>
    </message>
    <message>
        <source>%1: a body must be an object</source>
        <translation>%1: un cuerpo debe ser un objeto</translation>
    </message>
    <message>
        <source>%1.params: must be a list</source>
        <translation>%1.params: debe ser una lista</translation>
    </message>
    <message>
        <source>%1.text: the GraphQL body is not a JSON object (%2)</source>
        <translation>%1.text: el cuerpo GraphQL no es un objeto JSON (%2)</translation>
    </message>
    <message>
        <source>%1.text: must be text</source>
        <translation>%1.text: debe ser texto</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>not YAML: %1</source>
        <translation>no es YAML: %1</translation>
    </message>
    <message>
        <source>not an Insomnia export: the top level must be an object</source>
        <translation>no es una exportación de Insomnia: el nivel superior debe ser un objeto</translation>
    </message>
    <message>
        <source>type: &apos;%1&apos; is not an Insomnia v5 collection</source>
        <translation>type: &apos;%1&apos; no es una colección de Insomnia v5</translation>
    </message>
    <message>
        <source>Sub-environments are not used (only the base environment&apos;s values): %1.</source>
        <translation>No se usan los subentornos (solo los valores del entorno base): %1.</translation>
    </message>
    <message>
        <source>collection: must be a list of requests and folders</source>
        <translation>collection: debe ser una lista de solicitudes y carpetas</translation>
    </message>
    <message>
        <source>%1: folders nested too deeply</source>
        <translation>%1: carpetas anidadas a demasiada profundidad</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: debe ser un objeto</translation>
    </message>
    <message>
        <source>%1.children: must be a list</source>
        <translation>%1.children: debe ser una lista</translation>
    </message>
    <message>
        <source>__export_format: %1 is not supported (Insomnia v4 exports only)</source>
        <translation>__export_format: %1 no es compatible (solo exportaciones de Insomnia v4)</translation>
    </message>
    <message>
        <source>resources: must be a list</source>
        <translation>resources: debe ser una lista</translation>
    </message>
    <message>
        <source>Sub-environment &apos;%1&apos; is not used (only the base environment&apos;s values).</source>
        <translation>No se usa el subentorno &apos;%1&apos; (solo los valores del entorno base).</translation>
    </message>
    <message>
        <source>resources: folders nested too deeply (or in a cycle)</source>
        <translation>resources: carpetas anidadas a demasiada profundidad (o en un ciclo)</translation>
    </message>
    <message numerus="yes">
        <source>The export holds %n workspaces; each is a top folder.</source>
        <translation>
            <numerusform>La exportación contiene %n espacio de trabajo; cada uno es una carpeta de nivel superior.</numerusform>
            <numerusform>La exportación contiene %n espacios de trabajo; cada uno es una carpeta de nivel superior.</numerusform>
        </translation>
    </message>
    <message>
        <source>not an Insomnia export: neither `_type: export` (v4) nor `type: collection.insomnia.rest/5.0` (v5)</source>
        <translation>no es una exportación de Insomnia: ni `_type: export` (v4) ni `type: collection.insomnia.rest/5.0` (v5)</translation>
    </message>
    <message numerus="yes">
        <source>%n gRPC or WebSocket request(s) left out: only HTTP requests are read.</source>
        <translation>
            <numerusform>Se omitió %n solicitud gRPC o WebSocket: solo se leen las solicitudes HTTP.</numerusform>
            <numerusform>Se omitieron %n solicitudes gRPC o WebSocket: solo se leen las solicitudes HTTP.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export holds no HTTP requests.</source>
        <translation>La exportación no contiene solicitudes HTTP.</translation>
    </message>
</context>
<context>
    <name>cx::JsonDiff</name>
    <message>
        <source>&apos;%1&apos; is not a path pattern: %2</source>
        <translation>&apos;%1&apos; no es un patrón de ruta: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>a key is missing at position %1</source>
        <translation>falta una clave en la posición %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>&apos;%1&apos; inesperado en la posición %2</translation>
    </message>
    <message>
        <source>a quoted key does not end at position %1</source>
        <translation>una clave entre comillas en la posición %1 no está cerrada</translation>
    </message>
    <message>
        <source>a quoted id does not end at position %1</source>
        <translation>un id entre comillas en la posición %1 no está cerrado</translation>
    </message>
    <message>
        <source>an id is missing at position %1</source>
        <translation>falta un id en la posición %1</translation>
    </message>
    <message>
        <source>expected [N], [*], [id=VALUE] or [&quot;key&quot;] at position %1</source>
        <translation>se esperaba [N], [*], [id=VALUE] o [&quot;key&quot;] en la posición %1</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>sin diferencias</translation>
    </message>
    <message numerus="yes">
        <source>%n only in A</source>
        <translation>
            <numerusform>%n solo en A</numerusform>
            <numerusform>%n solo en A</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only in B</source>
        <translation>
            <numerusform>%n solo en B</numerusform>
            <numerusform>%n solo en B</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed: %1</source>
        <translation>
            <numerusform>%n cambiado: %1</numerusform>
            <numerusform>%n cambiados: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed type: %1</source>
        <translation>
            <numerusform>%n con tipo cambiado: %1</numerusform>
            <numerusform>%n con tipo cambiado: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::JsonPathSelect</name>
    <message>
        <source>The quoted key at position %1 is not closed with %2]</source>
        <translation>La clave entre comillas en la posición %1 no se cierra con %2]</translation>
    </message>
    <message>
        <source>Expected a number or a quoted key inside [ ] at position %1</source>
        <translation>Se esperaba un número o una clave entre comillas dentro de [ ] en la posición %1</translation>
    </message>
    <message>
        <source>A path starts with a key, &quot;[&quot; or &quot;$&quot;, not &quot;.&quot;</source>
        <translation>Una ruta empieza por una clave, &quot;[&quot; o &quot;$&quot;, no por &quot;.&quot;</translation>
    </message>
    <message>
        <source>Expected &quot;.&quot; or &quot;[&quot; at position %1, found &quot;%2&quot;</source>
        <translation>Se esperaba &quot;.&quot; o &quot;[&quot; en la posición %1; se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Expected a key at position %1</source>
        <translation>Se esperaba una clave en la posición %1</translation>
    </message>
    <message>
        <source>The path is empty</source>
        <translation>La ruta está vacía</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 no es un array</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n element(s): no %2</source>
        <translation>
            <numerusform>%1 tiene %n elemento: no hay %2</numerusform>
            <numerusform>%1 tiene %n elementos: no hay %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no key &quot;%2&quot;</source>
        <translation>%1 no tiene la clave &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 no es un objeto</translation>
    </message>
    <message>
        <source>The response is not JSON (%1 at byte %2)</source>
        <translation>La respuesta no es JSON (%1 en el byte %2)</translation>
    </message>
</context>
<context>
    <name>cx::MiniYaml</name>
    <message>
        <source>line %1: a tab in the indentation</source>
        <translation>línea %1: un tabulador en la sangría</translation>
    </message>
    <message>
        <source>line %1: content after &apos;---&apos; is not supported</source>
        <translation>línea %1: no se admite contenido después de &apos;---&apos;</translation>
    </message>
    <message>
        <source>line %1: several documents are not supported</source>
        <translation>línea %1: no se admiten varios documentos</translation>
    </message>
    <message>
        <source>line %1: unexpected indentation</source>
        <translation>línea %1: sangría inesperada</translation>
    </message>
    <message>
        <source>line %1: nested too deeply</source>
        <translation>línea %1: anidamiento demasiado profundo</translation>
    </message>
    <message>
        <source>line %1: expected &apos;key: value&apos;</source>
        <translation>línea %1: se esperaba &apos;clave: valor&apos;</translation>
    </message>
    <message>
        <source>line %1: merge keys and complex keys are not supported</source>
        <translation>línea %1: no se admiten las claves de combinación (merge keys) ni las claves complejas</translation>
    </message>
    <message>
        <source>line %1: anchors and aliases are not supported</source>
        <translation>línea %1: no se admiten anclas ni alias</translation>
    </message>
    <message>
        <source>line %1: the quoted value does not end</source>
        <translation>línea %1: el valor entre comillas no termina</translation>
    </message>
    <message>
        <source>line %1: the flow collection does not end</source>
        <translation>línea %1: la colección de flujo no termina</translation>
    </message>
    <message>
        <source>line %1: text after the flow collection</source>
        <translation>línea %1: texto después de la colección de flujo</translation>
    </message>
    <message>
        <source>line %1: a bad escape in a quoted value</source>
        <translation>línea %1: una secuencia de escape incorrecta en un valor entre comillas</translation>
    </message>
    <message>
        <source>line %1: unknown escape &apos;\%2&apos;</source>
        <translation>línea %1: secuencia de escape desconocida &apos;\%2&apos;</translation>
    </message>
    <message>
        <source>line %1: text after the quoted value</source>
        <translation>línea %1: texto después del valor entre comillas</translation>
    </message>
    <message>
        <source>line %1: a bad block scalar header</source>
        <translation>línea %1: una cabecera de escalar de bloque incorrecta</translation>
    </message>
    <message>
        <source>line %1: a flow collection ends early</source>
        <translation>línea %1: una colección de flujo termina antes de tiempo</translation>
    </message>
    <message>
        <source>line %1: expected &apos;,&apos; in a flow collection</source>
        <translation>línea %1: se esperaba &apos;,&apos; en una colección de flujo</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
</context>
<context>
    <name>cx::NetworkSettings</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: no se puede leer (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 4 MiB, not a certificate file.</source>
        <translation>%1: mayor de 4 MiB, no es un archivo de certificado.</translation>
    </message>
    <message>
        <source>the proxy address is empty.</source>
        <translation>la dirección del proxy está vacía.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the proxy must be http:// or socks5:// (an https:// proxy is not supported).</source>
        <translation>&apos;%1&apos;: el proxy debe ser http:// o socks5:// (no se admite un proxy https://).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a proxy address (host[:port]).</source>
        <translation>&apos;%1&apos; no es una dirección de proxy (host[:puerto]).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a proxy address has no path.</source>
        <translation>&apos;%1&apos;: una dirección de proxy no lleva ruta.</translation>
    </message>
    <message>
        <source>%1: the folder holds no .pem, .crt or .cer file.</source>
        <translation>%1: la carpeta no contiene ningún archivo .pem, .crt ni .cer.</translation>
    </message>
    <message>
        <source>%1: holds no certificate (PEM or DER).</source>
        <translation>%1: no contiene ningún certificado (PEM o DER).</translation>
    </message>
    <message>
        <source>%1: not a PKCS#12 file, or the passphrase is wrong.</source>
        <translation>%1: no es un archivo PKCS#12, o la frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>%1: holds no PEM certificate.</source>
        <translation>%1: no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>%1: holds no private key; give the key file as well.</source>
        <translation>%1: no contiene ninguna clave privada; indique también el archivo de clave.</translation>
    </message>
    <message>
        <source>%1: not a PEM private key, or the passphrase is wrong.</source>
        <translation>%1: no es una clave privada PEM, o la frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a certificate pin (sha256/ followed by the base64 SHA-256 digest).</source>
        <translation>&apos;%1&apos; no es un pin de certificado (sha256/ seguido del resumen SHA-256 en base64).</translation>
    </message>
</context>
<context>
    <name>cx::PostmanCollection</name>
    <message>
        <source>%1: an auth block must be an object</source>
        <translation>%1: un bloque auth debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: the URL must be a string or an object</source>
        <translation>%1: la URL debe ser una cadena o un objeto</translation>
    </message>
    <message>
        <source>%1.raw: must be a string</source>
        <translation>%1.raw: debe ser una cadena</translation>
    </message>
    <message>
        <source>%1.query: must be a list</source>
        <translation>%1.query: debe ser una lista</translation>
    </message>
    <message numerus="yes">
        <source>%n disabled query parameter(s) left out.</source>
        <translation>
            <numerusform>Se omitió %n parámetro de consulta desactivado.</numerusform>
            <numerusform>Se omitieron %n parámetros de consulta desactivados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a header line</source>
        <translation>%1: &apos;%2&apos; no es una línea de cabecera</translation>
    </message>
    <message>
        <source>%1: must be a list of headers</source>
        <translation>%1: debe ser una lista de cabeceras</translation>
    </message>
    <message>
        <source>%1[%2]: a header must be an object</source>
        <translation>%1[%2]: una cabecera debe ser un objeto</translation>
    </message>
    <message numerus="yes">
        <source>%n disabled header(s) left out.</source>
        <translation>
            <numerusform>Se omitió %n cabecera desactivada.</numerusform>
            <numerusform>Se omitieron %n cabeceras desactivadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a body must be an object</source>
        <translation>%1: un cuerpo debe ser un objeto</translation>
    </message>
    <message>
        <source>The body is disabled in the collection; none is sent.</source>
        <translation>El cuerpo está desactivado en la colección; no se envía ninguno.</translation>
    </message>
    <message>
        <source>%1.urlencoded: must be a list</source>
        <translation>%1.urlencoded: debe ser una lista</translation>
    </message>
    <message>
        <source>%1.formdata: must be a list</source>
        <translation>%1.formdata: debe ser una lista</translation>
    </message>
    <message>
        <source>Form field &apos;%1&apos; names several files; only the first is read.</source>
        <translation>El campo de formulario &apos;%1&apos; indica varios archivos; solo se lee el primero.</translation>
    </message>
    <message>
        <source>%1.graphql.variables: not a JSON object (%2)</source>
        <translation>%1.graphql.variables: no es un objeto JSON (%2)</translation>
    </message>
    <message>
        <source>Body mode &apos;%1&apos; is not known; no body is sent.</source>
        <translation>El modo de cuerpo &apos;%1&apos; es desconocido; no se envía ningún cuerpo.</translation>
    </message>
    <message>
        <source>%1: an item must be an object</source>
        <translation>%1: un elemento debe ser un objeto</translation>
    </message>
    <message>
        <source>%1.item: must be a list</source>
        <translation>%1.item: debe ser una lista</translation>
    </message>
    <message>
        <source>%1.method: must be an HTTP method</source>
        <translation>%1.method: debe ser un método HTTP</translation>
    </message>
    <message>
        <source>%1: an item needs a request (a URL or an object)</source>
        <translation>%1: un elemento necesita una solicitud (una URL o un objeto)</translation>
    </message>
    <message>
        <source>The request has no URL (%1.url); it cannot be sent as it is.</source>
        <translation>La solicitud no tiene URL (%1.url); no se puede enviar tal cual.</translation>
    </message>
    <message>
        <source>Pre-request and test scripts are not run.</source>
        <translation>Los scripts previos a la solicitud y de prueba no se ejecutan.</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>not a Postman collection: the top level must be an object</source>
        <translation>no es una colección de Postman: el nivel superior debe ser un objeto</translation>
    </message>
    <message>
        <source>Postman collection format v1 is not supported: export it from Postman as Collection v2.1</source>
        <translation>El formato de colección v1 de Postman no es compatible: expórtela desde Postman como Collection v2.1</translation>
    </message>
    <message>
        <source>info: missing; not a Postman collection (v2.0 or v2.1)</source>
        <translation>info: falta; no es una colección de Postman (v2.0 o v2.1)</translation>
    </message>
    <message>
        <source>info.schema: &apos;%1&apos; is not Postman collection v2.0 or v2.1</source>
        <translation>info.schema: &apos;%1&apos; no es una colección de Postman v2.0 o v2.1</translation>
    </message>
    <message>
        <source>item: must be a list of requests and folders</source>
        <translation>item: debe ser una lista de solicitudes y carpetas</translation>
    </message>
    <message>
        <source>variable: must be a list</source>
        <translation>variable: debe ser una lista</translation>
    </message>
    <message>
        <source>collection %1</source>
        <translation>colección %1</translation>
    </message>
    <message>
        <source>The collection holds no requests.</source>
        <translation>La colección no contiene solicitudes.</translation>
    </message>
    <message>
        <source>%1: the OAuth 2.0 client secret is not written; {{clientSecret}} stands for it.</source>
        <translation>%1: el secreto de cliente OAuth 2.0 no se escribe; {{clientSecret}} lo sustituye.</translation>
    </message>
    <message>
        <source>%1: the Basic auth password is not written; {{password}} stands for it.</source>
        <translation>%1: la contraseña de la autenticación Basic no se escribe; {{password}} la sustituye.</translation>
    </message>
    <message>
        <source>%1: auth type &apos;%2&apos; has no Postman equivalent; it is left out.</source>
        <translation>%1: el tipo de autenticación &apos;%2&apos; no tiene equivalente en Postman; se omite.</translation>
    </message>
    <message>
        <source>%1: auth type &apos;%2&apos; is written without its settings.</source>
        <translation>%1: el tipo de autenticación &apos;%2&apos; se escribe sin su configuración.</translation>
    </message>
    <message>
        <source>%1: a binary body (%2) cannot be written into a Postman collection; it is left out.</source>
        <translation>%1: un cuerpo binario (%2) no se puede escribir en una colección de Postman; se omite.</translation>
    </message>
    <message>
        <source>%1: the request names no Content-Type; Postman sends text/plain.</source>
        <translation>%1: la solicitud no indica ningún Content-Type; Postman envía text/plain.</translation>
    </message>
    <message>
        <source>Connect Explorer requests</source>
        <translation>Solicitudes de Connect Explorer</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>colección</translation>
    </message>
    <message numerus="yes">
        <source>%n secret variable(s) written with their values.</source>
        <translation>
            <numerusform>%n variable secreta escrita con su valor.</numerusform>
            <numerusform>%n variables secretas escritas con sus valores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret variable(s) written as [redacted].</source>
        <translation>
            <numerusform>%n variable secreta escrita como [redacted].</numerusform>
            <numerusform>%n variables secretas escritas como [redacted].</numerusform>
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
        <translation>Un perfil necesita un nombre</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// URL, e.g. https://oauth.cliquify.me</source>
        <translation>La URL base debe ser una URL http:// o https://, p. ej. https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>The Demo profile is built in and cannot be changed</source>
        <translation>El perfil Demo está integrado y no se puede modificar</translation>
    </message>
    <message>
        <source>No such profile</source>
        <translation>No existe ese perfil</translation>
    </message>
    <message>
        <source>The Demo profile is built in and cannot be removed</source>
        <translation>El perfil Demo está integrado y no se puede eliminar</translation>
    </message>
    <message>
        <source>A manual proxy needs a host</source>
        <translation>Un proxy manual necesita un host</translation>
    </message>
    <message>
        <source>A manual proxy needs a port (1 to 65535)</source>
        <translation>Un proxy manual necesita un puerto (de 1 a 65535)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate fingerprint (sha256/ and 44 base64 characters)</source>
        <translation>&quot;%1&quot; no es una huella digital de certificado (sha256/ y 44 caracteres base64)</translation>
    </message>
    <message>
        <source>A variable needs a name</source>
        <translation>Una variable necesita un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable name: no braces, no line breaks, no spaces at either end</source>
        <translation>&quot;%1&quot; no es un nombre de variable: sin llaves, sin saltos de línea, sin espacios al principio ni al final</translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; is defined twice</source>
        <translation>La variable &quot;%1&quot; está definida dos veces</translation>
    </message>
</context>
<context>
    <name>cx::RequestHygiene</name>
    <message>
        <source>contains a line break (CR or LF)</source>
        <translation>contiene un salto de línea (CR o LF)</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <source>contains a control character (0x%1)</source>
        <translation>contiene un carácter de control (0x%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is not a valid header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only)</source>
        <translation>no es un nombre de cabecera válido (solo letras, dígitos y !#$%&amp;&apos;*+-.^_`|~)</translation>
    </message>
    <message>
        <source>is not a valid HTTP method (a token such as GET)</source>
        <translation>no es un método HTTP válido (un token como GET)</translation>
    </message>
    <message>
        <source>The method %1</source>
        <translation>El método %1</translation>
    </message>
    <message>
        <source>The path %1</source>
        <translation>La ruta %1</translation>
    </message>
    <message>
        <source>Query parameter &apos;%1&apos;: its name %2</source>
        <translation>Parámetro de consulta &apos;%1&apos;: su nombre %2</translation>
    </message>
    <message>
        <source>Query parameter &apos;%1&apos;: its value %2</source>
        <translation>Parámetro de consulta &apos;%1&apos;: su valor %2</translation>
    </message>
    <message>
        <source>Header &apos;%1&apos;: its name %2</source>
        <translation>Cabecera &apos;%1&apos;: su nombre %2</translation>
    </message>
    <message>
        <source>Header &apos;%1&apos;: its value %2</source>
        <translation>Cabecera &apos;%1&apos;: su valor %2</translation>
    </message>
</context>
<context>
    <name>cx::Session</name>
    <message>
        <source>No client id and secret to sign in with</source>
        <translation>No hay id. de cliente ni secreto con los que iniciar sesión</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access_token</source>
        <translation>El endpoint de tokens respondió sin access_token</translation>
    </message>
    <message>
        <source>Not signed in: there is no token to introspect</source>
        <translation>No ha iniciado sesión: no hay ningún token que inspeccionar</translation>
    </message>
    <message>
        <source>The introspection answer is not understood</source>
        <translation>No se entiende la respuesta de la introspección</translation>
    </message>
    <message>
        <source>The server did not confirm the revocation</source>
        <translation>El servidor no confirmó la revocación</translation>
    </message>
    <message>
        <source>The credentials changed while signing in</source>
        <translation>Las credenciales cambiaron durante el inicio de sesión</translation>
    </message>
    <message>
        <source>Signed out while signing in</source>
        <translation>Se cerró la sesión durante el inicio de sesión</translation>
    </message>
    <message>
        <source>The token endpoint answered with an access_token that cannot be sent in a header (it holds a line break or a control character)</source>
        <translation>El endpoint de tokens respondió con un access_token que no se puede enviar en una cabecera (contiene un salto de línea o un carácter de control)</translation>
    </message>
</context>
<context>
    <name>cx::SimControl</name>
    <message>
        <source>No simulator to control.</source>
        <translation>No hay ningún simulador que controlar.</translation>
    </message>
    <message>
        <source>The simulator did not answer in time.</source>
        <translation>El simulador no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The simulator refused: %1</source>
        <translation>El simulador lo rechazó: %1</translation>
    </message>
</context>
<context>
    <name>cx::TourRunner</name>
    <message>
        <source>matched</source>
        <translation>coincidió</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>not played</source>
        <translation>no reproducido</translation>
    </message>
    <message>
        <source>Skipped: this step needs the simulator&apos;s scenario %1, and this server has no simulator control (/_sim), e.g. a real account.</source>
        <translation>Omitido: este paso necesita el escenario del simulador %1, y este servidor no tiene control del simulador (/_sim), p. ej. una cuenta real.</translation>
    </message>
    <message>
        <source>The simulator refused the scenario %1: %2</source>
        <translation>El simulador rechazó el escenario %1: %2</translation>
    </message>
    <message>
        <source>Sign-in failed, so the step could not be sent.</source>
        <translation>El inicio de sesión falló, así que no se pudo enviar el paso.</translation>
    </message>
    <message>
        <source>no HTTP response (%1: %2)</source>
        <translation>sin respuesta HTTP (%1: %2)</translation>
    </message>
    <message>
        <source>status %1, expected %2</source>
        <translation>estado %1, se esperaba %2</translation>
    </message>
    <message>
        <source>status %1 (%2), expected a success</source>
        <translation>estado %1 (%2), se esperaba un éxito</translation>
    </message>
    <message>
        <source>no error, expected the action %1</source>
        <translation>sin error, se esperaba la acción %1</translation>
    </message>
    <message>
        <source>action %1 (%2), expected %3</source>
        <translation>acción %1 (%2), se esperaba %3</translation>
    </message>
    <message>
        <source>%1 is not in the response</source>
        <translation>%1 no está en la respuesta</translation>
    </message>
</context>
<context>
    <name>cx::ZipWriter</name>
    <message>
        <source>the archive would be larger than a zip file without ZIP64 can hold</source>
        <translation>el archivo comprimido superaría lo que puede contener un zip sin ZIP64</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>no se puede escribir &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>cx::cli::CliOutput</name>
    <message>
        <source>error: HTTP %1 %2: %3</source>
        <translation>error: HTTP %1 %2: %3</translation>
    </message>
    <message>
        <source>error: no response (%1): %2</source>
        <translation>error: sin respuesta (%1): %2</translation>
    </message>
    <message>
        <source>action: %1. %2 %3</source>
        <translation>acción: %1. %2 %3</translation>
    </message>
    <message>
        <source>(This code is unknown to this version of Connect Explorer.)</source>
        <translation>(Esta versión de Connect Explorer no conoce este código.)</translation>
    </message>
    <message>
        <source>fields:</source>
        <translation>campos:</translation>
    </message>
    <message>
        <source>missing scopes: %1</source>
        <translation>ámbitos que faltan: %1</translation>
    </message>
    <message>
        <source>The charset %1 is unknown to this version of Connect Explorer, so the body is given as bytes.</source>
        <translation>El juego de caracteres %1 es desconocido para esta versión de Connect Explorer, así que el cuerpo se entrega como bytes.</translation>
    </message>
    <message>
        <source>The body is not valid %1 text, so it is given as bytes.</source>
        <translation>El cuerpo no es texto %1 válido, así que se entrega como bytes.</translation>
    </message>
    <message>
        <source>certificate: %1, issued by %2, valid %3 to %4
names: %5
fingerprint (SHA-256): %6
to trust this certificate only: --pin %7</source>
        <translation>certificado: %1, emitido por %2, válido de %3 a %4
nombres: %5
huella digital (SHA-256): %6
para confiar solo en este certificado: --pin %7</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>cx::gui::BinaryPane</name>
    <message>
        <source>Save body as…</source>
        <translation>Guardar cuerpo como…</translation>
    </message>
    <message>
        <source>Write the body&apos;s exact bytes to a file</source>
        <translation>Escribe los bytes exactos del cuerpo en un archivo</translation>
    </message>
    <message>
        <source>Save body as</source>
        <translation>Guardar cuerpo como</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>Se guardaron %1 en %2</translation>
    </message>
    <message>
        <source>Could not save the body to %1: %2</source>
        <translation>No se pudo guardar el cuerpo en %1: %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::BodyEditor</name>
    <message>
        <source>JSON body (leave empty to send none)</source>
        <translation>Cuerpo JSON (déjelo vacío para no enviar ninguno)</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Checking JSON…</source>
        <translation>Comprobando el JSON…</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Sin cuerpo</translation>
    </message>
    <message>
        <source>✓ Valid JSON</source>
        <translation>✓ JSON válido</translation>
    </message>
    <message>
        <source>✗ Invalid JSON at line %1, column %2: %3</source>
        <translation>✗ JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
</context>
<context>
    <name>cx::gui::BodyKind</name>
    <message>
        <source>%1, no Content-Type</source>
        <translation>%1, sin Content-Type</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The body is an image (%1); as text, each byte is read as one Latin-1 character.</source>
        <translation>El cuerpo es una imagen (%1); como texto, cada byte se lee como un carácter Latin-1.</translation>
    </message>
    <message>
        <source>The body&apos;s charset %1 is unknown to this version of Qt; as text, each byte is read as one Latin-1 character.</source>
        <translation>El juego de caracteres %1 del cuerpo es desconocido para esta versión de Qt; como texto, cada byte se lee como un carácter Latin-1.</translation>
    </message>
    <message>
        <source>The body is not valid %1 text; as text, each byte is read as one Latin-1 character.</source>
        <translation>El cuerpo no es texto %1 válido; como texto, cada byte se lee como un carácter Latin-1.</translation>
    </message>
    <message>
        <source>The body is binary, not text; as text, each byte is read as one Latin-1 character (NUL shown as ␀).</source>
        <translation>El cuerpo es binario, no texto; como texto, cada byte se lee como un carácter Latin-1 (NUL se muestra como ␀).</translation>
    </message>
</context>
<context>
    <name>cx::gui::CheckReportModel</name>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Solución: %2</translation>
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
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
</context>
<context>
    <name>cx::gui::Checkup</name>
    <message>
        <source>Pass</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
</context>
<context>
    <name>cx::gui::CheckupController</name>
    <message>
        <source>&amp;Check This Account</source>
        <translation>&amp;Revisar esta cuenta</translation>
    </message>
    <message>
        <source>Sign in with the current profile, try every safe endpoint and say what is wrong.</source>
        <translation>Inicia sesión con el perfil actual, prueba todos los endpoints seguros e indica qué falla.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Com&amp;pare Accounts…</source>
        <translation>&amp;Comparar cuentas…</translation>
    </message>
    <message>
        <source>Two check-up reports, or two profiles, side by side.</source>
        <translation>Dos informes de revisión de la cuenta, o dos perfiles, uno al lado del otro.</translation>
    </message>
    <message>
        <source>Open &amp;HAR File…</source>
        <translation>Abrir archivo &amp;HAR…</translation>
    </message>
    <message>
        <source>List the Connect API calls in a browser&apos;s HAR file and replay them with this profile.</source>
        <translation>Lista las llamadas a la API de Connect del archivo HAR de un navegador y las repite con este perfil.</translation>
    </message>
    <message>
        <source>E&amp;xport History as HAR…</source>
        <translation>E&amp;xportar historial como HAR…</translation>
    </message>
    <message>
        <source>Export History as HAR</source>
        <translation>Exportar historial como HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har);;All files (*)</source>
        <translation>Archivos HAR (*.har);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saved the history (redacted) as %1.</source>
        <translation>Se guardó el historial (con los secretos enmascarados) como %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Export &amp;Evidence…</source>
        <translation>Exportar &amp;evidencias…</translation>
    </message>
    <message>
        <source>One .zip for a support ticket: a customer&apos;s HAR, the check-up, the latest requests and a summary naming the cause, redacted.</source>
        <translation>Un único .zip para un ticket de soporte: el HAR de un cliente, la revisión de la cuenta, las últimas solicitudes y un resumen que indica la causa, con los secretos enmascarados.</translation>
    </message>
</context>
<context>
    <name>cx::gui::CheckupDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Ejecutar de nuevo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Account Check-up</source>
        <translation>Revisión de la cuenta</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open that request with its response.</source>
        <translation>Haga doble clic en una fila (o pulse Intro) para abrir esa solicitud con su respuesta.</translation>
    </message>
    <message>
        <source>Checking %1 as %2…</source>
        <translation>Comprobando %1 como %2…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Checked %1 as %2 in %3 ms.</source>
        <translation>Se comprobó %1 como %2 en %3 ms.</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n correcta</numerusform>
            <numerusform>%n correctas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>“%1” has no request to open.</source>
        <translation>«%1» no tiene ninguna solicitud que abrir.</translation>
    </message>
    <message>
        <source>There is no report yet.</source>
        <translation>Aún no hay ningún informe.</translation>
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
        <translation>Informe JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Check-up Report</source>
        <translation>Exportar informe de revisión de la cuenta</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved the report (redacted) as %1.</source>
        <translation>Se guardó el informe (con los secretos enmascarados) como %1.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ClearButtonOnFirstUse</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>cx::gui::CollectionTreeModel</name>
    <message numerus="yes">
        <source>%n saved request(s)</source>
        <translation>
            <numerusform>%n solicitud guardada</numerusform>
            <numerusform>%n solicitudes guardadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::gui::CollectionsPanel</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nueva &amp;carpeta…</translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation>Solicitudes guardadas</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a saved request in a new tab</source>
        <translation>Haga doble clic o pulse Intro para abrir una solicitud guardada en una pestaña nueva</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and every request saved in it?</source>
        <translation>¿Eliminar la carpeta «%1» y todas las solicitudes guardadas en ella?</translation>
    </message>
    <message>
        <source>Delete the saved request “%1”?</source>
        <translation>¿Eliminar la solicitud guardada «%1»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nombre de la carpeta:</translation>
    </message>
    <message>
        <source>&amp;Import Collection…</source>
        <translation>&amp;Importar colección…</translation>
    </message>
    <message>
        <source>Import a Postman (v2.0, v2.1) or Insomnia (v4, v5) collection as a folder</source>
        <translation>Importa una colección de Postman (v2.0, v2.1) o de Insomnia (v4, v5) como carpeta</translation>
    </message>
    <message>
        <source>Export as &amp;Postman…</source>
        <translation>Exportar como &amp;Postman…</translation>
    </message>
    <message>
        <source>Write the selected folder as a Postman v2.1 collection</source>
        <translation>Escribe la carpeta seleccionada como colección de Postman v2.1</translation>
    </message>
    <message>
        <source>Imported collection</source>
        <translation>Colección importada</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Import Collection</source>
        <translation>Importar colección</translation>
    </message>
    <message>
        <source>The collection was not imported: %1</source>
        <translation>No se importó la colección: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) imported into the folder “%1”.</source>
        <translation>
            <numerusform>Se importó %n solicitud en la carpeta «%1».</numerusform>
            <numerusform>Se importaron %n solicitudes en la carpeta «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): what was not taken over as it is in the file.</source>
        <translation>
            <numerusform>%n nota: lo que no se trasladó tal como está en el archivo.</numerusform>
            <numerusform>%n notas: lo que no se trasladó tal como está en el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Postman and Insomnia collections (*.json *.yaml *.yml)</source>
        <translation>Colecciones de Postman e Insomnia (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export as Postman</source>
        <translation>Exportar como Postman</translation>
    </message>
    <message>
        <source>Postman collections (*.json)</source>
        <translation>Colecciones de Postman (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Written, with %n note(s).</source>
        <translation>
            <numerusform>Se escribió, con %n nota.</numerusform>
            <numerusform>Se escribió, con %n notas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::gui::CompareController</name>
    <message>
        <source>Send on Another &amp;Profile…</source>
        <translation>Enviar con otro pe&amp;rfil…</translation>
    </message>
    <message>
        <source>Send this tab&apos;s request on the current profile and on another one, and compare the responses.</source>
        <translation>Envía la solicitud de esta pestaña con el perfil actual y con otro, y compara las respuestas.</translation>
    </message>
    <message>
        <source>Compare with &amp;Tab…</source>
        <translation>Comparar con &amp;otra pestaña…</translation>
    </message>
    <message>
        <source>Compare this tab&apos;s last response with another tab&apos;s.</source>
        <translation>Compara la última respuesta de esta pestaña con la de otra pestaña.</translation>
    </message>
    <message>
        <source>This Tab&apos;s &amp;Sends</source>
        <translation>En&amp;víos de esta pestaña</translation>
    </message>
    <message>
        <source>The current tab&apos;s earlier sends; compare any two of them.</source>
        <translation>Los envíos anteriores de la pestaña actual; compare dos cualesquiera.</translation>
    </message>
    <message>
        <source>This Tab&apos;s Sends</source>
        <translation>Envíos de esta pestaña</translation>
    </message>
    <message>
        <source>%1, send %2</source>
        <translation>%1, envío %2</translation>
    </message>
    <message>
        <source>Open a request tab first.</source>
        <translation>Abra primero una pestaña de solicitud.</translation>
    </message>
    <message>
        <source>There is no other profile to send on (Profile &gt; New Profile…).</source>
        <translation>No hay ningún otro perfil con el que enviar (Perfil &gt; Nuevo perfil…).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This tab has no response to compare yet.</source>
        <translation>Esta pestaña aún no tiene ninguna respuesta que comparar.</translation>
    </message>
    <message>
        <source>No other tab has a response to compare with.</source>
        <translation>Ninguna otra pestaña tiene una respuesta con la que comparar.</translation>
    </message>
    <message>
        <source>Compare with Tab</source>
        <translation>Comparar con otra pestaña</translation>
    </message>
    <message>
        <source>Compare this tab&apos;s last response (A) with the one of (B):</source>
        <translation>Comparar la última respuesta de esta pestaña (A) con la de (B):</translation>
    </message>
    <message>
        <source>Both tabs need a response to compare.</source>
        <translation>Las dos pestañas necesitan una respuesta para compararlas.</translation>
    </message>
    <message>
        <source>History: %1 %2</source>
        <translation>Historial: %1 %2</translation>
    </message>
    <message>
        <source>The history did not keep both responses.</source>
        <translation>El historial no conservó ambas respuestas.</translation>
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
        <translation>Ámbito</translation>
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
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Why they differ</source>
        <translation>Por qué difieren</translation>
    </message>
    <message>
        <source>Compare Accounts</source>
        <translation>Comparar cuentas</translation>
    </message>
    <message>
        <source>Open two saved reports (Export… in the check-up, as JSON), or run the check-up on two profiles.</source>
        <translation>Abra dos informes guardados (Exportar… en la revisión de la cuenta, como JSON) o ejecute la revisión de la cuenta en dos perfiles.</translation>
    </message>
    <message>
        <source>Open Two &amp;Reports…</source>
        <translation>Abrir dos &amp;informes…</translation>
    </message>
    <message>
        <source>Run &amp;Check-up on Both</source>
        <translation>Ejecutar la &amp;revisión de la cuenta en ambos</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Perfiles:</translation>
    </message>
    <message>
        <source>%1 is not a check-up report: %2</source>
        <translation>%1 no es un informe de revisión de la cuenta: %2</translation>
    </message>
    <message>
        <source>Check-up reports (*.json);;All files (*)</source>
        <translation>Informes de revisión de la cuenta (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>First Report (A)</source>
        <translation>Primer informe (A)</translation>
    </message>
    <message>
        <source>Second Report (B)</source>
        <translation>Segundo informe (B)</translation>
    </message>
    <message>
        <source>The profile is gone.</source>
        <translation>El perfil ya no existe.</translation>
    </message>
    <message>
        <source>The built-in simulator runs only while the Demo profile is in use.</source>
        <translation>El simulador integrado solo se ejecuta mientras se usa el perfil Demo.</translation>
    </message>
    <message>
        <source>Client secret of “%1” (used for this check-up only):</source>
        <translation>Secreto de cliente de «%1» (solo se usa para esta revisión de la cuenta):</translation>
    </message>
    <message>
        <source>Checking %1 and %2…</source>
        <translation>Comprobando %1 y %2…</translation>
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
        <translation>concedido</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>%1 and %2 agree on every scope and check.</source>
        <translation>%1 y %2 coinciden en todos los ámbitos y comprobaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between %1 and %2, highlighted.</source>
        <translation>
            <numerusform>%n diferencia entre %1 y %2, resaltada.</numerusform>
            <numerusform>%n diferencias entre %1 y %2, resaltadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The network settings of “%1” cannot be used: %2</source>
        <translation>No se puede usar la configuración de red de «%1»: %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::Connection</name>
    <message>
        <source>The built-in Demo server could not listen on a loopback port.</source>
        <translation>El servidor Demo integrado no pudo escuchar en un puerto de loopback.</translation>
    </message>
    <message>
        <source>The profile has no base URL.</source>
        <translation>El perfil no tiene URL base.</translation>
    </message>
    <message>
        <source>Only the Demo profile&apos;s built-in server can be served over HTTPS.</source>
        <translation>Solo el servidor integrado del perfil Demo puede servirse por HTTPS.</translation>
    </message>
    <message>
        <source>The demo certificate is missing from this build.</source>
        <translation>Falta el certificado de demostración en esta compilación.</translation>
    </message>
    <message>
        <source>The built-in Demo server could not start over HTTPS.</source>
        <translation>El servidor Demo integrado no pudo iniciarse por HTTPS.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ContractView</name>
    <message>
        <source>Assumption held?</source>
        <translation>¿Suposición cumplida?</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Where the description states it</source>
        <translation>Dónde lo indica la descripción</translation>
    </message>
    <message>
        <source>What this server did</source>
        <translation>Qué hizo este servidor</translation>
    </message>
    <message>
        <source>Choices the public docs leave open, as the API description assumes them and as this server answered (connect-cli check --contract).</source>
        <translation>Decisiones que la documentación pública deja abiertas, tal como las supone la descripción de la API y como respondió este servidor (connect-cli check --contract).</translation>
    </message>
</context>
<context>
    <name>cx::gui::CopyAsCodeDialog</name>
    <message>
        <source>Include &amp;secrets</source>
        <translation>Incluir &amp;secretos</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy as Code</source>
        <translation>Copiar como código</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lenguaje</translation>
    </message>
    <message>
        <source>Code preview</source>
        <translation>Vista previa del código</translation>
    </message>
    <message>
        <source>Write the signed-in session&apos;s bearer token into the code. Anyone who reads the code can then act as this account until the token expires.</source>
        <translation>Escribe en el código el token bearer de la sesión iniciada. Cualquiera que lea el código podrá actuar como esta cuenta hasta que caduque el token.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lenguaje:</translation>
    </message>
    <message>
        <source>No secrets: the code reads the token from the environment variable %1.</source>
        <translation>Sin secretos: el código lee el token de la variable de entorno %1.</translation>
    </message>
    <message>
        <source>Not signed in: there is no token to include; the code reads %1 instead.</source>
        <translation>No ha iniciado sesión: no hay ningún token que incluir; el código lee %1 en su lugar.</translation>
    </message>
    <message>
        <source>The code holds the session&apos;s real token: keep it private.</source>
        <translation>El código contiene el token real de la sesión: manténgalo en privado.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>&amp;Keep variables as shell variables</source>
        <translation>&amp;Mantener las variables como variables del shell</translation>
    </message>
    <message>
        <source>Write each {{name}} as a reference to the environment variable of that name instead of its value</source>
        <translation>Escribe cada {{name}} como una referencia a la variable de entorno con ese nombre en lugar de su valor</translation>
    </message>
    <message>
        <source>Export %1 before running it.</source>
        <translation>Exporte %1 antes de ejecutar el código.</translation>
    </message>
</context>
<context>
    <name>cx::gui::CrashGuard</name>
    <message>
        <source>Connect Explorer did not close properly last time (started at %1). Your request drafts were kept; the log is at %2.</source>
        <translation>Connect Explorer no se cerró correctamente la última vez (iniciado el %1). Se conservaron sus borradores de solicitudes; el registro está en %2.</translation>
    </message>
    <message>
        <source>Connect Explorer did not close properly last time.</source>
        <translation>Connect Explorer no se cerró correctamente la última vez.</translation>
    </message>
    <message>
        <source>Connect Explorer</source>
        <translation>Connect Explorer</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
</context>
<context>
    <name>cx::gui::DecodedImage</name>
    <message>
        <source>This build of Qt cannot read %1 images, so the body is shown as hex.</source>
        <translation>Esta compilación de Qt no puede leer imágenes %1, así que el cuerpo se muestra en hexadecimal.</translation>
    </message>
    <message>
        <source>The body is not a readable %1 image (%2); it is shown as hex.</source>
        <translation>El cuerpo no es una imagen %1 legible (%2); se muestra en hexadecimal.</translation>
    </message>
    <message>
        <source>The image declares %1 × %2 pixels, more than the %3 MB allowed for showing an image; it is shown as hex.</source>
        <translation>La imagen declara %1 × %2 píxeles, más de los %3 MB permitidos para mostrar una imagen; se muestra en hexadecimal.</translation>
    </message>
    <message>
        <source>The body is a corrupt %1 image (%2); it is shown as hex.</source>
        <translation>El cuerpo es una imagen %1 dañada (%2); se muestra en hexadecimal.</translation>
    </message>
</context>
<context>
    <name>cx::gui::EndpointBrowser</name>
    <message>
        <source>Filter endpoints (Ctrl+K)</source>
        <translation>Filtrar endpoints (Ctrl+K)</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Filtrar endpoints</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Ámbitos: %1</translation>
    </message>
    <message>
        <source>Show simulator endpoints</source>
        <translation>Mostrar los endpoints del simulador</translation>
    </message>
</context>
<context>
    <name>cx::gui::EndpointTreeModel</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>1 endpoint</source>
        <translation>1 endpoint</translation>
    </message>
    <message>
        <source>%1 endpoints</source>
        <translation>%1 endpoints</translation>
    </message>
    <message>
        <source>Your token lacks the scope %1 that this endpoint requires.</source>
        <translation>A su token le falta el ámbito %1 que requiere este endpoint.</translation>
    </message>
    <message>
        <source>Your token lacks the scopes %1 that this endpoint requires.</source>
        <translation>A su token le faltan los ámbitos %1 que requiere este endpoint.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
</context>
<context>
    <name>cx::gui::ErrorArea</name>
    <message>
        <source>Show in Error &amp;Panel</source>
        <translation>Mostrar en el &amp;panel de errores</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>La solicitud falló</translation>
    </message>
    <message>
        <source>Open the error panel with what this code means and what to do</source>
        <translation>Abre el panel de errores con lo que significa este código y qué hacer</translation>
    </message>
    <message>
        <source>Request failed — HTTP %1 · %2</source>
        <translation>La solicitud falló — HTTP %1 · %2</translation>
    </message>
    <message>
        <source>Request failed — no response · %1</source>
        <translation>La solicitud falló — sin respuesta · %1</translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation>El servidor dice: %1</translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation>Significado: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Action: %1 — %2</source>
        <translation>Acción: %1 — %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::ErrorPanel</name>
    <message>
        <source>Error Panel</source>
        <translation>Panel de errores</translation>
    </message>
    <message>
        <source>No failed requests yet.</source>
        <translation>Aún no hay solicitudes fallidas.</translation>
    </message>
    <message>
        <source>Error panel</source>
        <translation>Panel de errores</translation>
    </message>
    <message>
        <source>&amp;Error Panel</source>
        <translation>Panel de &amp;errores</translation>
    </message>
    <message>
        <source>This code is unknown to this version of Connect Explorer; it is shown as the server sent it.</source>
        <translation>Esta versión de Connect Explorer no conoce este código; se muestra tal como lo envió el servidor.</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Qué puede hacer</translation>
    </message>
    <message>
        <source>Errors this session</source>
        <translation>Errores de esta sesión</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Forget the errors of this session</source>
        <translation>Olvidar los errores de esta sesión</translation>
    </message>
    <message>
        <source>Sent again, and this time it worked: HTTP %1 (attempt %2).</source>
        <translation>Se envió de nuevo y esta vez funcionó: HTTP %1 (intento %2).</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
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
        <translation>Sin respuesta · %1</translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation>El servidor dice: %1</translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation>Significado: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 a las %3</translation>
    </message>
    <message>
        <source>(attempt %1)</source>
        <translation>(intento %1)</translation>
    </message>
    <message>
        <source>(its tab is closed)</source>
        <translation>(su pestaña está cerrada)</translation>
    </message>
    <message>
        <source>What you can do (%1)</source>
        <translation>Qué puede hacer (%1)</translation>
    </message>
    <message>
        <source>The tab of this request is closed; open the endpoint again to send it.</source>
        <translation>La pestaña de esta solicitud está cerrada; vuelva a abrir el endpoint para enviarla.</translation>
    </message>
    <message>
        <source>That tab is busy with another request.</source>
        <translation>Esa pestaña está ocupada con otra solicitud.</translation>
    </message>
    <message>
        <source>The tab&apos;s latest request worked (HTTP %1); the error above came before it.</source>
        <translation>La última solicitud de la pestaña funcionó (HTTP %1); el error de arriba ocurrió antes.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ErrorReport</name>
    <message>
        <source># Connect Explorer error report</source>
        <translation># Informe de error de Connect Explorer</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Hora: %1</translation>
    </message>
    <message>
        <source>App: Connect Explorer %1 (Qt %2, %3)</source>
        <translation>Aplicación: Connect Explorer %1 (Qt %2, %3)</translation>
    </message>
    <message>
        <source>API version: %1</source>
        <translation>Versión de la API: %1</translation>
    </message>
    <message>
        <source>Base URL: %1</source>
        <translation>URL base: %1</translation>
    </message>
    <message>
        <source>Code: `%1` (%2), action `%3`</source>
        <translation>Código: `%1` (%2), acción `%3`</translation>
    </message>
    <message>
        <source>sent by the server</source>
        <translation>enviado por el servidor</translation>
    </message>
    <message>
        <source>derived by the app</source>
        <translation>deducido por la aplicación</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Mensaje del servidor: %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>No complete response: %1 (%2)</source>
        <translation>No hay respuesta completa: %1 (%2)</translation>
    </message>
    <message>
        <source>(The body was cut at %1 characters.)</source>
        <translation>(El cuerpo se recortó a %1 caracteres.)</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protocolo: %1</translation>
    </message>
    <message>
        <source>Failure code: `%1`</source>
        <translation>Código de fallo: `%1`</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid %3 to %4, names %5</source>
        <translation>Certificado: %1, emitido por %2, válido del %3 al %4, nombres %5</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>Huella digital del certificado (SHA-256): %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::EvidenceDialog</name>
    <message>
        <source>Customer&apos;s HAR File</source>
        <translation>Archivo HAR del cliente</translation>
    </message>
    <message>
        <source>HAR files (*.har);;All files (*)</source>
        <translation>Archivos HAR (*.har);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save Evidence As</source>
        <translation>Guardar evidencias como</translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation>Archivos zip (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Exportar evidencias</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;HAR file (optional):</source>
        <translation>Archivo &amp;HAR del cliente (opcional):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Include a &amp;check-up of this account</source>
        <translation>Incluir una &amp;revisión de esta cuenta</translation>
    </message>
    <message>
        <source>Include the &amp;last history entries:</source>
        <translation>Incluir las ú&amp;ltimas entradas del historial:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Guardar &amp;como:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Choose the file to save the evidence to.</source>
        <translation>Elija el archivo en el que guardar las evidencias.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>Choose something to include: a HAR file, the check-up or history entries.</source>
        <translation>Elija algo que incluir: un archivo HAR, la revisión de la cuenta o entradas del historial.</translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>Revisando la cuenta…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Saved the evidence (redacted) as %1.</source>
        <translation>Se guardaron las evidencias (con los secretos enmascarados) como %1.</translation>
    </message>
    <message>
        <source>The evidence could not be written: %1</source>
        <translation>No se pudieron escribir las evidencias: %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::FindBar</name>
    <message>
        <source>Find in response</source>
        <translation>Buscar en la respuesta</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Buscar la coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>Buscar la coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>cx::gui::FixRequestAction</name>
    <message>
        <source>&amp;Show in the request</source>
        <translation>&amp;Mostrar en la solicitud</translation>
    </message>
    <message>
        <source>At fault: query parameter “%1”.</source>
        <translation>Causa del error: parámetro de consulta «%1».</translation>
    </message>
    <message>
        <source>At fault: path parameter {%1}.</source>
        <translation>Causa del error: parámetro de ruta {%1}.</translation>
    </message>
    <message>
        <source>At fault: header “%1”.</source>
        <translation>Causa del error: cabecera «%1».</translation>
    </message>
    <message>
        <source>At fault: body field “%1”.</source>
        <translation>Causa del error: campo del cuerpo «%1».</translation>
    </message>
    <message>
        <source>At fault: the JSON body at character %1.</source>
        <translation>Causa del error: el cuerpo JSON en el carácter %1.</translation>
    </message>
    <message>
        <source>At fault: the request body.</source>
        <translation>Causa del error: el cuerpo de la solicitud.</translation>
    </message>
    <message>
        <source>The server names no single place; read its words above and correct the request.</source>
        <translation>El servidor no señala un único lugar; lea su mensaje arriba y corrija la solicitud.</translation>
    </message>
    <message>
        <source>At fault: query parameter “%1”: %2</source>
        <translation>Causa del error: parámetro de consulta «%1»: %2</translation>
    </message>
    <message>
        <source>At fault: path parameter {%1}: %2</source>
        <translation>Causa del error: parámetro de ruta {%1}: %2</translation>
    </message>
    <message>
        <source>At fault: body field “%1”: %2</source>
        <translation>Causa del error: campo del cuerpo «%1»: %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::HarDialog</name>
    <message>
        <source>&amp;Replay with Current Profile</source>
        <translation>&amp;Repetir con el perfil actual</translation>
    </message>
    <message>
        <source>Show in &amp;Error Panel</source>
        <translation>Mostrar en el panel de &amp;errores</translation>
    </message>
    <message>
        <source>HAR File</source>
        <translation>Archivo HAR</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Sends this call with the current profile&apos;s token. The customer&apos;s tokens and cookies in the file are never sent.</source>
        <translation>Envía esta llamada con el token del perfil actual. Los tokens y las cookies del cliente que hay en el archivo nunca se envían.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open HAR File</source>
        <translation>Abrir archivo HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>Archivos HAR (*.har *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>HAR File — %1</source>
        <translation>Archivo HAR — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Connect API call(s) of %1 entries, </source>
        <translation>
            <numerusform>%n llamada a la API de Connect de %1 entradas, </numerusform>
            <numerusform>%n llamadas a la API de Connect de %1 entradas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fallida.</numerusform>
            <numerusform>%n fallidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens and cookies from the file are masked.</source>
        <translation>Los tokens y las cookies del archivo están enmascarados.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) skipped.</source>
        <translation>
            <numerusform>%n entrada omitida.</numerusform>
            <numerusform>%n entradas omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: HTTP %1, %2 (%3)</source>
        <translation>Falló: HTTP %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation>Significado: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Succeeded: HTTP %1</source>
        <translation>Funcionó: HTTP %1</translation>
    </message>
    <message>
        <source>Replay to Its Own &amp;Origin</source>
        <translation>Repetir en su propio &amp;origen</translation>
    </message>
    <message>
        <source>Sends this entry, which is not a Connect API call, to the host it went to, without any credential: neither the customer&apos;s nor the profile&apos;s token.</source>
        <translation>Envía esta entrada, que no es una llamada a la API de Connect, al host al que iba dirigida, sin ninguna credencial: ni el token del cliente ni el del perfil.</translation>
    </message>
    <message>
        <source>Entries on another origin than %1 are greyed.</source>
        <translation>Las entradas de un origen distinto de %1 aparecen en gris.</translation>
    </message>
    <message>
        <source>Not a Connect API call: %1. &quot;Replay to Its Own Origin&quot; sends it there on purpose, without any credential.</source>
        <translation>No es una llamada a la API de Connect: %1. «Repetir en su propio origen» la envía allí a propósito, sin ninguna credencial.</translation>
    </message>
    <message>
        <source>Sending %1 %2 to %3 without credentials…</source>
        <translation>Enviando %1 %2 a %3 sin credenciales…</translation>
    </message>
    <message>
        <source>Replayed to %1 without credentials.</source>
        <translation>Se volvió a enviar a %1 sin credenciales.</translation>
    </message>
    <message>
        <source>Answered: HTTP %1 %2</source>
        <translation>Respondió: HTTP %1 %2</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::HeaderListModel</name>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>cx::gui::HexView</name>
    <message>
        <source>Copy as hex</source>
        <translation>Copiar como hexadecimal</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Select bytes to copy first.</source>
        <translation>Seleccione primero los bytes que quiere copiar.</translation>
    </message>
    <message>
        <source>The selection is too large to copy as hex (more than %1); save the body instead.</source>
        <translation>La selección es demasiado grande para copiarla como hexadecimal (más de %1); guarde el cuerpo en su lugar.</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>cx::gui::HistoryPanel</name>
    <message>
        <source>Clear…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Search history (method, path, status, error)</source>
        <translation>Buscar en el historial (método, ruta, estado, error)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>Historial de solicitudes</translation>
    </message>
    <message>
        <source>Double-click or press Enter to reopen a request in a new tab</source>
        <translation>Haga doble clic o pulse Intro para volver a abrir una solicitud en una pestaña nueva</translation>
    </message>
    <message>
        <source>Forget every request in the history</source>
        <translation>Olvidar todas las solicitudes del historial</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Borrar historial</translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n sent request(s)?</source>
        <translation>
            <numerusform>¿Olvidar la %n solicitud enviada?</numerusform>
            <numerusform>¿Olvidar las %n solicitudes enviadas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 de %n solicitud</numerusform>
            <numerusform>%1 de %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the responses of the two selected requests (Ctrl+D)</source>
        <translation>Comparar las respuestas de las dos solicitudes seleccionadas (Ctrl+D)</translation>
    </message>
    <message>
        <source>The history did not keep the response of one of them</source>
        <translation>El historial no conservó la respuesta de una de ellas</translation>
    </message>
    <message>
        <source>Select two requests (Ctrl+click) to compare their responses</source>
        <translation>Seleccione dos solicitudes (Ctrl+clic) para comparar sus respuestas</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare the selected responses</source>
        <translation>Comparar las respuestas seleccionadas</translation>
    </message>
    <message>
        <source>Compare the Two Responses</source>
        <translation>Comparar las dos respuestas</translation>
    </message>
    <message>
        <source>Compare the responses of the two selected requests</source>
        <translation>Comparar las respuestas de las dos solicitudes seleccionadas</translation>
    </message>
</context>
<context>
    <name>cx::gui::ImagePreview</name>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Show the image pixel for pixel instead of scaled to fit</source>
        <translation>Muestra la imagen píxel a píxel en lugar de ajustada al espacio disponible</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation>%1, %2 × %3 píxeles</translation>
    </message>
    <message>
        <source> — shown at %1%</source>
        <translation> — mostrada al %1%</translation>
    </message>
</context>
<context>
    <name>cx::gui::JsonTreeModel</name>
    <message>
        <source>{1 key}</source>
        <translation>{1 clave}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 claves}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 elemento]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 elementos]</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>cx::gui::JsonTreeView</name>
    <message>
        <source>Copy &amp;value</source>
        <translation>Copiar &amp;valor</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copiar &amp;ruta</translation>
    </message>
    <message>
        <source>Response as a JSON tree</source>
        <translation>Respuesta como árbol JSON</translation>
    </message>
    <message>
        <source>&amp;Set variable from this value…</source>
        <translation>&amp;Definir variable a partir de este valor…</translation>
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
        <translation>No se pudieron leer los ámbitos del token: %1</translation>
    </message>
    <message>
        <source>The server did not confirm the sign-out: %1</source>
        <translation>El servidor no confirmó el cierre de sesión: %1</translation>
    </message>
    <message>
        <source>The token was renewed automatically.</source>
        <translation>El token se renovó automáticamente.</translation>
    </message>
    <message>
        <source>%1 (built-in simulator)</source>
        <translation>%1 (simulador integrado)</translation>
    </message>
    <message>
        <source>&amp;Open OpenAPI Document…</source>
        <translation>&amp;Abrir documento OpenAPI…</translation>
    </message>
    <message>
        <source>Open OpenAPI Document</source>
        <translation>Abrir documento OpenAPI</translation>
    </message>
    <message>
        <source>OpenAPI 3 JSON (*.json);;All files (*)</source>
        <translation>JSON de OpenAPI 3 (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;New Request Tab</source>
        <translation>&amp;Nueva pestaña de solicitud</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Cancel Request</source>
        <translation>C&amp;ancelar solicitud</translation>
    </message>
    <message>
        <source>Find &amp;Endpoint</source>
        <translation>&amp;Buscar endpoint</translation>
    </message>
    <message>
        <source>&amp;Find in Response</source>
        <translation>Buscar en la &amp;respuesta</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;Out (Revoke Token)</source>
        <translation>Cerrar &amp;sesión (revocar token)</translation>
    </message>
    <message>
        <source>&amp;About Connect Explorer</source>
        <translation>&amp;Acerca de Connect Explorer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Showing the endpoints of %1</source>
        <translation>Mostrando los endpoints de %1</translation>
    </message>
    <message>
        <source>About Connect Explorer</source>
        <translation>Acerca de Connect Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect Explorer %1&lt;/h3&gt;&lt;p&gt;A desktop client for the Cliquify Connect API: browse every endpoint, send requests and read the answers.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Connect Explorer %1&lt;/h3&gt;&lt;p&gt;Un cliente de escritorio para la API de Cliquify Connect: explore todos los endpoints, envíe solicitudes y lea las respuestas.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, en ejecución con Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Pick an endpoint</source>
        <translation>Elegir un endpoint</translation>
    </message>
    <message>
        <source>Take the five-minute tour</source>
        <translation>Hacer el recorrido guiado de cinco minutos</translation>
    </message>
    <message>
        <source>A guided walk through signing in, sending a request and the errors the panel explains.</source>
        <translation>Un recorrido guiado por el inicio de sesión, el envío de una solicitud y los errores que explica el panel de errores.</translation>
    </message>
    <message>
        <source>Simulate an error</source>
        <translation>Simular un error</translation>
    </message>
    <message>
        <source>Make the Demo server answer with an error (a missing scope, a rate limit, a dropped connection) and see what the error panel makes of it.</source>
        <translation>Hacer que el servidor Demo responda con un error (un ámbito que falta, un límite de frecuencia, una conexión cortada) y ver qué hace con él el panel de errores.</translation>
    </message>
    <message>
        <source>Open a customer&apos;s HAR</source>
        <translation>Abrir el HAR de un cliente</translation>
    </message>
    <message>
        <source>Read a browser&apos;s HAR export: every Connect call in it with its error decided.</source>
        <translation>Leer la exportación HAR de un navegador: cada llamada a Connect que contiene, con su error determinado.</translation>
    </message>
    <message>
        <source>Run the check-up</source>
        <translation>Ejecutar la revisión de la cuenta</translation>
    </message>
    <message>
        <source>Check this account: sign-in, the token&apos;s scopes and what each endpoint answers.</source>
        <translation>Revisar esta cuenta: el inicio de sesión, los ámbitos del token y lo que responde cada endpoint.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Guía del &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Close tab %1</source>
        <translation>Cerrar la pestaña %1</translation>
    </message>
    <message>
        <source>Type part of a path or a summary in the filter on the left (%1); Down and Return open it here.</source>
        <translation>Escriba parte de una ruta o de un resumen en el filtro de la izquierda (%1); Abajo e Intro lo abren aquí.</translation>
    </message>
</context>
<context>
    <name>cx::gui::NetworkAction</name>
    <message>
        <source>Connection refused: nothing is listening at the server&apos;s address and port.</source>
        <translation>Conexión rechazada: no hay nada escuchando en la dirección y el puerto del servidor.</translation>
    </message>
    <message>
        <source>DNS: the server&apos;s host name could not be resolved.</source>
        <translation>DNS: no se pudo resolver el nombre de host del servidor.</translation>
    </message>
    <message>
        <source>Timeout: the server sent nothing for too long.</source>
        <translation>Tiempo de espera agotado: el servidor no envió nada durante demasiado tiempo.</translation>
    </message>
    <message>
        <source>TLS: the secure connection could not be set up (handshake or certificate).</source>
        <translation>TLS: no se pudo establecer la conexión segura (negociación o certificado).</translation>
    </message>
    <message>
        <source>Truncated: fewer body bytes arrived than announced, so the response cannot be trusted.</source>
        <translation>Truncada: llegaron menos bytes de cuerpo de los anunciados, así que la respuesta no es fiable.</translation>
    </message>
    <message>
        <source>Too large: the response body was over the size limit and was not read.</source>
        <translation>Demasiado grande: el cuerpo de la respuesta superaba el límite de tamaño y no se leyó.</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>Demasiadas redirecciones.</translation>
    </message>
    <message>
        <source>A redirect to an address this app does not follow.</source>
        <translation>Una redirección a una dirección que esta aplicación no sigue.</translation>
    </message>
    <message>
        <source>Cancelled before the response arrived.</source>
        <translation>Cancelada antes de que llegara la respuesta.</translation>
    </message>
    <message>
        <source>The request failed before a complete response arrived.</source>
        <translation>La solicitud falló antes de que llegara una respuesta completa.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Send the same request again</source>
        <translation>Enviar de nuevo la misma solicitud</translation>
    </message>
    <message>
        <source>Connection lost: the server closed or reset the connection before the response was complete.</source>
        <translation>Conexión perdida: el servidor cerró o restableció la conexión antes de que la respuesta estuviera completa.</translation>
    </message>
    <message>
        <source>Too large: the response&apos;s headers were over the size limit and were not read.</source>
        <translation>Demasiado grandes: las cabeceras de la respuesta superaban el límite de tamaño y no se leyeron.</translation>
    </message>
    <message>
        <source>Not sent: the request holds characters that cannot go on the wire.</source>
        <translation>No enviada: la solicitud contiene caracteres que no se pueden transmitir.</translation>
    </message>
    <message>
        <source>Undecodable: the server answered, but its compressed body could not be decoded, so the body cannot be trusted.</source>
        <translation>No decodificable: el servidor respondió, pero su cuerpo comprimido no se pudo decodificar, así que no se puede confiar en el cuerpo.</translation>
    </message>
    <message>
        <source>Certificate: %1
Issued by: %2%3
Valid: %4 to %5
Names: %6
Fingerprint (SHA-256): %7</source>
        <translation>Certificado: %1
Emitido por: %2%3
Válido: de %4 a %5
Nombres: %6
Huella digital (SHA-256): %7</translation>
    </message>
    <message>
        <source> (itself: self-signed)</source>
        <translation> (él mismo: autofirmado)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate…</source>
        <translation>&amp;Confiar en este certificado…</translation>
    </message>
    <message>
        <source>Trust this one certificate for this profile only, after comparing its fingerprint with the server&apos;s owner</source>
        <translation>Confiar en este certificado concreto solo para este perfil, tras comparar su huella digital con el propietario del servidor</translation>
    </message>
    <message>
        <source>&amp;Proxy Credentials…</source>
        <translation>Credenciales del &amp;proxy…</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s user name and password for this profile</source>
        <translation>Introducir el nombre de usuario y la contraseña del proxy para este perfil</translation>
    </message>
</context>
<context>
    <name>cx::gui::NetworkSettingsForm</name>
    <message>
        <source>Add CA Certificates</source>
        <translation>Añadir certificados de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add a Folder of CA Certificates</source>
        <translation>Añadir una carpeta de certificados de CA</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Claves (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System (environment or OS settings)</source>
        <translation>Sistema (entorno o configuración del sistema operativo)</translation>
    </message>
    <message>
        <source>None (always direct)</source>
        <translation>Ninguno (siempre directo)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Puert&amp;o:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Kept in the keychain with the profile, never in a file</source>
        <translation>Se guarda en el llavero con el perfil, nunca en un archivo</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificados de CA adicionales</translation>
    </message>
    <message>
        <source>PEM files or folders of them, trusted besides the system&apos;s certificates</source>
        <translation>Archivos PEM o carpetas que los contienen, de confianza además de los certificados del sistema</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>&amp;Añadir archivo…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>Cert&amp;ificado:</translation>
    </message>
    <message>
        <source>PEM, or PKCS#12 (.p12/.pfx) with its key</source>
        <translation>PEM, o PKCS#12 (.p12/.pfx) con su clave</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lave:</translation>
    </message>
    <message>
        <source>PEM key (none with PKCS#12)</source>
        <translation>Clave PEM (ninguna con PKCS#12)</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile only, by their SHA-256 fingerprint (trusted from the error panel).</source>
        <translation>Certificados de confianza solo para este perfil, por su huella digital SHA-256 (se confía en ellos desde el panel de errores).</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Quita&amp;r</translation>
    </message>
</context>
<context>
    <name>cx::gui::NoResponsePanel</name>
    <message>
        <source>No response yet</source>
        <translation>Aún no hay respuesta</translation>
    </message>
    <message>
        <source>Send the request (%1) to see the answer here.</source>
        <translation>Envíe la solicitud (%1) para ver la respuesta aquí.</translation>
    </message>
</context>
<context>
    <name>cx::gui::NotFoundAction</name>
    <message>
        <source>Check the path: “%1” is not an endpoint the server knows. Pick one from the endpoint list on the left.</source>
        <translation>Compruebe la ruta: «%1» no es un endpoint que conozca el servidor. Elija uno de la lista de endpoints de la izquierda.</translation>
    </message>
    <message>
        <source>Check the ID in the path; the resource may have been deleted, or this client may not see it.</source>
        <translation>Compruebe el ID de la ruta; puede que el recurso se haya eliminado o que este cliente no pueda verlo.</translation>
    </message>
    <message>
        <source>Check the ID “%1”; the resource may have been deleted, or this client may not see it.</source>
        <translation>Compruebe el ID «%1»; puede que el recurso se haya eliminado o que este cliente no pueda verlo.</translation>
    </message>
    <message>
        <source>No list endpoint</source>
        <translation>No hay endpoint de lista</translation>
    </message>
    <message>
        <source>&amp;List valid IDs: GET %1</source>
        <translation>&amp;Listar los ID válidos: GET %1</translation>
    </message>
    <message>
        <source>Open %1 in a new tab and send it</source>
        <translation>Abrir %1 en una pestaña nueva y enviarla</translation>
    </message>
</context>
<context>
    <name>cx::gui::NoticeAction</name>
    <message>
        <source>The server answered with the code “%1”, which this version of Connect Explorer does not know. Its message is shown above exactly as it was sent; nothing needs to be retried or changed unless the message says so.</source>
        <translation>El servidor respondió con el código «%1», que esta versión de Connect Explorer no conoce. Su mensaje se muestra arriba exactamente como se envió; no hace falta reintentar ni cambiar nada salvo que el mensaje lo indique.</translation>
    </message>
    <message>
        <source>Nothing here needs a click: read the server&apos;s message above. %1</source>
        <translation>Aquí no hace falta hacer clic en nada: lea el mensaje del servidor arriba. %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::PagedTextView</name>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Página anterior</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Página siguiente ▶</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::ParamTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Añadir una fila a %1</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Quitar las filas seleccionadas</translation>
    </message>
</context>
<context>
    <name>cx::gui::ParamTableModel</name>
    <message>
        <source>(required) %1</source>
        <translation>(obligatorio) %1</translation>
    </message>
    <message>
        <source>Sent with the request. Untick to leave it out.</source>
        <translation>Se envía con la solicitud. Desmárquelo para omitirlo.</translation>
    </message>
    <message>
        <source>Not sent. Tick to send it.</source>
        <translation>No se envía. Márquelo para enviarlo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>The value of %1 was not saved (secrets are never written to disk); paste it again.</source>
        <translation>El valor de %1 no se guardó (los secretos nunca se escriben en el disco); vuelva a pegarlo.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ParsedBody</name>
    <message>
        <source>The body is not JSON; it is shown as raw text.</source>
        <translation>El cuerpo no es JSON; se muestra como texto sin formato.</translation>
    </message>
    <message>
        <source>The JSON nests deeper than %1 levels, too deep to show as a tree; it is shown raw.</source>
        <translation>El JSON tiene más de %1 niveles de anidamiento, demasiados para mostrarlo como árbol; se muestra sin formato.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at byte %2); it is shown as raw text.</source>
        <translation>El cuerpo no es JSON válido (%1 en el byte %2); se muestra como texto sin formato.</translation>
    </message>
</context>
<context>
    <name>cx::gui::PathParamsForm</name>
    <message>
        <source>The path has no {parameters}.</source>
        <translation>La ruta no tiene {parámetros}.</translation>
    </message>
    <message>
        <source>value for {%1}</source>
        <translation>valor de {%1}</translation>
    </message>
    <message>
        <source>Path parameter %1</source>
        <translation>Parámetro de ruta %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::PermissionAction</name>
    <message>
        <source>Scopes granted to the token</source>
        <translation>Ámbitos concedidos al token</translation>
    </message>
    <message>
        <source>Scopes the endpoint requires</source>
        <translation>Ámbitos que requiere el endpoint</translation>
    </message>
    <message>
        <source>Granted (introspection)</source>
        <translation>Concedidos (introspección)</translation>
    </message>
    <message>
        <source>Required (catalog)</source>
        <translation>Requeridos (catálogo)</translation>
    </message>
    <message>
        <source>Who can grant it: scopes belong to the OAuth client, so its owner adds them in the Cliquify developer portal; tokens issued after that carry them. For a permission on a resource, ask an administrator of the account.</source>
        <translation>Quién puede concederlo: los ámbitos pertenecen al cliente OAuth, así que su propietario los añade en el portal para desarrolladores de Cliquify; los tokens emitidos después los incluyen. Para un permiso sobre un recurso, pregunte a un administrador de la cuenta.</translation>
    </message>
    <message>
        <source>Sign in again to pick up &amp;new scopes</source>
        <translation>Volver a iniciar sesión para obtener los ámbitos &amp;nuevos</translation>
    </message>
    <message>
        <source>Missing scope: %1</source>
        <translation>Ámbito que falta: %1</translation>
    </message>
    <message>
        <source>The permission the request refers to does not exist.</source>
        <translation>El permiso al que se refiere la solicitud no existe.</translation>
    </message>
    <message>
        <source>No scope is missing: the user or account lacks a permission on this resource.</source>
        <translation>No falta ningún ámbito: al usuario o a la cuenta le falta un permiso sobre este recurso.</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(aún no se sabe)</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(ninguno indicado)</translation>
    </message>
    <message>
        <source>Not granted to this token</source>
        <translation>No concedido a este token</translation>
    </message>
</context>
<context>
    <name>cx::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>El idioma de los menús, los diálogos y los mensajes</translation>
    </message>
    <message>
        <source>The new language applies at once, to every open window. Open requests and drafts are kept.</source>
        <translation>El nuevo idioma se aplica de inmediato a todas las ventanas abiertas. Las solicitudes abiertas y los borradores se conservan.</translation>
    </message>
</context>
<context>
    <name>cx::gui::PresentationController</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>Larger fonts, secrets masked, side panels hidden: for a shared screen</source>
        <translation>Fuentes más grandes, secretos enmascarados, paneles laterales ocultos: para una pantalla compartida</translation>
    </message>
    <message>
        <source>Secrets and tokens are masked on screen. Ctrl+Shift+P leaves presentation mode.</source>
        <translation>Los secretos y tokens se enmascaran en pantalla. Ctrl+Shift+P sale del modo presentación.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ProfileController</name>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>E&amp;liminar perfil</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored secret? The app switches to the Demo profile.</source>
        <translation>¿Eliminar el perfil &quot;%1&quot; y su secreto guardado? La aplicación cambia al perfil Demo.</translation>
    </message>
    <message>
        <source>No keychain available: the secret is kept in memory for this session only</source>
        <translation>No hay llavero disponible: el secreto se guarda en memoria solo durante esta sesión</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>%1 (built-in simulator)</source>
        <translation>%1 (simulador integrado)</translation>
    </message>
    <message>
        <source>The simulator inside the app, signed in with the demo client</source>
        <translation>El simulador dentro de la aplicación, con sesión iniciada con el cliente de demostración</translation>
    </message>
    <message>
        <source>%1 at %2 as %3</source>
        <translation>%1 en %2 como %3</translation>
    </message>
    <message>
        <source>%1 (from the command line)</source>
        <translation>%1 (desde la línea de comandos)</translation>
    </message>
    <message>
        <source>Switch Profile</source>
        <translation>Cambiar de perfil</translation>
    </message>
    <message>
        <source>Could not switch to %1: %2</source>
        <translation>No se pudo cambiar a %1: %2</translation>
    </message>
    <message>
        <source>Enter the client secret for the profile &quot;%1&quot;.</source>
        <translation>Introduzca el secreto de cliente del perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the client secret for %1.</source>
        <translation>Introduzca el secreto de cliente de %1.</translation>
    </message>
    <message>
        <source>The Demo profile&apos;s credentials are never stored</source>
        <translation>Las credenciales del perfil Demo nunca se guardan</translation>
    </message>
    <message>
        <source>Create a profile (Profile ▸ New Profile…) to keep its secret in the keychain</source>
        <translation>Cree un perfil (Perfil ▸ Nuevo perfil…) para guardar su secreto en el llavero</translation>
    </message>
    <message>
        <source>Sign In — %1</source>
        <translation>Iniciar sesión — %1</translation>
    </message>
    <message>
        <source>The certificate has no usable fingerprint</source>
        <translation>El certificado no tiene una huella digital utilizable</translation>
    </message>
    <message>
        <source>No proxy is set for %1; choose one in Profile ▸ Edit Profile… ▸ Network</source>
        <translation>No hay ningún proxy configurado para %1; elija uno en Perfil ▸ Editar perfil… ▸ Red</translation>
    </message>
    <message>
        <source>The certificate was not trusted: %1</source>
        <translation>No se confió en el certificado: %1</translation>
    </message>
    <message>
        <source>The proxy credentials were not saved: %1</source>
        <translation>Las credenciales del proxy no se guardaron: %1</translation>
    </message>
    <message>
        <source>&amp;Trusted Certificates…</source>
        <translation>&amp;Certificados de confianza…</translation>
    </message>
    <message>
        <source>The certificates this profile trusts by their fingerprint</source>
        <translation>Los certificados en los que este perfil confía por su huella digital</translation>
    </message>
</context>
<context>
    <name>cx::gui::ProfileDialog</name>
    <message>
        <source>&amp;Remember the secret in the keychain</source>
        <translation>&amp;Recordar el secreto en el llavero</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>https://oauth.cliquify.me</source>
        <translation>https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>Unticked, the secret is kept in memory until the app quits</source>
        <translation>Si no se marca, el secreto se guarda en memoria hasta que se cierre la aplicación</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;Id. de cliente:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Give the profile a name</source>
        <translation>Dé un nombre al perfil</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL, e.g. https://oauth.cliquify.me</source>
        <translation>Introduzca una URL http:// o https://, p. ej. https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>Enter the client id</source>
        <translation>Introduzca el id. de cliente</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>G&amp;eneral</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>Re&amp;d</translation>
    </message>
</context>
<context>
    <name>cx::gui::ProfileSend</name>
    <message>
        <source>The profile is gone.</source>
        <translation>El perfil ya no existe.</translation>
    </message>
    <message>
        <source>The built-in simulator runs only while the Demo profile is in use.</source>
        <translation>El simulador integrado solo se ejecuta mientras se usa el perfil Demo.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ProxyCredentialsDialog</name>
    <message>
        <source>Proxy Credentials</source>
        <translation>Credenciales del proxy</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password. They are kept with this profile (the password in the keychain).</source>
        <translation>El proxy pide un nombre de usuario y una contraseña. Se guardan con este perfil (la contraseña, en el llavero).</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password. They are kept with this profile (the password in the keychain).</source>
        <translation>El proxy %1 pide un nombre de usuario y una contraseña. Se guardan con este perfil (la contraseña, en el llavero).</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Save and Retry</source>
        <translation>&amp;Guardar y reintentar</translation>
    </message>
</context>
<context>
    <name>cx::gui::ReloginAction</name>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Signed in again and sent the request once more, but the server still refuses the token. Nothing is retried by itself; check the client in the developer portal.</source>
        <translation>Se volvió a iniciar sesión y se envió la solicitud una vez más, pero el servidor sigue rechazando el token. No se reintenta nada por sí solo; compruebe el cliente en el portal para desarrolladores.</translation>
    </message>
    <message>
        <source>The server refused the stored client credentials. Correct them in the sign-in form.</source>
        <translation>El servidor rechazó las credenciales de cliente guardadas. Corríjalas en el formulario de inicio de sesión.</translation>
    </message>
    <message>
        <source>A new token is requested with the stored client credentials, then the request is sent once more.</source>
        <translation>Se solicita un token nuevo con las credenciales de cliente guardadas y después se envía la solicitud una vez más.</translation>
    </message>
    <message>
        <source>Renew the token from the stored credentials and send the request again once</source>
        <translation>Renovar el token con las credenciales guardadas y enviar la solicitud de nuevo una vez</translation>
    </message>
    <message>
        <source>Correct the &amp;credentials…</source>
        <translation>Corregir las &amp;credenciales…</translation>
    </message>
    <message>
        <source>No stored credentials: enter them in the sign-in form.</source>
        <translation>No hay credenciales guardadas: introdúzcalas en el formulario de inicio de sesión.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signed in again; sending the request once more…</source>
        <translation>Se volvió a iniciar sesión; enviando la solicitud una vez más…</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Se volvió a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server refused the stored credentials (%1): %2</source>
        <translation>El servidor rechazó las credenciales guardadas (%1): %2</translation>
    </message>
    <message>
        <source>Signing in failed (%1): %2</source>
        <translation>El inicio de sesión falló (%1): %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::ReportAction</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Guardar como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Guardar como &amp;JSON…</translation>
    </message>
    <message>
        <source>The app and the API disagree about this request. Send this report to support; secrets (the token, the client secret, secret headers and fields) are masked.</source>
        <translation>La aplicación y la API no coinciden sobre esta solicitud. Envíe este informe al soporte; los secretos (el token, el secreto de cliente, las cabeceras y campos secretos) están enmascarados.</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>El informe está en el portapapeles.</translation>
    </message>
    <message>
        <source>Save Error Report</source>
        <translation>Guardar informe de error</translation>
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
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::RequestEditor</name>
    <message>
        <source>%1 — server says: %2</source>
        <translation>%1 — el servidor dice: %2</translation>
    </message>
    <message>
        <source>Query parameter “%1”</source>
        <translation>Parámetro de consulta «%1»</translation>
    </message>
    <message>
        <source>Header “%1”</source>
        <translation>Cabecera «%1»</translation>
    </message>
    <message>
        <source>(not in the request: add it)</source>
        <translation>(no está en la solicitud: añádalo)</translation>
    </message>
    <message>
        <source>Path parameter {%1}</source>
        <translation>Parámetro de ruta {%1}</translation>
    </message>
    <message>
        <source>The request body</source>
        <translation>El cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>The body at line %1, column %2</source>
        <translation>El cuerpo en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>Body field “%1” (missing: add it here)</source>
        <translation>Campo del cuerpo «%1» (falta: añádalo aquí)</translation>
    </message>
    <message>
        <source>Body field “%1”</source>
        <translation>Campo del cuerpo «%1»</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>query parameters</source>
        <translation>parámetros de consulta</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>cabeceras</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Método HTTP</translation>
    </message>
    <message>
        <source>/api/path/{id}</source>
        <translation>/api/path/{id}</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Enviar la solicitud (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel the running request (Esc)</source>
        <translation>Cancelar la solicitud en curso (Esc)</translation>
    </message>
    <message>
        <source>Path parameters</source>
        <translation>Parámetros de ruta</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Parámetros de consulta</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parámetros</translation>
    </message>
    <message>
        <source>H&amp;eaders</source>
        <translation>Cab&amp;eceras</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>Cuerp&amp;o</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Esperando al servidor…</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recibidos</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviada: %1</translation>
    </message>
    <message>
        <source>Query parameter “%1” (not in the request: add it)</source>
        <translation>Parámetro de consulta «%1» (no está en la solicitud: añádalo)</translation>
    </message>
    <message>
        <source>{{ }}</source>
        <translation>{{ }}</translation>
    </message>
    <message>
        <source>Variables: {{name}} in the path, query, headers and body</source>
        <translation>Variables: {{name}} en la ruta, la consulta, las cabeceras y el cuerpo</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>&amp;Edit Variables…</source>
        <translation>&amp;Editar variables…</translation>
    </message>
    <message>
        <source>&amp;Set Variable from Response…</source>
        <translation>&amp;Definir variable a partir de la respuesta…</translation>
    </message>
    <message>
        <source>&amp;Define…</source>
        <translation>&amp;Definir…</translation>
    </message>
    <message>
        <source>Open the profile&apos;s variables with the missing ones added</source>
        <translation>Abre las variables del perfil con las que faltan ya añadidas</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n variable(s) not defined: %1</source>
        <translation>
            <numerusform>No enviada: %n variable sin definir: %1</numerusform>
            <numerusform>No enviada: %n variables sin definir: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(not defined: %1)</source>
        <translation>(sin definir: %1)</translation>
    </message>
    <message>
        <source>{{%1}} = %2 (%3)</source>
        <translation>{{%1}} = %2 (%3)</translation>
    </message>
    <message>
        <source>Not sent: the path is empty. Pick an endpoint on the left or type a path.</source>
        <translation>No enviada: la ruta está vacía. Elija un endpoint a la izquierda o escriba una ruta.</translation>
    </message>
    <message>
        <source>Not sent: fill in the path parameter {%1}.</source>
        <translation>No enviada: rellene el parámetro de ruta {%1}.</translation>
    </message>
</context>
<context>
    <name>cx::gui::RequestPage</name>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>perfil %1</translation>
    </message>
    <message>
        <source>the session&apos;s token</source>
        <translation>el token de la sesión</translation>
    </message>
</context>
<context>
    <name>cx::gui::RequestWorkspace</name>
    <message>
        <source>The saved requests could not be read; the file was set aside as %1.</source>
        <translation>No se pudieron leer las solicitudes guardadas; el archivo se apartó como %1.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Show or hide every request sent so far</source>
        <translation>Muestra u oculta todas las solicitudes enviadas hasta ahora</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>C&amp;olecciones</translation>
    </message>
    <message>
        <source>Show or hide the saved requests</source>
        <translation>Muestra u oculta las solicitudes guardadas</translation>
    </message>
    <message>
        <source>Sa&amp;ve Request…</source>
        <translation>&amp;Guardar solicitud…</translation>
    </message>
    <message>
        <source>Save the current request by name into a collection</source>
        <translation>Guarda la solicitud actual con un nombre en una colección</translation>
    </message>
    <message>
        <source>&amp;Paste cURL as New Tab</source>
        <translation>&amp;Pegar cURL como pestaña nueva</translation>
    </message>
    <message>
        <source>Open the cURL command on the clipboard in a new request tab</source>
        <translation>Abre el comando cURL del portapapeles en una nueva pestaña de solicitud</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>Copiar &amp;como</translation>
    </message>
    <message>
        <source>Copy the current request as %1, without secrets</source>
        <translation>Copia la solicitud actual como %1, sin secretos</translation>
    </message>
    <message>
        <source>Copy as &amp;Code…</source>
        <translation>Copiar como có&amp;digo…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) could not be read and were set aside.</source>
        <translation>
            <numerusform>%n borrador no se pudo leer y se apartó.</numerusform>
            <numerusform>%n borradores no se pudieron leer y se apartaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopened a request first sent to %1; it will be sent to %2.</source>
        <translation>Se volvió a abrir una solicitud enviada primero a %1; se enviará a %2.</translation>
    </message>
    <message>
        <source>The request could not be saved: %1</source>
        <translation>No se pudo guardar la solicitud: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>Se guardó «%1» en %2.</translation>
    </message>
    <message>
        <source>Copied as %1. The code reads the token from $%2.</source>
        <translation>Copiado como %1. El código lee el token de $%2.</translation>
    </message>
    <message>
        <source>Paste cURL</source>
        <translation>Pegar cURL</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a cURL command first.</source>
        <translation>El portapapeles no contiene texto. Copie primero un comando cURL.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s text could not be read as a cURL command: %1</source>
        <translation>El texto del portapapeles no se pudo leer como comando cURL: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>No se pudo guardar el historial: %1</translation>
    </message>
    <message>
        <source>The notice goes away once a write of the same kind succeeds. The log has the details.</source>
        <translation>El aviso desaparece en cuanto una escritura del mismo tipo se realiza correctamente. El registro contiene los detalles.</translation>
    </message>
    <message>
        <source>collection %1</source>
        <translation>colección %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The command was opened in %n new tab(s). Some of it could not be carried over:</source>
        <translation>
            <numerusform>El comando se abrió en %n pestaña nueva. Una parte no se pudo trasladar:</numerusform>
            <numerusform>El comando se abrió en %n pestañas nuevas. Una parte no se pudo trasladar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cURL command was opened in %n new tab(s).</source>
        <translation>
            <numerusform>El comando cURL se abrió en %n pestaña nueva.</numerusform>
            <numerusform>El comando cURL se abrió en %n pestañas nuevas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::gui::ResponseDiffDialog</name>
    <message>
        <source>+ only in B</source>
        <translation>+ solo en B</translation>
    </message>
    <message>
        <source>− only in A</source>
        <translation>− solo en A</translation>
    </message>
    <message>
        <source>~ changed</source>
        <translation>~ cambiado</translation>
    </message>
    <message>
        <source>≠ type changed</source>
        <translation>≠ tipo cambiado</translation>
    </message>
    <message>
        <source>Compare Responses</source>
        <translation>Comparar respuestas</translation>
    </message>
    <message>
        <source>&amp;Ignore paths:</source>
        <translation>&amp;Ignorar rutas:</translation>
    </message>
    <message>
        <source>e.g. meta.request_id, data[*].updated_at</source>
        <translation>p. ej. meta.request_id, data[*].updated_at</translation>
    </message>
    <message>
        <source>Comma-separated paths whose differences are left out, with everything below them; * is any key, [*] any array item. Remembered for this endpoint.</source>
        <translation>Rutas separadas por comas cuyas diferencias se omiten, junto con todo lo que hay debajo; * es cualquier clave, [*] cualquier elemento de un array. Se recuerda para este endpoint.</translation>
    </message>
    <message>
        <source>Paths to ignore</source>
        <translation>Rutas que ignorar</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Apply the paths to ignore</source>
        <translation>Aplicar las rutas que ignorar</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>Diferencia a&amp;nterior</translation>
    </message>
    <message>
        <source>Previous difference (Shift+F8)</source>
        <translation>Diferencia anterior (Shift+F8)</translation>
    </message>
    <message>
        <source>Previous difference</source>
        <translation>Diferencia anterior</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>Diferencia &amp;siguiente</translation>
    </message>
    <message>
        <source>Next difference (F8)</source>
        <translation>Diferencia siguiente (F8)</translation>
    </message>
    <message>
        <source>Next difference</source>
        <translation>Diferencia siguiente</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
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
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Response A</source>
        <translation>Respuesta A</translation>
    </message>
    <message>
        <source>Response B</source>
        <translation>Respuesta B</translation>
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
        <translation>(cuerpo demasiado grande para conservarlo: no se compara)</translation>
    </message>
    <message>
        <source>Waiting for both responses…</source>
        <translation>Esperando ambas respuestas…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>First difference: %1 (looking for the others…)</source>
        <translation>Primera diferencia: %1 (buscando las demás…)</translation>
    </message>
    <message>
        <source>Sending the request on both…</source>
        <translation>Enviando la solicitud con ambos perfiles…</translation>
    </message>
    <message>
        <source>“%1” is not a path (%2)</source>
        <translation>«%1» no es una ruta (%2)</translation>
    </message>
    <message>
        <source>First difference shown; looking for the others…</source>
        <translation>Primera diferencia mostrada; buscando las demás…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more not listed</source>
        <translation>
            <numerusform>… y %n más, sin listar</numerusform>
            <numerusform>… y %n más, sin listar</numerusform>
        </translation>
    </message>
    <message>
        <source>(only the start of the body was kept)</source>
        <translation>(solo se conservó el comienzo del cuerpo)</translation>
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
        <translation>sin respuesta: %1</translation>
    </message>
    <message>
        <source>response body only</source>
        <translation>solo el cuerpo de la respuesta</translation>
    </message>
</context>
<context>
    <name>cx::gui::ResponseTimingView</name>
    <message>
        <source>Total time:</source>
        <translation>Tiempo total:</translation>
    </message>
    <message>
        <source>Body size:</source>
        <translation>Tamaño del cuerpo:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Cabeceras:</translation>
    </message>
    <message>
        <source>Redirects followed:</source>
        <translation>Redirecciones seguidas:</translation>
    </message>
    <message>
        <source>Final URL:</source>
        <translation>URL final:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Total time runs from sending the request to its last byte, redirects and a token renewal included.</source>
        <translation>El tiempo total va desde el envío de la solicitud hasta su último byte, incluidas las redirecciones y una renovación del token.</translation>
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
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s), about %1</source>
        <translation>
            <numerusform>%n cabecera, unos %1</numerusform>
            <numerusform>%n cabeceras, unos %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
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
        <translation>Búsqueda DNS:</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <source>TLS handshake:</source>
        <translation>Negociación TLS:</translation>
    </message>
    <message>
        <source>Request sent:</source>
        <translation>Solicitud enviada:</translation>
    </message>
    <message>
        <source>First byte:</source>
        <translation>Primer byte:</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>Descarga:</translation>
    </message>
    <message>
        <source>The phases are the final request&apos;s (after redirects), as the network layer reports them, counted from when it was handed over.</source>
        <translation>Las fases son las de la solicitud final (tras las redirecciones), tal como las informa la capa de red, contadas desde que se le entregó la solicitud.</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>unavailable (not reported by the network layer; part of Connect)</source>
        <translation>no disponible (la capa de red no lo informa; incluido en «Conexión»)</translation>
    </message>
    <message>
        <source>an open connection was reused</source>
        <translation>se reutilizó una conexión abierta</translation>
    </message>
    <message>
        <source>%1 ms (DNS lookup and TLS handshake included)</source>
        <translation>%1 ms (incluidas la búsqueda DNS y la negociación TLS)</translation>
    </message>
    <message>
        <source>%1 ms (DNS lookup included)</source>
        <translation>%1 ms (incluida la búsqueda DNS)</translation>
    </message>
    <message>
        <source>not used (plain HTTP)</source>
        <translation>no se usa (HTTP sin cifrar)</translation>
    </message>
    <message>
        <source>done %1 ms after the start; its own length is unavailable</source>
        <translation>terminado %1 ms después del inicio; su propia duración no está disponible</translation>
    </message>
    <message>
        <source>%1 ms after the start</source>
        <translation>%1 ms después del inicio</translation>
    </message>
    <message>
        <source>%1 ms after the start (%2 ms waiting for the server)</source>
        <translation>%1 ms después del inicio (%2 ms esperando al servidor)</translation>
    </message>
</context>
<context>
    <name>cx::gui::ResponseView</name>
    <message>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formateado</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Sin formato</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Aún no hay respuesta</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source> — incomplete</source>
        <translation> — incompleta</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(cuerpo vacío)</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Formateando…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Decoding the image…</source>
        <translation>Decodificando la imagen…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
</context>
<context>
    <name>cx::gui::RetryAction</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>Reintentar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>The server asked to wait %1 s (Retry-After).</source>
        <translation>El servidor pidió esperar %1 s (Retry-After).</translation>
    </message>
    <message>
        <source>The server asked to wait until %1 (Retry-After).</source>
        <translation>El servidor pidió esperar hasta %1 (Retry-After).</translation>
    </message>
    <message>
        <source>No Retry-After from the server: exponential backoff with jitter.</source>
        <translation>El servidor no envió Retry-After: retroceso exponencial con variación aleatoria.</translation>
    </message>
    <message>
        <source>The server&apos;s Retry-After “%1” is unreadable: exponential backoff with jitter instead.</source>
        <translation>El Retry-After «%1» del servidor no se puede leer: en su lugar, retroceso exponencial con variación aleatoria.</translation>
    </message>
    <message>
        <source>Attempt %1 failed; next is retry %2 of %3.</source>
        <translation>El intento %1 falló; el siguiente es el reintento %2 de %3.</translation>
    </message>
    <message>
        <source>%1 is not idempotent: it may have taken effect, so it is never sent again without you asking.</source>
        <translation>%1 no es idempotente: puede que haya surtido efecto, así que nunca se envía de nuevo sin que usted lo pida.</translation>
    </message>
    <message>
        <source>Retries made so far: %1; it is not retried by itself again.</source>
        <translation>Reintentos realizados hasta ahora: %1; no se vuelve a reintentar por sí solo.</translation>
    </message>
    <message>
        <source>Shown from the history: press Retry now to send it again.</source>
        <translation>Mostrado desde el historial: pulse Reintentar ahora para enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>Retrying in %1 s…</source>
        <translation>Reintentando en %1 s…</translation>
    </message>
    <message>
        <source>You may retry in %1 s.</source>
        <translation>Puede reintentar en %1 s.</translation>
    </message>
    <message>
        <source>Ready: press Retry now to send it again.</source>
        <translation>Listo: pulse Reintentar ahora para enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>Ready: %1 is not retried by itself; press Retry now to send it again.</source>
        <translation>Listo: %1 no se reintenta por sí solo; pulse Reintentar ahora para enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>Sending retry %1…</source>
        <translation>Enviando el reintento %1…</translation>
    </message>
    <message>
        <source>Cancelled: press Retry now when you are ready.</source>
        <translation>Cancelado: pulse Reintentar ahora cuando esté listo.</translation>
    </message>
</context>
<context>
    <name>cx::gui::SaveRequestDialog</name>
    <message>
        <source>Save Request</source>
        <translation>Guardar solicitud</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>Secrets are not saved: the Authorization header and other secret values are left out, and the signed-in session&apos;s token is used when the request is sent.</source>
        <translation>Los secretos no se guardan: la cabecera Authorization y otros valores secretos se omiten, y al enviar la solicitud se usa el token de la sesión iniciada.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
</context>
<context>
    <name>cx::gui::SendOnProfileDialog</name>
    <message>
        <source>Send on Another Profile</source>
        <translation>Enviar con otro perfil</translation>
    </message>
    <message>
        <source>Sends %1 with the current profile and with the one chosen here, each with its own token, and compares the two responses.</source>
        <translation>Envía %1 con el perfil actual y con el elegido aquí, cada uno con su propio token, y compara las dos respuestas.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Profile to compare with</source>
        <translation>Perfil con el que comparar</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Client secret of the other profile</source>
        <translation>Secreto de cliente del otro perfil</translation>
    </message>
    <message>
        <source>used for this comparison only</source>
        <translation>solo se usa para esta comparación</translation>
    </message>
    <message>
        <source>&amp;Send on Both</source>
        <translation>&amp;Enviar con ambos</translation>
    </message>
</context>
<context>
    <name>cx::gui::SentRequestView</name>
    <message>
        <source>Show secrets</source>
        <translation>Mostrar los secretos</translation>
    </message>
    <message>
        <source>Qt&apos;s network layer adds its own Connection, Accept-Encoding and Accept-Language headers.</source>
        <translation>La capa de red de Qt añade sus propias cabeceras Connection, Accept-Encoding y Accept-Language.</translation>
    </message>
    <message>
        <source>#%1 of %2: the request</source>
        <translation>#%1 de %2: la solicitud</translation>
    </message>
    <message>
        <source>#%1 of %2: following a redirect</source>
        <translation>#%1 de %2: siguiendo una redirección</translation>
    </message>
    <message>
        <source>#%1 of %2: sent again after renewing the token</source>
        <translation>#%1 de %2: enviada de nuevo tras renovar el token</translation>
    </message>
    <message>
        <source>(Location: %1)</source>
        <translation>(Location: %1)</translation>
    </message>
    <message>
        <source>(a body of %1 bytes, too large to show here)</source>
        <translation>(un cuerpo de %1 bytes, demasiado grande para mostrarlo aquí)</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) that are not text)</source>
        <translation>
            <numerusform>(%n byte que no es texto)</numerusform>
            <numerusform>(%n bytes que no son texto)</numerusform>
        </translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (%1 caracteres más)</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
</context>
<context>
    <name>cx::gui::SetVariableDialog</name>
    <message>
        <source>Set Variable from Response</source>
        <translation>Definir variable a partir de la respuesta</translation>
    </message>
    <message>
        <source>&amp;Variable:</source>
        <translation>&amp;Variable:</translation>
    </message>
    <message>
        <source>JSON &amp;path:</source>
        <translation>&amp;Ruta JSON:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>data[0].id</source>
        <translation>data[0].id</translation>
    </message>
    <message>
        <source>A place in the last response: data[0].id, meta[&quot;key with space&quot;], items[-1] (the last one)</source>
        <translation>Un lugar de la última respuesta: data[0].id, meta[&quot;key with space&quot;], items[-1] (el último)</translation>
    </message>
    <message>
        <source>Enter the path of a value</source>
        <translation>Introduzca la ruta de un valor</translation>
    </message>
</context>
<context>
    <name>cx::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Request editor</source>
        <translation>Editor de solicitudes</translation>
    </message>
    <message>
        <source>Endpoint list</source>
        <translation>Lista de endpoints</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Send (in the path field)</source>
        <translation>Enviar (en el campo de la ruta)</translation>
    </message>
    <message>
        <source>Cancel the running request</source>
        <translation>Cancelar la solicitud en curso</translation>
    </message>
    <message>
        <source>From the filter into the list</source>
        <translation>Del filtro a la lista</translation>
    </message>
    <message>
        <source>Open the first matching endpoint (in the filter)</source>
        <translation>Abrir el primer endpoint que coincida (en el filtro)</translation>
    </message>
    <message>
        <source>Preview an endpoint (in the list)</source>
        <translation>Vista previa de un endpoint (en la lista)</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Arriba, Abajo</translation>
    </message>
    <message>
        <source>Next match (in the find bar)</source>
        <translation>Coincidencia siguiente (en la barra de búsqueda)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>cx::gui::SignInDialog</name>
    <message>
        <source>&amp;Remember the secret in the keychain</source>
        <translation>&amp;Recordar el secreto en el llavero</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>https://oauth.cliquify.me</source>
        <translation>https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Id. de &amp;cliente:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>The Demo profile uses the simulator inside the app</source>
        <translation>El perfil Demo usa el simulador dentro de la aplicación</translation>
    </message>
    <message>
        <source>No answer from this URL (%1): %2</source>
        <translation>Sin respuesta de esta URL (%1): %2</translation>
    </message>
    <message>
        <source>This URL has no Connect token endpoint (HTTP %1): %2</source>
        <translation>Esta URL no tiene un endpoint de tokens de Connect (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Check the client id: the server did not accept this id and secret.</source>
        <translation>Compruebe el id. de cliente: el servidor no aceptó este id. y secreto.</translation>
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
        <translation>Introduzca una URL http:// o https://, p. ej. https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>Enter the client id</source>
        <translation>Introduzca el id. de cliente</translation>
    </message>
    <message>
        <source>Enter the client secret</source>
        <translation>Introduzca el secreto de cliente</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>cx::gui::SimulateMenu</name>
    <message>
        <source>Si&amp;mulate</source>
        <translation>Si&amp;mular</translation>
    </message>
    <message>
        <source>&amp;Network and proxy</source>
        <translation>Red y &amp;proxy</translation>
    </message>
    <message>
        <source>Slow response (%1 s)</source>
        <translation>Respuesta lenta (%1 s)</translation>
    </message>
    <message>
        <source>Stalled response (never answers)</source>
        <translation>Respuesta bloqueada (nunca responde)</translation>
    </message>
    <message>
        <source>Dropped connection</source>
        <translation>Conexión interrumpida</translation>
    </message>
    <message>
        <source>HTML 502 page from a proxy</source>
        <translation>Página HTML 502 de un proxy</translation>
    </message>
    <message>
        <source>Rate-limit &amp;burst (%1 request per second)</source>
        <translation>Ráf&amp;aga de límite de frecuencia (%1 solicitud por segundo)</translation>
    </message>
    <message>
        <source>Rate limit set to %1 request per second: send quickly to hit it.</source>
        <translation>Límite de frecuencia fijado en %1 solicitud por segundo: envíe rápido para alcanzarlo.</translation>
    </message>
    <message>
        <source>Refuse the client &amp;credentials (token endpoint)</source>
        <translation>Rechazar las cre&amp;denciales del cliente (endpoint de tokens)</translation>
    </message>
    <message>
        <source>The token endpoint refuses the client credentials (invalid_client).</source>
        <translation>El endpoint de tokens rechaza las credenciales del cliente (invalid_client).</translation>
    </message>
    <message>
        <source>Next request &amp;only</source>
        <translation>Solo la &amp;siguiente solicitud</translation>
    </message>
    <message>
        <source>Every request &amp;until cleared</source>
        <translation>&amp;Todas las solicitudes hasta que se borre</translation>
    </message>
    <message>
        <source>&amp;Clear Simulated Errors</source>
        <translation>&amp;Borrar errores simulados</translation>
    </message>
    <message>
        <source>Simulated errors cleared.</source>
        <translation>Errores simulados borrados.</translation>
    </message>
    <message>
        <source>Make the built-in Demo server answer with an error or a fault</source>
        <translation>Hace que el servidor Demo integrado responda con un error o un fallo</translation>
    </message>
    <message>
        <source>Only the Demo profile&apos;s built-in server can simulate errors</source>
        <translation>Solo el servidor integrado del perfil Demo puede simular errores</translation>
    </message>
    <message>
        <source>&amp;Sign in again (relogin)</source>
        <translation>&amp;Volver a iniciar sesión (relogin)</translation>
    </message>
    <message>
        <source>&amp;Permission</source>
        <translation>&amp;Permiso</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Fix the request</source>
        <translation>&amp;Corregir la solicitud</translation>
    </message>
    <message>
        <source>&amp;Not found</source>
        <translation>&amp;No encontrado</translation>
    </message>
    <message>
        <source>R&amp;eport</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>N&amp;otice</source>
        <translation>A&amp;viso</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>Re&amp;d</translation>
    </message>
    <message>
        <source>Every request now answers: %1 (until cleared).</source>
        <translation>Todas las solicitudes responden ahora: %1 (hasta que se borre).</translation>
    </message>
    <message>
        <source>The next request answers: %1.</source>
        <translation>La siguiente solicitud responde: %1.</translation>
    </message>
    <message>
        <source>The Demo server now answers errors in the shapes the public docs show, layer by layer.</source>
        <translation>El servidor Demo ahora responde los errores con las formas que muestra la documentación pública, capa por capa.</translation>
    </message>
    <message>
        <source>The Demo server now answers every error as {&quot;code&quot;, &quot;message&quot;}.</source>
        <translation>El servidor Demo ahora responde cada error como {&quot;code&quot;, &quot;message&quot;}.</translation>
    </message>
    <message>
        <source>Error &amp;dialect</source>
        <translation>Dialecto de &amp;errores</translation>
    </message>
    <message>
        <source>&amp;Code and message everywhere (original error document)</source>
        <translation>&amp;Código y mensaje en todas partes (documento de errores original)</translation>
    </message>
    <message>
        <source>&amp;Documented shapes by layer (Errors and troubleshooting)</source>
        <translation>Formas &amp;documentadas según la capa (Errors and troubleshooting)</translation>
    </message>
    <message>
        <source>The Demo server now answers over HTTPS with a self-signed certificate trusted nowhere: send a request to see the certificate error.</source>
        <translation>El servidor Demo responde ahora por HTTPS con un certificado autofirmado en el que no se confía en ninguna parte: envíe una solicitud para ver el error de certificado.</translation>
    </message>
    <message>
        <source>The Demo server answers over plain HTTP again.</source>
        <translation>El servidor Demo responde de nuevo por HTTP sin cifrar.</translation>
    </message>
    <message>
        <source>&amp;Self-signed certificate (TLS)</source>
        <translation>Certificado &amp;autofirmado (TLS)</translation>
    </message>
    <message>
        <source>Serve the Demo over HTTPS with a demo certificate nothing trusts</source>
        <translation>Servir la Demo por HTTPS con un certificado de demostración en el que nada confía</translation>
    </message>
</context>
<context>
    <name>cx::gui::SingleInstance</name>
    <message>
        <source>The profile folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta de perfiles %1.</translation>
    </message>
    <message>
        <source>The lock file %1 could not be created.</source>
        <translation>No se pudo crear el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <source>Connect Explorer is already running on %1 but does not answer.</source>
        <translation>Connect Explorer ya se está ejecutando en %1, pero no responde.</translation>
    </message>
    <message>
        <source>Could not listen for later starts: %1</source>
        <translation>No se pueden escuchar los inicios posteriores: %1</translation>
    </message>
    <message>
        <source>Connect Explorer is already running on %1 but did not take the command line.</source>
        <translation>Connect Explorer ya se está ejecutando en %1, pero no aceptó la línea de comandos.</translation>
    </message>
</context>
<context>
    <name>cx::gui::StartPanel</name>
    <message>
        <source>Start here</source>
        <translation>Empiece aquí</translation>
    </message>
    <message>
        <source>This tab is empty. Pick an endpoint on the left, or take one of these first steps:</source>
        <translation>Esta pestaña está vacía. Elija un endpoint a la izquierda o dé uno de estos primeros pasos:</translation>
    </message>
</context>
<context>
    <name>cx::gui::StartupOptions</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Use the API at URL instead of the Demo.</source>
        <translation>Usa la API en URL en lugar de la Demo.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in as this OAuth client.</source>
        <translation>Inicia sesión como este cliente OAuth.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the client secret from environment variable NAME.</source>
        <translation>Lee el secreto de cliente de la variable de entorno NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Start on the saved profile NAME (its secret from the keychain).</source>
        <translation>Se inicia con el perfil guardado NAME (su secreto, del llavero).</translation>
    </message>
    <message>
        <source>Browse the endpoints of this OpenAPI 3 JSON file.</source>
        <translation>Explora los endpoints de este archivo JSON de OpenAPI 3.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give either --profile or --base-url with --client-id, not both.</source>
        <translation>Indique --profile o --base-url con --client-id, no ambos.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>No hay ningún perfil llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--base-url needs an http or https URL, not &apos;%1&apos;.</source>
        <translation>--base-url necesita una URL http o https, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--base-url needs --client-id as well.</source>
        <translation>--base-url necesita también --client-id.</translation>
    </message>
    <message>
        <source>--client-id is for another server: give --base-url too.</source>
        <translation>--client-id es para otro servidor: indique también --base-url.</translation>
    </message>
    <message>
        <source>Desktop client for the Cliquify Connect API. Without options it starts on the last used profile (the Demo profile, a simulator inside the app, on a first start).
One window runs per profile folder: starting it again brings that window to the front, opens the --openapi document there, and switches to the --profile (or to the saved profile with that --base-url and --client-id; for a new one the New Profile dialog opens, filled in).</source>
        <translation>Cliente de escritorio para la API de Cliquify Connect. Sin opciones se inicia con el último perfil usado (en el primer inicio, el perfil Demo: un simulador dentro de la aplicación).
Se ejecuta una ventana por carpeta de perfiles: al iniciarlo de nuevo, esa ventana pasa al primer plano, abre allí el documento de --openapi y cambia al --profile (o al perfil guardado con esa --base-url y ese --client-id; para uno nuevo se abre el diálogo Nuevo perfil, ya rellenado).</translation>
    </message>
</context>
<context>
    <name>cx::gui::StatusPanel</name>
    <message>
        <source>Token renewed at %1</source>
        <translation>Token renovado a las %1</translation>
    </message>
    <message>
        <source>The token was renewed automatically before it expired</source>
        <translation>El token se renovó automáticamente antes de caducar</translation>
    </message>
    <message>
        <source>Sign-in failed: %1 — %2</source>
        <translation>El inicio de sesión falló: %1 — %2</translation>
    </message>
    <message>
        <source>No scopes granted</source>
        <translation>No hay ámbitos concedidos</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Ámbitos: %1</translation>
    </message>
    <message>
        <source>Scopes the token was granted, from introspection</source>
        <translation>Ámbitos concedidos al token, según la introspección</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>%1d %2</source>
        <translation>%1d %2</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Iniciando sesión como %1…</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>El inicio de sesión falló</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Token expires in %1</source>
        <translation>El token caduca en %1</translation>
    </message>
    <message>
        <source>Expires at %1</source>
        <translation>Caduca a las %1</translation>
    </message>
    <message>
        <source>token request: form</source>
        <translation>solicitud de token: formulario</translation>
    </message>
    <message>
        <source>The token was requested with a JSON body, as the current API documentation shows.</source>
        <translation>El token se solicitó con un cuerpo JSON, como indica la documentación actual de la API.</translation>
    </message>
    <message>
        <source>The token was requested form-urlencoded with grant_type: this server does not take the JSON body the current documentation shows.</source>
        <translation>El token se solicitó en form-urlencoded con grant_type: este servidor no acepta el cuerpo JSON que indica la documentación actual.</translation>
    </message>
</context>
<context>
    <name>cx::gui::TabSendsPanel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>This tab&apos;s sends</source>
        <translation>Envíos de esta pestaña</translation>
    </message>
    <message>
        <source>&amp;Compare Selected</source>
        <translation>&amp;Comparar la selección</translation>
    </message>
    <message>
        <source>Select two sends to compare their responses.</source>
        <translation>Seleccione dos envíos para comparar sus respuestas.</translation>
    </message>
    <message>
        <source>Compare the two selected sends</source>
        <translation>Comparar los dos envíos seleccionados</translation>
    </message>
    <message>
        <source>No request tab.</source>
        <translation>No hay ninguna pestaña de solicitud.</translation>
    </message>
    <message>
        <source>“%1” has not been sent yet.</source>
        <translation>«%1» aún no se ha enviado.</translation>
    </message>
    <message>
        <source>Sends of “%1”, newest first:</source>
        <translation>Envíos de «%1», los más recientes primero:</translation>
    </message>
</context>
<context>
    <name>cx::gui::TourPlayer</name>
    <message>
        <source>&amp;Tour Player</source>
        <translation>Reproductor de recorridos &amp;guiados</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Recorrido guiado</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>&amp;Open Tour…</source>
        <translation>A&amp;brir recorrido guiado…</translation>
    </message>
    <message>
        <source>&amp;Export Transcript…</source>
        <translation>&amp;Exportar transcripción…</translation>
    </message>
    <message>
        <source>Open Tour</source>
        <translation>Abrir recorrido guiado</translation>
    </message>
    <message>
        <source>%1 is not a tour: %2</source>
        <translation>%1 no es un recorrido guiado: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Next to start.</source>
        <translation>Pulse Siguiente para empezar.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Matched: %1 %2</source>
        <translation>Coincidió: %1 %2</translation>
    </message>
    <message>
        <source>, after the token was renewed</source>
        <translation>, después de renovar el token</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Connect tours (*.json);;All files (*)</source>
        <translation>Recorridos guiados de Connect (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation>Exportar transcripción</translation>
    </message>
    <message>
        <source>connect-tour-transcript.md</source>
        <translation>connect-tour-transcript.md</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The transcript could not be written to %1: %2</source>
        <translation>No se pudo escribir la transcripción en %1: %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::TrustCertificateDialog</name>
    <message>
        <source>Trust This Certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
    <message>
        <source>The server showed a certificate this computer does not trust. Trust it only if its fingerprint is the one the server&apos;s owner gives you: compare it with them (by phone or in person, not through this connection).</source>
        <translation>El servidor presentó un certificado en el que este equipo no confía. Confíe en él solo si su huella digital es la que le da el propietario del servidor: compárela con él (por teléfono o en persona, no a través de esta conexión).</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2%3
Valid from: %4
Valid until: %5
Names: %6
Fingerprint (SHA-256):
%7</source>
        <translation>Sujeto: %1
Emisor: %2%3
Válido desde: %4
Válido hasta: %5
Nombres: %6
Huella digital (SHA-256):
%7</translation>
    </message>
    <message>
        <source> (itself: self-signed)</source>
        <translation> (él mismo: autofirmado)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Trust for This Profile</source>
        <translation>&amp;Confiar para este perfil</translation>
    </message>
    <message>
        <source>This certificate will be trusted for the profile &quot;%1&quot; only, by this fingerprint; remove it in Profile ▸ Trusted Certificates…</source>
        <translation>Se confiará en este certificado solo para el perfil «%1», por esta huella digital; quítelo en Perfil ▸ Certificados de confianza…</translation>
    </message>
</context>
<context>
    <name>cx::gui::TrustedCertificatesDialog</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation>El cambio no se guardó: %1</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1
Pin: %2</source>
        <translation>Huella digital (SHA-256): %1
Pin: %2</translation>
    </message>
    <message>
        <source>Certificate with the SHA-256 fingerprint %1</source>
        <translation>Certificado con la huella digital SHA-256 %1</translation>
    </message>
    <message>
        <source>Trusted Certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message>
        <source>Certificates the profile &quot;%1&quot; trusts by their SHA-256 fingerprint (trusted from the error panel). Remove one and the app no longer trusts that certificate: the next request to its server fails as untrusted and asks again.</source>
        <translation>Certificados en los que el perfil «%1» confía por su huella digital SHA-256 (aprobados desde el panel de errores). Quite uno y la aplicación deja de confiar en ese certificado: la siguiente solicitud a su servidor falla como no fiable y vuelve a preguntar.</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message>
        <source>Certificates trusted for the profile &quot;%1&quot;</source>
        <translation>Certificados de confianza del perfil «%1»</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; trusts no certificate by its fingerprint.</source>
        <translation>El perfil «%1» no confía en ningún certificado por su huella digital.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected certificates</source>
        <translation>Quitar los certificados seleccionados</translation>
    </message>
    <message>
        <source>Remove &amp;All</source>
        <translation>Quitar &amp;todos</translation>
    </message>
    <message>
        <source>Remove all trusted certificates</source>
        <translation>Quitar todos los certificados de confianza</translation>
    </message>
</context>
<context>
    <name>cx::gui::UserGuideDialog</name>
    <message>
        <source>Connect Explorer User Guide</source>
        <translation>Guía del usuario de Connect Explorer</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
</context>
<context>
    <name>cx::gui::VariablesDialog</name>
    <message>
        <source>Variables — %1</source>
        <translation>Variables — %1</translation>
    </message>
    <message>
        <source>Variables of the profile &quot;%1&quot;. Write {{name}} in the path, a query or header value or the body; the value is put in when the request is sent.</source>
        <translation>Variables del perfil &quot;%1&quot;. Escriba {{name}} en la ruta, en un valor de consulta o de cabecera o en el cuerpo; el valor se inserta al enviar la solicitud.</translation>
    </message>
</context>
<context>
    <name>cx::gui::VariablesTable</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>&amp;Añadir variable</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Use a variable as {{name}} in the path, query, headers or body. A secret variable is kept in the keychain and masked in logs, history and exports.</source>
        <translation>Use una variable como {{name}} en la ruta, la consulta, las cabeceras o el cuerpo. Una variable secreta se guarda en el llavero y se enmascara en los registros, el historial y las exportaciones.</translation>
    </message>
</context>
<context>
    <name>cx::sim</name>
    <message>
        <source>A scenario needs a code, as in CODE[@PATH].</source>
        <translation>Un escenario necesita un código, como en CODE[@PATH].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid scenario code.</source>
        <translation>&apos;%1&apos; no es un código de escenario válido.</translation>
    </message>
    <message>
        <source>The scenario path &apos;%1&apos; must start with &apos;/&apos;.</source>
        <translation>La ruta del escenario &apos;%1&apos; debe empezar por &apos;/&apos;.</translation>
    </message>
</context>
<context>
    <name>cx::sim::SimTls</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: no se puede leer (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MiB, not a PEM file.</source>
        <translation>%1: mayor de 1 MiB, no es un archivo PEM.</translation>
    </message>
    <message>
        <source>this Qt has no TLS backend (OpenSSL), so HTTPS cannot be served.</source>
        <translation>este Qt no tiene backend de TLS (OpenSSL), así que no se puede servir HTTPS.</translation>
    </message>
    <message>
        <source>%1: holds no PEM certificate.</source>
        <translation>%1: no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>%1: holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1: no contiene ninguna clave privada PEM sin cifrar (RSA o EC).</translation>
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
        <translation>No se pudo leer la lista de endpoints: %1</translation>
    </message>
    <message>
        <source>Another start&apos;s command line was not understood: %1</source>
        <translation>No se entendió la línea de comandos de otro inicio: %1</translation>
    </message>
</context>
</TS>
