// Real-world curl commands kept out of the Q_OBJECT file: moc's preprocessor splices backslash-newlines
// inside raw string literals, which these commands are full of.
#include "CurlSamples.h"

namespace {

struct SampleRow
{
    SampleRow(QList<CurlSample> &list, const char *name) : s(list.emplace_back()) { s.name = name; }
    SampleRow &operator<<(const QString &v)
    {
        (i == 0 ? s.command : i == 2 ? s.baseUrl : s.path) = v;
        ++i;
        return *this;
    }
    SampleRow &operator<<(const char *v) { return *this << QString::fromUtf8(v); }
    SampleRow &operator<<(const QByteArray &v)
    {
        (i == 1 ? s.method : s.body) = v;
        ++i;
        return *this;
    }
    SampleRow &operator<<(const cx::QueryList &v)
    {
        s.query = v;
        ++i;
        return *this;
    }
    SampleRow &operator<<(const cx::HeaderList &v)
    {
        s.headers = v;
        ++i;
        return *this;
    }
    SampleRow &operator<<(int v)
    {
        s.notes = v;
        ++i;
        return *this;
    }
    CurlSample &s;
    int i = 0;
};

} // namespace

using cx::HeaderList;
using cx::QueryList;

QList<CurlSample> curlSamples()
{
    QList<CurlSample> list;
    list.reserve(64);
    const QString cliquify = QStringLiteral("https://oauth.cliquify.me");
    SampleRow(list, "docs token") << R"(curl -X POST https://oauth.cliquify.me/oauth/access-token \
  -H "Content-Type: application/json" \
  -d '{"client_id": "abc", "client_secret": "xyz"}')"
                                  << QByteArray("POST") << cliquify << "/oauth/access-token" << QueryList{}
                                  << HeaderList{{"Content-Type", "application/json"}}
                                  << QByteArray(R"({"client_id": "abc", "client_secret": "xyz"})") << 0;
    SampleRow(list, "docs list") << R"(curl --request GET \
  --url 'https://oauth.cliquify.me/api/templates?page=1&per_page=20' \
  --header 'Authorization: Bearer eyJ0eXAi.x.y' \
  --header 'Accept: application/json')"
                                 << QByteArray("GET") << cliquify << "/api/templates"
                                 << QueryList{{"page", "1"}, {"per_page", "20"}}
                                 << HeaderList{{"Authorization", "Bearer eyJ0eXAi.x.y"},
                                               {"Accept", "application/json"}}
                                 << QByteArray() << 0;
    SampleRow(list, "chrome get")
        << R"(curl 'https://oauth.cliquify.me/api/assets?folder=12&q=logo%20dark' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: en-GB,en;q=0.9,de;q=0.8' \
  -H 'authorization: Bearer abc.def.ghi' \
  -H 'sec-ch-ua: "Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36' \
  --compressed)"
        << QByteArray("GET") << cliquify << "/api/assets" << QueryList{{"folder", "12"}, {"q", "logo dark"}}
        << HeaderList{{"accept", "application/json, text/plain, */*"},
                      {"accept-language", "en-GB,en;q=0.9,de;q=0.8"},
                      {"authorization", "Bearer abc.def.ghi"},
                      {"sec-ch-ua", R"("Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99")"},
                      {"sec-ch-ua-mobile", "?0"},
                      {"user-agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 "
                                     "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"},
                      {"Accept-Encoding", "deflate, gzip"}} // --compressed, as curl with zlib sends it
        << QByteArray() << 1;
    SampleRow(list, "chrome post ansi-c")
        << R"(curl 'https://oauth.cliquify.me/oauth/introspect' \
  -H 'content-type: application/json' \
  -H 'cookie: sid=abc; theme=dark' \
  -H 'origin: https://app.cliquify.me' \
  --data-raw $'{"token":"it\'s","note":"line1\\nline2 \u00e9"}' \
  --compressed)"
        << QByteArray("POST") << cliquify << "/oauth/introspect" << QueryList{}
        << HeaderList{{"content-type", "application/json"},
                      {"cookie", "sid=abc; theme=dark"},
                      {"origin", "https://app.cliquify.me"},
                      {"Accept-Encoding", "deflate, gzip"}}
        << QByteArray("{\"token\":\"it's\",\"note\":\"line1\\nline2 \xC3\xA9\"}") << 1;
    SampleRow(list, "chrome cookie -b")
        << R"(curl 'https://h.example/api/x' -b 'a=1; b=2' -H 'accept: */*')" << QByteArray("GET")
        << "https://h.example"
        << "/api/x" << QueryList{} << HeaderList{{"Cookie", "a=1; b=2"}, {"accept", "*/*"}} << QByteArray()
        << 0;
    SampleRow(list, "firefox")
        << R"(curl 'https://oauth.cliquify.me/api/folders' -X POST -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0' -H 'Accept: */*' -H 'Content-Type: application/json' -H 'Connection: keep-alive' --data-raw '{"name":"New"}')"
        << QByteArray("POST") << cliquify << "/api/folders" << QueryList{}
        << HeaderList{{"User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 "
                                     "Firefox/125.0"},
                      {"Accept", "*/*"},
                      {"Content-Type", "application/json"},
                      {"Connection", "keep-alive"}}
        << QByteArray(R"({"name":"New"})") << 0;
    SampleRow(list, "postman new") << R"(curl --location 'https://oauth.cliquify.me/oauth/access-token' \
--header 'Content-Type: application/json' \
--data '{
    "client_id": "abc",
    "client_secret": "xyz"
}')" << QByteArray("POST") << cliquify
                                   << "/oauth/access-token" << QueryList{}
                                   << HeaderList{{"Content-Type", "application/json"}}
                                   << QByteArray(
                                          "{\n    \"client_id\": \"abc\",\n    \"client_secret\": \"xyz\"\n}")
                                   << 0;
    SampleRow(list, "postman old")
        << R"(curl --location --request POST 'https://oauth.cliquify.me/oauth/revoke' \
--header 'Content-Type: application/x-www-form-urlencoded' \
--data-urlencode 'token=a b+c')"
        << QByteArray("POST") << cliquify << "/oauth/revoke" << QueryList{}
        << HeaderList{{"Content-Type", "application/x-www-form-urlencoded"}} << QByteArray("token=a%20b%2Bc")
        << 0;
    SampleRow(list, "insomnia") << R"(curl --request PATCH \
  --url https://oauth.cliquify.me/api/folders/7 \
  --header 'Content-Type: application/json' \
  --data '{"name": "Renamed"}')" << QByteArray("PATCH")
                                << cliquify << "/api/folders/7" << QueryList{}
                                << HeaderList{{"Content-Type", "application/json"}}
                                << QByteArray(R"({"name": "Renamed"})") << 0;
    SampleRow(list, "form -d defaults") << "curl https://h.example/oauth/introspect -d token=abc -d x=1"
                                        << QByteArray("POST") << "https://h.example"
                                        << "/oauth/introspect" << QueryList{}
                                        << HeaderList{{"Content-Type", "application/x-www-form-urlencoded"}}
                                        << QByteArray("token=abc&x=1") << 0;
    SampleRow(list, "-G moves data")
        << "curl -G https://h.example/api/templates -d page=2 --data-urlencode 'q=a b'" << QByteArray("GET")
        << "https://h.example"
        << "/api/templates" << QueryList{{"page", "2"}, {"q", "a b"}} << HeaderList{} << QByteArray() << 0;
    SampleRow(list, "--json") << R"(curl --json '{"a":1}' https://h.example/api/x)" << QByteArray("POST")
                              << "https://h.example"
                              << "/api/x" << QueryList{}
                              << HeaderList{{"Content-Type", "application/json"},
                                            {"Accept", "application/json"}}
                              << QByteArray(R"({"a":1})") << 0;
    SampleRow(list, "-u basic")
        << "curl -u demo-client:demo-secret -X POST https://h.example/oauth/access-token"
        << QByteArray("POST") << "https://h.example"
        << "/oauth/access-token" << QueryList{}
        << HeaderList{{"Authorization", "Basic ZGVtby1jbGllbnQ6ZGVtby1zZWNyZXQ="}} << QByteArray() << 0;
    SampleRow(list, "-u no password")
        << "curl -u alice https://h.example/" << QByteArray("GET") << "https://h.example"
        << "/" << QueryList{} << HeaderList{{"Authorization", "Basic YWxpY2U6"}} << QByteArray() << 1;
    SampleRow(list, "userinfo in url")
        << "curl https://bob:pw@h.example/x" << QByteArray("GET") << "https://h.example"
        << "/x" << QueryList{} << HeaderList{{"Authorization", "Basic Ym9iOnB3"}} << QByteArray() << 1;
    SampleRow(list, "short cluster")
        << "curl -sSLk -XDELETE -H'X-A: 1' http://127.0.0.1:8080/api/folders/3?force=true"
        << QByteArray("DELETE") << "http://127.0.0.1:8080"
        << "/api/folders/3" << QueryList{{"force", "true"}} << HeaderList{{"X-A", "1"}} << QByteArray() << 0;
    SampleRow(list, "ignored with args")
        << "curl -o out.json -m 30 --connect-timeout 5 -w '%{http_code}' -i -v "
           "--retry 3 https://h.example/api/x"
        << QByteArray("GET") << "https://h.example"
        << "/api/x" << QueryList{} << HeaderList{} << QByteArray() << 0;
    SampleRow(list, "no scheme") << "curl localhost:8080/api/x" << QByteArray("GET")
                                 << "http://localhost:8080"
                                 << "/api/x" << QueryList{} << HeaderList{} << QByteArray() << 0;
    SampleRow(list, "--data-raw keeps @")
        << "curl -X PUT https://h.example/api/x -H 'Content-Type: application/json' --data-raw @body.json"
        << QByteArray("PUT") << "https://h.example"
        << "/api/x" << QueryList{} << HeaderList{{"Content-Type", "application/json"}}
        << QByteArray("@body.json") << 0;
    SampleRow(list, "data-binary")
        << "curl https://h.example/x --data-binary $'a\\nb' -H 'Content-Type: text/plain'"
        << QByteArray("POST") << "https://h.example"
        << "/x" << QueryList{} << HeaderList{{"Content-Type", "text/plain"}} << QByteArray("a\nb") << 0;
    SampleRow(list, "empty header + ua")
        << "curl -H 'X-Empty;' -A 'agent/1' -e https://ref/ https://h.example/x" << QByteArray("GET")
        << "https://h.example"
        << "/x" << QueryList{}
        << HeaderList{{"X-Empty", ""}, {"User-Agent", "agent/1"}, {"Referer", "https://ref/"}} << QByteArray()
        << 0;
    SampleRow(list, "head") << "curl -I https://h.example/x" << QByteArray("HEAD") << "https://h.example"
                            << "/x" << QueryList{} << HeaderList{} << QByteArray() << 0;
    SampleRow(list, "oauth2 bearer") << "curl --oauth2-bearer tok https://h.example/x" << QByteArray("GET")
                                     << "https://h.example"
                                     << "/x" << QueryList{} << HeaderList{{"Authorization", "Bearer tok"}}
                                     << QByteArray() << 0;
    SampleRow(list, "config file noted, never the URL")
        << "curl -K config.txt https://h.example/x" << QByteArray("GET") << "https://h.example"
        << "/x" << QueryList{} << HeaderList{} << QByteArray() << 1;
    SampleRow(list, "range") << "curl --range 0-99 https://h.example/x" << QByteArray("GET")
                             << "https://h.example"
                             << "/x" << QueryList{} << HeaderList{{"Range", "bytes=0-99"}} << QByteArray()
                             << 0;
    SampleRow(list, "resolve noted") << "curl --resolve h.example:443:127.0.0.1 https://h.example/x"
                                     << QByteArray("GET") << "https://h.example"
                                     << "/x" << QueryList{} << HeaderList{} << QByteArray() << 1;
    SampleRow(list, "url-query") << "curl --url-query 'q=a b' --url-query '+raw=%41' https://h.example/x?p=1"
                                 << QByteArray("GET") << "https://h.example"
                                 << "/x" << QueryList{{"p", "1"}, {"q", "a b"}, {"raw", "A"}} << HeaderList{}
                                 << QByteArray() << 0;
    SampleRow(list, "long option prefix")
        << "curl --sil --insec -X DELETE https://h.example/x" << QByteArray("DELETE") << "https://h.example"
        << "/x" << QueryList{} << HeaderList{} << QByteArray() << 0;
    SampleRow(list, "two urls") << "curl https://h.example/a https://h.example/b" << QByteArray("GET")
                                << "https://h.example"
                                << "/a" << QueryList{} << HeaderList{} << QByteArray() << 1;
    SampleRow(list, "encoded path + fragment")
        << "curl 'https://h.example/api/a%20b/%C3%A9/c%2Fd?x=%2B1+2#frag'" << QByteArray("GET")
        << "https://h.example" << QString::fromUtf8("/api/a b/\xC3\xA9/c%2Fd") << QueryList{{"x", "+1 2"}}
        << HeaderList{} << QByteArray() << 0;
    SampleRow(list, "X overrides -d")
        << "curl -X PUT -d a=1 https://h.example/x" << QByteArray("PUT") << "https://h.example"
        << "/x" << QueryList{} << HeaderList{{"Content-Type", "application/x-www-form-urlencoded"}}
        << QByteArray("a=1") << 0;
    SampleRow(list, "lowercase -X") << "curl -X post https://h.example/x" << QByteArray("POST")
                                    << "https://h.example"
                                    << "/x" << QueryList{} << HeaderList{} << QByteArray() << 0;
    SampleRow(list, "bare host") << "curl https://h.example" << QByteArray("GET") << "https://h.example"
                                 << "/" << QueryList{} << HeaderList{} << QByteArray() << 0;
    return list;
}
