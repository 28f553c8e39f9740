<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConnectCli</name>
    <message>
        <source>--header expects &apos;Name: value&apos;, got &apos;%1&apos;</source>
        <translation>--header attend &apos;Nom: valeur&apos;, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--query expects &apos;name=value&apos;, got &apos;%1&apos;</source>
        <translation>--query attend &apos;nom=valeur&apos;, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Send one request to the Connect API.</source>
        <translation>Envoie une requête à l&apos;API Connect.</translation>
    </message>
    <message>
        <source>Query parameter (repeatable).</source>
        <translation>Paramètre de requête (répétable).</translation>
    </message>
    <message>
        <source>Request header (repeatable).</source>
        <translation>En-tête de requête (répétable).</translation>
    </message>
    <message>
        <source>Request body: JSON text, @file, or @- for standard input.</source>
        <translation>Corps de la requête : texte JSON, @fichier, ou @- pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Affiche un seul objet JSON.</translation>
    </message>
    <message>
        <source>Print the status line and headers before the body.</source>
        <translation>Affiche la ligne d&apos;état et les en-têtes avant le corps.</translation>
    </message>
    <message>
        <source>Give up when nothing arrives for this long (default 30).</source>
        <translation>Abandonne quand rien n&apos;arrive pendant ce délai (30 par défaut).</translation>
    </message>
    <message>
        <source>Send without signing in (no Authorization header).</source>
        <translation>Envoie sans se connecter (pas d&apos;en-tête Authorization).</translation>
    </message>
    <message>
        <source>HTTP method, e.g. GET.</source>
        <translation>Méthode HTTP, par ex. GET.</translation>
    </message>
    <message>
        <source>Path below the base URL, e.g. /api/templates.</source>
        <translation>Chemin sous l&apos;URL de base, par ex. /api/templates.</translation>
    </message>
    <message>
        <source>call expects METHOD and PATH, e.g. connect-cli call GET /api/templates</source>
        <translation>call attend METHOD et PATH, par ex. connect-cli call GET /api/templates</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP method</source>
        <translation>&apos;%1&apos; n&apos;est pas une méthode HTTP</translation>
    </message>
    <message>
        <source>sign-in failed at %1/oauth/access-token</source>
        <translation>échec de la connexion sur %1/oauth/access-token</translation>
    </message>
    <message>
        <source>API base URL, e.g. http://127.0.0.1:8080 (or $CONNECT_BASE_URL).</source>
        <translation>URL de base de l&apos;API, par ex. http://127.0.0.1:8080 (ou $CONNECT_BASE_URL).</translation>
    </message>
    <message>
        <source>OAuth client id (or $CONNECT_CLIENT_ID).</source>
        <translation>ID client OAuth (ou $CONNECT_CLIENT_ID).</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the client secret (default CONNECT_CLIENT_SECRET).</source>
        <translation>Nom de la variable d&apos;environnement qui contient le secret client (CONNECT_CLIENT_SECRET par défaut).</translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation>--base-url doit être une URL http:// ou https://, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the environment variable %1 holding the client secret is not set or empty</source>
        <translation>la variable d&apos;environnement %1 contenant le secret client n&apos;est pas définie ou est vide</translation>
    </message>
    <message>
        <source>sent by the server</source>
        <translation>envoyé par le serveur</translation>
    </message>
    <message>
        <source>Explain a bare error code.</source>
        <translation>Explique un code d&apos;erreur seul.</translation>
    </message>
    <message>
        <source>List every code this version knows.</source>
        <translation>Liste tous les codes connus de cette version.</translation>
    </message>
    <message>
        <source>--status expects an HTTP status from 100 to 599</source>
        <translation>--status attend un statut HTTP de 100 à 599</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Send the request N times in a row over one connection and print a summary (count, ok, failed, total, mean/p50/p95) instead of the bodies.</source>
        <translation>Envoie la requête N fois de suite sur une seule connexion et affiche un résumé (nombre, réussies, échouées, total, moyenne/p50/p95) au lieu des corps.</translation>
    </message>
    <message>
        <source>--repeat expects a number of requests from 1 to 10000000</source>
        <translation>--repeat attend un nombre de requêtes de 1 à 10000000</translation>
    </message>
    <message>
        <source>first failure: %1</source>
        <translation>premier échec : %1</translation>
    </message>
    <message>
        <source>--spec file &apos;%1&apos; is not an OpenAPI document: %2</source>
        <translation>le fichier --spec &apos;%1&apos; n&apos;est pas un document OpenAPI : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a check-up report: %2</source>
        <translation>&apos;%1&apos; n&apos;est pas un rapport de bilan du compte : %2</translation>
    </message>
    <message>
        <source>Check an account: sign in, introspect the token, call every GET endpoint once (and one item of each list) within a time budget and the rate limit, and say what is wrong and what to do.
Exit codes: 0 no check failed (warnings allowed), 1 a check failed, 2 the server is unreachable, 3 sign-in failed, 64 bad command line.
With --compare A.json B.json: compare two saved --json reports (0 identical, 1 they differ).</source>
        <translation>Vérifie un compte : se connecte, inspecte le jeton, appelle une fois chaque point de terminaison GET (et un élément de chaque liste) dans un budget de temps et la limite de débit, et indique ce qui ne va pas et quoi faire.
Codes de sortie : 0 aucune vérification en échec (avertissements autorisés), 1 une vérification a échoué, 2 le serveur est injoignable, 3 échec de la connexion, 64 ligne de commande incorrecte.
Avec --compare A.json B.json : compare deux rapports --json enregistrés (0 identiques, 1 différents).</translation>
    </message>
    <message>
        <source>OpenAPI document to take the endpoints from (default: the built-in one).</source>
        <translation>Document OpenAPI d&apos;où prendre les points de terminaison (par défaut : celui intégré).</translation>
    </message>
    <message>
        <source>Time budget for the whole check-up (default 60).</source>
        <translation>Budget de temps pour tout le bilan du compte (60 par défaut).</translation>
    </message>
    <message>
        <source>Revoke the check-up&apos;s own token at the end.</source>
        <translation>Révoque à la fin le jeton propre au bilan du compte.</translation>
    </message>
    <message>
        <source>Compare two saved reports (REPORT_A.json REPORT_B.json).</source>
        <translation>Compare deux rapports enregistrés (REPORT_A.json REPORT_B.json).</translation>
    </message>
    <message>
        <source>With --compare: the two report files.</source>
        <translation>Avec --compare : les deux fichiers de rapport.</translation>
    </message>
    <message>
        <source>check --compare expects two report files, e.g. connect-cli check --compare a.json b.json</source>
        <translation>check --compare attend deux fichiers de rapport, par ex. connect-cli check --compare a.json b.json</translation>
    </message>
    <message>
        <source>check takes no arguments (&apos;%1&apos;); did you mean --compare?</source>
        <translation>check ne prend pas d&apos;argument (&apos;%1&apos;) ; vouliez-vous dire --compare ?</translation>
    </message>
    <message>
        <source>Use a profile saved in Connect Explorer: its base URL, client id and the secret from the keychain (the options above override it).</source>
        <translation>Utilise un profil enregistré dans Connect Explorer : son URL de base, son ID client et le secret du trousseau (les options ci-dessus ont la priorité).</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;: none is saved yet (create one in Connect Explorer, Profile &gt; New Profile, or use --base-url and --client-id)</source>
        <translation>aucun profil nommé &apos;%1&apos; : aucun n&apos;est encore enregistré (créez-en un dans Connect Explorer, Profil &gt; Nouveau profil, ou utilisez --base-url et --client-id)</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos; (saved profiles: %2)</source>
        <translation>aucun profil nommé &apos;%1&apos; (profils enregistrés : %2)</translation>
    </message>
    <message>
        <source>the Demo profile runs inside Connect Explorer; for the command line start connect-sim and use --base-url with its demo client</source>
        <translation>le profil Demo fonctionne dans Connect Explorer ; en ligne de commande, lancez connect-sim et utilisez --base-url avec son client de démonstration</translation>
    </message>
    <message>
        <source>no keychain is available here (%1)</source>
        <translation>aucun trousseau n&apos;est disponible ici (%1)</translation>
    </message>
    <message>
        <source>no secret is stored in the keychain for it</source>
        <translation>aucun secret n&apos;est stocké pour lui dans le trousseau</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no client secret to use: %2. Tick &quot;Remember the secret in the keychain&quot; for it in Connect Explorer, or pass --client-secret-env VAR with the secret in the environment variable VAR</source>
        <translation>le profil &apos;%1&apos; n&apos;a pas de secret client utilisable : %2. Cochez « Mémoriser le secret dans le trousseau » pour ce profil dans Connect Explorer, ou passez --client-secret-env VAR avec le secret dans la variable d&apos;environnement VAR</translation>
    </message>
    <message>
        <source>--base-url is required (or set CONNECT_BASE_URL, or use --profile NAME)</source>
        <translation>--base-url est obligatoire (ou définissez CONNECT_BASE_URL, ou utilisez --profile NAME)</translation>
    </message>
    <message>
        <source>--client-id is required (or set CONNECT_CLIENT_ID, or use --profile NAME)</source>
        <translation>--client-id est obligatoire (ou définissez CONNECT_CLIENT_ID, ou utilisez --profile NAME)</translation>
    </message>
    <message>
        <source>Not an error: status %1.</source>
        <translation>Pas une erreur : statut %1.</translation>
    </message>
    <message>
        <source>derived from the status and headers</source>
        <translation>déduit du statut et des en-têtes</translation>
    </message>
    <message>
        <source>code:        %1 (%2)</source>
        <translation>code :       %1 (%2)</translation>
    </message>
    <message>
        <source>status:      %1</source>
        <translation>statut :     %1</translation>
    </message>
    <message>
        <source>body:        %1</source>
        <translation>corps :      %1</translation>
    </message>
    <message>
        <source>message:     %1</source>
        <translation>message :    %1</translation>
    </message>
    <message>
        <source>action:      %1</source>
        <translation>action :     %1</translation>
    </message>
    <message>
        <source>meaning:     %1</source>
        <translation>sens :       %1</translation>
    </message>
    <message>
        <source>what to do:  %1</source>
        <translation>que faire :  %1</translation>
    </message>
    <message>
        <source>retry after: %1 s</source>
        <translation>attendre :   %1 s</translation>
    </message>
    <message>
        <source>note:        this code is unknown to this version of Connect Explorer.</source>
        <translation>remarque :   ce code est inconnu de cette version de Connect Explorer.</translation>
    </message>
    <message>
        <source>The HTTP status that came with the body.</source>
        <translation>Le statut HTTP reçu avec le corps.</translation>
    </message>
    <message>
        <source>A response header, &apos;Name: value&apos; (repeatable). Content-Type, WWW-Authenticate and Retry-After are read.</source>
        <translation>Un en-tête de réponse, &apos;Nom: valeur&apos; (répétable). Content-Type, WWW-Authenticate et Retry-After sont lus.</translation>
    </message>
    <message>
        <source>Print it for people, not as JSON.</source>
        <translation>L&apos;affiche pour des humains, pas en JSON.</translation>
    </message>
    <message>
        <source>Print JSON (the default).</source>
        <translation>Affiche du JSON (par défaut).</translation>
    </message>
    <message>
        <source>The response body; &apos;-&apos; or none for standard input.</source>
        <translation>Le corps de la réponse ; &apos;-&apos; ou rien pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--header expects &apos;Name: value&apos;, not &apos;%1&apos;</source>
        <translation>--header attend &apos;Nom: valeur&apos;, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>explain reads one FILE (or &apos;-&apos; for standard input)</source>
        <translation>explain lit un seul FILE (ou &apos;-&apos; pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>give an error body (FILE or standard input), --status, or --code (see --help)</source>
        <translation>fournissez un corps d&apos;erreur (FILE ou entrée standard), --status ou --code (voir --help)</translation>
    </message>
    <message>
        <source>Usage: connect-cli tour run FILE|builtin:NAME [--json] [--transcript FILE]
                  [--base-url URL --client-id ID --client-secret-env VAR | --profile NAME]
       connect-cli tour validate FILE|builtin:NAME
</source>
        <translation>Utilisation : connect-cli tour run FILE|builtin:NAME [--json] [--transcript FILE]
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
        <translation>Joue une visite guidée sans interface et vérifie le résultat de chaque étape.
  tour run FILE|builtin:NAME      la joue contre le serveur et affiche chaque verdict
  tour validate FILE|builtin:NAME vérifie uniquement le fichier
Visites guidées intégrées : %1
Codes de sortie : 0 toutes les étapes correspondent (étapes ignorées autorisées), 1 une étape a échoué (nommée), 64 fichier de visite guidée mal formé ou ligne de commande incorrecte.</translation>
    </message>
    <message>
        <source>Also write the Markdown transcript (secrets masked) to FILE.</source>
        <translation>Écrit aussi la transcription Markdown (secrets masqués) dans FILE.</translation>
    </message>
    <message>
        <source>run or validate</source>
        <translation>run ou validate</translation>
    </message>
    <message>
        <source>The tour file, or builtin:NAME.</source>
        <translation>Le fichier de visite guidée, ou builtin:NAME.</translation>
    </message>
    <message>
        <source>tour needs a verb: run or validate</source>
        <translation>tour demande un verbe : run ou validate</translation>
    </message>
    <message>
        <source>unknown tour verb &apos;%1&apos; (run or validate)</source>
        <translation>verbe de tour inconnu &apos;%1&apos; (run ou validate)</translation>
    </message>
    <message>
        <source>tour %1 takes exactly one tour file</source>
        <translation>tour %1 prend exactement un fichier de visite guidée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: a valid tour, &quot;%2&quot;, %n step(s)
</source>
        <translation>
            <numerusform>%1 : une visite guidée valide, « %2 », %n étape
</numerusform>
            <numerusform>%1 : une visite guidée valide, « %2 », %n étapes
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tour &quot;%1&quot; against %2, %n step(s)
</source>
        <translation>
            <numerusform>Visite guidée « %1 » contre %2, %n étape
</numerusform>
            <numerusform>Visite guidée « %1 » contre %2, %n étapes
</numerusform>
        </translation>
    </message>
    <message>
        <source>: no response (%1)</source>
        <translation>: pas de réponse (%1)</translation>
    </message>
    <message>
        <source>, token renewed and replayed</source>
        <translation>, jeton renouvelé et requête rejouée</translation>
    </message>
    <message>
        <source>cannot write the transcript to &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire la transcription dans &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>Every step matched (%1 skipped: no simulator control here).
</source>
        <translation>Toutes les étapes correspondent (%1 ignorées : pas de contrôle du simulateur ici).
</translation>
    </message>
    <message>
        <source>Every step matched.
</source>
        <translation>Toutes les étapes correspondent.
</translation>
    </message>
    <message>
        <source>tour failed at step &quot;%1&quot; (%2 of %3, %4): %5</source>
        <translation>la visite guidée a échoué à l&apos;étape « %1 » (%2 sur %3, %4) : %5</translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-8; use --data-binary @file for binary bodies</source>
        <translation>%1 : le texte n&apos;est pas de l&apos;UTF-8 valide ; utilisez --data-binary @fichier pour les corps binaires</translation>
    </message>
    <message>
        <source>%1: %2 (raise the limit with --max-body)</source>
        <translation>%1 : %2 (augmentez la limite avec --max-body)</translation>
    </message>
    <message>
        <source>--header &apos;%1&apos;: the name %2</source>
        <translation>--header &apos;%1&apos; : le nom %2</translation>
    </message>
    <message>
        <source>--header &apos;%1&apos;: the value %2</source>
        <translation>--header &apos;%1&apos; : la valeur %2</translation>
    </message>
    <message>
        <source>Request body from @file (or @- for standard input), sent byte for byte.</source>
        <translation>Corps de la requête depuis @fichier (ou @- pour l&apos;entrée standard), envoyé octet par octet.</translation>
    </message>
    <message>
        <source>Refuse a --data/--data-binary file larger than this (bytes, or with K, M or G; default 256M).</source>
        <translation>Refuse un fichier --data/--data-binary plus grand que cette taille (en octets, ou avec K, M ou G ; 256M par défaut).</translation>
    </message>
    <message>
        <source>Give up when the whole call, redirects and body included, takes longer than this (default 300).</source>
        <translation>Abandonne quand l&apos;appel entier, redirections et corps compris, dure plus longtemps que ce délai (300 par défaut).</translation>
    </message>
    <message>
        <source>--max-body expects a size from 1 byte to 2G, e.g. 1048576, 512K or 64M</source>
        <translation>--max-body attend une taille de 1 octet à 2G, par ex. 1048576, 512K ou 64M</translation>
    </message>
    <message>
        <source>give the body once: --data or --data-binary</source>
        <translation>indiquez le corps une seule fois : --data ou --data-binary</translation>
    </message>
    <message>
        <source>note: followed a redirect from https to plain http (%1): the rest of the exchange was not encrypted</source>
        <translation>remarque : une redirection de https vers http non chiffré a été suivie (%1) : le reste de l&apos;échange n&apos;était pas chiffré</translation>
    </message>
    <message>
        <source>cannot read --spec file: %1</source>
        <translation>impossible de lire le fichier --spec : %1</translation>
    </message>
    <message>
        <source>cannot read report: %1</source>
        <translation>impossible de lire le rapport : %1</translation>
    </message>
    <message>
        <source>Token request format: %1</source>
        <translation>Format de la requête de jeton : %1</translation>
    </message>
    <message>
        <source>%1 expects a number of seconds from %2 to %3</source>
        <translation>%1 attend un nombre de secondes de %2 à %3</translation>
    </message>
    <message>
        <source>endpoint:    %1</source>
        <translation>point de terminaison : %1</translation>
    </message>
    <message>
        <source>field:       %1: %2</source>
        <translation>champ :      %1 : %2</translation>
    </message>
    <message>
        <source>missing:     %1</source>
        <translation>manquantes : %1</translation>
    </message>
    <message>
        <source>Explain an error response of the Connect API: its code, what it means and what to do.
Reads the body from FILE, or from standard input (&apos;-&apos;, or no FILE), and prints one JSON object
{status, code, code_from_server, message, action, meaning, hint, retry_after_s, layer, fields,
missing_scopes}.</source>
        <translation>Explique une réponse d&apos;erreur de l&apos;API Connect : son code, ce qu&apos;il signifie et quoi faire.
Lit le corps depuis FILE, ou depuis l&apos;entrée standard (&apos;-&apos;, ou sans FILE), et affiche un objet JSON
{status, code, code_from_server, message, action, meaning, hint, retry_after_s, layer, fields,
missing_scopes}.</translation>
    </message>
    <message>
        <source>The path that answered, such as /oauth/access-token or /api/templates: the same status means different things at the token endpoint and on /api/*.</source>
        <translation>Le chemin qui a répondu, par exemple /oauth/access-token ou /api/templates : un même statut n&apos;a pas le même sens au point de terminaison du jeton et sur /api/*.</translation>
    </message>
    <message>
        <source>The scopes the token was granted, separated by spaces or commas, to name the missing ones of a permission error.</source>
        <translation>Les portées accordées au jeton, séparées par des espaces ou des virgules, pour nommer celles qui manquent lors d&apos;une erreur d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Also list every assumption of the OpenAPI document (x-sim-assumption) as held, differed or untested by this server, with what was seen instead.</source>
        <translation>Liste aussi chaque hypothèse du document OpenAPI (x-sim-assumption) comme validée, divergente ou inconnue (non testée) pour ce serveur, avec ce qui a été observé à la place.</translation>
    </message>
    <message>
        <source>--var expects &apos;NAME=VALUE&apos; with a name without braces, line breaks or spaces at either end, got &apos;%1&apos;</source>
        <translation>--var attend &apos;NAME=VALUE&apos; avec un nom sans accolades, sans sauts de ligne ni espaces aux extrémités, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unresolved variable(s): %1; give each with --var NAME=VALUE or define it in the profile (--profile NAME)</source>
        <translation>variable(s) non résolue(s) : %1 ; indiquez chacune avec --var NAME=VALUE ou définissez-la dans le profil (--profile NAME)</translation>
    </message>
    <message>
        <source>the header &apos;%1&apos; with its variables resolved: %2</source>
        <translation>l&apos;en-tête &apos;%1&apos; avec ses variables résolues : %2</translation>
    </message>
    <message>
        <source>Variable for {{NAME}} in the path, query, headers and body (repeatable); comes before the variables of --profile.</source>
        <translation>Variable pour {{NAME}} dans le chemin, les paramètres de requête, les en-têtes et le corps (répétable) ; passe avant les variables de --profile.</translation>
    </message>
    <message>
        <source>Send through this proxy: http://[USER@]HOST:PORT or socks5://HOST:PORT (its password from $CONNECT_PROXY_PASSWORD). Default: the environment&apos;s https_proxy/http_proxy.</source>
        <translation>Envoie via ce proxy : http://[USER@]HOST:PORT ou socks5://HOST:PORT (son mot de passe vient de $CONNECT_PROXY_PASSWORD). Par défaut : https_proxy/http_proxy de l&apos;environnement.</translation>
    </message>
    <message>
        <source>Connect directly, whatever the environment says.</source>
        <translation>Se connecte directement, quoi que dise l&apos;environnement.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file or folder (repeatable).</source>
        <translation>Fait aussi confiance aux certificats d&apos;AC de ce fichier ou dossier PEM (répétable).</translation>
    </message>
    <message>
        <source>Client certificate: PEM (with --key) or PKCS#12 (.p12/.pfx); a passphrase is read from $CONNECT_CERT_PASSPHRASE.</source>
        <translation>Certificat client : PEM (avec --key) ou PKCS#12 (.p12/.pfx) ; une phrase secrète est lue dans $CONNECT_CERT_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The PEM private key of --cert.</source>
        <translation>La clé privée PEM de --cert.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint, sha256/BASE64 as an error shows it (repeatable).</source>
        <translation>Fait confiance au certificat du serveur ayant cette empreinte SHA-256, sha256/BASE64 tel qu&apos;une erreur l&apos;affiche (répétable).</translation>
    </message>
    <message>
        <source>--proxy and --no-proxy exclude each other</source>
        <translation>--proxy et --no-proxy s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy : %1</translation>
    </message>
    <message>
        <source>--key needs --cert</source>
        <translation>--key nécessite --cert</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Convert customer material: a cURL command (several with --next or one after the other), a HAR file, a Postman (v2.1) or Insomnia (v4/v5) collection, into JSON, code or a HAR/Postman file.
--to json prints one array [{name, method, url, headers: [[name, value]...], body_base64, notes}].
What cannot be read exactly is refused (exit 64) with the option or field at fault; what the target cannot express is said in a &apos;note:&apos; line on standard error.</source>
        <translation>Convertit le matériel d&apos;un client : une commande cURL (plusieurs avec --next ou l&apos;une après l&apos;autre), un fichier HAR, une collection Postman (v2.1) ou Insomnia (v4/v5), en JSON, en code ou en fichier HAR/Postman.
--to json affiche un tableau [{name, method, url, headers: [[name, value]...], body_base64, notes}].
Ce qui ne peut pas être lu exactement est refusé (code de sortie 64) avec l&apos;option ou le champ en cause ; ce que la cible ne peut pas exprimer est signalé par une ligne &apos;note:&apos; sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>What the input is: %1. Without it the content decides, when it is clear.</source>
        <translation>Nature de l&apos;entrée : %1. Sans cette option, le contenu en décide, lorsqu&apos;il est sans ambiguïté.</translation>
    </message>
    <message>
        <source>What to write: %1.</source>
        <translation>Ce qu&apos;il faut écrire : %1.</translation>
    </message>
    <message>
        <source>Write Authorization headers and other secrets as they are (masked otherwise).</source>
        <translation>Écrit les en-têtes Authorization et les autres secrets tels quels (masqués sinon).</translation>
    </message>
    <message>
        <source>The profile&apos;s base URL: a HAR&apos;s Connect calls are those on its origin.</source>
        <translation>L&apos;URL de base du profil : les appels Connect d&apos;un HAR sont ceux vers son origine.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrit dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>The input; &apos;-&apos; or none for standard input.</source>
        <translation>L&apos;entrée ; &apos;-&apos; ou rien pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>convert reads one input; got %1</source>
        <translation>convert lit une seule entrée ; reçu %1</translation>
    </message>
    <message>
        <source>--to is required: %1</source>
        <translation>--to est obligatoire : %1</translation>
    </message>
    <message>
        <source>--to %1 is not a format convert writes: %2</source>
        <translation>--to %1 n&apos;est pas un format que convert écrit : %2</translation>
    </message>
    <message>
        <source>--from %1 is not a format convert reads: %2</source>
        <translation>--from %1 n&apos;est pas un format que convert lit : %2</translation>
    </message>
    <message>
        <source>cannot tell what %1 is: give --from (%2)</source>
        <translation>impossible de déterminer ce qu&apos;est %1 : indiquez --from (%2)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>--compare-profile %1: %2</source>
        <translation>--compare-profile %1 : %2</translation>
    </message>
    <message>
        <source>Send the same request as the saved profile NAME too (its own URL, client and token) and print both statuses and what differs in status, headers and body. Exit 0 when equal, 1 when different.</source>
        <translation>Envoie aussi la même requête avec le profil enregistré NAME (avec sa propre URL, son client et son jeton) et affiche les deux statuts ainsi que les différences de statut, d&apos;en-têtes et de corps. Code de sortie 0 si identiques, 1 si différentes.</translation>
    </message>
    <message>
        <source>Environment variable holding the client secret of --compare-profile&apos;s profile, when the keychain has none.</source>
        <translation>Variable d&apos;environnement contenant le secret client du profil de --compare-profile, quand le trousseau n&apos;en a pas.</translation>
    </message>
    <message>
        <source>With --compare-profile: leave out this path and everything below it (repeatable), e.g. meta.request_id or data[*].updated_at; see connect-cli diff --help.</source>
        <translation>Avec --compare-profile : ignore ce chemin et tout ce qu&apos;il contient (répétable), par ex. meta.request_id ou data[*].updated_at ; voir connect-cli diff --help.</translation>
    </message>
    <message>
        <source>With --compare-profile: also compare the headers that change with every response.</source>
        <translation>Avec --compare-profile : compare aussi les en-têtes qui changent à chaque réponse.</translation>
    </message>
    <message>
        <source>--%1 needs --compare-profile</source>
        <translation>--%1 nécessite --compare-profile</translation>
    </message>
    <message>
        <source>--compare-profile and --repeat exclude each other</source>
        <translation>--compare-profile et --repeat s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2): sign-in failed at %3/oauth/access-token</source>
        <translation>%1 (%2) : échec de la connexion sur %3/oauth/access-token</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 (%2): HTTP %3 %4</source>
        <translation>%1 (%2) : HTTP %3 %4</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at offset %3</source>
        <translation>%1 n&apos;est pas du JSON : %2 à la position %3</translation>
    </message>
    <message>
        <source>Compare two responses, JSON-aware: objects by key (their order does not matter), lists of objects with an id by id, other arrays by position. A and B are two outputs of &apos;connect-cli call --json&apos; (status, headers and body are compared) or two JSON bodies.
Exit codes: 0 equal, 1 different, 2 bad command line or a file that cannot be read or is not JSON.</source>
        <translation>Compare deux réponses en tenant compte du JSON : les objets par clé (leur ordre n&apos;importe pas), les listes d&apos;objets ayant un id par id, les autres tableaux par position. A et B sont deux sorties de &apos;connect-cli call --json&apos; (le statut, les en-têtes et le corps sont comparés) ou deux corps JSON.
Codes de sortie : 0 identiques, 1 différentes, 2 ligne de commande incorrecte ou fichier illisible ou qui n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>Leave out this path and everything below it (repeatable): e.g. meta.request_id, data[*].updated_at (* any key, [*] any item, [3], [id=tpl_7]). In call outputs a path that does not start with status, headers or body is taken within the body.</source>
        <translation>Ignore ce chemin et tout ce qu&apos;il contient (répétable) : par ex. meta.request_id, data[*].updated_at (* n&apos;importe quelle clé, [*] n&apos;importe quel élément, [3], [id=tpl_7]). Dans les sorties de call, un chemin qui ne commence pas par status, headers ou body est pris dans le corps.</translation>
    </message>
    <message>
        <source>Also compare the headers that change with every response (%1).</source>
        <translation>Compare aussi les en-têtes qui changent à chaque réponse (%1).</translation>
    </message>
    <message>
        <source>Print one JSON object: {equal, summary, changes}.</source>
        <translation>Affiche un seul objet JSON : {equal, summary, changes}.</translation>
    </message>
    <message>
        <source>The first response (a file, or - for standard input).</source>
        <translation>La première réponse (un fichier, ou - pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>The second response.</source>
        <translation>La seconde réponse.</translation>
    </message>
    <message>
        <source>diff expects two files, e.g. connect-cli diff a.json b.json</source>
        <translation>diff attend deux fichiers, par ex. connect-cli diff a.json b.json</translation>
    </message>
    <message>
        <source>Write the evidence for a support ticket as one .zip: the customer&apos;s HAR with each call&apos;s decided error code, the reproduction (history entries as HAR), the check-up report and a README.md that names the decided cause and the fix. Tokens and the client secret are masked.
Exit codes: 0 written, 1 it could not be written, 64 bad input.</source>
        <translation>Écrit les preuves pour un ticket de support dans un seul .zip : le HAR du client avec le code d&apos;erreur retenu pour chaque appel, la reproduction (entrées de l&apos;historique en HAR), le rapport du bilan du compte et un README.md qui nomme la cause retenue et la correction. Les jetons et le secret client sont masqués.
Codes de sortie : 0 écrit, 1 écriture impossible, 64 entrée incorrecte.</translation>
    </message>
    <message>
        <source>The archive to write (case.zip).</source>
        <translation>L&apos;archive à écrire (case.zip).</translation>
    </message>
    <message>
        <source>The customer&apos;s HAR file.</source>
        <translation>Le fichier HAR du client.</translation>
    </message>
    <message>
        <source>Run the account check-up (with the connection options) and include its report.</source>
        <translation>Lance le bilan du compte (avec les options de connexion) et inclut son rapport.</translation>
    </message>
    <message>
        <source>Ids of Connect Explorer history entries to include as the reproduction, separated by commas (repeatable).</source>
        <translation>ID des entrées de l&apos;historique de Connect Explorer à inclure comme reproduction, séparés par des virgules (répétable).</translation>
    </message>
    <message>
        <source>The history file to take --calls from (default: Connect Explorer&apos;s, %1).</source>
        <translation>Le fichier d&apos;historique d&apos;où prendre --calls (par défaut : celui de Connect Explorer, %1).</translation>
    </message>
    <message>
        <source>A saved response comparison (a JSON object) to include (repeatable).</source>
        <translation>Une comparaison de réponses enregistrée (un objet JSON) à inclure (répétable).</translation>
    </message>
    <message>
        <source>evidence takes no arguments (&apos;%1&apos;); name the archive with -o FILE</source>
        <translation>evidence ne prend pas d&apos;argument (&apos;%1&apos;) ; nommez l&apos;archive avec -o FILE</translation>
    </message>
    <message>
        <source>evidence needs the archive to write: -o case.zip</source>
        <translation>evidence a besoin de l&apos;archive à écrire : -o case.zip</translation>
    </message>
    <message>
        <source>--har: &apos;%1&apos; is not a file</source>
        <translation>--har : &apos;%1&apos; n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>--comparison: %1</source>
        <translation>--comparison : %1</translation>
    </message>
    <message>
        <source>--comparison: &apos;%1&apos; is not a JSON object</source>
        <translation>--comparison : &apos;%1&apos; n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>evidence needs something to put in: --har FILE, --check, --calls IDS or --comparison FILE</source>
        <translation>evidence a besoin de quelque chose à inclure : --har FILE, --check, --calls IDS ou --comparison FILE</translation>
    </message>
    <message>
        <source>--calls: there is no history file at %1 (send a request in Connect Explorer first, or name the file with --history)</source>
        <translation>--calls : il n&apos;y a pas de fichier d&apos;historique dans %1 (envoyez d&apos;abord une requête dans Connect Explorer, ou indiquez le fichier avec --history)</translation>
    </message>
    <message>
        <source>--calls: the history file %1 cannot be read: %2</source>
        <translation>--calls : le fichier d&apos;historique %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>--calls: no history entry has the id &apos;%1&apos; (in %2)</source>
        <translation>--calls : aucune entrée de l&apos;historique n&apos;a l&apos;ID &apos;%1&apos; (dans %2)</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>evidence : %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Decided cause: %1</source>
        <translation>Cause retenue : %1</translation>
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
        <translation>Utilisation : connect-cli COMMAND [options]

Commandes :
  call METHOD PATH   se connecte avec les identifiants client et envoie une requête
  explain [FILE|-]   explique une réponse d&apos;erreur (corps, --status, --header) : un objet
                     JSON avec son code, action, meaning, hint et retry_after_s
  check              vérifie un compte : connexion, portées, chaque point de terminaison GET, limites
  check --compare A.json B.json   compare deux rapports de bilan du compte enregistrés
  tour run FILE      joue une visite guidée sans interface et vérifie chaque étape
                     (FILE ou builtin:connect-api-in-five-minutes)
  tour validate FILE vérifie un fichier de visite guidée : sa ligne et son champ en cause
  convert [FILE|-] --to FORMAT   convertit une commande cURL, un fichier HAR ou une collection
                     Postman/Insomnia en JSON, cURL, HTTPie, Python, JS, C++/Qt,
                     HAR ou Postman (--from curl|har|postman|insomnia)
  diff A.json B.json compare deux réponses (sorties de call --json ou corps) par
                     chemin JSON ; call --compare-profile B envoie avec deux profils
  evidence -o FILE   rassemble une archive de preuves masquées (.zip) pour un ticket

Lancez &apos;connect-cli COMMAND --help&apos; pour les options d&apos;une commande.
Codes de sortie : 0 succès (2xx), 1 erreur HTTP, 2 pas de réponse (refusée, DNS, délai dépassé,
TLS, connexion perdue), 3 connexion refusée, 64 ligne de commande incorrecte.
Le secret client est lu dans une variable d&apos;environnement (--client-secret-env,
CONNECT_CLIENT_SECRET par défaut), jamais sur la ligne de commande ; avec --profile NAME
(un profil enregistré dans Connect Explorer), dans le trousseau du système.
</translation>
    </message>
</context>
<context>
    <name>ConnectSim</name>
    <message>
        <source>Try &apos;connect-sim --help&apos; for the options.</source>
        <translation>Essayez &apos;connect-sim --help&apos; pour voir les options.</translation>
    </message>
    <message>
        <source>A local simulator of the Cliquify Connect API, for demos and tests.</source>
        <translation>Un simulateur local de l&apos;API Cliquify Connect, pour les démonstrations et les tests.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port d&apos;écoute ; 0 en choisit un libre.</translation>
    </message>
    <message>
        <source>Address to listen on (loopback by default).</source>
        <translation>Adresse d&apos;écoute (boucle locale par défaut).</translation>
    </message>
    <message>
        <source>Client id the token endpoint accepts.</source>
        <translation>ID client accepté par le point de terminaison du jeton.</translation>
    </message>
    <message>
        <source>Client secret the token endpoint accepts.</source>
        <translation>Secret client accepté par le point de terminaison du jeton.</translation>
    </message>
    <message>
        <source>Comma-separated scopes granted to tokens.</source>
        <translation>Portées accordées aux jetons, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Requests per second per client, e.g. 5/s (0 = none).</source>
        <translation>Requêtes par seconde et par client, par ex. 5/s (0 = aucune limite).</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation>Durée de vie du jeton d&apos;accès en secondes.</translation>
    </message>
    <message>
        <source>Answer requests under PATH (default: all /api paths) with error CODE, or a fault: delay, stall, drop, html_502. Repeatable.</source>
        <translation>Répond aux requêtes sous PATH (par défaut : tous les chemins /api) avec l&apos;erreur CODE, ou une panne : delay, stall, drop, html_502. Répétable.</translation>
    </message>
    <message>
        <source>Delay used by &apos;delay&apos; scenarios.</source>
        <translation>Délai utilisé par les scénarios &apos;delay&apos;.</translation>
    </message>
    <message>
        <source>Seed of the generated data.</source>
        <translation>Graine des données générées.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port doit être un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>--bind must be an IP address.</source>
        <translation>--bind doit être une adresse IP.</translation>
    </message>
    <message>
        <source>--client-id and --client-secret must not be empty.</source>
        <translation>--client-id et --client-secret ne doivent pas être vides.</translation>
    </message>
    <message>
        <source>--rate-limit must look like 10/s.</source>
        <translation>--rate-limit doit ressembler à 10/s.</translation>
    </message>
    <message>
        <source>--token-lifetime must be a positive number of seconds.</source>
        <translation>--token-lifetime doit être un nombre positif de secondes.</translation>
    </message>
    <message>
        <source>--delay-ms must be a number of milliseconds.</source>
        <translation>--delay-ms doit être un nombre de millisecondes.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation>--seed doit être un nombre positif ou nul.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a code of the error catalogue nor a fault. Known: %2.</source>
        <translation>&apos;%1&apos; n&apos;est ni un code du catalogue d&apos;erreurs ni une panne. Connus : %2.</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>impossible d&apos;écouter sur %1:%2</translation>
    </message>
    <message>
        <source>client id:     %1</source>
        <translation>ID client :     %1</translation>
    </message>
    <message>
        <source>client secret: %1</source>
        <translation>secret client : %1</translation>
    </message>
    <message>
        <source>scopes:        %1</source>
        <translation>portées :       %1</translation>
    </message>
    <message>
        <source>rate limit:    %1 requests/s per client</source>
        <translation>limite débit :  %1 requêtes/s par client</translation>
    </message>
    <message>
        <source>scenario:      %1 on %2</source>
        <translation>scénario :      %1 sur %2</translation>
    </message>
    <message>
        <source>OpenAPI:       %1/openapi.json</source>
        <translation>OpenAPI :       %1/openapi.json</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>connect-sim stopped.</source>
        <translation>connect-sim arrêté.</translation>
    </message>
    <message>
        <source>Connections kept open at most; at the cap the longest idle one is closed, or a newcomer gets 503 when every connection is waiting for an answer.</source>
        <translation>Nombre maximal de connexions maintenues ouvertes ; au plafond, la plus longtemps inactive est fermée, ou une nouvelle connexion reçoit 503 quand toutes attendent une réponse.</translation>
    </message>
    <message>
        <source>Close a connection after this many seconds without a byte either way.</source>
        <translation>Ferme une connexion après ce nombre de secondes sans aucun octet dans un sens ou dans l&apos;autre.</translation>
    </message>
    <message>
        <source>Answer 408 when a request head takes longer than this many seconds to arrive.</source>
        <translation>Répond 408 quand le début d&apos;une requête (ligne et en-têtes) met plus que ce nombre de secondes à arriver.</translation>
    </message>
    <message>
        <source>Answer 413 to request bodies larger than this.</source>
        <translation>Répond 413 aux corps de requête plus grands que cette valeur.</translation>
    </message>
    <message>
        <source>--max-connections must be a positive number.</source>
        <translation>--max-connections doit être un nombre positif.</translation>
    </message>
    <message>
        <source>--idle-timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--idle-timeout doit être un nombre de secondes de 1 à 86400.</translation>
    </message>
    <message>
        <source>--head-timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--head-timeout doit être un nombre de secondes de 1 à 86400.</translation>
    </message>
    <message>
        <source>--max-body-bytes must be a non-negative number of bytes.</source>
        <translation>--max-body-bytes doit être un nombre d&apos;octets positif ou nul.</translation>
    </message>
    <message>
        <source>warning: listening on %1, not on loopback: anyone who can reach this machine can use the simulator, its demo credentials and its /_sim control API.</source>
        <translation>avertissement : écoute sur %1, pas sur la boucle locale : quiconque peut joindre cette machine peut utiliser le simulateur, ses identifiants de démonstration et son API de contrôle /_sim.</translation>
    </message>
    <message>
        <source>reachable at:  %1</source>
        <translation>joignable à :   %1</translation>
    </message>
    <message>
        <source>Error shapes: code-message ({&quot;code&quot;,&quot;message&quot;} everywhere) or documented (the public docs&apos; shapes by layer).</source>
        <translation>Forme des erreurs : code-message ({&quot;code&quot;,&quot;message&quot;} partout) ou documented (les formes de la documentation publique selon la couche).</translation>
    </message>
    <message>
        <source>Token request bodies the token endpoint reads: json, form or both.</source>
        <translation>Corps de requête de jeton que lit le point de terminaison du jeton : json, form ou both.</translation>
    </message>
    <message>
        <source>Scopes a resource route requires: per-resource (profile:read plus the resource&apos;s scope) or all (profile:read, templates:read and assets:read everywhere).</source>
        <translation>Portées qu&apos;exige une route de ressource : per-resource (profile:read plus la portée de la ressource) ou all (profile:read, templates:read et assets:read partout).</translation>
    </message>
    <message>
        <source>--dialect must be code-message or documented.</source>
        <translation>--dialect doit valoir code-message ou documented.</translation>
    </message>
    <message>
        <source>--token-format must be json, form or both.</source>
        <translation>--token-format doit valoir json, form ou both.</translation>
    </message>
    <message>
        <source>--scope-model must be per-resource or all.</source>
        <translation>--scope-model doit valoir per-resource ou all.</translation>
    </message>
    <message>
        <source>dialect:       %1, token format %2, scope model %3</source>
        <translation>dialecte :      %1, format de jeton %2, modèle de portées %3</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (chain); needs --tls-key.</source>
        <translation>Sert du HTTPS avec ce certificat PEM (chaîne) ; nécessite --tls-key.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert (unencrypted).</source>
        <translation>La clé privée PEM de --tls-cert (non chiffrée).</translation>
    </message>
    <message>
        <source>Require a client certificate issued by a CA in this PEM file (with --tls-cert).</source>
        <translation>Exige un certificat client émis par une AC de ce fichier PEM (avec --tls-cert).</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together (and --client-ca needs both).</source>
        <translation>--tls-cert et --tls-key vont ensemble (et --client-ca nécessite les deux).</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>Échec de la négociation TLS : %1</translation>
    </message>
</context>
<context>
    <name>CurlPaste</name>
    <message>
        <source>This is not a cURL command.</source>
        <translation>Ce n&apos;est pas une commande cURL.</translation>
    </message>
    <message>
        <source>The Authorization header holds a placeholder, so it was left out: the signed-in session&apos;s token is sent instead.</source>
        <translation>L&apos;en-tête Authorization contient un espace réservé, il a donc été omis : le jeton de la session connectée est envoyé à la place.</translation>
    </message>
    <message>
        <source>The command calls %1, not this profile&apos;s server (%2). The new tab sends its path to %2.</source>
        <translation>La commande appelle %1, et non le serveur de ce profil (%2). Le nouvel onglet envoie son chemin à %2.</translation>
    </message>
    <message numerus="yes">
        <source>The body is %n byte(s) of binary data, which a request tab cannot hold as they are: use connect-cli convert or call --data @file to send it exactly.</source>
        <translation>
            <numerusform>Le corps est constitué de %n octet de données binaires, qu&apos;un onglet de requête ne peut pas contenir tel quel : utilisez connect-cli convert ou call --data @file pour l&apos;envoyer exactement.</numerusform>
            <numerusform>Le corps est constitué de %n octets de données binaires, qu&apos;un onglet de requête ne peut pas contenir tels quels : utilisez connect-cli convert ou call --data @file pour l&apos;envoyer exactement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first request is used; left out: %1</source>
        <translation>Seule la première requête est utilisée ; omis : %1</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>a JSON path starts with &apos;$&apos; (e.g. $.data[0].id)</source>
        <translation>un chemin JSON commence par &apos;$&apos; (par ex. $.data[0].id)</translation>
    </message>
    <message>
        <source>a name is expected after &apos;.&apos; at character %1</source>
        <translation>un nom est attendu après &apos;.&apos; au caractère %1</translation>
    </message>
    <message>
        <source>an unterminated [&apos;name&apos;] at character %1</source>
        <translation>un [&apos;nom&apos;] non terminé au caractère %1</translation>
    </message>
    <message>
        <source>an index [N] (a number at least 0) is expected at character %1</source>
        <translation>un index [N] (un nombre supérieur ou égal à 0) est attendu au caractère %1</translation>
    </message>
    <message>
        <source>the index at character %1 is too large</source>
        <translation>l&apos;index au caractère %1 est trop grand</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at character %2 (use .name, [&apos;name&apos;] or [N])</source>
        <translation>&apos;%1&apos; inattendu au caractère %2 (utilisez .nom, [&apos;nom&apos;] ou [N])</translation>
    </message>
</context>
<context>
    <name>TourLoader</name>
    <message>
        <source>%1 is not a field of the tour format (known here: %2)</source>
        <translation>%1 n&apos;est pas un champ du format de visite guidée (connus ici : %2)</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 doit être un entier</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3, not %4</source>
        <translation>%1 doit être compris entre %2 et %3, et non %4</translation>
    </message>
    <message>
        <source>%1.method must be one of %2, not &apos;%3&apos;</source>
        <translation>%1.method doit être l&apos;une des valeurs %2, et non &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1.path must start with &apos;/&apos; (it is relative to the base URL)</source>
        <translation>%1.path doit commencer par &apos;/&apos; (il est relatif à l&apos;URL de base)</translation>
    </message>
    <message>
        <source>%1 must be an object of names and values</source>
        <translation>%1 doit être un objet de noms et de valeurs</translation>
    </message>
    <message>
        <source>%1.%2 must be a string, a number or a boolean</source>
        <translation>%1.%2 doit être une chaîne, un nombre ou un booléen</translation>
    </message>
    <message>
        <source>%1 must be an object of header names and values</source>
        <translation>%1 doit être un objet de noms d&apos;en-têtes et de valeurs</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 doit être une chaîne</translation>
    </message>
    <message>
        <source>%1.body must be a JSON object or array, or a string</source>
        <translation>%1.body doit être un objet ou un tableau JSON, ou une chaîne</translation>
    </message>
    <message>
        <source>%1 must be an object with a code</source>
        <translation>%1 doit être un objet avec un code</translation>
    </message>
    <message>
        <source>%1.path must start with &apos;/&apos;</source>
        <translation>%1.path doit commencer par &apos;/&apos;</translation>
    </message>
    <message>
        <source>%1.count must be at least 1 (or -1: until the step ends)</source>
        <translation>%1.count doit valoir au moins 1 (ou -1 : jusqu&apos;à la fin de l&apos;étape)</translation>
    </message>
    <message>
        <source>%1 must be an object (status, action, json_path)</source>
        <translation>%1 doit être un objet (status, action, json_path)</translation>
    </message>
    <message>
        <source>%1.action must be one of %2, not &apos;%3&apos;</source>
        <translation>%1.action doit être l&apos;une des valeurs %2, et non &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1.json_path is not a JSON path: %2</source>
        <translation>%1.json_path n&apos;est pas un chemin JSON : %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (column %2)</source>
        <translation>JSON non valide : %1 (colonne %2)</translation>
    </message>
    <message>
        <source>a tour is a JSON object with format, title and steps</source>
        <translation>une visite guidée est un objet JSON avec format, title et steps</translation>
    </message>
    <message>
        <source>format must be &quot;%1&quot;, not &quot;%2&quot; (a newer tour needs a newer Connect Explorer)</source>
        <translation>format doit valoir &quot;%1&quot;, et non &quot;%2&quot; (une visite guidée plus récente demande un Connect Explorer plus récent)</translation>
    </message>
    <message>
        <source>steps is required</source>
        <translation>steps est obligatoire</translation>
    </message>
    <message>
        <source>steps must be a non-empty array of steps</source>
        <translation>steps doit être un tableau d&apos;étapes non vide</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 doit être un objet</translation>
    </message>
    <message>
        <source>%1.id may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>%1.id ne peut contenir que des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;</translation>
    </message>
    <message>
        <source>%1.id &quot;%2&quot; is used by an earlier step</source>
        <translation>%1.id &quot;%2&quot; est déjà utilisé par une étape précédente</translation>
    </message>
    <message>
        <source>%1.request is required</source>
        <translation>%1.request est obligatoire</translation>
    </message>
    <message>
        <source>%1.request must be an object (method, path, query, headers, body)</source>
        <translation>%1.request doit être un objet (method, path, query, headers, body)</translation>
    </message>
    <message>
        <source>no built-in tour named &apos;%1&apos; (built in: %2)</source>
        <translation>aucune visite guidée intégrée nommée &apos;%1&apos; (intégrées : %2)</translation>
    </message>
    <message>
        <source>%1.path cannot be sent: it %2</source>
        <translation>%1.path ne peut pas être envoyé : le chemin %2</translation>
    </message>
    <message>
        <source>%1 is not a valid header name: it %2</source>
        <translation>%1 n&apos;est pas un nom d&apos;en-tête valide : il %2</translation>
    </message>
    <message>
        <source>%1 is not a valid header value: it %2</source>
        <translation>%1 n&apos;est pas une valeur d&apos;en-tête valide : elle %2</translation>
    </message>
    <message>
        <source>cannot read the tour file: %1</source>
        <translation>impossible de lire le fichier de visite guidée : %1</translation>
    </message>
</context>
<context>
    <name>TourTranscript</name>
    <message>
        <source>Played against %1 on %2: %3 of %4 steps shown, %5 matched, %6 failed, %7 skipped. Secrets and tokens are masked as %8.</source>
        <translation>Jouée contre %1 le %2 : %3 étapes sur %4 affichées, %5 conformes, %6 en échec, %7 ignorées. Les secrets et les jetons sont masqués en %8.</translation>
    </message>
    <message>
        <source>Simulated: `%1`.</source>
        <translation>Simulé : `%1`.</translation>
    </message>
    <message>
        <source>No HTTP response: %1.</source>
        <translation>Pas de réponse HTTP : %1.</translation>
    </message>
    <message>
        <source>Response: **%1 %2** in %3 ms</source>
        <translation>Réponse : **%1 %2** en %3 ms</translation>
    </message>
    <message>
        <source>, error `%1` (action: %2)</source>
        <translation>, erreur `%1` (action : %2)</translation>
    </message>
    <message>
        <source>, after the token was renewed and the request replayed</source>
        <translation>, après renouvellement du jeton et nouvel envoi de la requête</translation>
    </message>
    <message>
        <source>Not as expected: %1.</source>
        <translation>Pas comme prévu : %1.</translation>
    </message>
</context>
<context>
    <name>cx::ApiCall</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>The whole call took longer than its overall time limit of %1 s</source>
        <translation>L&apos;appel entier a duré plus longtemps que sa limite de temps globale de %1 s</translation>
    </message>
</context>
<context>
    <name>cx::ApiClient</name>
    <message>
        <source>No access token: sign-in did not succeed</source>
        <translation>Pas de jeton d&apos;accès : la connexion n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Pas une URL http(s) : %1</translation>
    </message>
    <message>
        <source>The response announces %1 bytes, over the limit of %2 bytes</source>
        <translation>La réponse annonce %1 octets, au-delà de la limite de %2 octets</translation>
    </message>
    <message>
        <source>The response body is larger than the limit of %1 bytes</source>
        <translation>Le corps de la réponse dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <source>No progress for %1 ms (%2)</source>
        <translation>Aucune progression depuis %1 ms (%2)</translation>
    </message>
    <message>
        <source>Invalid Content-Length framing: %1</source>
        <translation>Découpage Content-Length non valide : %1</translation>
    </message>
    <message>
        <source>Received %1 of %2 announced body bytes</source>
        <translation>%1 octets reçus sur les %2 octets de corps annoncés</translation>
    </message>
    <message>
        <source>Empty chunked JSON body: the chunked framing was broken</source>
        <translation>Corps JSON chunked vide : le découpage chunked était rompu</translation>
    </message>
    <message>
        <source>Redirect to an unsupported scheme: %1</source>
        <translation>Redirection vers un schéma non pris en charge : %1</translation>
    </message>
    <message>
        <source>More than %1 redirects (last to %2)</source>
        <translation>Plus de %1 redirections (la dernière vers %2)</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token</source>
        <translation>Le point de terminaison du jeton a répondu sans jeton d&apos;accès</translation>
    </message>
    <message>
        <source>The JSON body stops before its end (%1 bytes): the connection was cut</source>
        <translation>Le corps JSON s&apos;arrête avant sa fin (%1 octets) : la connexion a été coupée</translation>
    </message>
    <message>
        <source>Refusing to resend credentials in the body to another origin: %1</source>
        <translation>Refus de renvoyer les identifiants du corps vers une autre origine : %1</translation>
    </message>
    <message>
        <source>The server closed the connection before answering; the request may or may not have been applied, so it was not sent again</source>
        <translation>Le serveur a fermé la connexion avant de répondre ; la requête a peut-être été appliquée, ou non, elle n&apos;a donc pas été renvoyée</translation>
    </message>
    <message>
        <source>The response&apos;s headers were dropped: the header block is over the network layer&apos;s limits (more than 100 fields, a field over 100 KiB or 256 KiB in all), so its body cannot be checked</source>
        <translation>Les en-têtes de la réponse ont été supprimés : le bloc d&apos;en-têtes dépasse les limites de la couche réseau (plus de 100 champs, un champ de plus de 100 Kio ou plus de 256 Kio au total), son corps ne peut donc pas être vérifié</translation>
    </message>
    <message>
        <source>No complete response headers within %1 ms (%2)</source>
        <translation>Pas d&apos;en-têtes de réponse complets en %1 ms (%2)</translation>
    </message>
    <message>
        <source>Refusing to follow a redirect from https to plain http with credentials: %1</source>
        <translation>Refus de suivre une redirection de https vers http non chiffré avec des identifiants : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a certificate pin (sha256/ followed by the base64 SHA-256 digest).</source>
        <translation>« %1 » n&apos;est pas une empreinte de certificat épinglée (sha256/ suivi du condensé SHA-256 en base64).</translation>
    </message>
    <message>
        <source>No connection within %1 ms (%2)</source>
        <translation>Aucune connexion en %1 ms (%2)</translation>
    </message>
</context>
<context>
    <name>cx::ApiError</name>
    <message>
        <source>No complete response (%1).</source>
        <translation>Pas de réponse complète (%1).</translation>
    </message>
    <message>
        <source>Required scope: %1.</source>
        <translation>Portée requise : %1.</translation>
    </message>
</context>
<context>
    <name>cx::BoundedRead</name>
    <message>
        <source>%1 is larger than the %2 allowed for it</source>
        <translation>%1 dépasse la taille autorisée de %2</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Entrée standard</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert : %2</translation>
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
        <translation>n&apos;a pas été vérifié</translation>
    </message>
    <message>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <source>works with a warning</source>
        <translation>fonctionne avec un avertissement</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>échoue</translation>
    </message>
    <message>
        <source>That report has no such check.</source>
        <translation>Ce rapport ne contient pas cette vérification.</translation>
    </message>
    <message>
        <source>%1 for %2; for %3: %4</source>
        <translation>%1 pour %2 ; pour %3 : %4</translation>
    </message>
    <message>
        <source>%1 for %2, %3 for %4</source>
        <translation>%1 pour %2, %3 pour %4</translation>
    </message>
    <message>
        <source> because %1</source>
        <translation> parce que %1</translation>
    </message>
    <message>
        <source> (%1: %2; %3: %4)</source>
        <translation> (%1 : %2 ; %3 : %4)</translation>
    </message>
    <message>
        <source>A: %1 as %2 (%3)</source>
        <translation>A : %1 en tant que %2 (%3)</translation>
    </message>
    <message>
        <source>B: %1 as %2 (%3)</source>
        <translation>B : %1 en tant que %2 (%3)</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>portée</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Vérifications :</translation>
    </message>
    <message>
        <source>The reports agree.</source>
        <translation>Les rapports concordent.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) (marked *).</source>
        <translation>
            <numerusform>%n différence (marquée *).</numerusform>
            <numerusform>%n différences (marquées *).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::CheckReport</name>
    <message>
        <source>a check has no &quot;id&quot;</source>
        <translation>une vérification n&apos;a pas d&apos;&quot;id&quot;</translation>
    </message>
    <message>
        <source>the check &quot;%1&quot; has no valid &quot;verdict&quot; (pass, warn, fail or skip)</source>
        <translation>la vérification &quot;%1&quot; n&apos;a pas de &quot;verdict&quot; valide (pass, warn, fail ou skip)</translation>
    </message>
    <message>
        <source>not a check-up report: &quot;schema_version&quot; is missing</source>
        <translation>pas un rapport de bilan du compte : &quot;schema_version&quot; est absent</translation>
    </message>
    <message>
        <source>the report has schema_version %1; this version reads up to %2</source>
        <translation>le rapport a le schema_version %1 ; cette version lit jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>not a check-up report: the &quot;checks&quot; array is missing</source>
        <translation>pas un rapport de bilan du compte : le tableau &quot;checks&quot; est absent</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>pas du JSON : %1 à la position %2</translation>
    </message>
    <message>
        <source>not a check-up report: the JSON is not an object</source>
        <translation>pas un rapport de bilan du compte : le JSON n&apos;est pas un objet</translation>
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
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped: the server is unreachable</source>
        <translation>arrêté : le serveur est injoignable</translation>
    </message>
    <message>
        <source>stopped: sign-in failed</source>
        <translation>arrêté : échec de la connexion</translation>
    </message>
    <message>
        <source>stopped early: rate limit</source>
        <translation>arrêté prématurément : limite de débit</translation>
    </message>
    <message>
        <source>stopped early: budget used up</source>
        <translation>arrêté prématurément : budget épuisé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 passed, %2 warnings, %3 failed, %4 not checked; %5 requests, %6 rate-limited, %7.</source>
        <translation>%1 réussies, %2 avertissements, %3 en échec, %4 non vérifiées ; %5 requêtes, %6 limitées en débit, %7.</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVERT.</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>IGNORÉ</translation>
    </message>
    <message>
        <source>Check-up of %1 as client %2</source>
        <translation>Bilan du compte de %1 en tant que client %2</translation>
    </message>
    <message>
        <source>Missing scopes:</source>
        <translation>Portées manquantes :</translation>
    </message>
    <message>
        <source>Result: %1 (%2)</source>
        <translation>Résultat : %1 (%2)</translation>
    </message>
    <message>
        <source># Connect account check-up</source>
        <translation># Bilan du compte Connect</translation>
    </message>
    <message>
        <source>- **Base URL:** %1</source>
        <translation>- **URL de base :** %1</translation>
    </message>
    <message>
        <source>- **Client:** %1</source>
        <translation>- **Client :** %1</translation>
    </message>
    <message>
        <source>- **When:** %1</source>
        <translation>- **Date :** %1</translation>
    </message>
    <message>
        <source>- **Result:** %1 — %2</source>
        <translation>- **Résultat :** %1 — %2</translation>
    </message>
    <message>
        <source>- **Granted scopes:** %1</source>
        <translation>- **Portées accordées :** %1</translation>
    </message>
    <message>
        <source>- **Token lifetime:** %1 s</source>
        <translation>- **Durée de vie du jeton :** %1 s</translation>
    </message>
    <message>
        <source>## Missing scopes</source>
        <translation>## Portées manquantes</translation>
    </message>
    <message>
        <source>## Checks</source>
        <translation>## Vérifications</translation>
    </message>
    <message>
        <source>| Verdict | Check | Latency | Code | Action | Diagnosis |</source>
        <translation>| Verdict | Vérification | Latence | Code | Action | Diagnostic |</translation>
    </message>
    <message>
        <source>Connect account check-up</source>
        <translation>Bilan du compte Connect</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base :</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Granted scopes:</source>
        <translation>Portées accordées :</translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation>Portées manquantes</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>bloque</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Contract (the API description&apos;s assumptions, as this server showed them):</source>
        <translation>Contrat (les hypothèses de la description de l&apos;API, telles que ce serveur les a montrées) :</translation>
    </message>
    <message>
        <source>held</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>DIFFERED</source>
        <translation>DIFFÈRE</translation>
    </message>
    <message>
        <source>untested</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>## Contract</source>
        <translation>## Contrat</translation>
    </message>
    <message>
        <source>| Assumption | Topic | Where the description states it | What this server did |</source>
        <translation>| Hypothèse | Sujet | Où la description l&apos;énonce | Ce qu&apos;a fait ce serveur |</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Where the description states it</source>
        <translation>Où la description l&apos;énonce</translation>
    </message>
    <message>
        <source>What this server did</source>
        <translation>Ce qu&apos;a fait ce serveur</translation>
    </message>
</context>
<context>
    <name>cx::CheckupRunner</name>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>The time budget of %1 s ran out while %2 was still waiting for an answer.</source>
        <translation>Le budget de temps de %1 s s&apos;est épuisé alors que %2 attendait encore une réponse.</translation>
    </message>
    <message>
        <source>Run the check-up again with a larger budget; if that endpoint is always this slow, report it to Cliquify.</source>
        <translation>Relancez le bilan du compte avec un budget plus grand ; si ce point de terminaison est toujours aussi lent, signalez-le à Cliquify.</translation>
    </message>
    <message>
        <source>Revoke the check-up&apos;s token</source>
        <translation>Révoquer le jeton du bilan du compte</translation>
    </message>
    <message>
        <source>The server did not confirm revoking the check-up&apos;s token: %1</source>
        <translation>Le serveur n&apos;a pas confirmé la révocation du jeton du bilan du compte : %1</translation>
    </message>
    <message>
        <source>The token expires on its own; revoke it in the developer portal if it must end now.</source>
        <translation>Le jeton expire de lui-même ; révoquez-le dans le portail développeur s&apos;il doit cesser immédiatement.</translation>
    </message>
    <message>
        <source>The check-up&apos;s own token was revoked; the account&apos;s other tokens are untouched.</source>
        <translation>Le jeton propre au bilan du compte a été révoqué ; les autres jetons du compte ne sont pas touchés.</translation>
    </message>
    <message>
        <source>The built-in API description cannot be read: %1</source>
        <translation>La description d&apos;API intégrée ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>Not checked: it needs the query parameter %1, which the check-up cannot choose safely.</source>
        <translation>Non vérifié : il faut le paramètre de requête %1, que le bilan du compte ne peut pas choisir sans risque.</translation>
    </message>
    <message>
        <source>Not checked: no list endpoint of the catalog yields its path parameters.</source>
        <translation>Non vérifié : aucun point de terminaison de liste du catalogue ne fournit ses paramètres de chemin.</translation>
    </message>
    <message>
        <source>Not checked: following IDs is turned off.</source>
        <translation>Non vérifié : le suivi des ID est désactivé.</translation>
    </message>
    <message>
        <source>Token endpoint reachable</source>
        <translation>Point de terminaison du jeton joignable</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 in %2 ms.</source>
        <translation>Le point de terminaison du jeton a répondu HTTP %1 en %2 ms.</translation>
    </message>
    <message>
        <source>Credentials accepted</source>
        <translation>Identifiants acceptés</translation>
    </message>
    <message>
        <source>The client id and secret were accepted and a %1 token was issued.</source>
        <translation>L&apos;ID client et le secret ont été acceptés et un jeton %1 a été émis.</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Durée de vie du jeton</translation>
    </message>
    <message>
        <source>No answer from the token endpoint %1 (%2): %3</source>
        <translation>Aucune réponse du point de terminaison du jeton %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Check the base URL and the network (proxy, firewall, VPN), then run the check-up again.</source>
        <translation>Vérifiez l&apos;URL de base et le réseau (proxy, pare-feu, VPN), puis relancez le bilan du compte.</translation>
    </message>
    <message>
        <source>The token endpoint failed with %1 (HTTP %2): %3</source>
        <translation>Le point de terminaison du jeton a échoué avec %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>Nothing is wrong with the account as far as can be told: retry later, and report it to Cliquify if it persists.</source>
        <translation>Rien ne semble anormal dans le compte : réessayez plus tard, et signalez-le à Cliquify si cela persiste.</translation>
    </message>
    <message>
        <source>Not checked: the token endpoint failed before judging the credentials.</source>
        <translation>Non vérifié : le point de terminaison du jeton a échoué avant d&apos;évaluer les identifiants.</translation>
    </message>
    <message>
        <source>The token endpoint refused the credentials with %1 (HTTP %2): %3</source>
        <translation>Le point de terminaison du jeton a refusé les identifiants avec %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>Check the client id and secret with the customer (or issue a new secret in the developer portal) and sign in again.</source>
        <translation>Vérifiez l&apos;ID client et le secret avec le client (ou émettez un nouveau secret dans le portail développeur) et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The token endpoint gave no usable expires_in, so clients cannot tell when the token ends and renew only after a 401.</source>
        <translation>Le point de terminaison du jeton n&apos;a fourni aucun expires_in utilisable : les clients ne peuvent pas savoir quand le jeton expire et ne le renouvellent qu&apos;après un 401.</translation>
    </message>
    <message>
        <source>Nothing to do unless calls fail with expired_access_token; then report the token endpoint&apos;s answer to Cliquify.</source>
        <translation>Rien à faire sauf si des appels échouent avec expired_access_token ; signalez alors la réponse du point de terminaison du jeton à Cliquify.</translation>
    </message>
    <message>
        <source>The token lives only %1, so integrations that keep a token longer will see expired_access_token.</source>
        <translation>Le jeton ne vit que %1 : les intégrations qui gardent un jeton plus longtemps recevront expired_access_token.</translation>
    </message>
    <message>
        <source>Have the integration renew the token before expires_in runs out (a new POST to /oauth/access-token).</source>
        <translation>Faites renouveler le jeton par l&apos;intégration avant la fin de expires_in (un nouveau POST sur /oauth/access-token).</translation>
    </message>
    <message>
        <source>The token is valid for %1 (expires_in %2).</source>
        <translation>Le jeton est valide pendant %1 (expires_in %2).</translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation>Introspection</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no scopes</source>
        <translation>aucune portée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The server says the token it just issued is not active.</source>
        <translation>Le serveur indique que le jeton qu&apos;il vient d&apos;émettre n&apos;est pas actif.</translation>
    </message>
    <message>
        <source>Sign in again; if fresh tokens stay inactive, check that the OAuth client and the enterprise are active in the developer portal.</source>
        <translation>Reconnectez-vous ; si les nouveaux jetons restent inactifs, vérifiez dans le portail développeur que le client OAuth et l&apos;entreprise sont actifs.</translation>
    </message>
    <message>
        <source>The token belongs to client %1, not to %2 that signed in.</source>
        <translation>Le jeton appartient au client %1, et non à %2 qui s&apos;est connecté.</translation>
    </message>
    <message>
        <source>Check which OAuth client the customer&apos;s credentials belong to.</source>
        <translation>Vérifiez à quel client OAuth appartiennent les identifiants du client.</translation>
    </message>
    <message>
        <source>The token is active for client %1 but carries no scopes.</source>
        <translation>Le jeton est actif pour le client %1 mais ne porte aucune portée.</translation>
    </message>
    <message>
        <source>Grant the scopes the integration needs to the OAuth client in the developer portal and sign in again.</source>
        <translation>Accordez au client OAuth, dans le portail développeur, les portées dont l&apos;intégration a besoin, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Active token for client %1, user %2, scopes %3; expires %4.</source>
        <translation>Jeton actif pour le client %1, utilisateur %2, portées %3 ; expire %4.</translation>
    </message>
    <message>
        <source>Introspection failed with %1, so the granted scopes are judged from the endpoints&apos; answers only: %2</source>
        <translation>L&apos;introspection a échoué avec %1 : les portées accordées sont donc déduites des seules réponses des points de terminaison : %2</translation>
    </message>
    <message>
        <source>Nothing to do for the account; report it to Cliquify if introspection keeps failing.</source>
        <translation>Rien à faire pour le compte ; signalez-le à Cliquify si l&apos;introspection continue d&apos;échouer.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Time and request budget</source>
        <translation>Budget de temps et de requêtes</translation>
    </message>
    <message>
        <source>Not checked: the check-up stopped early (%1).</source>
        <translation>Non vérifié : le bilan du compte s&apos;est arrêté prématurément (%1).</translation>
    </message>
    <message>
        <source>Not checked: %1 gave no item to follow (%2).</source>
        <translation>Non vérifié : %1 n&apos;a fourni aucun élément à suivre (%2).</translation>
    </message>
    <message>
        <source>it returned no items</source>
        <translation>il n&apos;a renvoyé aucun élément</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>The time budget of %1 s ran out before every endpoint was checked.</source>
        <translation>Le budget de temps de %1 s s&apos;est épuisé avant que tous les points de terminaison soient vérifiés.</translation>
    </message>
    <message>
        <source>The budget of %1 requests ran out before every endpoint was checked.</source>
        <translation>Le budget de %1 requêtes s&apos;est épuisé avant que tous les points de terminaison soient vérifiés.</translation>
    </message>
    <message>
        <source>Run the check-up again with a larger budget to check the rest.</source>
        <translation>Relancez le bilan du compte avec un budget plus grand pour vérifier le reste.</translation>
    </message>
    <message>
        <source>The rate limit is used up for %1 s, longer than the time left in the budget, so the check-up stopped instead of tripping it.</source>
        <translation>La limite de débit est épuisée pour %1 s, plus longtemps que le temps restant dans le budget : le bilan du compte s&apos;est arrêté au lieu de la dépasser.</translation>
    </message>
    <message>
        <source>Run the check-up again later, or with a larger --budget.</source>
        <translation>Relancez le bilan du compte plus tard, ou avec un --budget plus grand.</translation>
    </message>
    <message>
        <source>The API answered too_many_requests (HTTP 429) again after the check-up waited as told, so it stopped rather than retry in a loop.</source>
        <translation>L&apos;API a de nouveau répondu too_many_requests (HTTP 429) après que le bilan du compte a attendu comme demandé : il s&apos;est arrêté plutôt que de réessayer en boucle.</translation>
    </message>
    <message>
        <source>The API answered too_many_requests (HTTP 429) with Retry-After %1 s, longer than the time left in the budget, so the check-up stopped.</source>
        <translation>L&apos;API a répondu too_many_requests (HTTP 429) avec Retry-After %1 s, plus long que le temps restant dans le budget : le bilan du compte s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Run the check-up again later; if the customer&apos;s integration hits the limit too, it must slow down and honour Retry-After.</source>
        <translation>Relancez le bilan du compte plus tard ; si l&apos;intégration du client atteint aussi la limite, elle doit ralentir et respecter Retry-After.</translation>
    </message>
    <message>
        <source>Answered HTTP %1 in %2 ms.</source>
        <translation>A répondu HTTP %1 en %2 ms.</translation>
    </message>
    <message>
        <source>its answer has no data array</source>
        <translation>sa réponse n&apos;a pas de tableau data</translation>
    </message>
    <message numerus="yes">
        <source>Answered HTTP %1 with %n item(s) in %2 ms.</source>
        <translation>
            <numerusform>A répondu HTTP %1 avec %n élément en %2 ms.</numerusform>
            <numerusform>A répondu HTTP %1 avec %n éléments en %2 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>its first item has no id</source>
        <translation>son premier élément n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <source>Answered HTTP %1 for %2 in %3 ms.</source>
        <translation>A répondu HTTP %1 pour %2 en %3 ms.</translation>
    </message>
    <message>
        <source>Answered HTTP %1, but slowly: %2 ms.</source>
        <translation>A répondu HTTP %1, mais lentement : %2 ms.</translation>
    </message>
    <message>
        <source>If the customer sees timeouts, raise their client&apos;s timeout; report persistent slowness to Cliquify.</source>
        <translation>Si le client constate des expirations de délai, augmentez le délai de son client HTTP ; signalez une lenteur persistante à Cliquify.</translation>
    </message>
    <message>
        <source>it failed with %1</source>
        <translation>il a échoué avec %1</translation>
    </message>
    <message>
        <source>This client lacks %1, so this call fails with %2 (HTTP %3).</source>
        <translation>Ce client n&apos;a pas %1 : cet appel échoue donc avec %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>Grant %1 to the OAuth client in the developer portal and sign in again.</source>
        <translation>Accordez %1 au client OAuth dans le portail développeur et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server refused this call with %1 (HTTP %2): %3</source>
        <translation>Le serveur a refusé cet appel avec %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>Check the client&apos;s scopes and the enterprise&apos;s status in the developer portal.</source>
        <translation>Vérifiez les portées du client et le statut de l&apos;entreprise dans le portail développeur.</translation>
    </message>
    <message>
        <source>The API refused the check-up&apos;s fresh token with %1 (HTTP %2), even after one renewal: %3</source>
        <translation>L&apos;API a refusé le nouveau jeton du bilan du compte avec %1 (HTTP %2), même après un renouvellement : %3</translation>
    </message>
    <message>
        <source>Sign in again; if new tokens keep being refused, the OAuth client may be revoked or disabled: check it in the developer portal.</source>
        <translation>Reconnectez-vous ; si les nouveaux jetons restent refusés, le client OAuth est peut-être révoqué ou désactivé : vérifiez-le dans le portail développeur.</translation>
    </message>
    <message>
        <source>The server failed on this endpoint with %1 (HTTP %2): %3</source>
        <translation>Le serveur a échoué sur ce point de terminaison avec %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>Not the account&apos;s fault: retry later, and report it to Cliquify with the time of this check-up if it persists.</source>
        <translation>Ce n&apos;est pas la faute du compte : réessayez plus tard, et signalez-le à Cliquify avec l&apos;heure de ce bilan du compte si cela persiste.</translation>
    </message>
    <message>
        <source>No complete answer from the server (%1): %2</source>
        <translation>Pas de réponse complète du serveur (%1) : %2</translation>
    </message>
    <message>
        <source>The server answered %1 (HTTP %2): %3</source>
        <translation>Le serveur a répondu %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>The granted scopes (%1) cover every endpoint of the catalog.</source>
        <translation>Les portées accordées (%1) couvrent tous les points de terminaison du catalogue.</translation>
    </message>
    <message>
        <source>The granted scopes are unknown (no introspection), and no endpoint refused a scope.</source>
        <translation>Les portées accordées sont inconnues (pas d&apos;introspection), et aucun point de terminaison n&apos;a refusé de portée.</translation>
    </message>
    <message>
        <source>Nothing to do unless a call fails with missing_scope.</source>
        <translation>Rien à faire sauf si un appel échoue avec missing_scope.</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Portée %1</translation>
    </message>
    <message>
        <source>The token does not list %1, which the catalog requires for %2, yet %3 answered: the server does not enforce it today.</source>
        <translation>Le jeton ne mentionne pas %1, que le catalogue exige pour %2, et pourtant %3 a répondu : le serveur ne l&apos;impose pas aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Grant %1 to the OAuth client anyway if the integration needs those calls, so they keep working when the server starts enforcing it.</source>
        <translation>Accordez quand même %1 au client OAuth si l&apos;intégration a besoin de ces appels, pour qu&apos;ils continuent de fonctionner quand le serveur commencera à l&apos;imposer.</translation>
    </message>
    <message>
        <source>This client lacks %1, so every %2 call fails with missing_scope (%3).</source>
        <translation>Ce client n&apos;a pas %1 : chaque appel %2 échoue donc avec missing_scope (%3).</translation>
    </message>
    <message>
        <source>This client lacks %1, so these calls fail with missing_scope: %2.</source>
        <translation>Ce client n&apos;a pas %1 : ces appels échouent donc avec missing_scope : %2.</translation>
    </message>
    <message>
        <source>Introspection answered %1 (HTTP %2).</source>
        <translation>L&apos;introspection a répondu %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>Error shape</source>
        <translation>Forme des erreurs</translation>
    </message>
    <message>
        <source>Compare the ids this server hands out with its API description; clients that validate ids against it will refuse them.</source>
        <translation>Comparez les ID que ce serveur attribue avec sa description de l&apos;API ; les clients qui valident les ID d&apos;après celle-ci les refuseront.</translation>
    </message>
    <message>
        <source>its first id %1 is refused by %2 (%3)</source>
        <translation>son premier ID %1 est refusé par %2 (%3)</translation>
    </message>
    <message>
        <source>Validation answer</source>
        <translation>Réponse de validation</translation>
    </message>
</context>
<context>
    <name>cx::CollectionImport</name>
    <message>
        <source>Bearer auth: the profile&apos;s token is sent, not the collection&apos;s.</source>
        <translation>Authentification Bearer : c&apos;est le jeton du profil qui est envoyé, pas celui de la collection.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials: the profile&apos;s token is sent; the collection&apos;s client secret is not kept.</source>
        <translation>Identifiants client OAuth 2.0 : c&apos;est le jeton du profil qui est envoyé ; le secret client de la collection n&apos;est pas conservé.</translation>
    </message>
    <message>
        <source>Basic auth is not sent: Connect takes the profile&apos;s bearer token.</source>
        <translation>L&apos;authentification Basic n&apos;est pas envoyée : Connect utilise le jeton Bearer du profil.</translation>
    </message>
    <message>
        <source>Auth type &apos;%1&apos; is not sent: Connect takes the profile&apos;s bearer token.</source>
        <translation>Le type d&apos;authentification &apos;%1&apos; n&apos;est pas envoyé : Connect utilise le jeton Bearer du profil.</translation>
    </message>
    <message>
        <source>Unresolved variables: %1 (no value in the profile or the collection).</source>
        <translation>Variables non résolues : %1 (aucune valeur dans le profil ni dans la collection).</translation>
    </message>
    <message>
        <source>A file part names no file; it is not sent.</source>
        <translation>Une partie fichier ne nomme aucun fichier ; elle n&apos;est pas envoyée.</translation>
    </message>
    <message>
        <source>File &apos;%1&apos; is not read: the collection was not opened from a folder.</source>
        <translation>Le fichier &apos;%1&apos; n&apos;est pas lu : la collection n&apos;a pas été ouverte depuis un dossier.</translation>
    </message>
    <message>
        <source>File &apos;%1&apos; is outside the collection&apos;s folder; it is not read.</source>
        <translation>Le fichier &apos;%1&apos; est en dehors du dossier de la collection ; il n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>File &apos;%1&apos; is not next to the collection; it is not sent.</source>
        <translation>Le fichier &apos;%1&apos; n&apos;est pas à côté de la collection ; il n&apos;est pas envoyé.</translation>
    </message>
</context>
<context>
    <name>cx::CollectionStore</name>
    <message>
        <source>The saved request &quot;%1&quot; cannot be sent as saved: %2</source>
        <translation>La requête enregistrée « %1 » ne peut pas être envoyée telle qu&apos;enregistrée : %2</translation>
    </message>
</context>
<context>
    <name>cx::ContractCheck</name>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 n&apos;est pas un entier</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 est inférieur au minimum %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 est supérieur au maximum %2</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values</source>
        <translation>%1 ne fait pas partie des valeurs autorisées</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 ne correspond pas au motif %2</translation>
    </message>
    <message>
        <source>No error answer was asked for.</source>
        <translation>Aucune réponse d&apos;erreur n&apos;a été demandée.</translation>
    </message>
    <message>
        <source>%1 with HTTP %2 from GET %3 without a token</source>
        <translation>%1 avec HTTP %2 pour GET %3 sans jeton</translation>
    </message>
    <message>
        <source>The check-up sends no request that would show it.</source>
        <translation>Le bilan du compte n&apos;envoie aucune requête qui le montrerait.</translation>
    </message>
    <message>
        <source>No invalid request was sent.</source>
        <translation>Aucune requête invalide n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>HTTP %1 %2 for GET %3?per_page=0</source>
        <translation>HTTP %1 %2 pour GET %3?per_page=0</translation>
    </message>
    <message>
        <source>naming %1</source>
        <translation>nommant %1</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>La connexion n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>The token endpoint took the JSON body.</source>
        <translation>Le point de terminaison du jeton a accepté le corps JSON.</translation>
    </message>
    <message>
        <source>The token endpoint refused JSON and took form-urlencoded with grant_type.</source>
        <translation>Le point de terminaison du jeton a refusé le JSON et accepté form-urlencoded avec grant_type.</translation>
    </message>
    <message>
        <source>The token answer has no expires_in.</source>
        <translation>La réponse du jeton ne contient pas expires_in.</translation>
    </message>
    <message>
        <source>expires_in %1 (%2 days)</source>
        <translation>expires_in %1 (%2 jours)</translation>
    </message>
    <message>
        <source>Not tried in this run.</source>
        <translation>Non essayé lors de cette exécution.</translation>
    </message>
    <message>
        <source>Answered in the newer docs&apos; shape.</source>
        <translation>A répondu sous la forme de la documentation plus récente.</translation>
    </message>
    <message>
        <source>%1 was not called.</source>
        <translation>%1 n&apos;a pas été appelé.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 404: the path may not exist.</source>
        <translation>%1 a répondu HTTP 404 : le chemin n&apos;existe peut-être pas.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered without a data array.</source>
        <translation>%1 a répondu sans tableau data.</translation>
    </message>
    <message>
        <source>%1: meta lacks %2; the answer has %3.</source>
        <translation>%1 : meta n&apos;a pas %2 ; la réponse contient %3.</translation>
    </message>
    <message>
        <source>%1: data and meta {current_page, per_page, total, last_page}.</source>
        <translation>%1 : data et meta {current_page, per_page, total, last_page}.</translation>
    </message>
    <message>
        <source>%1: meta lacks %2.</source>
        <translation>%1 : meta n&apos;a pas %2.</translation>
    </message>
    <message>
        <source>%1: per_page %2 by default.</source>
        <translation>%1 : per_page %2 par défaut.</translation>
    </message>
    <message>
        <source>No list answered.</source>
        <translation>Aucune liste n&apos;a répondu.</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) answered with the meta object.</source>
        <translation>
            <numerusform>%n liste a répondu avec l&apos;objet meta.</numerusform>
            <numerusform>%n listes ont répondu avec l&apos;objet meta.</numerusform>
        </translation>
    </message>
    <message>
        <source>No id was followed to %1.</source>
        <translation>Aucun ID n&apos;a été suivi jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>%1 answered without a data object.</source>
        <translation>%1 a répondu sans objet data.</translation>
    </message>
    <message>
        <source>The list&apos;s first id was a positive integer and %1 answered it in {&quot;data&quot;}.</source>
        <translation>Le premier ID de la liste était un entier positif et %1 y a répondu dans {&quot;data&quot;}.</translation>
    </message>
    <message>
        <source>%1 answered one object in {&quot;data&quot;}.</source>
        <translation>%1 a répondu avec un objet dans {&quot;data&quot;}.</translation>
    </message>
    <message>
        <source>The granted scopes are unknown (no introspection).</source>
        <translation>Les portées accordées sont inconnues (pas d&apos;introspection).</translation>
    </message>
    <message>
        <source>%1 was refused for lacking %2, which the document does not require there.</source>
        <translation>%1 a été refusé faute de %2, que le document n&apos;exige pas à cet endroit.</translation>
    </message>
    <message>
        <source>%1 was refused although the token has every scope the document requires there.</source>
        <translation>%1 a été refusé bien que le jeton ait toutes les portées que le document exige à cet endroit.</translation>
    </message>
    <message>
        <source>%1 answered without %2, which the document requires there.</source>
        <translation>%1 a répondu sans %2, que le document exige à cet endroit.</translation>
    </message>
    <message>
        <source>No endpoint answered.</source>
        <translation>Aucun point de terminaison n&apos;a répondu.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) answered as their required scopes say.</source>
        <translation>
            <numerusform>%n point de terminaison a répondu comme le disent ses portées requises.</numerusform>
            <numerusform>%n points de terminaison ont répondu comme le disent leurs portées requises.</numerusform>
        </translation>
    </message>
    <message>
        <source>X-RateLimit-Reset %1 is a Unix time.</source>
        <translation>X-RateLimit-Reset %1 est un horodatage Unix.</translation>
    </message>
    <message>
        <source>X-RateLimit-Reset %1 (seconds).</source>
        <translation>X-RateLimit-Reset %1 (secondes).</translation>
    </message>
    <message>
        <source>A 429 came without X-RateLimit-* headers.</source>
        <translation>Un 429 est arrivé sans en-têtes X-RateLimit-*.</translation>
    </message>
    <message>
        <source>X-RateLimit-Limit, -Remaining and -Reset were sent.</source>
        <translation>X-RateLimit-Limit, -Remaining et -Reset ont été envoyés.</translation>
    </message>
    <message>
        <source>No X-RateLimit-* headers were sent (no limit may be set).</source>
        <translation>Aucun en-tête X-RateLimit-* n&apos;a été envoyé (il se peut qu&apos;aucune limite ne soit définie).</translation>
    </message>
    <message>
        <source>An item of %1 lacks %2.</source>
        <translation>Un élément de %1 n&apos;a pas %2.</translation>
    </message>
    <message>
        <source>An item of %1 has every required field.</source>
        <translation>Un élément de %1 a tous les champs obligatoires.</translation>
    </message>
    <message>
        <source>No answer carried a %1.</source>
        <translation>Aucune réponse ne contenait de %1.</translation>
    </message>
</context>
<context>
    <name>cx::Converter</name>
    <message>
        <source>The URL&apos;s %1 is sent as &quot;%2&quot;: Qt decodes percent-encoded letters, digits and -._~, which mean the same (RFC 3986, section 2.3)</source>
        <translation>Le %1 de l&apos;URL est envoyé sous la forme &quot;%2&quot; : Qt décode les lettres, chiffres et -._~ encodés en pourcentage, qui ont le même sens (RFC 3986, section 2.3)</translation>
    </message>
    <message>
        <source>The URL&apos;s %1 is sent in upper case (%2), which means the same (RFC 3986, section 2.1)</source>
        <translation>Le %1 de l&apos;URL est envoyé en majuscules (%2), ce qui a le même sens (RFC 3986, section 2.1)</translation>
    </message>
    <message>
        <source>A &apos;%&apos; in the URL that is not followed by two hex digits is sent as %25: a server that reads the URL as written would see something else</source>
        <translation>Un &apos;%&apos; dans l&apos;URL qui n&apos;est pas suivi de deux chiffres hexadécimaux est envoyé sous la forme %25 : un serveur qui lit l&apos;URL telle qu&apos;elle est écrite verrait autre chose</translation>
    </message>
    <message>
        <source>The URL is sent as %1: characters a URL cannot carry as they are (spaces, non-ASCII, {}|^`&quot;&lt;&gt;\) are percent-encoded</source>
        <translation>L&apos;URL est envoyée sous la forme %1 : les caractères qu&apos;une URL ne peut pas transporter tels quels (espaces, non-ASCII, {}|^`&quot;&lt;&gt;\) sont encodés en pourcentage</translation>
    </message>
    <message>
        <source>The cURL command is not UTF-8 text</source>
        <translation>La commande cURL n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (au caractère %2)</translation>
    </message>
    <message>
        <source>%1 with -u cannot be carried over: the user name and password are for %2 authentication, which Connect Explorer does not do, and sending them as Basic would give the password away. Remove -u and %1 to use the profile&apos;s token.</source>
        <translation>%1 avec -u ne peut pas être repris : le nom d&apos;utilisateur et le mot de passe servent à l&apos;authentification %2, que Connect Explorer ne gère pas, et les envoyer en Basic divulguerait le mot de passe. Retirez -u et %1 pour utiliser le jeton du profil.</translation>
    </message>
    <message>
        <source>%1: its Basic authentication is not written (the password is never copied)</source>
        <translation>%1 : son authentification Basic n&apos;est pas écrite (le mot de passe n&apos;est jamais copié)</translation>
    </message>
    <message>
        <source>%1: its %2 authentication cannot be written</source>
        <translation>%1 : son authentification %2 ne peut pas être écrite</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: unresolved variables are written as they are: %2</source>
        <translation>%1 : les variables non résolues sont écrites telles quelles : %2</translation>
    </message>
    <message>
        <source>Request %1 of %2: %3</source>
        <translation>Requête %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Secret values were masked as %1; --include-secrets writes them</source>
        <translation>Les valeurs secrètes ont été masquées sous la forme %1 ; --include-secrets les écrit</translation>
    </message>
</context>
<context>
    <name>cx::CredentialStore</name>
    <message>
        <source>The keychain is turned off (CONNECT_EXPLORER_NO_KEYCHAIN)</source>
        <translation>Le trousseau est désactivé (CONNECT_EXPLORER_NO_KEYCHAIN)</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s</source>
        <translation>Le trousseau n&apos;a pas répondu dans les %1 s</translation>
    </message>
    <message>
        <source>No keychain is available (%1); secrets are kept in memory for this session</source>
        <translation>Aucun trousseau n&apos;est disponible (%1) ; les secrets sont gardés en mémoire pour cette session</translation>
    </message>
</context>
<context>
    <name>cx::CurlParser</name>
    <message>
        <source>This looks like a Windows cmd command (^ line continuations): copy it as cURL (bash) instead</source>
        <translation>Cela ressemble à une commande Windows cmd (continuations de ligne ^) : copiez-la plutôt en tant que cURL (bash)</translation>
    </message>
    <message>
        <source>The command is empty</source>
        <translation>La commande est vide</translation>
    </message>
    <message>
        <source>Not a curl command: it starts with &quot;%1&quot;</source>
        <translation>Pas une commande curl : elle commence par &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No URL found in the command</source>
        <translation>Aucune URL trouvée dans la commande</translation>
    </message>
    <message>
        <source>Only the first URL is used; ignored: %1</source>
        <translation>Seule la première URL est utilisée ; ignorée : %1</translation>
    </message>
    <message>
        <source>Other commands in the text were not run: %1</source>
        <translation>Les autres commandes du texte n&apos;ont pas été exécutées : %1</translation>
    </message>
    <message>
        <source>Unterminated single quote (&apos;) starting at position %1</source>
        <translation>Guillemet simple (&apos;) non fermé à partir de la position %1</translation>
    </message>
    <message>
        <source>Unterminated $&apos;...&apos; quote starting at position %1</source>
        <translation>Guillemet $&apos;...&apos; non fermé à partir de la position %1</translation>
    </message>
    <message>
        <source>Unterminated double quote (&quot;) starting at position %1</source>
        <translation>Guillemet double (&quot;) non fermé à partir de la position %1</translation>
    </message>
    <message>
        <source>%1 reads standard input, which the command does not give</source>
        <translation>%1 lit l&apos;entrée standard, que la commande ne fournit pas</translation>
    </message>
    <message>
        <source>%1 reads standard input: %2</source>
        <translation>%1 lit l&apos;entrée standard : %2</translation>
    </message>
    <message>
        <source>%1 reads the file %2, which is not there</source>
        <translation>%1 lit le fichier %2, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; without a value (curl removes it) was ignored</source>
        <translation>L&apos;en-tête &quot;%1&quot; sans valeur (curl le supprime) a été ignoré</translation>
    </message>
    <message>
        <source>Not a header, ignored: %1</source>
        <translation>Pas un en-tête, ignoré : %1</translation>
    </message>
    <message>
        <source>%1 %2 is not a form field (name=value)</source>
        <translation>%1 %2 n&apos;est pas un champ de formulaire (nom=valeur)</translation>
    </message>
    <message>
        <source>Cookies from the file %1 were not read</source>
        <translation>Les cookies du fichier %1 n&apos;ont pas été lus</translation>
    </message>
    <message>
        <source>%1 was not carried over (curl would ask for a compressed response and decode it)</source>
        <translation>%1 n&apos;a pas été repris (curl demanderait une réponse compressée et la décoderait)</translation>
    </message>
    <message>
        <source>%1 %2 is not supported and was skipped</source>
        <translation>%1 %2 n&apos;est pas pris en charge et a été ignoré</translation>
    </message>
    <message>
        <source>The user name and password in the URL were moved to an Authorization header</source>
        <translation>Le nom d&apos;utilisateur et le mot de passe de l&apos;URL ont été déplacés dans un en-tête Authorization</translation>
    </message>
    <message>
        <source>%1 authentication is not supported: the user name and password were left out (never sent as Basic)</source>
        <translation>L&apos;authentification %1 n&apos;est pas prise en charge : le nom d&apos;utilisateur et le mot de passe ont été omis (jamais envoyés en Basic)</translation>
    </message>
    <message>
        <source>No password was given for %1 (curl would ask for one)</source>
        <translation>Aucun mot de passe n&apos;a été fourni pour %1 (curl en demanderait un)</translation>
    </message>
    <message>
        <source>The URL cannot be used: %1</source>
        <translation>L&apos;URL ne peut pas être utilisée : %1</translation>
    </message>
    <message>
        <source>The option %1 cannot be used: %2</source>
        <translation>L&apos;option %1 ne peut pas être utilisée : %2</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>URL non valide : %1</translation>
    </message>
    <message>
        <source>-F cannot be combined with -d or -T: curl refuses that too</source>
        <translation>-F ne peut pas être combiné avec -d ou -T : curl le refuse aussi</translation>
    </message>
    <message>
        <source>The option %1 needs a value</source>
        <translation>L&apos;option %1 nécessite une valeur</translation>
    </message>
    <message>
        <source>Unknown option %1: curl has no such option, so the command is not read</source>
        <translation>Option inconnue %1 : curl n&apos;a pas cette option, la commande n&apos;est donc pas lue</translation>
    </message>
    <message>
        <source>the file %1 is not there</source>
        <translation>le fichier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is a shell variable, which is not expanded</source>
        <translation>%1 est une variable du shell, qui n&apos;est pas développée</translation>
    </message>
    <message>
        <source>it comes from %1, which is not run</source>
        <translation>elle provient de %1, qui n&apos;est pas exécuté</translation>
    </message>
    <message>
        <source>--compressed was sent as &quot;Accept-Encoding: deflate, gzip&quot; (a curl built with brotli and zstd also offers br and zstd, which Connect Explorer cannot decode)</source>
        <translation>--compressed a été envoyé sous la forme &quot;Accept-Encoding: deflate, gzip&quot; (un curl compilé avec brotli et zstd propose aussi br et zstd, que Connect Explorer ne sait pas décoder)</translation>
    </message>
</context>
<context>
    <name>cx::EndpointCatalog</name>
    <message>
        <source>The API description is not valid JSON: %1 at offset %2.</source>
        <translation>La description de l&apos;API n&apos;est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <source>The file is not an OpenAPI 3 document (its &quot;openapi&quot; field is &quot;%1&quot;).</source>
        <translation>Le fichier n&apos;est pas un document OpenAPI 3 (son champ &quot;openapi&quot; vaut &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The OpenAPI document describes no paths.</source>
        <translation>Le document OpenAPI ne décrit aucun chemin.</translation>
    </message>
</context>
<context>
    <name>cx::ErrorCatalog</name>
    <message>
        <source>The access token is malformed, expired or invalid.</source>
        <translation>Le jeton d&apos;accès est mal formé, expiré ou non valide.</translation>
    </message>
    <message>
        <source>Sign in again; a new token is requested with the stored client credentials.</source>
        <translation>Reconnectez-vous ; un nouveau jeton est demandé avec les identifiants client stockés.</translation>
    </message>
    <message>
        <source>The request carried no Authorization: Bearer header.</source>
        <translation>La requête ne comportait pas d&apos;en-tête Authorization: Bearer.</translation>
    </message>
    <message>
        <source>Sign in; the header is added for you.</source>
        <translation>Connectez-vous ; l&apos;en-tête est ajouté pour vous.</translation>
    </message>
    <message>
        <source>The access token is past its lifetime.</source>
        <translation>Le jeton d&apos;accès a dépassé sa durée de vie.</translation>
    </message>
    <message>
        <source>Renew the token (POST /oauth/access-token).</source>
        <translation>Renouvelez le jeton (POST /oauth/access-token).</translation>
    </message>
    <message>
        <source>The access token was revoked.</source>
        <translation>Le jeton d&apos;accès a été révoqué.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The client ID or client secret is wrong.</source>
        <translation>L&apos;ID client ou le secret client est incorrect.</translation>
    </message>
    <message>
        <source>Correct the credentials in the sign-in form.</source>
        <translation>Corrigez les identifiants dans le formulaire de connexion.</translation>
    </message>
    <message>
        <source>The client may not use this grant.</source>
        <translation>Le client n&apos;a pas le droit d&apos;utiliser ce type d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Check the client in the developer portal.</source>
        <translation>Vérifiez le client dans le portail développeur.</translation>
    </message>
    <message>
        <source>The grant was rejected.</source>
        <translation>L&apos;autorisation a été rejetée.</translation>
    </message>
    <message>
        <source>The Basic authentication header is malformed.</source>
        <translation>L&apos;en-tête d&apos;authentification Basic est mal formé.</translation>
    </message>
    <message>
        <source>Re-enter the credentials.</source>
        <translation>Saisissez de nouveau les identifiants.</translation>
    </message>
    <message>
        <source>The user lacks access to the resource.</source>
        <translation>L&apos;utilisateur n&apos;a pas accès à la ressource.</translation>
    </message>
    <message>
        <source>Compare the scopes granted with the scopes required.</source>
        <translation>Comparez les portées accordées aux portées requises.</translation>
    </message>
    <message>
        <source>A required scope was not granted.</source>
        <translation>Une portée requise n&apos;a pas été accordée.</translation>
    </message>
    <message>
        <source>Re-authorize with the missing scope named here.</source>
        <translation>Autorisez de nouveau avec la portée manquante indiquée ici.</translation>
    </message>
    <message>
        <source>The requested scope is unknown or not allowed.</source>
        <translation>La portée demandée est inconnue ou non autorisée.</translation>
    </message>
    <message>
        <source>Check the scope named here.</source>
        <translation>Vérifiez la portée indiquée ici.</translation>
    </message>
    <message>
        <source>The user may not do this.</source>
        <translation>L&apos;utilisateur n&apos;a pas le droit de faire cela.</translation>
    </message>
    <message>
        <source>Ask an administrator of the account for access.</source>
        <translation>Demandez l&apos;accès à un administrateur du compte.</translation>
    </message>
    <message>
        <source>The permission referred to does not exist.</source>
        <translation>L&apos;autorisation mentionnée n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the permission named in the request.</source>
        <translation>Vérifiez l&apos;autorisation indiquée dans la requête.</translation>
    </message>
    <message>
        <source>The rate limit was exceeded.</source>
        <translation>La limite de débit a été dépassée.</translation>
    </message>
    <message>
        <source>Wait for the countdown from Retry-After, or an exponential backoff with jitter, then try again.</source>
        <translation>Attendez la fin du compte à rebours de Retry-After, ou un délai exponentiel avec gigue, puis réessayez.</translation>
    </message>
    <message>
        <source>The server ran into an unexpected issue.</source>
        <translation>Le serveur a rencontré un problème inattendu.</translation>
    </message>
    <message>
        <source>Wait for the countdown, then try again; only idempotent requests are retried automatically.</source>
        <translation>Attendez la fin du compte à rebours, puis réessayez ; seules les requêtes idempotentes sont réessayées automatiquement.</translation>
    </message>
    <message>
        <source>A field has invalid data.</source>
        <translation>Un champ contient des données non valides.</translation>
    </message>
    <message>
        <source>Correct the highlighted field.</source>
        <translation>Corrigez le champ mis en évidence.</translation>
    </message>
    <message>
        <source>A required field is absent.</source>
        <translation>Un champ obligatoire est absent.</translation>
    </message>
    <message>
        <source>Add the field where it is highlighted.</source>
        <translation>Ajoutez le champ à l&apos;endroit mis en évidence.</translation>
    </message>
    <message>
        <source>The request body is malformed JSON.</source>
        <translation>Le corps de la requête est du JSON mal formé.</translation>
    </message>
    <message>
        <source>Fix the parse error marked in the body editor.</source>
        <translation>Corrigez l&apos;erreur d&apos;analyse signalée dans l&apos;éditeur du corps.</translation>
    </message>
    <message>
        <source>The path parameters are invalid.</source>
        <translation>Les paramètres de chemin ne sont pas valides.</translation>
    </message>
    <message>
        <source>Correct the highlighted path parameter.</source>
        <translation>Corrigez le paramètre de chemin mis en évidence.</translation>
    </message>
    <message>
        <source>The query parameters are invalid.</source>
        <translation>Les paramètres de requête ne sont pas valides.</translation>
    </message>
    <message>
        <source>Correct the highlighted query parameter.</source>
        <translation>Corrigez le paramètre de requête mis en évidence.</translation>
    </message>
    <message>
        <source>A header value is invalid.</source>
        <translation>Une valeur d&apos;en-tête n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Correct the highlighted header.</source>
        <translation>Corrigez l&apos;en-tête mis en évidence.</translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation>La requête est mal formée.</translation>
    </message>
    <message>
        <source>Read what is wrong below and correct the request.</source>
        <translation>Lisez ci-dessous ce qui ne va pas et corrigez la requête.</translation>
    </message>
    <message>
        <source>The uploaded file type is not accepted.</source>
        <translation>Le type du fichier envoyé n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>Upload a file in one of the accepted formats named here.</source>
        <translation>Envoyez un fichier dans l&apos;un des formats acceptés indiqués ici.</translation>
    </message>
    <message>
        <source>The Content-Type of the request is not accepted.</source>
        <translation>Le Content-Type de la requête n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>Set the right Content-Type header.</source>
        <translation>Définissez le bon en-tête Content-Type.</translation>
    </message>
    <message>
        <source>The request body is over the size limit.</source>
        <translation>Le corps de la requête dépasse la taille limite.</translation>
    </message>
    <message>
        <source>Send a smaller body, within the limit named here.</source>
        <translation>Envoyez un corps plus petit, dans la limite indiquée ici.</translation>
    </message>
    <message>
        <source>The resource does not exist or is inaccessible.</source>
        <translation>La ressource n&apos;existe pas ou est inaccessible.</translation>
    </message>
    <message>
        <source>Check the ID; the resource may have been deleted.</source>
        <translation>Vérifiez l&apos;ID ; la ressource a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>The asset does not exist.</source>
        <translation>La ressource (asset) n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the asset ID against the asset list.</source>
        <translation>Vérifiez l&apos;ID de la ressource (asset) dans la liste des ressources.</translation>
    </message>
    <message>
        <source>The user does not exist.</source>
        <translation>L&apos;utilisateur n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the user.</source>
        <translation>Vérifiez l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>There is no such endpoint.</source>
        <translation>Ce point de terminaison n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the path against the endpoint catalog.</source>
        <translation>Vérifiez le chemin dans le catalogue des points de terminaison.</translation>
    </message>
    <message>
        <source>The method is not allowed on this endpoint.</source>
        <translation>La méthode n&apos;est pas autorisée sur ce point de terminaison.</translation>
    </message>
    <message>
        <source>The catalog and the API disagree; send a report.</source>
        <translation>Le catalogue et l&apos;API ne concordent pas ; envoyez un rapport.</translation>
    </message>
    <message>
        <source>This API version is not supported.</source>
        <translation>Cette version de l&apos;API n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>Update the app or the base URL.</source>
        <translation>Mettez à jour l&apos;application ou l&apos;URL de base.</translation>
    </message>
    <message>
        <source>The grant type is not supported.</source>
        <translation>Le type d&apos;autorisation (grant type) n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in is at odds with the API; send a report.</source>
        <translation>La connexion de l&apos;application ne concorde pas avec l&apos;API ; envoyez un rapport.</translation>
    </message>
    <message>
        <source>A quota or count limit was reached.</source>
        <translation>Un quota ou une limite de nombre a été atteint.</translation>
    </message>
    <message>
        <source>Read the limit explained below.</source>
        <translation>Lisez l&apos;explication de la limite ci-dessous.</translation>
    </message>
    <message>
        <source>The permission already exists.</source>
        <translation>L&apos;autorisation existe déjà.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>A gateway or proxy in front of the API got no valid answer from it.</source>
        <translation>Une passerelle ou un proxy devant l&apos;API n&apos;a pas reçu de réponse valide de celle-ci.</translation>
    </message>
    <message>
        <source>The API is overloaded or down for maintenance.</source>
        <translation>L&apos;API est surchargée ou en maintenance.</translation>
    </message>
    <message>
        <source>A gateway or proxy in front of the API timed out waiting for it.</source>
        <translation>Une passerelle ou un proxy devant l&apos;API a dépassé le délai d&apos;attente de sa réponse.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>Check the base URL and that the server is running, then retry.</source>
        <translation>Vérifiez l&apos;URL de base et que le serveur fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation>Le nom d&apos;hôte du serveur n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>Check the base URL and the network connection, then retry.</source>
        <translation>Vérifiez l&apos;URL de base et la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Retry; if it keeps happening, the server or the network is slow.</source>
        <translation>Réessayez ; si cela se reproduit, le serveur ou le réseau est lent.</translation>
    </message>
    <message>
        <source>The secure connection failed (TLS handshake or certificate).</source>
        <translation>La connexion sécurisée a échoué (négociation TLS ou certificat).</translation>
    </message>
    <message>
        <source>Check the base URL&apos;s scheme and the server&apos;s certificate.</source>
        <translation>Vérifiez le schéma de l&apos;URL de base et le certificat du serveur.</translation>
    </message>
    <message>
        <source>The connection closed before the response was complete.</source>
        <translation>La connexion s&apos;est fermée avant que la réponse soit complète.</translation>
    </message>
    <message>
        <source>Retry.</source>
        <translation>Réessayez.</translation>
    </message>
    <message>
        <source>The response body was cut short, so it cannot be trusted.</source>
        <translation>Le corps de la réponse a été tronqué : il n&apos;est pas fiable.</translation>
    </message>
    <message>
        <source>The response body was over the size limit, so it was not read.</source>
        <translation>Le corps de la réponse dépassait la taille limite : il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>Narrow the request, for example with a smaller page size.</source>
        <translation>Restreignez la requête, par exemple avec une taille de page plus petite.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Le serveur a effectué trop de redirections.</translation>
    </message>
    <message>
        <source>Check the base URL.</source>
        <translation>Vérifiez l&apos;URL de base.</translation>
    </message>
    <message>
        <source>The server redirected to an address this app does not follow.</source>
        <translation>Le serveur a redirigé vers une adresse que cette application ne suit pas.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Send it again when you are ready.</source>
        <translation>Envoyez-la de nouveau quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>The request failed before a complete response arrived.</source>
        <translation>La requête a échoué avant l&apos;arrivée d&apos;une réponse complète.</translation>
    </message>
    <message>
        <source>Check the network connection, then retry.</source>
        <translation>Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Check the scopes and permissions of the client.</source>
        <translation>Vérifiez les portées et les autorisations du client.</translation>
    </message>
    <message>
        <source>Wait for the countdown, then try again.</source>
        <translation>Attendez la fin du compte à rebours, puis réessayez.</translation>
    </message>
    <message>
        <source>Correct the request and send it again.</source>
        <translation>Corrigez la requête et envoyez-la de nouveau.</translation>
    </message>
    <message>
        <source>Check the ID and the path.</source>
        <translation>Vérifiez l&apos;ID et le chemin.</translation>
    </message>
    <message>
        <source>The app and the API disagree; send a report.</source>
        <translation>L&apos;application et l&apos;API ne concordent pas ; envoyez un rapport.</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below.</source>
        <translation>Lisez le message du serveur ci-dessous.</translation>
    </message>
    <message>
        <source>The server sent a code this version does not know.</source>
        <translation>Le serveur a envoyé un code que cette version ne connaît pas.</translation>
    </message>
    <message>
        <source>Read the code and the server&apos;s message below.</source>
        <translation>Lisez le code et le message du serveur ci-dessous.</translation>
    </message>
    <message>
        <source>The request succeeded; there is no error.</source>
        <translation>La requête a réussi ; il n&apos;y a pas d&apos;erreur.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 and no error code this version knows.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1 et aucun code d&apos;erreur connu de cette version.</translation>
    </message>
    <message>
        <source>Retry; for a POST, PATCH, PUT or DELETE, first check whether the server applied it.</source>
        <translation>Réessayez ; pour un POST, PATCH, PUT ou DELETE, vérifiez d&apos;abord si le serveur l&apos;a appliqué.</translation>
    </message>
    <message>
        <source>The customer&apos;s enterprise account is inactive, so no token is issued for it.</source>
        <translation>Le compte entreprise du client est inactif : aucun jeton n&apos;est donc émis pour lui.</translation>
    </message>
    <message>
        <source>Only an administrator of the customer&apos;s Cliquify account can reactivate the enterprise. Retrying or new credentials will not help until then.</source>
        <translation>Seul un administrateur du compte Cliquify du client peut réactiver l&apos;entreprise. D&apos;ici là, ni une nouvelle tentative ni de nouveaux identifiants n&apos;y changeront rien.</translation>
    </message>
    <message>
        <source>The OAuth client is not linked to a company, so the API has nothing to answer with.</source>
        <translation>Le client OAuth n&apos;est lié à aucune société : l&apos;API n&apos;a donc rien à renvoyer.</translation>
    </message>
    <message>
        <source>Link the OAuth client to an active company in the Cliquify developer portal (OAuth Clients page), then send the request again. There is no ID to check.</source>
        <translation>Liez le client OAuth à une société active dans le portail développeur Cliquify (page OAuth Clients), puis envoyez de nouveau la requête. Il n&apos;y a aucun ID à vérifier.</translation>
    </message>
    <message>
        <source>The response&apos;s headers were too large to read, so the response cannot be trusted.</source>
        <translation>Les en-têtes de la réponse étaient trop volumineux pour être lus : la réponse n&apos;est donc pas fiable.</translation>
    </message>
    <message>
        <source>Check the server or the proxy in between; this is not a problem with the request.</source>
        <translation>Vérifiez le serveur ou le proxy intermédiaire ; le problème ne vient pas de la requête.</translation>
    </message>
    <message>
        <source>The request was not sent: a header, the method or the path holds characters that cannot go on the wire (a line break, a control character).</source>
        <translation>La requête n&apos;a pas été envoyée : un en-tête, la méthode ou le chemin contient des caractères qui ne peuvent pas être transmis (un saut de ligne, un caractère de contrôle).</translation>
    </message>
    <message>
        <source>Correct the part named in the message, then send again.</source>
        <translation>Corrigez la partie indiquée dans le message, puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>The server answered, but its compressed body (gzip or deflate) could not be decoded, so the body cannot be trusted.</source>
        <translation>Le serveur a répondu, mais son corps compressé (gzip ou deflate) n&apos;a pas pu être décodé : on ne peut donc pas se fier au corps.</translation>
    </message>
    <message>
        <source>The status and headers are the server&apos;s; check the server or the proxy that compresses the response, then retry.</source>
        <translation>Le statut et les en-têtes sont ceux du serveur ; vérifiez le serveur ou le proxy qui compresse la réponse, puis réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not issued by a certificate authority this computer trusts.</source>
        <translation>Le certificat du serveur n&apos;est pas émis par une autorité de certification à laquelle cet ordinateur fait confiance.</translation>
    </message>
    <message>
        <source>If your company inspects HTTPS, add its CA certificate in Profile &gt; Network (connect-cli: --cacert FILE); or check the fingerprint below with the server&apos;s owner and trust this certificate for the profile only (--pin).</source>
        <translation>Si votre entreprise inspecte le HTTPS, ajoutez son certificat d&apos;AC dans Profil &gt; Réseau (connect-cli : --cacert FILE) ; ou vérifiez l&apos;empreinte ci-dessous avec le propriétaire du serveur et faites confiance à ce certificat pour ce profil uniquement (--pin).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed: no certificate authority vouches for it.</source>
        <translation>Le certificat du serveur est auto-signé : aucune autorité de certification ne s&apos;en porte garante.</translation>
    </message>
    <message>
        <source>Check the fingerprint below with the server&apos;s owner, then trust this certificate for the profile only (Profile &gt; Network, or connect-cli --pin).</source>
        <translation>Vérifiez l&apos;empreinte ci-dessous avec le propriétaire du serveur, puis faites confiance à ce certificat pour ce profil uniquement (Profil &gt; Réseau, ou connect-cli --pin).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Le certificat du serveur a expiré.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time; if they are right, the server&apos;s owner must renew the certificate.</source>
        <translation>Vérifiez la date et l&apos;heure de cet ordinateur ; si elles sont correctes, le propriétaire du serveur doit renouveler le certificat.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Le certificat du serveur n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is probably wrong: set the date and time, then retry.</source>
        <translation>L&apos;horloge de cet ordinateur est probablement fausse : réglez la date et l&apos;heure, puis réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for other names than the base URL&apos;s host.</source>
        <translation>Le certificat du serveur est émis pour d&apos;autres noms que l&apos;hôte de l&apos;URL de base.</translation>
    </message>
    <message>
        <source>Use a base URL with one of the names the certificate holds (listed below).</source>
        <translation>Utilisez une URL de base avec l&apos;un des noms que contient le certificat (listés ci-dessous).</translation>
    </message>
    <message>
        <source>The server requires a client certificate, and none was presented.</source>
        <translation>Le serveur exige un certificat client, et aucun n&apos;a été présenté.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s owner for a client certificate, then set it in Profile &gt; Network (connect-cli: --cert FILE --key FILE).</source>
        <translation>Demandez un certificat client au propriétaire du serveur, puis configurez-le dans Profil &gt; Réseau (connect-cli : --cert FILE --key FILE).</translation>
    </message>
    <message>
        <source>The server refused the client certificate that was presented.</source>
        <translation>Le serveur a refusé le certificat client présenté.</translation>
    </message>
    <message>
        <source>Check that it is the certificate issued for this server and that it has not expired; ask the server&apos;s owner for a new one.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien du certificat émis pour ce serveur et qu&apos;il n&apos;a pas expiré ; demandez-en un nouveau au propriétaire du serveur.</translation>
    </message>
    <message>
        <source>The app and the server share no TLS version or cipher.</source>
        <translation>L&apos;application et le serveur n&apos;ont aucune version TLS ni aucun algorithme de chiffrement en commun.</translation>
    </message>
    <message>
        <source>The server needs TLS 1.2 or later with current ciphers; ask its owner to update it.</source>
        <translation>Le serveur doit prendre en charge TLS 1.2 ou ultérieur avec des algorithmes de chiffrement actuels ; demandez à son propriétaire de le mettre à jour.</translation>
    </message>
    <message>
        <source>The proxy refused the connection.</source>
        <translation>Le proxy a refusé la connexion.</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address and port in Profile &gt; Network (or the https_proxy variable), or choose no proxy.</source>
        <translation>Vérifiez l&apos;adresse et le port du proxy dans Profil &gt; Réseau (ou la variable https_proxy), ou choisissez de ne pas utiliser de proxy.</translation>
    </message>
    <message>
        <source>The proxy requires a user name and password (407).</source>
        <translation>Le proxy exige un nom d&apos;utilisateur et un mot de passe (407).</translation>
    </message>
    <message>
        <source>Set the proxy&apos;s user and password in Profile &gt; Network (connect-cli: --proxy http://USER@HOST:PORT with the password in CONNECT_PROXY_PASSWORD).</source>
        <translation>Définissez l&apos;utilisateur et le mot de passe du proxy dans Profil &gt; Réseau (connect-cli : --proxy http://USER@HOST:PORT avec le mot de passe dans CONNECT_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name could not be resolved.</source>
        <translation>Le nom d&apos;hôte du proxy n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address, or choose no proxy.</source>
        <translation>Vérifiez l&apos;adresse du proxy, ou choisissez de ne pas utiliser de proxy.</translation>
    </message>
    <message>
        <source>The proxy did not answer in time.</source>
        <translation>Le proxy n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Check the proxy, or choose no proxy.</source>
        <translation>Vérifiez le proxy, ou choisissez de ne pas utiliser de proxy.</translation>
    </message>
    <message>
        <source>The proxy closed the connection before the server answered.</source>
        <translation>Le proxy a fermé la connexion avant que le serveur ne réponde.</translation>
    </message>
    <message>
        <source>The proxy may block this server; check with your network administrators.</source>
        <translation>Le proxy bloque peut-être ce serveur ; voyez avec vos administrateurs réseau.</translation>
    </message>
    <message>
        <source>No connection to the server could be made in time.</source>
        <translation>Impossible d’établir à temps une connexion avec le serveur.</translation>
    </message>
    <message>
        <source>Check the address and port, and that a firewall or VPN lets the connection through.</source>
        <translation>Vérifiez l’adresse et le port, et qu’un pare-feu ou un VPN laisse passer la connexion.</translation>
    </message>
    <message>
        <source>The server took the request but did not answer in time.</source>
        <translation>Le serveur a reçu la requête mais n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server may be overloaded; try again later, or raise the timeout.</source>
        <translation>Le serveur est peut-être surchargé ; réessayez plus tard ou augmentez le délai.</translation>
    </message>
</context>
<context>
    <name>cx::EvidenceBuilder</name>
    <message>
        <source>%1 is not a HAR file Connect Explorer can read: %2</source>
        <translation>%1 n&apos;est pas un fichier HAR que Connect Explorer peut lire : %2</translation>
    </message>
    <message>
        <source>entry %1: %2 %3</source>
        <translation>entrée %1 : %2 %3</translation>
    </message>
    <message>
        <source># Connect Explorer evidence</source>
        <translation># Preuves de Connect Explorer</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>- Profile: %1</source>
        <translation>- Profil : %1</translation>
    </message>
    <message>
        <source>- Client id: %1</source>
        <translation>- ID client : %1</translation>
    </message>
    <message>
        <source>- Base URL: %1</source>
        <translation>- URL de base : %1</translation>
    </message>
    <message>
        <source>- Created: %1 by Connect Explorer %2</source>
        <translation>- Créé : %1 par Connect Explorer %2</translation>
    </message>
    <message>
        <source>## What failed</source>
        <translation>## Ce qui a échoué</translation>
    </message>
    <message>
        <source>Nothing failed in the material of this archive.</source>
        <translation>Rien n&apos;a échoué dans le contenu de cette archive.</translation>
    </message>
    <message>
        <source>check-up</source>
        <translation>bilan du compte</translation>
    </message>
    <message>
        <source>customer&apos;s HAR</source>
        <translation>HAR du client</translation>
    </message>
    <message>
        <source>reproduction</source>
        <translation>reproduction</translation>
    </message>
    <message>
        <source>- %1: %2: HTTP %3, %4</source>
        <translation>- %1 : %2 : HTTP %3, %4</translation>
    </message>
    <message>
        <source>- %1: %2: %3</source>
        <translation>- %1 : %2 : %3</translation>
    </message>
    <message>
        <source>## Decided cause</source>
        <translation>## Cause retenue</translation>
    </message>
    <message>
        <source>**%1** (action: %2)</source>
        <translation>**%1** (action : %2)</translation>
    </message>
    <message>
        <source>## The fix</source>
        <translation>## La correction</translation>
    </message>
    <message>
        <source>The catalogue gives no fix for this code.</source>
        <translation>Le catalogue ne donne aucune correction pour ce code.</translation>
    </message>
    <message>
        <source>## Files</source>
        <translation>## Fichiers</translation>
    </message>
    <message>
        <source>- README.md: this summary</source>
        <translation>- README.md : ce résumé</translation>
    </message>
    <message>
        <source>- %1: the customer&apos;s HAR (%2), redacted; each response carries the decided code as _errorCode</source>
        <translation>- %1 : le HAR du client (%2), masqué ; chaque réponse porte le code retenu dans _errorCode</translation>
    </message>
    <message>
        <source>- %1: each call of that HAR with its decided code</source>
        <translation>- %1 : chaque appel de ce HAR avec son code retenu</translation>
    </message>
    <message numerus="yes">
        <source>- %1: the reproduction, %n request(s) from the history</source>
        <translation>
            <numerusform>- %1 : la reproduction, %n requête de l&apos;historique</numerusform>
            <numerusform>- %1 : la reproduction, %n requêtes de l&apos;historique</numerusform>
        </translation>
    </message>
    <message>
        <source>- %1 and %2: the account check-up</source>
        <translation>- %1 et %2 : le bilan du compte</translation>
    </message>
    <message>
        <source>- %1: a response comparison</source>
        <translation>- %1 : une comparaison de réponses</translation>
    </message>
    <message>
        <source>Tokens, the client secret and other credentials are masked as %1.</source>
        <translation>Les jetons, le secret client et les autres identifiants sont masqués sous la forme %1.</translation>
    </message>
</context>
<context>
    <name>cx::HarPortable</name>
    <message>
        <source>entry %1: request.postData.text is marked base64 but is not valid base64</source>
        <translation>entrée %1 : request.postData.text est marqué base64 mais n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>not a Connect API call: %1</source>
        <translation>pas un appel à l&apos;API Connect : %1</translation>
    </message>
    <message>
        <source>%1: HAR has no OAuth2 block; the profile&apos;s token is added when it is sent</source>
        <translation>%1 : HAR n&apos;a pas de bloc OAuth2 ; le jeton du profil est ajouté à l&apos;envoi</translation>
    </message>
    <message>
        <source>%1: its %2 authentication is not written (HAR has no auth block)</source>
        <translation>%1 : son authentification %2 n&apos;est pas écrite (HAR n&apos;a pas de bloc auth)</translation>
    </message>
    <message>
        <source>%1: the body is not UTF-8 text; it is written base64 (postData.encoding)</source>
        <translation>%1 : le corps n&apos;est pas du texte UTF-8 ; il est écrit en base64 (postData.encoding)</translation>
    </message>
    <message>
        <source>Not sent by Connect Explorer: a request only, no response.</source>
        <translation>Non envoyée par Connect Explorer : une requête seulement, sans réponse.</translation>
    </message>
    <message>
        <source>Credentials are masked as [redacted] (ask for secrets to keep them).</source>
        <translation>Les identifiants sont masqués sous la forme [redacted] (demandez les secrets pour les conserver).</translation>
    </message>
</context>
<context>
    <name>cx::HarReader</name>
    <message>
        <source>entry %1 has no &quot;request&quot; object</source>
        <translation>l&apos;entrée %1 n&apos;a pas d&apos;objet &quot;request&quot;</translation>
    </message>
    <message>
        <source>entry %1: request.method is missing</source>
        <translation>entrée %1 : request.method est absent</translation>
    </message>
    <message>
        <source>entry %1: request.url is missing or not an absolute URL (&apos;%2&apos;)</source>
        <translation>entrée %1 : request.url est absent ou n&apos;est pas une URL absolue (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>entry %1: response.content.text is marked base64 but is not valid base64</source>
        <translation>entrée %1 : response.content.text est marqué base64 mais n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>The browser recorded no response for this request</source>
        <translation>Le navigateur n&apos;a enregistré aucune réponse pour cette requête</translation>
    </message>
    <message>
        <source>not a HAR file: the JSON is malformed (%1 at offset %2)</source>
        <translation>pas un fichier HAR : le JSON est mal formé (%1 à la position %2)</translation>
    </message>
    <message>
        <source>not a HAR file: the top-level &quot;log&quot; object is missing</source>
        <translation>pas un fichier HAR : l&apos;objet &quot;log&quot; de premier niveau est absent</translation>
    </message>
    <message>
        <source>not a HAR file: &quot;log.entries&quot; is missing or not an array</source>
        <translation>pas un fichier HAR : &quot;log.entries&quot; est absent ou n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>HAR version %1 is not supported (1.1 and 1.2 are)</source>
        <translation>La version HAR %1 n&apos;est pas prise en charge (1.1 et 1.2 le sont)</translation>
    </message>
    <message>
        <source>entry %1 is not an object</source>
        <translation>l&apos;entrée %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>no entry of the HAR file could be read: %1</source>
        <translation>aucune entrée du fichier HAR n&apos;a pu être lue : %1</translation>
    </message>
    <message>
        <source>entry %1: request.method is not a valid HTTP method</source>
        <translation>entrée %1 : request.method n&apos;est pas une méthode HTTP valide</translation>
    </message>
    <message>
        <source>entry %1: request.headers[%2].name %3</source>
        <translation>entrée %1 : request.headers[%2].name %3</translation>
    </message>
    <message>
        <source>entry %1: request.headers[%2].value %3</source>
        <translation>entrée %1 : request.headers[%2].value %3</translation>
    </message>
    <message>
        <source>entry %1: the path of request.url %2</source>
        <translation>entrée %1 : le chemin de request.url %2</translation>
    </message>
    <message>
        <source>%1 (the entry was not read)</source>
        <translation>%1 (l&apos;entrée n&apos;a pas été lue)</translation>
    </message>
    <message>
        <source>queryString names that request.url lacks were added to it: %1</source>
        <translation>des noms de queryString absents de request.url y ont été ajoutés : %1</translation>
    </message>
    <message>
        <source>request.url holds a &apos;%&apos; that starts no percent escape: it is sent as %25</source>
        <translation>request.url contient un &apos;%&apos; qui ne commence aucun échappement en pourcentage : il est envoyé sous la forme %25</translation>
    </message>
    <message>
        <source>postData names no multipart boundary: &quot;%1&quot; is used</source>
        <translation>postData ne nomme aucune délimitation multipart : &quot;%1&quot; est utilisée</translation>
    </message>
    <message>
        <source>postData.params[%1].value is not text: its JSON text is sent</source>
        <translation>postData.params[%1].value n&apos;est pas du texte : son texte JSON est envoyé</translation>
    </message>
    <message>
        <source>another origin (%1), not the profile&apos;s %2</source>
        <translation>une autre origine (%1), pas celle du profil %2</translation>
    </message>
    <message>
        <source>outside the profile&apos;s base path %1</source>
        <translation>en dehors du chemin de base du profil %1</translation>
    </message>
    <message>
        <source>The response body was not kept; Connect Explorer decided %1 when it was sent.</source>
        <translation>Le corps de la réponse n&apos;a pas été conservé ; Connect Explorer a retenu %1 lors de l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>cx::HarWriter</name>
    <message>
        <source>From Connect Explorer&apos;s history: response headers and body are not kept.</source>
        <translation>Issu de l&apos;historique de Connect Explorer : les en-têtes et le corps des réponses ne sont pas conservés.</translation>
    </message>
    <message>
        <source>Error code: %1.</source>
        <translation>Code d&apos;erreur : %1.</translation>
    </message>
    <message>
        <source>The request body was cut when it was stored.</source>
        <translation>Le corps de la requête a été tronqué lors de son stockage.</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>From Connect Explorer&apos;s history.</source>
        <translation>Issu de l&apos;historique de Connect Explorer.</translation>
    </message>
</context>
<context>
    <name>cx::InsomniaExport</name>
    <message>
        <source>%1: authentication must be an object</source>
        <translation>%1 : authentication doit être un objet</translation>
    </message>
    <message>
        <source>%1: must be a list of headers</source>
        <translation>%1 : doit être une liste d&apos;en-têtes</translation>
    </message>
    <message>
        <source>%1[%2]: a header must be an object</source>
        <translation>%1[%2] : un en-tête doit être un objet</translation>
    </message>
    <message numerus="yes">
        <source>%n disabled header(s) left out.</source>
        <translation>
            <numerusform>%n en-tête désactivé omis.</numerusform>
            <numerusform>%n en-têtes désactivés omis.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.method: must be an HTTP method</source>
        <translation>%1.method : doit être une méthode HTTP</translation>
    </message>
    <message>
        <source>%1.url: the request has no URL</source>
        <translation>%1.url : la requête n&apos;a pas d&apos;URL</translation>
    </message>
    <message>
        <source>%1.parameters: must be a list</source>
        <translation>%1.parameters : doit être une liste</translation>
    </message>
    <message numerus="yes">
        <source>%n disabled query parameter(s) left out.</source>
        <translation>
            <numerusform>%n paramètre de requête désactivé omis.</numerusform>
            <numerusform>%n paramètres de requête désactivés omis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insomnia template tags ({% ... %}) are not evaluated; they are sent as written.</source>
        <translation>Les balises de modèle Insomnia ({% ... %}) ne sont pas évaluées ; elles sont envoyées telles qu&apos;elles sont écrites.</translation>
    </message>
    <message>
        <source>Pre-request and after-response scripts are not run.</source>
        <translation>Les scripts de pré-requête et d&apos;après-réponse ne sont pas exécutés.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>collection %1</source>
        <translation>collection %1</translation>
    </message>
    <message>
        <source>%1: a body must be an object</source>
        <translation>%1 : un corps doit être un objet</translation>
    </message>
    <message>
        <source>%1.params: must be a list</source>
        <translation>%1.params : doit être une liste</translation>
    </message>
    <message>
        <source>%1.text: the GraphQL body is not a JSON object (%2)</source>
        <translation>%1.text : le corps GraphQL n&apos;est pas un objet JSON (%2)</translation>
    </message>
    <message>
        <source>%1.text: must be text</source>
        <translation>%1.text : doit être du texte</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>not YAML: %1</source>
        <translation>pas du YAML : %1</translation>
    </message>
    <message>
        <source>not an Insomnia export: the top level must be an object</source>
        <translation>pas un export Insomnia : le niveau supérieur doit être un objet</translation>
    </message>
    <message>
        <source>type: &apos;%1&apos; is not an Insomnia v5 collection</source>
        <translation>type : &apos;%1&apos; n&apos;est pas une collection Insomnia v5</translation>
    </message>
    <message>
        <source>Sub-environments are not used (only the base environment&apos;s values): %1.</source>
        <translation>Les sous-environnements ne sont pas utilisés (seulement les valeurs de l&apos;environnement de base) : %1.</translation>
    </message>
    <message>
        <source>collection: must be a list of requests and folders</source>
        <translation>collection : doit être une liste de requêtes et de dossiers</translation>
    </message>
    <message>
        <source>%1: folders nested too deeply</source>
        <translation>%1 : dossiers imbriqués trop profondément</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1 : doit être un objet</translation>
    </message>
    <message>
        <source>%1.children: must be a list</source>
        <translation>%1.children : doit être une liste</translation>
    </message>
    <message>
        <source>__export_format: %1 is not supported (Insomnia v4 exports only)</source>
        <translation>__export_format : %1 n&apos;est pas pris en charge (exports Insomnia v4 uniquement)</translation>
    </message>
    <message>
        <source>resources: must be a list</source>
        <translation>resources : doit être une liste</translation>
    </message>
    <message>
        <source>Sub-environment &apos;%1&apos; is not used (only the base environment&apos;s values).</source>
        <translation>Le sous-environnement &apos;%1&apos; n&apos;est pas utilisé (seulement les valeurs de l&apos;environnement de base).</translation>
    </message>
    <message>
        <source>resources: folders nested too deeply (or in a cycle)</source>
        <translation>resources : dossiers imbriqués trop profondément (ou en cycle)</translation>
    </message>
    <message numerus="yes">
        <source>The export holds %n workspaces; each is a top folder.</source>
        <translation>
            <numerusform>L&apos;export contient %n espace de travail ; chacun est un dossier de premier niveau.</numerusform>
            <numerusform>L&apos;export contient %n espaces de travail ; chacun est un dossier de premier niveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>not an Insomnia export: neither `_type: export` (v4) nor `type: collection.insomnia.rest/5.0` (v5)</source>
        <translation>pas un export Insomnia : ni `_type: export` (v4) ni `type: collection.insomnia.rest/5.0` (v5)</translation>
    </message>
    <message numerus="yes">
        <source>%n gRPC or WebSocket request(s) left out: only HTTP requests are read.</source>
        <translation>
            <numerusform>%n requête gRPC ou WebSocket omise : seules les requêtes HTTP sont lues.</numerusform>
            <numerusform>%n requêtes gRPC ou WebSocket omises : seules les requêtes HTTP sont lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export holds no HTTP requests.</source>
        <translation>L&apos;export ne contient aucune requête HTTP.</translation>
    </message>
</context>
<context>
    <name>cx::JsonDiff</name>
    <message>
        <source>&apos;%1&apos; is not a path pattern: %2</source>
        <translation>&apos;%1&apos; n&apos;est pas un motif de chemin : %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>a key is missing at position %1</source>
        <translation>une clé manque à la position %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>&apos;%1&apos; inattendu à la position %2</translation>
    </message>
    <message>
        <source>a quoted key does not end at position %1</source>
        <translation>une clé entre guillemets à la position %1 n&apos;est pas terminée</translation>
    </message>
    <message>
        <source>a quoted id does not end at position %1</source>
        <translation>un id entre guillemets à la position %1 n&apos;est pas terminé</translation>
    </message>
    <message>
        <source>an id is missing at position %1</source>
        <translation>un id manque à la position %1</translation>
    </message>
    <message>
        <source>expected [N], [*], [id=VALUE] or [&quot;key&quot;] at position %1</source>
        <translation>[N], [*], [id=VALUE] ou [&quot;key&quot;] attendu à la position %1</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>aucune différence</translation>
    </message>
    <message numerus="yes">
        <source>%n only in A</source>
        <translation>
            <numerusform>%n uniquement dans A</numerusform>
            <numerusform>%n uniquement dans A</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only in B</source>
        <translation>
            <numerusform>%n uniquement dans B</numerusform>
            <numerusform>%n uniquement dans B</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed: %1</source>
        <translation>
            <numerusform>%n modifié : %1</numerusform>
            <numerusform>%n modifiés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed type: %1</source>
        <translation>
            <numerusform>%n de type modifié : %1</numerusform>
            <numerusform>%n de type modifié : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::JsonPathSelect</name>
    <message>
        <source>The quoted key at position %1 is not closed with %2]</source>
        <translation>La clé entre guillemets à la position %1 n&apos;est pas fermée par %2]</translation>
    </message>
    <message>
        <source>Expected a number or a quoted key inside [ ] at position %1</source>
        <translation>Un nombre ou une clé entre guillemets est attendu dans [ ] à la position %1</translation>
    </message>
    <message>
        <source>A path starts with a key, &quot;[&quot; or &quot;$&quot;, not &quot;.&quot;</source>
        <translation>Un chemin commence par une clé, &quot;[&quot; ou &quot;$&quot;, pas par &quot;.&quot;</translation>
    </message>
    <message>
        <source>Expected &quot;.&quot; or &quot;[&quot; at position %1, found &quot;%2&quot;</source>
        <translation>&quot;.&quot; ou &quot;[&quot; attendu à la position %1, &quot;%2&quot; trouvé</translation>
    </message>
    <message>
        <source>Expected a key at position %1</source>
        <translation>Une clé est attendue à la position %1</translation>
    </message>
    <message>
        <source>The path is empty</source>
        <translation>Le chemin est vide</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 n&apos;est pas un tableau</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n element(s): no %2</source>
        <translation>
            <numerusform>%1 a %n élément : pas de %2</numerusform>
            <numerusform>%1 a %n éléments : pas de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no key &quot;%2&quot;</source>
        <translation>%1 n&apos;a pas de clé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>The response is not JSON (%1 at byte %2)</source>
        <translation>La réponse n&apos;est pas du JSON (%1 à l&apos;octet %2)</translation>
    </message>
</context>
<context>
    <name>cx::MiniYaml</name>
    <message>
        <source>line %1: a tab in the indentation</source>
        <translation>ligne %1 : une tabulation dans l&apos;indentation</translation>
    </message>
    <message>
        <source>line %1: content after &apos;---&apos; is not supported</source>
        <translation>ligne %1 : du contenu après &apos;---&apos; n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>line %1: several documents are not supported</source>
        <translation>ligne %1 : plusieurs documents ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>line %1: unexpected indentation</source>
        <translation>ligne %1 : indentation inattendue</translation>
    </message>
    <message>
        <source>line %1: nested too deeply</source>
        <translation>ligne %1 : imbrication trop profonde</translation>
    </message>
    <message>
        <source>line %1: expected &apos;key: value&apos;</source>
        <translation>ligne %1 : &apos;key: value&apos; attendu</translation>
    </message>
    <message>
        <source>line %1: merge keys and complex keys are not supported</source>
        <translation>ligne %1 : les clés de fusion et les clés complexes ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>line %1: anchors and aliases are not supported</source>
        <translation>ligne %1 : les ancres et les alias ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>line %1: the quoted value does not end</source>
        <translation>ligne %1 : la valeur entre guillemets ne se termine pas</translation>
    </message>
    <message>
        <source>line %1: the flow collection does not end</source>
        <translation>ligne %1 : la collection en flux ne se termine pas</translation>
    </message>
    <message>
        <source>line %1: text after the flow collection</source>
        <translation>ligne %1 : du texte après la collection en flux</translation>
    </message>
    <message>
        <source>line %1: a bad escape in a quoted value</source>
        <translation>ligne %1 : un échappement incorrect dans une valeur entre guillemets</translation>
    </message>
    <message>
        <source>line %1: unknown escape &apos;\%2&apos;</source>
        <translation>ligne %1 : échappement inconnu &apos;\%2&apos;</translation>
    </message>
    <message>
        <source>line %1: text after the quoted value</source>
        <translation>ligne %1 : du texte après la valeur entre guillemets</translation>
    </message>
    <message>
        <source>line %1: a bad block scalar header</source>
        <translation>ligne %1 : un en-tête de scalaire de bloc incorrect</translation>
    </message>
    <message>
        <source>line %1: a flow collection ends early</source>
        <translation>ligne %1 : une collection en flux se termine prématurément</translation>
    </message>
    <message>
        <source>line %1: expected &apos;,&apos; in a flow collection</source>
        <translation>ligne %1 : &apos;,&apos; attendue dans une collection en flux</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>pas du texte UTF-8</translation>
    </message>
</context>
<context>
    <name>cx::NetworkSettings</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 4 MiB, not a certificate file.</source>
        <translation>%1 : plus de 4 Mio, ce n&apos;est pas un fichier de certificat.</translation>
    </message>
    <message>
        <source>the proxy address is empty.</source>
        <translation>l&apos;adresse du proxy est vide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the proxy must be http:// or socks5:// (an https:// proxy is not supported).</source>
        <translation>&apos;%1&apos; : le proxy doit être http:// ou socks5:// (un proxy https:// n&apos;est pas pris en charge).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a proxy address (host[:port]).</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse de proxy (host[:port]).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a proxy address has no path.</source>
        <translation>&apos;%1&apos; : une adresse de proxy n&apos;a pas de chemin.</translation>
    </message>
    <message>
        <source>%1: the folder holds no .pem, .crt or .cer file.</source>
        <translation>%1 : le dossier ne contient aucun fichier .pem, .crt ou .cer.</translation>
    </message>
    <message>
        <source>%1: holds no certificate (PEM or DER).</source>
        <translation>%1 : ne contient aucun certificat (PEM ou DER).</translation>
    </message>
    <message>
        <source>%1: not a PKCS#12 file, or the passphrase is wrong.</source>
        <translation>%1 : pas un fichier PKCS#12, ou la phrase secrète est erronée.</translation>
    </message>
    <message>
        <source>%1: holds no PEM certificate.</source>
        <translation>%1 : ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1: holds no private key; give the key file as well.</source>
        <translation>%1 : ne contient aucune clé privée ; indiquez aussi le fichier de clé.</translation>
    </message>
    <message>
        <source>%1: not a PEM private key, or the passphrase is wrong.</source>
        <translation>%1 : pas une clé privée PEM, ou la phrase secrète est erronée.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a certificate pin (sha256/ followed by the base64 SHA-256 digest).</source>
        <translation>&apos;%1&apos; n&apos;est pas une empreinte de certificat épinglée (sha256/ suivi du condensé SHA-256 en base64).</translation>
    </message>
</context>
<context>
    <name>cx::PostmanCollection</name>
    <message>
        <source>%1: an auth block must be an object</source>
        <translation>%1 : un bloc auth doit être un objet</translation>
    </message>
    <message>
        <source>%1: the URL must be a string or an object</source>
        <translation>%1 : l&apos;URL doit être une chaîne ou un objet</translation>
    </message>
    <message>
        <source>%1.raw: must be a string</source>
        <translation>%1.raw : doit être une chaîne</translation>
    </message>
    <message>
        <source>%1.query: must be a list</source>
        <translation>%1.query : doit être une liste</translation>
    </message>
    <message numerus="yes">
        <source>%n disabled query parameter(s) left out.</source>
        <translation>
            <numerusform>%n paramètre de requête désactivé omis.</numerusform>
            <numerusform>%n paramètres de requête désactivés omis.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a header line</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>%1: must be a list of headers</source>
        <translation>%1 : doit être une liste d&apos;en-têtes</translation>
    </message>
    <message>
        <source>%1[%2]: a header must be an object</source>
        <translation>%1[%2] : un en-tête doit être un objet</translation>
    </message>
    <message numerus="yes">
        <source>%n disabled header(s) left out.</source>
        <translation>
            <numerusform>%n en-tête désactivé omis.</numerusform>
            <numerusform>%n en-têtes désactivés omis.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a body must be an object</source>
        <translation>%1 : un corps doit être un objet</translation>
    </message>
    <message>
        <source>The body is disabled in the collection; none is sent.</source>
        <translation>Le corps est désactivé dans la collection ; aucun n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>%1.urlencoded: must be a list</source>
        <translation>%1.urlencoded : doit être une liste</translation>
    </message>
    <message>
        <source>%1.formdata: must be a list</source>
        <translation>%1.formdata : doit être une liste</translation>
    </message>
    <message>
        <source>Form field &apos;%1&apos; names several files; only the first is read.</source>
        <translation>Le champ de formulaire &apos;%1&apos; nomme plusieurs fichiers ; seul le premier est lu.</translation>
    </message>
    <message>
        <source>%1.graphql.variables: not a JSON object (%2)</source>
        <translation>%1.graphql.variables : pas un objet JSON (%2)</translation>
    </message>
    <message>
        <source>Body mode &apos;%1&apos; is not known; no body is sent.</source>
        <translation>Le mode de corps &apos;%1&apos; est inconnu ; aucun corps n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>%1: an item must be an object</source>
        <translation>%1 : un élément doit être un objet</translation>
    </message>
    <message>
        <source>%1.item: must be a list</source>
        <translation>%1.item : doit être une liste</translation>
    </message>
    <message>
        <source>%1.method: must be an HTTP method</source>
        <translation>%1.method : doit être une méthode HTTP</translation>
    </message>
    <message>
        <source>%1: an item needs a request (a URL or an object)</source>
        <translation>%1 : un élément nécessite une requête (une URL ou un objet)</translation>
    </message>
    <message>
        <source>The request has no URL (%1.url); it cannot be sent as it is.</source>
        <translation>La requête n&apos;a pas d&apos;URL (%1.url) ; elle ne peut pas être envoyée telle quelle.</translation>
    </message>
    <message>
        <source>Pre-request and test scripts are not run.</source>
        <translation>Les scripts de pré-requête et de test ne sont pas exécutés.</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>not a Postman collection: the top level must be an object</source>
        <translation>pas une collection Postman : le niveau supérieur doit être un objet</translation>
    </message>
    <message>
        <source>Postman collection format v1 is not supported: export it from Postman as Collection v2.1</source>
        <translation>Le format de collection Postman v1 n&apos;est pas pris en charge : exportez-la depuis Postman en Collection v2.1</translation>
    </message>
    <message>
        <source>info: missing; not a Postman collection (v2.0 or v2.1)</source>
        <translation>info : absent ; pas une collection Postman (v2.0 ou v2.1)</translation>
    </message>
    <message>
        <source>info.schema: &apos;%1&apos; is not Postman collection v2.0 or v2.1</source>
        <translation>info.schema : &apos;%1&apos; n&apos;est pas une collection Postman v2.0 ou v2.1</translation>
    </message>
    <message>
        <source>item: must be a list of requests and folders</source>
        <translation>item : doit être une liste de requêtes et de dossiers</translation>
    </message>
    <message>
        <source>variable: must be a list</source>
        <translation>variable : doit être une liste</translation>
    </message>
    <message>
        <source>collection %1</source>
        <translation>collection %1</translation>
    </message>
    <message>
        <source>The collection holds no requests.</source>
        <translation>La collection ne contient aucune requête.</translation>
    </message>
    <message>
        <source>%1: the OAuth 2.0 client secret is not written; {{clientSecret}} stands for it.</source>
        <translation>%1 : le secret client OAuth 2.0 n&apos;est pas écrit ; {{clientSecret}} le remplace.</translation>
    </message>
    <message>
        <source>%1: the Basic auth password is not written; {{password}} stands for it.</source>
        <translation>%1 : le mot de passe de l&apos;authentification Basic n&apos;est pas écrit ; {{password}} le remplace.</translation>
    </message>
    <message>
        <source>%1: auth type &apos;%2&apos; has no Postman equivalent; it is left out.</source>
        <translation>%1 : le type d&apos;authentification &apos;%2&apos; n&apos;a pas d&apos;équivalent Postman ; il est omis.</translation>
    </message>
    <message>
        <source>%1: auth type &apos;%2&apos; is written without its settings.</source>
        <translation>%1 : le type d&apos;authentification &apos;%2&apos; est écrit sans ses paramètres.</translation>
    </message>
    <message>
        <source>%1: a binary body (%2) cannot be written into a Postman collection; it is left out.</source>
        <translation>%1 : un corps binaire (%2) ne peut pas être écrit dans une collection Postman ; il est omis.</translation>
    </message>
    <message>
        <source>%1: the request names no Content-Type; Postman sends text/plain.</source>
        <translation>%1 : la requête n&apos;indique aucun Content-Type ; Postman envoie text/plain.</translation>
    </message>
    <message>
        <source>Connect Explorer requests</source>
        <translation>Requêtes Connect Explorer</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>collection</translation>
    </message>
    <message numerus="yes">
        <source>%n secret variable(s) written with their values.</source>
        <translation>
            <numerusform>%n variable secrète écrite avec sa valeur.</numerusform>
            <numerusform>%n variables secrètes écrites avec leurs valeurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret variable(s) written as [redacted].</source>
        <translation>
            <numerusform>%n variable secrète écrite sous la forme [redacted].</numerusform>
            <numerusform>%n variables secrètes écrites sous la forme [redacted].</numerusform>
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
        <translation>Un profil doit avoir un nom</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists</source>
        <translation>Un profil nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// URL, e.g. https://oauth.cliquify.me</source>
        <translation>L&apos;URL de base doit être une URL http:// ou https://, par ex. https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>The Demo profile is built in and cannot be changed</source>
        <translation>Le profil Demo est intégré et ne peut pas être modifié</translation>
    </message>
    <message>
        <source>No such profile</source>
        <translation>Profil introuvable</translation>
    </message>
    <message>
        <source>The Demo profile is built in and cannot be removed</source>
        <translation>Le profil Demo est intégré et ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>A manual proxy needs a host</source>
        <translation>Un proxy manuel nécessite un hôte</translation>
    </message>
    <message>
        <source>A manual proxy needs a port (1 to 65535)</source>
        <translation>Un proxy manuel nécessite un port (1 à 65535)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate fingerprint (sha256/ and 44 base64 characters)</source>
        <translation>« %1 » n&apos;est pas une empreinte de certificat (sha256/ et 44 caractères base64)</translation>
    </message>
    <message>
        <source>A variable needs a name</source>
        <translation>Une variable nécessite un nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable name: no braces, no line breaks, no spaces at either end</source>
        <translation>« %1 » n&apos;est pas un nom de variable : pas d&apos;accolades, pas de sauts de ligne, pas d&apos;espaces aux extrémités</translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; is defined twice</source>
        <translation>La variable « %1 » est définie deux fois</translation>
    </message>
</context>
<context>
    <name>cx::RequestHygiene</name>
    <message>
        <source>contains a line break (CR or LF)</source>
        <translation>contient un saut de ligne (CR ou LF)</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <source>contains a control character (0x%1)</source>
        <translation>contient un caractère de contrôle (0x%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not a valid header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only)</source>
        <translation>n&apos;est pas un nom d&apos;en-tête valide (lettres, chiffres et !#$%&amp;&apos;*+-.^_`|~ uniquement)</translation>
    </message>
    <message>
        <source>is not a valid HTTP method (a token such as GET)</source>
        <translation>n&apos;est pas une méthode HTTP valide (un token HTTP tel que GET)</translation>
    </message>
    <message>
        <source>The method %1</source>
        <translation>La méthode %1</translation>
    </message>
    <message>
        <source>The path %1</source>
        <translation>Le chemin %1</translation>
    </message>
    <message>
        <source>Query parameter &apos;%1&apos;: its name %2</source>
        <translation>Paramètre de requête &apos;%1&apos; : son nom %2</translation>
    </message>
    <message>
        <source>Query parameter &apos;%1&apos;: its value %2</source>
        <translation>Paramètre de requête &apos;%1&apos; : sa valeur %2</translation>
    </message>
    <message>
        <source>Header &apos;%1&apos;: its name %2</source>
        <translation>En-tête &apos;%1&apos; : son nom %2</translation>
    </message>
    <message>
        <source>Header &apos;%1&apos;: its value %2</source>
        <translation>En-tête &apos;%1&apos; : sa valeur %2</translation>
    </message>
</context>
<context>
    <name>cx::Session</name>
    <message>
        <source>No client id and secret to sign in with</source>
        <translation>Aucun ID client ni secret avec lesquels se connecter</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access_token</source>
        <translation>Le point de terminaison du jeton a répondu sans access_token</translation>
    </message>
    <message>
        <source>Not signed in: there is no token to introspect</source>
        <translation>Non connecté : il n&apos;y a pas de jeton à inspecter</translation>
    </message>
    <message>
        <source>The introspection answer is not understood</source>
        <translation>La réponse d&apos;introspection n&apos;est pas comprise</translation>
    </message>
    <message>
        <source>The server did not confirm the revocation</source>
        <translation>Le serveur n&apos;a pas confirmé la révocation</translation>
    </message>
    <message>
        <source>The credentials changed while signing in</source>
        <translation>Les identifiants ont changé pendant la connexion</translation>
    </message>
    <message>
        <source>Signed out while signing in</source>
        <translation>Déconnecté pendant la connexion</translation>
    </message>
    <message>
        <source>The token endpoint answered with an access_token that cannot be sent in a header (it holds a line break or a control character)</source>
        <translation>Le point de terminaison du jeton a répondu avec un access_token qui ne peut pas être envoyé dans un en-tête (il contient un saut de ligne ou un caractère de contrôle)</translation>
    </message>
</context>
<context>
    <name>cx::SimControl</name>
    <message>
        <source>No simulator to control.</source>
        <translation>Aucun simulateur à piloter.</translation>
    </message>
    <message>
        <source>The simulator did not answer in time.</source>
        <translation>Le simulateur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The simulator refused: %1</source>
        <translation>Le simulateur a refusé : %1</translation>
    </message>
</context>
<context>
    <name>cx::TourRunner</name>
    <message>
        <source>matched</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>not played</source>
        <translation>non jouée</translation>
    </message>
    <message>
        <source>Skipped: this step needs the simulator&apos;s scenario %1, and this server has no simulator control (/_sim), e.g. a real account.</source>
        <translation>Ignorée : cette étape nécessite le scénario %1 du simulateur, et ce serveur n&apos;a pas de contrôle du simulateur (/_sim), par ex. un vrai compte.</translation>
    </message>
    <message>
        <source>The simulator refused the scenario %1: %2</source>
        <translation>Le simulateur a refusé le scénario %1 : %2</translation>
    </message>
    <message>
        <source>Sign-in failed, so the step could not be sent.</source>
        <translation>La connexion a échoué : l&apos;étape n&apos;a pas pu être envoyée.</translation>
    </message>
    <message>
        <source>no HTTP response (%1: %2)</source>
        <translation>pas de réponse HTTP (%1 : %2)</translation>
    </message>
    <message>
        <source>status %1, expected %2</source>
        <translation>statut %1, %2 attendu</translation>
    </message>
    <message>
        <source>status %1 (%2), expected a success</source>
        <translation>statut %1 (%2), succès attendu</translation>
    </message>
    <message>
        <source>no error, expected the action %1</source>
        <translation>aucune erreur, action %1 attendue</translation>
    </message>
    <message>
        <source>action %1 (%2), expected %3</source>
        <translation>action %1 (%2), %3 attendue</translation>
    </message>
    <message>
        <source>%1 is not in the response</source>
        <translation>%1 ne figure pas dans la réponse</translation>
    </message>
</context>
<context>
    <name>cx::ZipWriter</name>
    <message>
        <source>the archive would be larger than a zip file without ZIP64 can hold</source>
        <translation>l&apos;archive dépasserait ce qu&apos;un fichier zip sans ZIP64 peut contenir</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire &apos;%1&apos; : %2</translation>
    </message>
</context>
<context>
    <name>cx::cli::CliOutput</name>
    <message>
        <source>error: HTTP %1 %2: %3</source>
        <translation>erreur : HTTP %1 %2 : %3</translation>
    </message>
    <message>
        <source>error: no response (%1): %2</source>
        <translation>erreur : pas de réponse (%1) : %2</translation>
    </message>
    <message>
        <source>action: %1. %2 %3</source>
        <translation>action : %1. %2 %3</translation>
    </message>
    <message>
        <source>(This code is unknown to this version of Connect Explorer.)</source>
        <translation>(Ce code est inconnu de cette version de Connect Explorer.)</translation>
    </message>
    <message>
        <source>fields:</source>
        <translation>champs :</translation>
    </message>
    <message>
        <source>missing scopes: %1</source>
        <translation>portées manquantes : %1</translation>
    </message>
    <message>
        <source>The charset %1 is unknown to this version of Connect Explorer, so the body is given as bytes.</source>
        <translation>Le jeu de caractères %1 est inconnu de cette version de Connect Explorer : le corps est donc fourni en octets.</translation>
    </message>
    <message>
        <source>The body is not valid %1 text, so it is given as bytes.</source>
        <translation>Le corps n&apos;est pas un texte %1 valide : il est donc fourni en octets.</translation>
    </message>
    <message>
        <source>certificate: %1, issued by %2, valid %3 to %4
names: %5
fingerprint (SHA-256): %6
to trust this certificate only: --pin %7</source>
        <translation>certificat : %1, émis par %2, valide du %3 au %4
noms : %5
empreinte (SHA-256) : %6
pour faire confiance à ce seul certificat : --pin %7</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>cx::gui::BinaryPane</name>
    <message>
        <source>Save body as…</source>
        <translation>Enregistrer le corps sous…</translation>
    </message>
    <message>
        <source>Write the body&apos;s exact bytes to a file</source>
        <translation>Écrire les octets exacts du corps dans un fichier</translation>
    </message>
    <message>
        <source>Save body as</source>
        <translation>Enregistrer le corps sous</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%1 enregistré dans %2</translation>
    </message>
    <message>
        <source>Could not save the body to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le corps dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::BodyEditor</name>
    <message>
        <source>JSON body (leave empty to send none)</source>
        <translation>Corps JSON (laisser vide pour n&apos;en envoyer aucun)</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Checking JSON…</source>
        <translation>Vérification du JSON…</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Pas de corps</translation>
    </message>
    <message>
        <source>✓ Valid JSON</source>
        <translation>✓ JSON valide</translation>
    </message>
    <message>
        <source>✗ Invalid JSON at line %1, column %2: %3</source>
        <translation>✗ JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
</context>
<context>
    <name>cx::gui::BodyKind</name>
    <message>
        <source>%1, no Content-Type</source>
        <translation>%1, sans Content-Type</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The body is an image (%1); as text, each byte is read as one Latin-1 character.</source>
        <translation>Le corps est une image (%1) ; en texte, chaque octet est lu comme un caractère Latin-1.</translation>
    </message>
    <message>
        <source>The body&apos;s charset %1 is unknown to this version of Qt; as text, each byte is read as one Latin-1 character.</source>
        <translation>Le jeu de caractères %1 du corps est inconnu de cette version de Qt ; en texte, chaque octet est lu comme un caractère Latin-1.</translation>
    </message>
    <message>
        <source>The body is not valid %1 text; as text, each byte is read as one Latin-1 character.</source>
        <translation>Le corps n&apos;est pas du texte %1 valide ; en texte, chaque octet est lu comme un caractère Latin-1.</translation>
    </message>
    <message>
        <source>The body is binary, not text; as text, each byte is read as one Latin-1 character (NUL shown as ␀).</source>
        <translation>Le corps est binaire, pas du texte ; en texte, chaque octet est lu comme un caractère Latin-1 (NUL affiché sous la forme ␀).</translation>
    </message>
</context>
<context>
    <name>cx::gui::CheckReportModel</name>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Solution : %2</translation>
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
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
</context>
<context>
    <name>cx::gui::Checkup</name>
    <message>
        <source>Pass</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
</context>
<context>
    <name>cx::gui::CheckupController</name>
    <message>
        <source>&amp;Check This Account</source>
        <translation>&amp;Faire le bilan de ce compte</translation>
    </message>
    <message>
        <source>Sign in with the current profile, try every safe endpoint and say what is wrong.</source>
        <translation>Se connecter avec le profil courant, essayer chaque point de terminaison sans risque et indiquer ce qui ne va pas.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Com&amp;pare Accounts…</source>
        <translation>Com&amp;parer des comptes…</translation>
    </message>
    <message>
        <source>Two check-up reports, or two profiles, side by side.</source>
        <translation>Deux rapports de bilan du compte, ou deux profils, côte à côte.</translation>
    </message>
    <message>
        <source>Open &amp;HAR File…</source>
        <translation>Ouvrir un fichier &amp;HAR…</translation>
    </message>
    <message>
        <source>List the Connect API calls in a browser&apos;s HAR file and replay them with this profile.</source>
        <translation>Lister les appels à l&apos;API Connect d&apos;un fichier HAR de navigateur et les rejouer avec ce profil.</translation>
    </message>
    <message>
        <source>E&amp;xport History as HAR…</source>
        <translation>E&amp;xporter l&apos;historique en HAR…</translation>
    </message>
    <message>
        <source>Export History as HAR</source>
        <translation>Exporter l&apos;historique en HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har);;All files (*)</source>
        <translation>Fichiers HAR (*.har);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved the history (redacted) as %1.</source>
        <translation>Historique enregistré (masqué) sous %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Export &amp;Evidence…</source>
        <translation>Exporter les &amp;preuves…</translation>
    </message>
    <message>
        <source>One .zip for a support ticket: a customer&apos;s HAR, the check-up, the latest requests and a summary naming the cause, redacted.</source>
        <translation>Un seul .zip pour un ticket de support : le HAR d&apos;un client, le bilan du compte, les dernières requêtes et un résumé qui nomme la cause, le tout masqué.</translation>
    </message>
</context>
<context>
    <name>cx::gui::CheckupDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Account Check-up</source>
        <translation>Bilan du compte</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open that request with its response.</source>
        <translation>Double-cliquez sur une ligne (ou appuyez sur Entrée) pour ouvrir cette requête avec sa réponse.</translation>
    </message>
    <message>
        <source>Checking %1 as %2…</source>
        <translation>Vérification de %1 en tant que %2…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Checked %1 as %2 in %3 ms.</source>
        <translation>%1 vérifié en tant que %2 en %3 ms.</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>“%1” has no request to open.</source>
        <translation>« %1 » n&apos;a pas de requête à ouvrir.</translation>
    </message>
    <message>
        <source>There is no report yet.</source>
        <translation>Il n&apos;y a pas encore de rapport.</translation>
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
        <translation>Rapport JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Check-up Report</source>
        <translation>Exporter le rapport de bilan du compte</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Saved the report (redacted) as %1.</source>
        <translation>Rapport enregistré (masqué) sous %1.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ClearButtonOnFirstUse</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>cx::gui::CollectionTreeModel</name>
    <message numerus="yes">
        <source>%n saved request(s)</source>
        <translation>
            <numerusform>%n requête enregistrée</numerusform>
            <numerusform>%n requêtes enregistrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::gui::CollectionsPanel</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a saved request in a new tab</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir une requête enregistrée dans un nouvel onglet</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and every request saved in it?</source>
        <translation>Supprimer le dossier « %1 » et toutes les requêtes qui y sont enregistrées ?</translation>
    </message>
    <message>
        <source>Delete the saved request “%1”?</source>
        <translation>Supprimer la requête enregistrée « %1 » ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nom du dossier :</translation>
    </message>
    <message>
        <source>&amp;Import Collection…</source>
        <translation>&amp;Importer une collection…</translation>
    </message>
    <message>
        <source>Import a Postman (v2.0, v2.1) or Insomnia (v4, v5) collection as a folder</source>
        <translation>Importer une collection Postman (v2.0, v2.1) ou Insomnia (v4, v5) en tant que dossier</translation>
    </message>
    <message>
        <source>Export as &amp;Postman…</source>
        <translation>Exporter en &amp;Postman…</translation>
    </message>
    <message>
        <source>Write the selected folder as a Postman v2.1 collection</source>
        <translation>Écrire le dossier sélectionné sous forme de collection Postman v2.1</translation>
    </message>
    <message>
        <source>Imported collection</source>
        <translation>Collection importée</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Import Collection</source>
        <translation>Importer une collection</translation>
    </message>
    <message>
        <source>The collection was not imported: %1</source>
        <translation>La collection n&apos;a pas été importée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) imported into the folder “%1”.</source>
        <translation>
            <numerusform>%n requête importée dans le dossier « %1 ».</numerusform>
            <numerusform>%n requêtes importées dans le dossier « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): what was not taken over as it is in the file.</source>
        <translation>
            <numerusform>%n remarque : ce qui n&apos;a pas été repris tel quel depuis le fichier.</numerusform>
            <numerusform>%n remarques : ce qui n&apos;a pas été repris tel quel depuis le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Postman and Insomnia collections (*.json *.yaml *.yml)</source>
        <translation>Collections Postman et Insomnia (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export as Postman</source>
        <translation>Exporter en Postman</translation>
    </message>
    <message>
        <source>Postman collections (*.json)</source>
        <translation>Collections Postman (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Written, with %n note(s).</source>
        <translation>
            <numerusform>Écrit, avec %n remarque.</numerusform>
            <numerusform>Écrit, avec %n remarques.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::gui::CompareController</name>
    <message>
        <source>Send on Another &amp;Profile…</source>
        <translation>Envoyer avec un autre &amp;profil…</translation>
    </message>
    <message>
        <source>Send this tab&apos;s request on the current profile and on another one, and compare the responses.</source>
        <translation>Envoyer la requête de cet onglet avec le profil actuel et avec un autre, puis comparer les réponses.</translation>
    </message>
    <message>
        <source>Compare with &amp;Tab…</source>
        <translation>Comparer avec un &amp;onglet…</translation>
    </message>
    <message>
        <source>Compare this tab&apos;s last response with another tab&apos;s.</source>
        <translation>Comparer la dernière réponse de cet onglet avec celle d&apos;un autre onglet.</translation>
    </message>
    <message>
        <source>This Tab&apos;s &amp;Sends</source>
        <translation>Envois de cet o&amp;nglet</translation>
    </message>
    <message>
        <source>The current tab&apos;s earlier sends; compare any two of them.</source>
        <translation>Les envois précédents de l&apos;onglet courant ; comparez-en deux au choix.</translation>
    </message>
    <message>
        <source>This Tab&apos;s Sends</source>
        <translation>Envois de cet onglet</translation>
    </message>
    <message>
        <source>%1, send %2</source>
        <translation>%1, envoi %2</translation>
    </message>
    <message>
        <source>Open a request tab first.</source>
        <translation>Ouvrez d&apos;abord un onglet de requête.</translation>
    </message>
    <message>
        <source>There is no other profile to send on (Profile &gt; New Profile…).</source>
        <translation>Il n&apos;y a aucun autre profil avec lequel envoyer (Profil &gt; Nouveau profil…).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>This tab has no response to compare yet.</source>
        <translation>Cet onglet n&apos;a pas encore de réponse à comparer.</translation>
    </message>
    <message>
        <source>No other tab has a response to compare with.</source>
        <translation>Aucun autre onglet n&apos;a de réponse avec laquelle comparer.</translation>
    </message>
    <message>
        <source>Compare with Tab</source>
        <translation>Comparer avec un onglet</translation>
    </message>
    <message>
        <source>Compare this tab&apos;s last response (A) with the one of (B):</source>
        <translation>Comparer la dernière réponse de cet onglet (A) avec celle de (B) :</translation>
    </message>
    <message>
        <source>Both tabs need a response to compare.</source>
        <translation>Les deux onglets doivent avoir une réponse pour être comparés.</translation>
    </message>
    <message>
        <source>History: %1 %2</source>
        <translation>Historique : %1 %2</translation>
    </message>
    <message>
        <source>The history did not keep both responses.</source>
        <translation>L&apos;historique n&apos;a pas conservé les deux réponses.</translation>
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
        <translation>Portée</translation>
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
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Why they differ</source>
        <translation>Pourquoi ils diffèrent</translation>
    </message>
    <message>
        <source>Compare Accounts</source>
        <translation>Comparer des comptes</translation>
    </message>
    <message>
        <source>Open two saved reports (Export… in the check-up, as JSON), or run the check-up on two profiles.</source>
        <translation>Ouvrez deux rapports enregistrés (Exporter… dans le bilan du compte, en JSON), ou lancez le bilan du compte sur deux profils.</translation>
    </message>
    <message>
        <source>Open Two &amp;Reports…</source>
        <translation>Ouvrir deux &amp;rapports…</translation>
    </message>
    <message>
        <source>Run &amp;Check-up on Both</source>
        <translation>Lancer le &amp;bilan sur les deux</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profils :</translation>
    </message>
    <message>
        <source>%1 is not a check-up report: %2</source>
        <translation>%1 n&apos;est pas un rapport de bilan du compte : %2</translation>
    </message>
    <message>
        <source>Check-up reports (*.json);;All files (*)</source>
        <translation>Rapports de bilan du compte (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>First Report (A)</source>
        <translation>Premier rapport (A)</translation>
    </message>
    <message>
        <source>Second Report (B)</source>
        <translation>Second rapport (B)</translation>
    </message>
    <message>
        <source>The profile is gone.</source>
        <translation>Le profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The built-in simulator runs only while the Demo profile is in use.</source>
        <translation>Le simulateur intégré ne fonctionne que lorsque le profil Demo est utilisé.</translation>
    </message>
    <message>
        <source>Client secret of “%1” (used for this check-up only):</source>
        <translation>Secret client de « %1 » (utilisé pour ce bilan du compte uniquement) :</translation>
    </message>
    <message>
        <source>Checking %1 and %2…</source>
        <translation>Vérification de %1 et %2…</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A : %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B : %1</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordée</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>%1 and %2 agree on every scope and check.</source>
        <translation>%1 et %2 concordent sur chaque portée et chaque vérification.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between %1 and %2, highlighted.</source>
        <translation>
            <numerusform>%n différence entre %1 et %2, mise en évidence.</numerusform>
            <numerusform>%n différences entre %1 et %2, mises en évidence.</numerusform>
        </translation>
    </message>
    <message>
        <source>The network settings of “%1” cannot be used: %2</source>
        <translation>Les paramètres réseau de « %1 » ne peuvent pas être utilisés : %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::Connection</name>
    <message>
        <source>The built-in Demo server could not listen on a loopback port.</source>
        <translation>Le serveur Demo intégré n&apos;a pas pu écouter sur un port de la boucle locale.</translation>
    </message>
    <message>
        <source>The profile has no base URL.</source>
        <translation>Le profil n&apos;a pas d&apos;URL de base.</translation>
    </message>
    <message>
        <source>Only the Demo profile&apos;s built-in server can be served over HTTPS.</source>
        <translation>Seul le serveur intégré du profil Démo peut être servi en HTTPS.</translation>
    </message>
    <message>
        <source>The demo certificate is missing from this build.</source>
        <translation>Le certificat de démonstration manque dans cette version.</translation>
    </message>
    <message>
        <source>The built-in Demo server could not start over HTTPS.</source>
        <translation>Le serveur Démo intégré n&apos;a pas pu démarrer en HTTPS.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ContractView</name>
    <message>
        <source>Assumption held?</source>
        <translation>Hypothèse validée ?</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Where the description states it</source>
        <translation>Où la description l&apos;énonce</translation>
    </message>
    <message>
        <source>What this server did</source>
        <translation>Ce qu&apos;a fait ce serveur</translation>
    </message>
    <message>
        <source>Choices the public docs leave open, as the API description assumes them and as this server answered (connect-cli check --contract).</source>
        <translation>Choix que la documentation publique laisse ouverts, tels que la description de l&apos;API les suppose et tels que ce serveur a répondu (connect-cli check --contract).</translation>
    </message>
</context>
<context>
    <name>cx::gui::CopyAsCodeDialog</name>
    <message>
        <source>Include &amp;secrets</source>
        <translation>Inclure les &amp;secrets</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy as Code</source>
        <translation>Copier en tant que code</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langage</translation>
    </message>
    <message>
        <source>Code preview</source>
        <translation>Aperçu du code</translation>
    </message>
    <message>
        <source>Write the signed-in session&apos;s bearer token into the code. Anyone who reads the code can then act as this account until the token expires.</source>
        <translation>Écrit le jeton bearer de la session connectée dans le code. Quiconque lit le code peut alors agir au nom de ce compte jusqu&apos;à l&apos;expiration du jeton.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langage :</translation>
    </message>
    <message>
        <source>No secrets: the code reads the token from the environment variable %1.</source>
        <translation>Aucun secret : le code lit le jeton dans la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>Not signed in: there is no token to include; the code reads %1 instead.</source>
        <translation>Non connecté : il n&apos;y a pas de jeton à inclure ; le code lit %1 à la place.</translation>
    </message>
    <message>
        <source>The code holds the session&apos;s real token: keep it private.</source>
        <translation>Le code contient le vrai jeton de la session : gardez-le privé.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>&amp;Keep variables as shell variables</source>
        <translation>&amp;Garder les variables comme variables du shell</translation>
    </message>
    <message>
        <source>Write each {{name}} as a reference to the environment variable of that name instead of its value</source>
        <translation>Écrire chaque {{name}} comme une référence à la variable d&apos;environnement de ce nom au lieu de sa valeur</translation>
    </message>
    <message>
        <source>Export %1 before running it.</source>
        <translation>Exportez %1 avant de l&apos;exécuter.</translation>
    </message>
</context>
<context>
    <name>cx::gui::CrashGuard</name>
    <message>
        <source>Connect Explorer did not close properly last time (started at %1). Your request drafts were kept; the log is at %2.</source>
        <translation>Connect Explorer ne s&apos;est pas fermé correctement la dernière fois (démarré à %1). Vos brouillons de requête ont été conservés ; le journal se trouve dans %2.</translation>
    </message>
    <message>
        <source>Connect Explorer did not close properly last time.</source>
        <translation>Connect Explorer ne s&apos;est pas fermé correctement la dernière fois.</translation>
    </message>
    <message>
        <source>Connect Explorer</source>
        <translation>Connect Explorer</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
</context>
<context>
    <name>cx::gui::DecodedImage</name>
    <message>
        <source>This build of Qt cannot read %1 images, so the body is shown as hex.</source>
        <translation>Cette version de Qt ne sait pas lire les images %1 : le corps est donc affiché en hexadécimal.</translation>
    </message>
    <message>
        <source>The body is not a readable %1 image (%2); it is shown as hex.</source>
        <translation>Le corps n&apos;est pas une image %1 lisible (%2) ; il est affiché en hexadécimal.</translation>
    </message>
    <message>
        <source>The image declares %1 × %2 pixels, more than the %3 MB allowed for showing an image; it is shown as hex.</source>
        <translation>L&apos;image déclare %1 × %2 pixels, plus que les %3 Mo autorisés pour afficher une image ; elle est affichée en hexadécimal.</translation>
    </message>
    <message>
        <source>The body is a corrupt %1 image (%2); it is shown as hex.</source>
        <translation>Le corps est une image %1 corrompue (%2) ; il est affiché en hexadécimal.</translation>
    </message>
</context>
<context>
    <name>cx::gui::EndpointBrowser</name>
    <message>
        <source>Filter endpoints (Ctrl+K)</source>
        <translation>Filtrer les points de terminaison (Ctrl+K)</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Filtrer les points de terminaison</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Portées : %1</translation>
    </message>
    <message>
        <source>Show simulator endpoints</source>
        <translation>Afficher les points de terminaison du simulateur</translation>
    </message>
</context>
<context>
    <name>cx::gui::EndpointTreeModel</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>1 endpoint</source>
        <translation>1 point de terminaison</translation>
    </message>
    <message>
        <source>%1 endpoints</source>
        <translation>%1 points de terminaison</translation>
    </message>
    <message>
        <source>Your token lacks the scope %1 that this endpoint requires.</source>
        <translation>Votre jeton n&apos;a pas la portée %1 requise par ce point de terminaison.</translation>
    </message>
    <message>
        <source>Your token lacks the scopes %1 that this endpoint requires.</source>
        <translation>Votre jeton n&apos;a pas les portées %1 requises par ce point de terminaison.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
</context>
<context>
    <name>cx::gui::ErrorArea</name>
    <message>
        <source>Show in Error &amp;Panel</source>
        <translation>Afficher dans le &amp;panneau d&apos;erreurs</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Échec de la requête</translation>
    </message>
    <message>
        <source>Open the error panel with what this code means and what to do</source>
        <translation>Ouvrir le panneau d&apos;erreurs avec la signification de ce code et la marche à suivre</translation>
    </message>
    <message>
        <source>Request failed — HTTP %1 · %2</source>
        <translation>Échec de la requête — HTTP %1 · %2</translation>
    </message>
    <message>
        <source>Request failed — no response · %1</source>
        <translation>Échec de la requête — pas de réponse · %1</translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation>Le serveur indique : %1</translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation>Signification : %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Action: %1 — %2</source>
        <translation>Action : %1 — %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::ErrorPanel</name>
    <message>
        <source>Error Panel</source>
        <translation>Panneau d&apos;erreurs</translation>
    </message>
    <message>
        <source>No failed requests yet.</source>
        <translation>Aucune requête en échec pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Error panel</source>
        <translation>Panneau d&apos;erreurs</translation>
    </message>
    <message>
        <source>&amp;Error Panel</source>
        <translation>Panneau d&apos;&amp;erreurs</translation>
    </message>
    <message>
        <source>This code is unknown to this version of Connect Explorer; it is shown as the server sent it.</source>
        <translation>Ce code est inconnu de cette version de Connect Explorer ; il est affiché tel que le serveur l&apos;a envoyé.</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
        <source>Errors this session</source>
        <translation>Erreurs de cette session</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Forget the errors of this session</source>
        <translation>Oublier les erreurs de cette session</translation>
    </message>
    <message>
        <source>Sent again, and this time it worked: HTTP %1 (attempt %2).</source>
        <translation>Renvoyée, et cette fois elle a abouti : HTTP %1 (tentative %2).</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>pas de réponse</translation>
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
        <translation>Pas de réponse · %1</translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation>Le serveur indique : %1</translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation>Signification : %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 à %3</translation>
    </message>
    <message>
        <source>(attempt %1)</source>
        <translation>(tentative %1)</translation>
    </message>
    <message>
        <source>(its tab is closed)</source>
        <translation>(son onglet est fermé)</translation>
    </message>
    <message>
        <source>What you can do (%1)</source>
        <translation>Ce que vous pouvez faire (%1)</translation>
    </message>
    <message>
        <source>The tab of this request is closed; open the endpoint again to send it.</source>
        <translation>L&apos;onglet de cette requête est fermé ; ouvrez de nouveau le point de terminaison pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>That tab is busy with another request.</source>
        <translation>Cet onglet est occupé par une autre requête.</translation>
    </message>
    <message>
        <source>The tab&apos;s latest request worked (HTTP %1); the error above came before it.</source>
        <translation>La dernière requête de l&apos;onglet a réussi (HTTP %1) ; l&apos;erreur ci-dessus est survenue avant.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ErrorReport</name>
    <message>
        <source># Connect Explorer error report</source>
        <translation># Rapport d&apos;erreur Connect Explorer</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Heure : %1</translation>
    </message>
    <message>
        <source>App: Connect Explorer %1 (Qt %2, %3)</source>
        <translation>Application : Connect Explorer %1 (Qt %2, %3)</translation>
    </message>
    <message>
        <source>API version: %1</source>
        <translation>Version de l&apos;API : %1</translation>
    </message>
    <message>
        <source>Base URL: %1</source>
        <translation>URL de base : %1</translation>
    </message>
    <message>
        <source>Code: `%1` (%2), action `%3`</source>
        <translation>Code : `%1` (%2), action `%3`</translation>
    </message>
    <message>
        <source>sent by the server</source>
        <translation>envoyé par le serveur</translation>
    </message>
    <message>
        <source>derived by the app</source>
        <translation>déduit par l&apos;application</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Message du serveur : %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>No complete response: %1 (%2)</source>
        <translation>Pas de réponse complète : %1 (%2)</translation>
    </message>
    <message>
        <source>(The body was cut at %1 characters.)</source>
        <translation>(Le corps a été tronqué à %1 caractères.)</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protocole : %1</translation>
    </message>
    <message>
        <source>Failure code: `%1`</source>
        <translation>Code d&apos;échec : `%1`</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid %3 to %4, names %5</source>
        <translation>Certificat : %1, émis par %2, valide du %3 au %4, noms %5</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>Empreinte du certificat (SHA-256) : %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::EvidenceDialog</name>
    <message>
        <source>Customer&apos;s HAR File</source>
        <translation>Fichier HAR du client</translation>
    </message>
    <message>
        <source>HAR files (*.har);;All files (*)</source>
        <translation>Fichiers HAR (*.har);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Evidence As</source>
        <translation>Enregistrer les preuves sous</translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation>Archives zip (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Exporter les preuves</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;HAR file (optional):</source>
        <translation>Fichier &amp;HAR du client (facultatif) :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Include a &amp;check-up of this account</source>
        <translation>Inclure un &amp;bilan de ce compte</translation>
    </message>
    <message>
        <source>Include the &amp;last history entries:</source>
        <translation>Inclure les &amp;dernières entrées de l&apos;historique :</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Enregistrer &amp;sous :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Choose the file to save the evidence to.</source>
        <translation>Choisissez le fichier où enregistrer les preuves.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Choose something to include: a HAR file, the check-up or history entries.</source>
        <translation>Choisissez quelque chose à inclure : un fichier HAR, le bilan du compte ou des entrées de l&apos;historique.</translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>Bilan du compte en cours…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Saved the evidence (redacted) as %1.</source>
        <translation>Preuves enregistrées (masquées) sous %1.</translation>
    </message>
    <message>
        <source>The evidence could not be written: %1</source>
        <translation>Les preuves n&apos;ont pas pu être écrites : %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::FindBar</name>
    <message>
        <source>Find in response</source>
        <translation>Rechercher dans la réponse</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Rechercher l&apos;occurrence précédente (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>Rechercher l&apos;occurrence suivante (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>cx::gui::FixRequestAction</name>
    <message>
        <source>&amp;Show in the request</source>
        <translation>&amp;Afficher dans la requête</translation>
    </message>
    <message>
        <source>At fault: query parameter “%1”.</source>
        <translation>En cause : le paramètre de requête « %1 ».</translation>
    </message>
    <message>
        <source>At fault: path parameter {%1}.</source>
        <translation>En cause : le paramètre de chemin {%1}.</translation>
    </message>
    <message>
        <source>At fault: header “%1”.</source>
        <translation>En cause : l&apos;en-tête « %1 ».</translation>
    </message>
    <message>
        <source>At fault: body field “%1”.</source>
        <translation>En cause : le champ du corps « %1 ».</translation>
    </message>
    <message>
        <source>At fault: the JSON body at character %1.</source>
        <translation>En cause : le corps JSON au caractère %1.</translation>
    </message>
    <message>
        <source>At fault: the request body.</source>
        <translation>En cause : le corps de la requête.</translation>
    </message>
    <message>
        <source>The server names no single place; read its words above and correct the request.</source>
        <translation>Le serveur n&apos;indique aucun endroit précis ; lisez son message ci-dessus et corrigez la requête.</translation>
    </message>
    <message>
        <source>At fault: query parameter “%1”: %2</source>
        <translation>En cause : le paramètre de requête « %1 » : %2</translation>
    </message>
    <message>
        <source>At fault: path parameter {%1}: %2</source>
        <translation>En cause : le paramètre de chemin {%1} : %2</translation>
    </message>
    <message>
        <source>At fault: body field “%1”: %2</source>
        <translation>En cause : le champ du corps « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::HarDialog</name>
    <message>
        <source>&amp;Replay with Current Profile</source>
        <translation>&amp;Rejouer avec le profil courant</translation>
    </message>
    <message>
        <source>Show in &amp;Error Panel</source>
        <translation>Afficher dans le panneau d&apos;&amp;erreurs</translation>
    </message>
    <message>
        <source>HAR File</source>
        <translation>Fichier HAR</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Sends this call with the current profile&apos;s token. The customer&apos;s tokens and cookies in the file are never sent.</source>
        <translation>Envoie cet appel avec le jeton du profil courant. Les jetons et cookies du client présents dans le fichier ne sont jamais envoyés.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open HAR File</source>
        <translation>Ouvrir un fichier HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>Fichiers HAR (*.har *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>HAR File — %1</source>
        <translation>Fichier HAR — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Connect API call(s) of %1 entries, </source>
        <translation>
            <numerusform>%n appel à l&apos;API Connect sur %1 entrées, </numerusform>
            <numerusform>%n appels à l&apos;API Connect sur %1 entrées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n en échec.</numerusform>
            <numerusform>%n en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens and cookies from the file are masked.</source>
        <translation>Les jetons et cookies du fichier sont masqués.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) skipped.</source>
        <translation>
            <numerusform>%n entrée ignorée.</numerusform>
            <numerusform>%n entrées ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: HTTP %1, %2 (%3)</source>
        <translation>Échec : HTTP %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation>Signification : %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Succeeded: HTTP %1</source>
        <translation>Réussite : HTTP %1</translation>
    </message>
    <message>
        <source>Replay to Its Own &amp;Origin</source>
        <translation>Rejouer vers sa propre &amp;origine</translation>
    </message>
    <message>
        <source>Sends this entry, which is not a Connect API call, to the host it went to, without any credential: neither the customer&apos;s nor the profile&apos;s token.</source>
        <translation>Envoie cette entrée, qui n&apos;est pas un appel à l&apos;API Connect, à l&apos;hôte auquel elle était destinée, sans aucun identifiant : ni le jeton du client ni celui du profil.</translation>
    </message>
    <message>
        <source>Entries on another origin than %1 are greyed.</source>
        <translation>Les entrées sur une autre origine que %1 sont grisées.</translation>
    </message>
    <message>
        <source>Not a Connect API call: %1. &quot;Replay to Its Own Origin&quot; sends it there on purpose, without any credential.</source>
        <translation>Pas un appel à l&apos;API Connect : %1. « Rejouer vers sa propre origine » l&apos;y envoie délibérément, sans aucun identifiant.</translation>
    </message>
    <message>
        <source>Sending %1 %2 to %3 without credentials…</source>
        <translation>Envoi de %1 %2 à %3 sans identifiants…</translation>
    </message>
    <message>
        <source>Replayed to %1 without credentials.</source>
        <translation>Rejouée vers %1 sans identifiants.</translation>
    </message>
    <message>
        <source>Answered: HTTP %1 %2</source>
        <translation>Réponse : HTTP %1 %2</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Aucune réponse : %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::HeaderListModel</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>cx::gui::HexView</name>
    <message>
        <source>Copy as hex</source>
        <translation>Copier en hexadécimal</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Select bytes to copy first.</source>
        <translation>Sélectionnez d&apos;abord les octets à copier.</translation>
    </message>
    <message>
        <source>The selection is too large to copy as hex (more than %1); save the body instead.</source>
        <translation>La sélection est trop grande pour être copiée en hexadécimal (plus de %1) ; enregistrez plutôt le corps.</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>cx::gui::HistoryPanel</name>
    <message>
        <source>Clear…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Search history (method, path, status, error)</source>
        <translation>Rechercher dans l&apos;historique (méthode, chemin, statut, erreur)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>Historique des requêtes</translation>
    </message>
    <message>
        <source>Double-click or press Enter to reopen a request in a new tab</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour rouvrir une requête dans un nouvel onglet</translation>
    </message>
    <message>
        <source>Forget every request in the history</source>
        <translation>Oublier toutes les requêtes de l&apos;historique</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n sent request(s)?</source>
        <translation>
            <numerusform>Oublier %n requête envoyée ?</numerusform>
            <numerusform>Oublier les %n requêtes envoyées ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 sur %n requête</numerusform>
            <numerusform>%1 sur %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the responses of the two selected requests (Ctrl+D)</source>
        <translation>Comparer les réponses des deux requêtes sélectionnées (Ctrl+D)</translation>
    </message>
    <message>
        <source>The history did not keep the response of one of them</source>
        <translation>L&apos;historique n&apos;a pas conservé la réponse de l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <source>Select two requests (Ctrl+click) to compare their responses</source>
        <translation>Sélectionnez deux requêtes (Ctrl+clic) pour comparer leurs réponses</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare the selected responses</source>
        <translation>Comparer les réponses sélectionnées</translation>
    </message>
    <message>
        <source>Compare the Two Responses</source>
        <translation>Comparer les deux réponses</translation>
    </message>
    <message>
        <source>Compare the responses of the two selected requests</source>
        <translation>Comparer les réponses des deux requêtes sélectionnées</translation>
    </message>
</context>
<context>
    <name>cx::gui::ImagePreview</name>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Show the image pixel for pixel instead of scaled to fit</source>
        <translation>Afficher l&apos;image pixel pour pixel au lieu de l&apos;adapter à la fenêtre</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation>%1, %2 × %3 pixels</translation>
    </message>
    <message>
        <source> — shown at %1%</source>
        <translation> — affichée à %1%</translation>
    </message>
</context>
<context>
    <name>cx::gui::JsonTreeModel</name>
    <message>
        <source>{1 key}</source>
        <translation>{1 clé}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 clés}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 élément]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 éléments]</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>cx::gui::JsonTreeView</name>
    <message>
        <source>Copy &amp;value</source>
        <translation>Copier la &amp;valeur</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copier le &amp;chemin</translation>
    </message>
    <message>
        <source>Response as a JSON tree</source>
        <translation>Réponse sous forme d&apos;arbre JSON</translation>
    </message>
    <message>
        <source>&amp;Set variable from this value…</source>
        <translation>&amp;Définir une variable à partir de cette valeur…</translation>
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
        <translation>Impossible de lire les portées du jeton : %1</translation>
    </message>
    <message>
        <source>The server did not confirm the sign-out: %1</source>
        <translation>Le serveur n&apos;a pas confirmé la déconnexion : %1</translation>
    </message>
    <message>
        <source>The token was renewed automatically.</source>
        <translation>Le jeton a été renouvelé automatiquement.</translation>
    </message>
    <message>
        <source>%1 (built-in simulator)</source>
        <translation>%1 (simulateur intégré)</translation>
    </message>
    <message>
        <source>&amp;Open OpenAPI Document…</source>
        <translation>&amp;Ouvrir un document OpenAPI…</translation>
    </message>
    <message>
        <source>Open OpenAPI Document</source>
        <translation>Ouvrir un document OpenAPI</translation>
    </message>
    <message>
        <source>OpenAPI 3 JSON (*.json);;All files (*)</source>
        <translation>JSON OpenAPI 3 (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;New Request Tab</source>
        <translation>&amp;Nouvel onglet de requête</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Cancel Request</source>
        <translation>&amp;Annuler la requête</translation>
    </message>
    <message>
        <source>Find &amp;Endpoint</source>
        <translation>Rechercher un &amp;point de terminaison</translation>
    </message>
    <message>
        <source>&amp;Find in Response</source>
        <translation>&amp;Rechercher dans la réponse</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;Out (Revoke Token)</source>
        <translation>Se &amp;déconnecter (révoquer le jeton)</translation>
    </message>
    <message>
        <source>&amp;About Connect Explorer</source>
        <translation>À &amp;propos de Connect Explorer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Showing the endpoints of %1</source>
        <translation>Affichage des points de terminaison de %1</translation>
    </message>
    <message>
        <source>About Connect Explorer</source>
        <translation>À propos de Connect Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect Explorer %1&lt;/h3&gt;&lt;p&gt;A desktop client for the Cliquify Connect API: browse every endpoint, send requests and read the answers.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Connect Explorer %1&lt;/h3&gt;&lt;p&gt;Un client de bureau pour l&apos;API Cliquify Connect : parcourez tous les points de terminaison, envoyez des requêtes et lisez les réponses.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Pick an endpoint</source>
        <translation>Choisir un point de terminaison</translation>
    </message>
    <message>
        <source>Take the five-minute tour</source>
        <translation>Faire la visite guidée de cinq minutes</translation>
    </message>
    <message>
        <source>A guided walk through signing in, sending a request and the errors the panel explains.</source>
        <translation>Une visite guidée de la connexion, de l&apos;envoi d&apos;une requête et des erreurs qu&apos;explique le panneau d&apos;erreurs.</translation>
    </message>
    <message>
        <source>Simulate an error</source>
        <translation>Simuler une erreur</translation>
    </message>
    <message>
        <source>Make the Demo server answer with an error (a missing scope, a rate limit, a dropped connection) and see what the error panel makes of it.</source>
        <translation>Faire répondre le serveur Demo avec une erreur (une portée manquante, une limite de débit, une connexion coupée) et voir ce qu&apos;en fait le panneau d&apos;erreurs.</translation>
    </message>
    <message>
        <source>Open a customer&apos;s HAR</source>
        <translation>Ouvrir le HAR d&apos;un client</translation>
    </message>
    <message>
        <source>Read a browser&apos;s HAR export: every Connect call in it with its error decided.</source>
        <translation>Lire l&apos;export HAR d&apos;un navigateur : chaque appel Connect qu&apos;il contient, avec son erreur retenue.</translation>
    </message>
    <message>
        <source>Run the check-up</source>
        <translation>Lancer le bilan du compte</translation>
    </message>
    <message>
        <source>Check this account: sign-in, the token&apos;s scopes and what each endpoint answers.</source>
        <translation>Faire le bilan de ce compte : la connexion, les portées du jeton et ce que répond chaque point de terminaison.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Close tab %1</source>
        <translation>Fermer l&apos;onglet %1</translation>
    </message>
    <message>
        <source>Type part of a path or a summary in the filter on the left (%1); Down and Return open it here.</source>
        <translation>Tapez une partie d&apos;un chemin ou d&apos;un résumé dans le filtre à gauche (%1) ; Bas puis Entrée l&apos;ouvrent ici.</translation>
    </message>
</context>
<context>
    <name>cx::gui::NetworkAction</name>
    <message>
        <source>Connection refused: nothing is listening at the server&apos;s address and port.</source>
        <translation>Connexion refusée : rien n&apos;écoute à l&apos;adresse et au port du serveur.</translation>
    </message>
    <message>
        <source>DNS: the server&apos;s host name could not be resolved.</source>
        <translation>DNS : le nom d&apos;hôte du serveur n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>Timeout: the server sent nothing for too long.</source>
        <translation>Délai dépassé : le serveur n&apos;a rien envoyé pendant trop longtemps.</translation>
    </message>
    <message>
        <source>TLS: the secure connection could not be set up (handshake or certificate).</source>
        <translation>TLS : la connexion sécurisée n&apos;a pas pu être établie (négociation ou certificat).</translation>
    </message>
    <message>
        <source>Truncated: fewer body bytes arrived than announced, so the response cannot be trusted.</source>
        <translation>Tronquée : moins d&apos;octets de corps que prévu sont arrivés, la réponse n&apos;est donc pas fiable.</translation>
    </message>
    <message>
        <source>Too large: the response body was over the size limit and was not read.</source>
        <translation>Trop volumineuse : le corps de la réponse dépassait la taille limite et n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>Trop de redirections.</translation>
    </message>
    <message>
        <source>A redirect to an address this app does not follow.</source>
        <translation>Une redirection vers une adresse que cette application ne suit pas.</translation>
    </message>
    <message>
        <source>Cancelled before the response arrived.</source>
        <translation>Annulée avant l&apos;arrivée de la réponse.</translation>
    </message>
    <message>
        <source>The request failed before a complete response arrived.</source>
        <translation>La requête a échoué avant l&apos;arrivée d&apos;une réponse complète.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>Send the same request again</source>
        <translation>Envoyer de nouveau la même requête</translation>
    </message>
    <message>
        <source>Connection lost: the server closed or reset the connection before the response was complete.</source>
        <translation>Connexion perdue : le serveur a fermé ou réinitialisé la connexion avant que la réponse soit complète.</translation>
    </message>
    <message>
        <source>Too large: the response&apos;s headers were over the size limit and were not read.</source>
        <translation>Trop volumineux : les en-têtes de la réponse dépassaient la taille limite et n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>Not sent: the request holds characters that cannot go on the wire.</source>
        <translation>Non envoyée : la requête contient des caractères qui ne peuvent pas être transmis.</translation>
    </message>
    <message>
        <source>Undecodable: the server answered, but its compressed body could not be decoded, so the body cannot be trusted.</source>
        <translation>Indécodable : le serveur a répondu, mais son corps compressé n&apos;a pas pu être décodé : on ne peut donc pas se fier au corps.</translation>
    </message>
    <message>
        <source>Certificate: %1
Issued by: %2%3
Valid: %4 to %5
Names: %6
Fingerprint (SHA-256): %7</source>
        <translation>Certificat : %1
Émis par : %2%3
Valide : du %4 au %5
Noms : %6
Empreinte (SHA-256) : %7</translation>
    </message>
    <message>
        <source> (itself: self-signed)</source>
        <translation> (lui-même : auto-signé)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate…</source>
        <translation>&amp;Faire confiance à ce certificat…</translation>
    </message>
    <message>
        <source>Trust this one certificate for this profile only, after comparing its fingerprint with the server&apos;s owner</source>
        <translation>Faire confiance à ce seul certificat pour ce profil uniquement, après avoir comparé son empreinte avec le propriétaire du serveur</translation>
    </message>
    <message>
        <source>&amp;Proxy Credentials…</source>
        <translation>&amp;Identifiants du proxy…</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s user name and password for this profile</source>
        <translation>Saisir le nom d&apos;utilisateur et le mot de passe du proxy pour ce profil</translation>
    </message>
</context>
<context>
    <name>cx::gui::NetworkSettingsForm</name>
    <message>
        <source>Add CA Certificates</source>
        <translation>Ajouter des certificats d&apos;AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add a Folder of CA Certificates</source>
        <translation>Ajouter un dossier de certificats d&apos;AC</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Clés (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System (environment or OS settings)</source>
        <translation>Système (environnement ou paramètres du système d&apos;exploitation)</translation>
    </message>
    <message>
        <source>None (always direct)</source>
        <translation>Aucun (toujours direct)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Kept in the keychain with the profile, never in a file</source>
        <translation>Conservé dans le trousseau avec le profil, jamais dans un fichier</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificats d&apos;AC supplémentaires</translation>
    </message>
    <message>
        <source>PEM files or folders of them, trusted besides the system&apos;s certificates</source>
        <translation>Fichiers PEM ou dossiers de fichiers PEM, approuvés en plus des certificats du système</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificat :</translation>
    </message>
    <message>
        <source>PEM, or PKCS#12 (.p12/.pfx) with its key</source>
        <translation>PEM, ou PKCS#12 (.p12/.pfx) avec sa clé</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lé :</translation>
    </message>
    <message>
        <source>PEM key (none with PKCS#12)</source>
        <translation>Clé PEM (aucune avec PKCS#12)</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>Phr&amp;ase secrète :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats approuvés</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile only, by their SHA-256 fingerprint (trusted from the error panel).</source>
        <translation>Certificats approuvés pour ce profil uniquement, par leur empreinte SHA-256 (approuvés depuis le panneau d&apos;erreur).</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;etirer</translation>
    </message>
</context>
<context>
    <name>cx::gui::NoResponsePanel</name>
    <message>
        <source>No response yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Send the request (%1) to see the answer here.</source>
        <translation>Envoyez la requête (%1) pour voir la réponse ici.</translation>
    </message>
</context>
<context>
    <name>cx::gui::NotFoundAction</name>
    <message>
        <source>Check the path: “%1” is not an endpoint the server knows. Pick one from the endpoint list on the left.</source>
        <translation>Vérifiez le chemin : « %1 » n&apos;est pas un point de terminaison connu du serveur. Choisissez-en un dans la liste des points de terminaison à gauche.</translation>
    </message>
    <message>
        <source>Check the ID in the path; the resource may have been deleted, or this client may not see it.</source>
        <translation>Vérifiez l&apos;ID dans le chemin ; la ressource a peut-être été supprimée, ou ce client ne la voit pas.</translation>
    </message>
    <message>
        <source>Check the ID “%1”; the resource may have been deleted, or this client may not see it.</source>
        <translation>Vérifiez l&apos;ID « %1 » ; la ressource a peut-être été supprimée, ou ce client ne la voit pas.</translation>
    </message>
    <message>
        <source>No list endpoint</source>
        <translation>Aucun point de terminaison de liste</translation>
    </message>
    <message>
        <source>&amp;List valid IDs: GET %1</source>
        <translation>&amp;Lister les ID valides : GET %1</translation>
    </message>
    <message>
        <source>Open %1 in a new tab and send it</source>
        <translation>Ouvrir %1 dans un nouvel onglet et l&apos;envoyer</translation>
    </message>
</context>
<context>
    <name>cx::gui::NoticeAction</name>
    <message>
        <source>The server answered with the code “%1”, which this version of Connect Explorer does not know. Its message is shown above exactly as it was sent; nothing needs to be retried or changed unless the message says so.</source>
        <translation>Le serveur a répondu avec le code « %1 », que cette version de Connect Explorer ne connaît pas. Son message est affiché ci-dessus exactement tel qu&apos;il a été envoyé ; rien n&apos;est à réessayer ni à modifier, sauf si le message l&apos;indique.</translation>
    </message>
    <message>
        <source>Nothing here needs a click: read the server&apos;s message above. %1</source>
        <translation>Aucun clic n&apos;est nécessaire ici : lisez le message du serveur ci-dessus. %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::PagedTextView</name>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Page précédente</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Page suivante ▶</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::ParamTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Retirer les lignes sélectionnées</translation>
    </message>
</context>
<context>
    <name>cx::gui::ParamTableModel</name>
    <message>
        <source>(required) %1</source>
        <translation>(obligatoire) %1</translation>
    </message>
    <message>
        <source>Sent with the request. Untick to leave it out.</source>
        <translation>Envoyé avec la requête. Décochez pour l&apos;omettre.</translation>
    </message>
    <message>
        <source>Not sent. Tick to send it.</source>
        <translation>Non envoyé. Cochez pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The value of %1 was not saved (secrets are never written to disk); paste it again.</source>
        <translation>La valeur de %1 n&apos;a pas été enregistrée (les secrets ne sont jamais écrits sur le disque) ; collez-la à nouveau.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ParsedBody</name>
    <message>
        <source>The body is not JSON; it is shown as raw text.</source>
        <translation>Le corps n&apos;est pas du JSON ; il est affiché en texte brut.</translation>
    </message>
    <message>
        <source>The JSON nests deeper than %1 levels, too deep to show as a tree; it is shown raw.</source>
        <translation>Le JSON est imbriqué sur plus de %1 niveaux, trop profond pour un affichage en arbre ; il est affiché brut.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at byte %2); it is shown as raw text.</source>
        <translation>Le corps n&apos;est pas du JSON valide (%1 à l&apos;octet %2) ; il est affiché en texte brut.</translation>
    </message>
</context>
<context>
    <name>cx::gui::PathParamsForm</name>
    <message>
        <source>The path has no {parameters}.</source>
        <translation>Le chemin n&apos;a pas de {paramètres}.</translation>
    </message>
    <message>
        <source>value for {%1}</source>
        <translation>valeur pour {%1}</translation>
    </message>
    <message>
        <source>Path parameter %1</source>
        <translation>Paramètre de chemin %1</translation>
    </message>
</context>
<context>
    <name>cx::gui::PermissionAction</name>
    <message>
        <source>Scopes granted to the token</source>
        <translation>Portées accordées au jeton</translation>
    </message>
    <message>
        <source>Scopes the endpoint requires</source>
        <translation>Portées requises par le point de terminaison</translation>
    </message>
    <message>
        <source>Granted (introspection)</source>
        <translation>Accordées (introspection)</translation>
    </message>
    <message>
        <source>Required (catalog)</source>
        <translation>Requises (catalogue)</translation>
    </message>
    <message>
        <source>Who can grant it: scopes belong to the OAuth client, so its owner adds them in the Cliquify developer portal; tokens issued after that carry them. For a permission on a resource, ask an administrator of the account.</source>
        <translation>Qui peut l&apos;accorder : les portées appartiennent au client OAuth, son propriétaire les ajoute donc dans le portail développeur Cliquify ; les jetons émis ensuite les portent. Pour une autorisation sur une ressource, demandez à un administrateur du compte.</translation>
    </message>
    <message>
        <source>Sign in again to pick up &amp;new scopes</source>
        <translation>Se reconnecter pour obtenir les &amp;nouvelles portées</translation>
    </message>
    <message>
        <source>Missing scope: %1</source>
        <translation>Portée manquante : %1</translation>
    </message>
    <message>
        <source>The permission the request refers to does not exist.</source>
        <translation>L&apos;autorisation mentionnée par la requête n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No scope is missing: the user or account lacks a permission on this resource.</source>
        <translation>Aucune portée ne manque : l&apos;utilisateur ou le compte n&apos;a pas d&apos;autorisation sur cette ressource.</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(pas encore connu)</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(aucune indiquée)</translation>
    </message>
    <message>
        <source>Not granted to this token</source>
        <translation>Non accordée à ce jeton</translation>
    </message>
</context>
<context>
    <name>cx::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>La langue des menus, des boîtes de dialogue et des messages</translation>
    </message>
    <message>
        <source>The new language applies at once, to every open window. Open requests and drafts are kept.</source>
        <translation>La nouvelle langue s&apos;applique immédiatement à toutes les fenêtres ouvertes. Les requêtes ouvertes et les brouillons sont conservés.</translation>
    </message>
</context>
<context>
    <name>cx::gui::PresentationController</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>Larger fonts, secrets masked, side panels hidden: for a shared screen</source>
        <translation>Polices plus grandes, secrets masqués, panneaux latéraux cachés : pour un écran partagé</translation>
    </message>
    <message>
        <source>Secrets and tokens are masked on screen. Ctrl+Shift+P leaves presentation mode.</source>
        <translation>Les secrets et les jetons sont masqués à l&apos;écran. Ctrl+Shift+P quitte le mode présentation.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ProfileController</name>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored secret? The app switches to the Demo profile.</source>
        <translation>Supprimer le profil « %1 » et son secret stocké ? L&apos;application passe au profil Demo.</translation>
    </message>
    <message>
        <source>No keychain available: the secret is kept in memory for this session only</source>
        <translation>Aucun trousseau disponible : le secret est gardé en mémoire pour cette session uniquement</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>%1 (built-in simulator)</source>
        <translation>%1 (simulateur intégré)</translation>
    </message>
    <message>
        <source>The simulator inside the app, signed in with the demo client</source>
        <translation>Le simulateur intégré à l&apos;application, connecté avec le client de démonstration</translation>
    </message>
    <message>
        <source>%1 at %2 as %3</source>
        <translation>%1 sur %2 en tant que %3</translation>
    </message>
    <message>
        <source>%1 (from the command line)</source>
        <translation>%1 (depuis la ligne de commande)</translation>
    </message>
    <message>
        <source>Switch Profile</source>
        <translation>Changer de profil</translation>
    </message>
    <message>
        <source>Could not switch to %1: %2</source>
        <translation>Impossible de passer à %1 : %2</translation>
    </message>
    <message>
        <source>Enter the client secret for the profile &quot;%1&quot;.</source>
        <translation>Saisissez le secret client du profil « %1 ».</translation>
    </message>
    <message>
        <source>Enter the client secret for %1.</source>
        <translation>Saisissez le secret client pour %1.</translation>
    </message>
    <message>
        <source>The Demo profile&apos;s credentials are never stored</source>
        <translation>Les identifiants du profil Demo ne sont jamais stockés</translation>
    </message>
    <message>
        <source>Create a profile (Profile ▸ New Profile…) to keep its secret in the keychain</source>
        <translation>Créez un profil (Profil ▸ Nouveau profil…) pour garder son secret dans le trousseau</translation>
    </message>
    <message>
        <source>Sign In — %1</source>
        <translation>Se connecter — %1</translation>
    </message>
    <message>
        <source>The certificate has no usable fingerprint</source>
        <translation>Le certificat n&apos;a pas d&apos;empreinte utilisable</translation>
    </message>
    <message>
        <source>No proxy is set for %1; choose one in Profile ▸ Edit Profile… ▸ Network</source>
        <translation>Aucun proxy n&apos;est défini pour %1 ; choisissez-en un dans Profil ▸ Modifier le profil… ▸ Réseau</translation>
    </message>
    <message>
        <source>The certificate was not trusted: %1</source>
        <translation>Le certificat n&apos;a pas été approuvé : %1</translation>
    </message>
    <message>
        <source>The proxy credentials were not saved: %1</source>
        <translation>Les identifiants du proxy n&apos;ont pas été enregistrés : %1</translation>
    </message>
    <message>
        <source>&amp;Trusted Certificates…</source>
        <translation>&amp;Certificats de confiance…</translation>
    </message>
    <message>
        <source>The certificates this profile trusts by their fingerprint</source>
        <translation>Les certificats auxquels ce profil fait confiance par leur empreinte</translation>
    </message>
</context>
<context>
    <name>cx::gui::ProfileDialog</name>
    <message>
        <source>&amp;Remember the secret in the keychain</source>
        <translation>&amp;Mémoriser le secret dans le trousseau</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <source>https://oauth.cliquify.me</source>
        <translation>https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>Unticked, the secret is kept in memory until the app quits</source>
        <translation>Si la case est décochée, le secret est gardé en mémoire jusqu&apos;à la fermeture de l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Give the profile a name</source>
        <translation>Donnez un nom au profil</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL, e.g. https://oauth.cliquify.me</source>
        <translation>Saisissez une URL http:// ou https://, par ex. https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>Enter the client id</source>
        <translation>Saisissez l&apos;ID client</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>Rése&amp;au</translation>
    </message>
</context>
<context>
    <name>cx::gui::ProfileSend</name>
    <message>
        <source>The profile is gone.</source>
        <translation>Le profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The built-in simulator runs only while the Demo profile is in use.</source>
        <translation>Le simulateur intégré ne fonctionne que lorsque le profil Demo est utilisé.</translation>
    </message>
</context>
<context>
    <name>cx::gui::ProxyCredentialsDialog</name>
    <message>
        <source>Proxy Credentials</source>
        <translation>Identifiants du proxy</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password. They are kept with this profile (the password in the keychain).</source>
        <translation>Le proxy demande un nom d&apos;utilisateur et un mot de passe. Ils sont conservés avec ce profil (le mot de passe dans le trousseau).</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password. They are kept with this profile (the password in the keychain).</source>
        <translation>Le proxy %1 demande un nom d&apos;utilisateur et un mot de passe. Ils sont conservés avec ce profil (le mot de passe dans le trousseau).</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Save and Retry</source>
        <translation>&amp;Enregistrer et réessayer</translation>
    </message>
</context>
<context>
    <name>cx::gui::ReloginAction</name>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Se reconnecter</translation>
    </message>
    <message>
        <source>Signed in again and sent the request once more, but the server still refuses the token. Nothing is retried by itself; check the client in the developer portal.</source>
        <translation>Reconnecté et requête envoyée une nouvelle fois, mais le serveur refuse toujours le jeton. Rien n&apos;est réessayé automatiquement ; vérifiez le client dans le portail développeur.</translation>
    </message>
    <message>
        <source>The server refused the stored client credentials. Correct them in the sign-in form.</source>
        <translation>Le serveur a refusé les identifiants client stockés. Corrigez-les dans le formulaire de connexion.</translation>
    </message>
    <message>
        <source>A new token is requested with the stored client credentials, then the request is sent once more.</source>
        <translation>Un nouveau jeton est demandé avec les identifiants client stockés, puis la requête est envoyée une nouvelle fois.</translation>
    </message>
    <message>
        <source>Renew the token from the stored credentials and send the request again once</source>
        <translation>Renouveler le jeton à partir des identifiants stockés et renvoyer la requête une fois</translation>
    </message>
    <message>
        <source>Correct the &amp;credentials…</source>
        <translation>Corriger les &amp;identifiants…</translation>
    </message>
    <message>
        <source>No stored credentials: enter them in the sign-in form.</source>
        <translation>Aucun identifiant stocké : saisissez-les dans le formulaire de connexion.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signed in again; sending the request once more…</source>
        <translation>Reconnecté ; nouvel envoi de la requête…</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Reconnecté.</translation>
    </message>
    <message>
        <source>The server refused the stored credentials (%1): %2</source>
        <translation>Le serveur a refusé les identifiants stockés (%1) : %2</translation>
    </message>
    <message>
        <source>Signing in failed (%1): %2</source>
        <translation>Échec de la connexion (%1) : %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::ReportAction</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Enregistrer en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Enregistrer en &amp;JSON…</translation>
    </message>
    <message>
        <source>The app and the API disagree about this request. Send this report to support; secrets (the token, the client secret, secret headers and fields) are masked.</source>
        <translation>L&apos;application et l&apos;API ne concordent pas sur cette requête. Envoyez ce rapport au support ; les secrets (le jeton, le secret client, les en-têtes et champs secrets) sont masqués.</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Le rapport est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save Error Report</source>
        <translation>Enregistrer le rapport d&apos;erreur</translation>
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
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::RequestEditor</name>
    <message>
        <source>%1 — server says: %2</source>
        <translation>%1 — le serveur indique : %2</translation>
    </message>
    <message>
        <source>Query parameter “%1”</source>
        <translation>Paramètre de requête « %1 »</translation>
    </message>
    <message>
        <source>Header “%1”</source>
        <translation>En-tête « %1 »</translation>
    </message>
    <message>
        <source>(not in the request: add it)</source>
        <translation>(absent de la requête : ajoutez-le)</translation>
    </message>
    <message>
        <source>Path parameter {%1}</source>
        <translation>Paramètre de chemin {%1}</translation>
    </message>
    <message>
        <source>The request body</source>
        <translation>Le corps de la requête</translation>
    </message>
    <message>
        <source>The body at line %1, column %2</source>
        <translation>Le corps à la ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Body field “%1” (missing: add it here)</source>
        <translation>Champ du corps « %1 » (manquant : ajoutez-le ici)</translation>
    </message>
    <message>
        <source>Body field “%1”</source>
        <translation>Champ du corps « %1 »</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>query parameters</source>
        <translation>paramètres de requête</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>en-têtes</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <source>/api/path/{id}</source>
        <translation>/api/path/{id}</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Envoyer la requête (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel the running request (Esc)</source>
        <translation>Annuler la requête en cours (Esc)</translation>
    </message>
    <message>
        <source>Path parameters</source>
        <translation>Paramètres de chemin</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>H&amp;eaders</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corps</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 reçus</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyée : %1</translation>
    </message>
    <message>
        <source>Query parameter “%1” (not in the request: add it)</source>
        <translation>Paramètre de requête « %1 » (absent de la requête : ajoutez-le)</translation>
    </message>
    <message>
        <source>{{ }}</source>
        <translation>{{ }}</translation>
    </message>
    <message>
        <source>Variables: {{name}} in the path, query, headers and body</source>
        <translation>Variables : {{name}} dans le chemin, les paramètres de requête, les en-têtes et le corps</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>&amp;Edit Variables…</source>
        <translation>&amp;Modifier les variables…</translation>
    </message>
    <message>
        <source>&amp;Set Variable from Response…</source>
        <translation>Définir une variable depuis la &amp;réponse…</translation>
    </message>
    <message>
        <source>&amp;Define…</source>
        <translation>&amp;Définir…</translation>
    </message>
    <message>
        <source>Open the profile&apos;s variables with the missing ones added</source>
        <translation>Ouvrir les variables du profil avec celles qui manquent ajoutées</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n variable(s) not defined: %1</source>
        <translation>
            <numerusform>Non envoyée : %n variable non définie : %1</numerusform>
            <numerusform>Non envoyée : %n variables non définies : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(not defined: %1)</source>
        <translation>(non définie : %1)</translation>
    </message>
    <message>
        <source>{{%1}} = %2 (%3)</source>
        <translation>{{%1}} = %2 (%3)</translation>
    </message>
    <message>
        <source>Not sent: the path is empty. Pick an endpoint on the left or type a path.</source>
        <translation>Non envoyée : le chemin est vide. Choisissez un point de terminaison à gauche ou saisissez un chemin.</translation>
    </message>
    <message>
        <source>Not sent: fill in the path parameter {%1}.</source>
        <translation>Non envoyée : renseignez le paramètre de chemin {%1}.</translation>
    </message>
</context>
<context>
    <name>cx::gui::RequestPage</name>
    <message>
        <source>New request</source>
        <translation>Nouvelle requête</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>the session&apos;s token</source>
        <translation>le jeton de la session</translation>
    </message>
</context>
<context>
    <name>cx::gui::RequestWorkspace</name>
    <message>
        <source>The saved requests could not be read; the file was set aside as %1.</source>
        <translation>Les requêtes enregistrées n&apos;ont pas pu être lues ; le fichier a été mis de côté sous %1.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Show or hide every request sent so far</source>
        <translation>Afficher ou masquer toutes les requêtes envoyées jusqu&apos;ici</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>C&amp;ollections</translation>
    </message>
    <message>
        <source>Show or hide the saved requests</source>
        <translation>Afficher ou masquer les requêtes enregistrées</translation>
    </message>
    <message>
        <source>Sa&amp;ve Request…</source>
        <translation>Enre&amp;gistrer la requête…</translation>
    </message>
    <message>
        <source>Save the current request by name into a collection</source>
        <translation>Enregistrer la requête courante sous un nom dans une collection</translation>
    </message>
    <message>
        <source>&amp;Paste cURL as New Tab</source>
        <translation>&amp;Coller cURL dans un nouvel onglet</translation>
    </message>
    <message>
        <source>Open the cURL command on the clipboard in a new request tab</source>
        <translation>Ouvrir la commande cURL du presse-papiers dans un nouvel onglet de requête</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>Copier en &amp;tant que</translation>
    </message>
    <message>
        <source>Copy the current request as %1, without secrets</source>
        <translation>Copier la requête courante en tant que %1, sans secrets</translation>
    </message>
    <message>
        <source>Copy as &amp;Code…</source>
        <translation>Copier en tant que co&amp;de…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) could not be read and were set aside.</source>
        <translation>
            <numerusform>%n brouillon n&apos;a pas pu être lu et a été mis de côté.</numerusform>
            <numerusform>%n brouillons n&apos;ont pas pu être lus et ont été mis de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopened a request first sent to %1; it will be sent to %2.</source>
        <translation>Requête rouverte, envoyée à l&apos;origine à %1 ; elle sera envoyée à %2.</translation>
    </message>
    <message>
        <source>The request could not be saved: %1</source>
        <translation>La requête n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>« %1 » enregistrée dans %2.</translation>
    </message>
    <message>
        <source>Copied as %1. The code reads the token from $%2.</source>
        <translation>Copiée en tant que %1. Le code lit le jeton dans $%2.</translation>
    </message>
    <message>
        <source>Paste cURL</source>
        <translation>Coller cURL</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a cURL command first.</source>
        <translation>Le presse-papiers ne contient pas de texte. Copiez d&apos;abord une commande cURL.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s text could not be read as a cURL command: %1</source>
        <translation>Le texte du presse-papiers n&apos;a pas pu être lu comme une commande cURL : %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The notice goes away once a write of the same kind succeeds. The log has the details.</source>
        <translation>Cet avis disparaît dès qu&apos;une écriture du même type réussit. Le journal contient les détails.</translation>
    </message>
    <message>
        <source>collection %1</source>
        <translation>collection %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>The command was opened in %n new tab(s). Some of it could not be carried over:</source>
        <translation>
            <numerusform>La commande a été ouverte dans %n nouvel onglet. Une partie n&apos;a pas pu être reprise :</numerusform>
            <numerusform>La commande a été ouverte dans %n nouveaux onglets. Une partie n&apos;a pas pu être reprise :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cURL command was opened in %n new tab(s).</source>
        <translation>
            <numerusform>La commande cURL a été ouverte dans %n nouvel onglet.</numerusform>
            <numerusform>La commande cURL a été ouverte dans %n nouveaux onglets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::gui::ResponseDiffDialog</name>
    <message>
        <source>+ only in B</source>
        <translation>+ uniquement dans B</translation>
    </message>
    <message>
        <source>− only in A</source>
        <translation>− uniquement dans A</translation>
    </message>
    <message>
        <source>~ changed</source>
        <translation>~ modifié</translation>
    </message>
    <message>
        <source>≠ type changed</source>
        <translation>≠ type modifié</translation>
    </message>
    <message>
        <source>Compare Responses</source>
        <translation>Comparer les réponses</translation>
    </message>
    <message>
        <source>&amp;Ignore paths:</source>
        <translation>Chemins à &amp;ignorer :</translation>
    </message>
    <message>
        <source>e.g. meta.request_id, data[*].updated_at</source>
        <translation>par ex. meta.request_id, data[*].updated_at</translation>
    </message>
    <message>
        <source>Comma-separated paths whose differences are left out, with everything below them; * is any key, [*] any array item. Remembered for this endpoint.</source>
        <translation>Chemins séparés par des virgules dont les différences sont ignorées, avec tout ce qu&apos;ils contiennent ; * désigne n&apos;importe quelle clé, [*] n&apos;importe quel élément de tableau. Mémorisé pour ce point de terminaison.</translation>
    </message>
    <message>
        <source>Paths to ignore</source>
        <translation>Chemins à ignorer</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply the paths to ignore</source>
        <translation>Appliquer les chemins à ignorer</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>Différence &amp;précédente</translation>
    </message>
    <message>
        <source>Previous difference (Shift+F8)</source>
        <translation>Différence précédente (Shift+F8)</translation>
    </message>
    <message>
        <source>Previous difference</source>
        <translation>Différence précédente</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>Différence &amp;suivante</translation>
    </message>
    <message>
        <source>Next difference (F8)</source>
        <translation>Différence suivante (F8)</translation>
    </message>
    <message>
        <source>Next difference</source>
        <translation>Différence suivante</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
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
        <translation>Différences</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Response A</source>
        <translation>Réponse A</translation>
    </message>
    <message>
        <source>Response B</source>
        <translation>Réponse B</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3, %4, %5</source>
        <translation>%1 : %2 — %3, %4, %5</translation>
    </message>
    <message>
        <source>(body too large to keep: not compared)</source>
        <translation>(corps trop volumineux pour être conservé : non comparé)</translation>
    </message>
    <message>
        <source>Waiting for both responses…</source>
        <translation>En attente des deux réponses…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>First difference: %1 (looking for the others…)</source>
        <translation>Première différence : %1 (recherche des autres…)</translation>
    </message>
    <message>
        <source>Sending the request on both…</source>
        <translation>Envoi de la requête avec les deux profils…</translation>
    </message>
    <message>
        <source>“%1” is not a path (%2)</source>
        <translation>« %1 » n&apos;est pas un chemin (%2)</translation>
    </message>
    <message>
        <source>First difference shown; looking for the others…</source>
        <translation>Première différence affichée ; recherche des autres…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more not listed</source>
        <translation>
            <numerusform>… et %n autre, non listée</numerusform>
            <numerusform>… et %n autres, non listées</numerusform>
        </translation>
    </message>
    <message>
        <source>(only the start of the body was kept)</source>
        <translation>(seul le début du corps a été conservé)</translation>
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
        <translation>pas de réponse : %1</translation>
    </message>
    <message>
        <source>response body only</source>
        <translation>corps de la réponse uniquement</translation>
    </message>
</context>
<context>
    <name>cx::gui::ResponseTimingView</name>
    <message>
        <source>Total time:</source>
        <translation>Durée totale :</translation>
    </message>
    <message>
        <source>Body size:</source>
        <translation>Taille du corps :</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <source>Redirects followed:</source>
        <translation>Redirections suivies :</translation>
    </message>
    <message>
        <source>Final URL:</source>
        <translation>URL finale :</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Total time runs from sending the request to its last byte, redirects and a token renewal included.</source>
        <translation>La durée totale va de l&apos;envoi de la requête à son dernier octet, redirections et renouvellement du jeton compris.</translation>
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
        <translation>%1 (%2 octets)</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s), about %1</source>
        <translation>
            <numerusform>%n en-tête, environ %1</numerusform>
            <numerusform>%n en-têtes, environ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole :</translation>
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
        <translation>Résolution DNS :</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>TLS handshake:</source>
        <translation>Négociation TLS :</translation>
    </message>
    <message>
        <source>Request sent:</source>
        <translation>Requête envoyée :</translation>
    </message>
    <message>
        <source>First byte:</source>
        <translation>Premier octet :</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>Téléchargement :</translation>
    </message>
    <message>
        <source>The phases are the final request&apos;s (after redirects), as the network layer reports them, counted from when it was handed over.</source>
        <translation>Les phases sont celles de la requête finale (après les redirections), telles que la couche réseau les rapporte, comptées à partir du moment où la requête lui a été confiée.</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>unavailable (not reported by the network layer; part of Connect)</source>
        <translation>indisponible (non rapporté par la couche réseau ; inclus dans « Connexion »)</translation>
    </message>
    <message>
        <source>an open connection was reused</source>
        <translation>une connexion ouverte a été réutilisée</translation>
    </message>
    <message>
        <source>%1 ms (DNS lookup and TLS handshake included)</source>
        <translation>%1 ms (résolution DNS et négociation TLS comprises)</translation>
    </message>
    <message>
        <source>%1 ms (DNS lookup included)</source>
        <translation>%1 ms (résolution DNS comprise)</translation>
    </message>
    <message>
        <source>not used (plain HTTP)</source>
        <translation>non utilisé (HTTP non chiffré)</translation>
    </message>
    <message>
        <source>done %1 ms after the start; its own length is unavailable</source>
        <translation>terminé %1 ms après le début ; sa propre durée est indisponible</translation>
    </message>
    <message>
        <source>%1 ms after the start</source>
        <translation>%1 ms après le début</translation>
    </message>
    <message>
        <source>%1 ms after the start (%2 ms waiting for the server)</source>
        <translation>%1 ms après le début (%2 ms d&apos;attente du serveur)</translation>
    </message>
</context>
<context>
    <name>cx::gui::ResponseView</name>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formaté</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source> — incomplete</source>
        <translation> — incomplète</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(corps vide)</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Mise en forme…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Decoding the image…</source>
        <translation>Décodage de l&apos;image…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
</context>
<context>
    <name>cx::gui::RetryAction</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>The server asked to wait %1 s (Retry-After).</source>
        <translation>Le serveur a demandé d&apos;attendre %1 s (Retry-After).</translation>
    </message>
    <message>
        <source>The server asked to wait until %1 (Retry-After).</source>
        <translation>Le serveur a demandé d&apos;attendre jusqu&apos;à %1 (Retry-After).</translation>
    </message>
    <message>
        <source>No Retry-After from the server: exponential backoff with jitter.</source>
        <translation>Pas de Retry-After de la part du serveur : délai exponentiel avec gigue.</translation>
    </message>
    <message>
        <source>The server&apos;s Retry-After “%1” is unreadable: exponential backoff with jitter instead.</source>
        <translation>Le Retry-After « %1 » du serveur est illisible : délai exponentiel avec gigue à la place.</translation>
    </message>
    <message>
        <source>Attempt %1 failed; next is retry %2 of %3.</source>
        <translation>La tentative %1 a échoué ; la suivante est la nouvelle tentative %2 sur %3.</translation>
    </message>
    <message>
        <source>%1 is not idempotent: it may have taken effect, so it is never sent again without you asking.</source>
        <translation>%1 n&apos;est pas idempotente : elle a pu prendre effet, elle n&apos;est donc jamais renvoyée sans votre demande.</translation>
    </message>
    <message>
        <source>Retries made so far: %1; it is not retried by itself again.</source>
        <translation>Nouvelles tentatives effectuées jusqu&apos;ici : %1 ; elle ne sera plus réessayée automatiquement.</translation>
    </message>
    <message>
        <source>Shown from the history: press Retry now to send it again.</source>
        <translation>Affichée depuis l&apos;historique : appuyez sur Réessayer maintenant pour l&apos;envoyer de nouveau.</translation>
    </message>
    <message>
        <source>Retrying in %1 s…</source>
        <translation>Nouvelle tentative dans %1 s…</translation>
    </message>
    <message>
        <source>You may retry in %1 s.</source>
        <translation>Vous pourrez réessayer dans %1 s.</translation>
    </message>
    <message>
        <source>Ready: press Retry now to send it again.</source>
        <translation>Prête : appuyez sur Réessayer maintenant pour l&apos;envoyer de nouveau.</translation>
    </message>
    <message>
        <source>Ready: %1 is not retried by itself; press Retry now to send it again.</source>
        <translation>Prête : %1 n&apos;est pas réessayée automatiquement ; appuyez sur Réessayer maintenant pour l&apos;envoyer de nouveau.</translation>
    </message>
    <message>
        <source>Sending retry %1…</source>
        <translation>Envoi de la nouvelle tentative %1…</translation>
    </message>
    <message>
        <source>Cancelled: press Retry now when you are ready.</source>
        <translation>Annulée : appuyez sur Réessayer maintenant quand vous êtes prêt.</translation>
    </message>
</context>
<context>
    <name>cx::gui::SaveRequestDialog</name>
    <message>
        <source>Save Request</source>
        <translation>Enregistrer la requête</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <source>Secrets are not saved: the Authorization header and other secret values are left out, and the signed-in session&apos;s token is used when the request is sent.</source>
        <translation>Les secrets ne sont pas enregistrés : l&apos;en-tête Authorization et les autres valeurs secrètes sont omis, et le jeton de la session connectée est utilisé à l&apos;envoi de la requête.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
</context>
<context>
    <name>cx::gui::SendOnProfileDialog</name>
    <message>
        <source>Send on Another Profile</source>
        <translation>Envoyer avec un autre profil</translation>
    </message>
    <message>
        <source>Sends %1 with the current profile and with the one chosen here, each with its own token, and compares the two responses.</source>
        <translation>Envoie %1 avec le profil actuel et avec celui choisi ici, chacun avec son propre jeton, puis compare les deux réponses.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Profile to compare with</source>
        <translation>Profil avec lequel comparer</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Client secret of the other profile</source>
        <translation>Secret client de l&apos;autre profil</translation>
    </message>
    <message>
        <source>used for this comparison only</source>
        <translation>utilisé pour cette comparaison uniquement</translation>
    </message>
    <message>
        <source>&amp;Send on Both</source>
        <translation>&amp;Envoyer avec les deux</translation>
    </message>
</context>
<context>
    <name>cx::gui::SentRequestView</name>
    <message>
        <source>Show secrets</source>
        <translation>Afficher les secrets</translation>
    </message>
    <message>
        <source>Qt&apos;s network layer adds its own Connection, Accept-Encoding and Accept-Language headers.</source>
        <translation>La couche réseau de Qt ajoute ses propres en-têtes Connection, Accept-Encoding et Accept-Language.</translation>
    </message>
    <message>
        <source>#%1 of %2: the request</source>
        <translation>#%1 sur %2 : la requête</translation>
    </message>
    <message>
        <source>#%1 of %2: following a redirect</source>
        <translation>#%1 sur %2 : suite à une redirection</translation>
    </message>
    <message>
        <source>#%1 of %2: sent again after renewing the token</source>
        <translation>#%1 sur %2 : renvoyée après le renouvellement du jeton</translation>
    </message>
    <message>
        <source>(Location: %1)</source>
        <translation>(Location : %1)</translation>
    </message>
    <message>
        <source>(a body of %1 bytes, too large to show here)</source>
        <translation>(un corps de %1 octets, trop volumineux pour être affiché ici)</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) that are not text)</source>
        <translation>
            <numerusform>(%n octet qui n&apos;est pas du texte)</numerusform>
            <numerusform>(%n octets qui ne sont pas du texte)</numerusform>
        </translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (%1 caractères de plus)</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>cx::gui::SetVariableDialog</name>
    <message>
        <source>Set Variable from Response</source>
        <translation>Définir une variable depuis la réponse</translation>
    </message>
    <message>
        <source>&amp;Variable:</source>
        <translation>&amp;Variable :</translation>
    </message>
    <message>
        <source>JSON &amp;path:</source>
        <translation>&amp;Chemin JSON :</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>data[0].id</source>
        <translation>data[0].id</translation>
    </message>
    <message>
        <source>A place in the last response: data[0].id, meta[&quot;key with space&quot;], items[-1] (the last one)</source>
        <translation>Un emplacement dans la dernière réponse : data[0].id, meta[&quot;key with space&quot;], items[-1] (le dernier)</translation>
    </message>
    <message>
        <source>Enter the path of a value</source>
        <translation>Saisissez le chemin d&apos;une valeur</translation>
    </message>
</context>
<context>
    <name>cx::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Request editor</source>
        <translation>Éditeur de requête</translation>
    </message>
    <message>
        <source>Endpoint list</source>
        <translation>Liste des points de terminaison</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Send (in the path field)</source>
        <translation>Envoyer (dans le champ du chemin)</translation>
    </message>
    <message>
        <source>Cancel the running request</source>
        <translation>Annuler la requête en cours</translation>
    </message>
    <message>
        <source>From the filter into the list</source>
        <translation>Du filtre vers la liste</translation>
    </message>
    <message>
        <source>Open the first matching endpoint (in the filter)</source>
        <translation>Ouvrir le premier point de terminaison correspondant (dans le filtre)</translation>
    </message>
    <message>
        <source>Preview an endpoint (in the list)</source>
        <translation>Aperçu d&apos;un point de terminaison (dans la liste)</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Haut, Bas</translation>
    </message>
    <message>
        <source>Next match (in the find bar)</source>
        <translation>Occurrence suivante (dans la barre de recherche)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>cx::gui::SignInDialog</name>
    <message>
        <source>&amp;Remember the secret in the keychain</source>
        <translation>&amp;Mémoriser le secret dans le trousseau</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>https://oauth.cliquify.me</source>
        <translation>https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Se&amp;cret client :</translation>
    </message>
    <message>
        <source>The Demo profile uses the simulator inside the app</source>
        <translation>Le profil Demo utilise le simulateur intégré à l&apos;application</translation>
    </message>
    <message>
        <source>No answer from this URL (%1): %2</source>
        <translation>Aucune réponse de cette URL (%1) : %2</translation>
    </message>
    <message>
        <source>This URL has no Connect token endpoint (HTTP %1): %2</source>
        <translation>Cette URL n&apos;a pas de point de terminaison de jeton Connect (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>Check the client id: the server did not accept this id and secret.</source>
        <translation>Vérifiez l&apos;ID client : le serveur n&apos;a pas accepté cet ID et ce secret.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1 : %2
%3</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL, e.g. https://oauth.cliquify.me</source>
        <translation>Saisissez une URL http:// ou https://, par ex. https://oauth.cliquify.me</translation>
    </message>
    <message>
        <source>Enter the client id</source>
        <translation>Saisissez l&apos;ID client</translation>
    </message>
    <message>
        <source>Enter the client secret</source>
        <translation>Saisissez le secret client</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>cx::gui::SimulateMenu</name>
    <message>
        <source>Si&amp;mulate</source>
        <translation>Si&amp;muler</translation>
    </message>
    <message>
        <source>&amp;Network and proxy</source>
        <translation>&amp;Réseau et proxy</translation>
    </message>
    <message>
        <source>Slow response (%1 s)</source>
        <translation>Réponse lente (%1 s)</translation>
    </message>
    <message>
        <source>Stalled response (never answers)</source>
        <translation>Réponse bloquée (ne répond jamais)</translation>
    </message>
    <message>
        <source>Dropped connection</source>
        <translation>Connexion interrompue</translation>
    </message>
    <message>
        <source>HTML 502 page from a proxy</source>
        <translation>Page HTML 502 d&apos;un proxy</translation>
    </message>
    <message>
        <source>Rate-limit &amp;burst (%1 request per second)</source>
        <translation>Rafale pour la limite de &amp;débit (%1 requête par seconde)</translation>
    </message>
    <message>
        <source>Rate limit set to %1 request per second: send quickly to hit it.</source>
        <translation>Limite de débit fixée à %1 requête par seconde : envoyez rapidement pour l&apos;atteindre.</translation>
    </message>
    <message>
        <source>Refuse the client &amp;credentials (token endpoint)</source>
        <translation>Refuser les &amp;identifiants client (point de terminaison du jeton)</translation>
    </message>
    <message>
        <source>The token endpoint refuses the client credentials (invalid_client).</source>
        <translation>Le point de terminaison du jeton refuse les identifiants client (invalid_client).</translation>
    </message>
    <message>
        <source>Next request &amp;only</source>
        <translation>Requête suivante &amp;uniquement</translation>
    </message>
    <message>
        <source>Every request &amp;until cleared</source>
        <translation>Toutes les requêtes &amp;jusqu&apos;à effacement</translation>
    </message>
    <message>
        <source>&amp;Clear Simulated Errors</source>
        <translation>&amp;Effacer les erreurs simulées</translation>
    </message>
    <message>
        <source>Simulated errors cleared.</source>
        <translation>Erreurs simulées effacées.</translation>
    </message>
    <message>
        <source>Make the built-in Demo server answer with an error or a fault</source>
        <translation>Faire répondre le serveur Demo intégré avec une erreur ou une panne</translation>
    </message>
    <message>
        <source>Only the Demo profile&apos;s built-in server can simulate errors</source>
        <translation>Seul le serveur intégré du profil Demo peut simuler des erreurs</translation>
    </message>
    <message>
        <source>&amp;Sign in again (relogin)</source>
        <translation>&amp;Se reconnecter (relogin)</translation>
    </message>
    <message>
        <source>&amp;Permission</source>
        <translation>Au&amp;torisation</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Fix the request</source>
        <translation>&amp;Corriger la requête</translation>
    </message>
    <message>
        <source>&amp;Not found</source>
        <translation>&amp;Introuvable</translation>
    </message>
    <message>
        <source>R&amp;eport</source>
        <translation>Ra&amp;pport</translation>
    </message>
    <message>
        <source>N&amp;otice</source>
        <translation>A&amp;vis</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>Rése&amp;au</translation>
    </message>
    <message>
        <source>Every request now answers: %1 (until cleared).</source>
        <translation>Toutes les requêtes répondent désormais : %1 (jusqu&apos;à effacement).</translation>
    </message>
    <message>
        <source>The next request answers: %1.</source>
        <translation>La prochaine requête répond : %1.</translation>
    </message>
    <message>
        <source>The Demo server now answers errors in the shapes the public docs show, layer by layer.</source>
        <translation>Le serveur Demo répond désormais aux erreurs sous les formes que montre la documentation publique, couche par couche.</translation>
    </message>
    <message>
        <source>The Demo server now answers every error as {&quot;code&quot;, &quot;message&quot;}.</source>
        <translation>Le serveur Demo répond désormais à chaque erreur par {&quot;code&quot;, &quot;message&quot;}.</translation>
    </message>
    <message>
        <source>Error &amp;dialect</source>
        <translation>Dia&amp;lecte des erreurs</translation>
    </message>
    <message>
        <source>&amp;Code and message everywhere (original error document)</source>
        <translation>&amp;Code et message partout (document d&apos;erreurs d&apos;origine)</translation>
    </message>
    <message>
        <source>&amp;Documented shapes by layer (Errors and troubleshooting)</source>
        <translation>Formes &amp;documentées selon la couche (Errors and troubleshooting)</translation>
    </message>
    <message>
        <source>The Demo server now answers over HTTPS with a self-signed certificate trusted nowhere: send a request to see the certificate error.</source>
        <translation>Le serveur Démo répond maintenant en HTTPS avec un certificat auto-signé approuvé nulle part : envoyez une requête pour voir l&apos;erreur de certificat.</translation>
    </message>
    <message>
        <source>The Demo server answers over plain HTTP again.</source>
        <translation>Le serveur Démo répond de nouveau en HTTP simple.</translation>
    </message>
    <message>
        <source>&amp;Self-signed certificate (TLS)</source>
        <translation>Certificat &amp;auto-signé (TLS)</translation>
    </message>
    <message>
        <source>Serve the Demo over HTTPS with a demo certificate nothing trusts</source>
        <translation>Servir la Démo en HTTPS avec un certificat de démonstration que rien n&apos;approuve</translation>
    </message>
</context>
<context>
    <name>cx::gui::SingleInstance</name>
    <message>
        <source>The profile folder %1 could not be created.</source>
        <translation>Le dossier de profils %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The lock file %1 could not be created.</source>
        <translation>Le fichier de verrou %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Connect Explorer is already running on %1 but does not answer.</source>
        <translation>Connect Explorer est déjà en cours d&apos;exécution sur %1 mais ne répond pas.</translation>
    </message>
    <message>
        <source>Could not listen for later starts: %1</source>
        <translation>Impossible d&apos;écouter les démarrages suivants : %1</translation>
    </message>
    <message>
        <source>Connect Explorer is already running on %1 but did not take the command line.</source>
        <translation>Connect Explorer est déjà en cours d&apos;exécution sur %1 mais n&apos;a pas accepté la ligne de commande.</translation>
    </message>
</context>
<context>
    <name>cx::gui::StartPanel</name>
    <message>
        <source>Start here</source>
        <translation>Commencer ici</translation>
    </message>
    <message>
        <source>This tab is empty. Pick an endpoint on the left, or take one of these first steps:</source>
        <translation>Cet onglet est vide. Choisissez un point de terminaison à gauche, ou faites l&apos;un de ces premiers pas :</translation>
    </message>
</context>
<context>
    <name>cx::gui::StartupOptions</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Use the API at URL instead of the Demo.</source>
        <translation>Utiliser l&apos;API à l&apos;URL au lieu de la démo.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in as this OAuth client.</source>
        <translation>Se connecter en tant que ce client OAuth.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the client secret from environment variable NAME.</source>
        <translation>Lire le secret client dans la variable d&apos;environnement NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Start on the saved profile NAME (its secret from the keychain).</source>
        <translation>Démarrer sur le profil enregistré NAME (son secret provient du trousseau).</translation>
    </message>
    <message>
        <source>Browse the endpoints of this OpenAPI 3 JSON file.</source>
        <translation>Parcourir les points de terminaison de ce fichier JSON OpenAPI 3.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give either --profile or --base-url with --client-id, not both.</source>
        <translation>Indiquez soit --profile, soit --base-url avec --client-id, pas les deux.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucun profil nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--base-url needs an http or https URL, not &apos;%1&apos;.</source>
        <translation>--base-url demande une URL http ou https, et non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--base-url needs --client-id as well.</source>
        <translation>--base-url demande aussi --client-id.</translation>
    </message>
    <message>
        <source>--client-id is for another server: give --base-url too.</source>
        <translation>--client-id concerne un autre serveur : indiquez aussi --base-url.</translation>
    </message>
    <message>
        <source>Desktop client for the Cliquify Connect API. Without options it starts on the last used profile (the Demo profile, a simulator inside the app, on a first start).
One window runs per profile folder: starting it again brings that window to the front, opens the --openapi document there, and switches to the --profile (or to the saved profile with that --base-url and --client-id; for a new one the New Profile dialog opens, filled in).</source>
        <translation>Client de bureau pour l&apos;API Cliquify Connect. Sans option, il démarre sur le dernier profil utilisé (au premier démarrage, le profil Demo : un simulateur intégré à l&apos;application).
Une seule fenêtre fonctionne par dossier de profils : le relancer amène cette fenêtre au premier plan, y ouvre le document --openapi et passe au --profile (ou au profil enregistré avec ces --base-url et --client-id ; pour un nouveau, la boîte de dialogue Nouveau profil s&apos;ouvre, déjà remplie).</translation>
    </message>
</context>
<context>
    <name>cx::gui::StatusPanel</name>
    <message>
        <source>Token renewed at %1</source>
        <translation>Jeton renouvelé à %1</translation>
    </message>
    <message>
        <source>The token was renewed automatically before it expired</source>
        <translation>Le jeton a été renouvelé automatiquement avant son expiration</translation>
    </message>
    <message>
        <source>Sign-in failed: %1 — %2</source>
        <translation>Échec de la connexion : %1 — %2</translation>
    </message>
    <message>
        <source>No scopes granted</source>
        <translation>Aucune portée accordée</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Portées : %1</translation>
    </message>
    <message>
        <source>Scopes the token was granted, from introspection</source>
        <translation>Portées accordées au jeton, d&apos;après l&apos;introspection</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>%1d %2</source>
        <translation>%1 j %2</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Connexion en tant que %1…</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Token expires in %1</source>
        <translation>Le jeton expire dans %1</translation>
    </message>
    <message>
        <source>Expires at %1</source>
        <translation>Expire à %1</translation>
    </message>
    <message>
        <source>token request: form</source>
        <translation>requête de jeton : formulaire</translation>
    </message>
    <message>
        <source>The token was requested with a JSON body, as the current API documentation shows.</source>
        <translation>Le jeton a été demandé avec un corps JSON, comme l&apos;indique la documentation actuelle de l&apos;API.</translation>
    </message>
    <message>
        <source>The token was requested form-urlencoded with grant_type: this server does not take the JSON body the current documentation shows.</source>
        <translation>Le jeton a été demandé en form-urlencoded avec grant_type : ce serveur n&apos;accepte pas le corps JSON qu&apos;indique la documentation actuelle.</translation>
    </message>
</context>
<context>
    <name>cx::gui::TabSendsPanel</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>This tab&apos;s sends</source>
        <translation>Envois de cet onglet</translation>
    </message>
    <message>
        <source>&amp;Compare Selected</source>
        <translation>&amp;Comparer la sélection</translation>
    </message>
    <message>
        <source>Select two sends to compare their responses.</source>
        <translation>Sélectionnez deux envois pour comparer leurs réponses.</translation>
    </message>
    <message>
        <source>Compare the two selected sends</source>
        <translation>Comparer les deux envois sélectionnés</translation>
    </message>
    <message>
        <source>No request tab.</source>
        <translation>Aucun onglet de requête.</translation>
    </message>
    <message>
        <source>“%1” has not been sent yet.</source>
        <translation>« %1 » n&apos;a pas encore été envoyé.</translation>
    </message>
    <message>
        <source>Sends of “%1”, newest first:</source>
        <translation>Envois de « %1 », du plus récent au plus ancien :</translation>
    </message>
</context>
<context>
    <name>cx::gui::TourPlayer</name>
    <message>
        <source>&amp;Tour Player</source>
        <translation>Lecteur de &amp;visites guidées</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Visite guidée</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>&amp;Open Tour…</source>
        <translation>&amp;Ouvrir une visite guidée…</translation>
    </message>
    <message>
        <source>&amp;Export Transcript…</source>
        <translation>&amp;Exporter la transcription…</translation>
    </message>
    <message>
        <source>Open Tour</source>
        <translation>Ouvrir une visite guidée</translation>
    </message>
    <message>
        <source>%1 is not a tour: %2</source>
        <translation>%1 n&apos;est pas une visite guidée : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Next to start.</source>
        <translation>Appuyez sur Suivant pour commencer.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Matched: %1 %2</source>
        <translation>Conforme : %1 %2</translation>
    </message>
    <message>
        <source>, after the token was renewed</source>
        <translation>, après renouvellement du jeton</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Connect tours (*.json);;All files (*)</source>
        <translation>Visites guidées Connect (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation>Exporter la transcription</translation>
    </message>
    <message>
        <source>connect-tour-transcript.md</source>
        <translation>connect-tour-transcript.md</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The transcript could not be written to %1: %2</source>
        <translation>La transcription n&apos;a pas pu être écrite dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>cx::gui::TrustCertificateDialog</name>
    <message>
        <source>Trust This Certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>The server showed a certificate this computer does not trust. Trust it only if its fingerprint is the one the server&apos;s owner gives you: compare it with them (by phone or in person, not through this connection).</source>
        <translation>Le serveur a présenté un certificat auquel cet ordinateur ne fait pas confiance. Faites-lui confiance uniquement si son empreinte est celle que vous donne le propriétaire du serveur : comparez-la avec lui (par téléphone ou en personne, pas par cette connexion).</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2%3
Valid from: %4
Valid until: %5
Names: %6
Fingerprint (SHA-256):
%7</source>
        <translation>Sujet : %1
Émetteur : %2%3
Valide à partir du : %4
Valide jusqu&apos;au : %5
Noms : %6
Empreinte (SHA-256) :
%7</translation>
    </message>
    <message>
        <source> (itself: self-signed)</source>
        <translation> (lui-même : auto-signé)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Trust for This Profile</source>
        <translation>&amp;Faire confiance pour ce profil</translation>
    </message>
    <message>
        <source>This certificate will be trusted for the profile &quot;%1&quot; only, by this fingerprint; remove it in Profile ▸ Trusted Certificates…</source>
        <translation>Ce certificat sera approuvé pour le profil « %1 » uniquement, par cette empreinte ; retirez-le dans Profil ▸ Certificats de confiance…</translation>
    </message>
</context>
<context>
    <name>cx::gui::TrustedCertificatesDialog</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation>La modification n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1
Pin: %2</source>
        <translation>Empreinte (SHA-256) : %1
Épingle : %2</translation>
    </message>
    <message>
        <source>Certificate with the SHA-256 fingerprint %1</source>
        <translation>Certificat d&apos;empreinte SHA-256 %1</translation>
    </message>
    <message>
        <source>Trusted Certificates</source>
        <translation>Certificats de confiance</translation>
    </message>
    <message>
        <source>Certificates the profile &quot;%1&quot; trusts by their SHA-256 fingerprint (trusted from the error panel). Remove one and the app no longer trusts that certificate: the next request to its server fails as untrusted and asks again.</source>
        <translation>Certificats auxquels le profil « %1 » fait confiance par leur empreinte SHA-256 (approuvés depuis le panneau d&apos;erreurs). Retirez-en un et l&apos;application ne fait plus confiance à ce certificat : la prochaine requête vers son serveur échoue comme non approuvée et demande à nouveau.</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats de confiance</translation>
    </message>
    <message>
        <source>Certificates trusted for the profile &quot;%1&quot;</source>
        <translation>Certificats approuvés pour le profil « %1 »</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; trusts no certificate by its fingerprint.</source>
        <translation>Le profil « %1 » ne fait confiance à aucun certificat par son empreinte.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected certificates</source>
        <translation>Retirer les certificats sélectionnés</translation>
    </message>
    <message>
        <source>Remove &amp;All</source>
        <translation>Retirer &amp;tout</translation>
    </message>
    <message>
        <source>Remove all trusted certificates</source>
        <translation>Retirer tous les certificats de confiance</translation>
    </message>
</context>
<context>
    <name>cx::gui::UserGuideDialog</name>
    <message>
        <source>Connect Explorer User Guide</source>
        <translation>Guide de l&apos;utilisateur de Connect Explorer</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
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
        <translation>Variables du profil « %1 ». Écrivez {{name}} dans le chemin, une valeur de paramètre de requête ou d&apos;en-tête, ou le corps ; la valeur est insérée à l&apos;envoi de la requête.</translation>
    </message>
</context>
<context>
    <name>cx::gui::VariablesTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>&amp;Ajouter une variable</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Use a variable as {{name}} in the path, query, headers or body. A secret variable is kept in the keychain and masked in logs, history and exports.</source>
        <translation>Utilisez une variable sous la forme {{name}} dans le chemin, les paramètres de requête, les en-têtes ou le corps. Une variable secrète est conservée dans le trousseau et masquée dans les journaux, l&apos;historique et les exports.</translation>
    </message>
</context>
<context>
    <name>cx::sim</name>
    <message>
        <source>A scenario needs a code, as in CODE[@PATH].</source>
        <translation>Un scénario nécessite un code, comme dans CODE[@PATH].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid scenario code.</source>
        <translation>&apos;%1&apos; n&apos;est pas un code de scénario valide.</translation>
    </message>
    <message>
        <source>The scenario path &apos;%1&apos; must start with &apos;/&apos;.</source>
        <translation>Le chemin de scénario &apos;%1&apos; doit commencer par &apos;/&apos;.</translation>
    </message>
</context>
<context>
    <name>cx::sim::SimTls</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MiB, not a PEM file.</source>
        <translation>%1 : plus de 1 Mio, ce n&apos;est pas un fichier PEM.</translation>
    </message>
    <message>
        <source>this Qt has no TLS backend (OpenSSL), so HTTPS cannot be served.</source>
        <translation>ce Qt n&apos;a pas de backend TLS (OpenSSL) : le HTTPS ne peut donc pas être servi.</translation>
    </message>
    <message>
        <source>%1: holds no PEM certificate.</source>
        <translation>%1 : ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1: holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1 : ne contient aucune clé privée PEM non chiffrée (RSA ou EC).</translation>
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
        <translation>La liste des points de terminaison n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Another start&apos;s command line was not understood: %1</source>
        <translation>La ligne de commande d&apos;un autre démarrage n&apos;a pas été comprise : %1</translation>
    </message>
</context>
</TS>
