// Fuzz entry points for the collection readers (helper "collections"): Postman and Insomnia files as a
// customer sends them, with FuzzEntryPoints.h's CX_FUZZ_CHECK and bytes().
#pragma once

#include "FuzzEntryPoints.h"
#include "collections/InsomniaExport.h"
#include "collections/PostmanCollection.h"

namespace cx::fuzz {

// A refusal says why; a set that was read writes as Postman and reads back with the same requests.
inline void collectionRoundTrip(const PortableReadResult &read)
{
    if (!read.ok) {
        CX_FUZZ_CHECK(!read.error.isEmpty());
        return;
    }
    QStringList notes;
    const QByteArray written = PostmanCollection::write(read.set, true, &notes);
    const PortableReadResult again = PostmanCollection::read(written, VariableScope());
    CX_FUZZ_CHECK(again.ok);
    CX_FUZZ_CHECK(again.set.requests.size() == read.set.requests.size());
    for (qsizetype i = 0; i < again.set.requests.size() && i < 64; ++i) {
        const PortableRequest &a = read.set.requests.at(i);
        const PortableRequest &b = again.set.requests.at(i);
        CX_FUZZ_CHECK(a.method == b.method);
        CX_FUZZ_CHECK(a.folder == b.folder);
    }
}

// Input: a Postman collection (any version). Read resolving and keeping {{names}}, then round trip.
inline int postmanCollection(const uint8_t *data, size_t size)
{
    const QByteArray json = bytes(data, size);
    VariableScope profile;
    profile.addLayer(QStringLiteral("profile"),
                     {Variable{QStringLiteral("baseUrl"), QStringLiteral("{{baseUrl}}/x")}});
    const PortableReadResult read = PostmanCollection::read(json, profile);
    PostmanCollection::ReadOptions keep;
    keep.resolve = false;
    const PortableReadResult kept = PostmanCollection::read(json, keep);
    CX_FUZZ_CHECK(read.ok == kept.ok);
    (void)PostmanCollection::looksLikePostman(json);
    collectionRoundTrip(read);
    return 0;
}

// Input: an Insomnia export (v4 JSON or YAML, v5 YAML) or any YAML.
inline int insomniaExport(const uint8_t *data, size_t size)
{
    const QByteArray text = bytes(data, size);
    (void)InsomniaExport::looksLikeInsomnia(text);
    const PortableReadResult read = InsomniaExport::read(text, VariableScope());
    InsomniaExport::ReadOptions keep;
    keep.resolve = false;
    CX_FUZZ_CHECK(InsomniaExport::read(text, keep).ok == read.ok);
    collectionRoundTrip(read);
    return 0;
}

} // namespace cx::fuzz
