// The transcript of a played tour as Markdown, to send to an audience after a demo: each played step's
// title, narration, request line (and body) and an excerpt of its response, every secret masked.
#pragma once

#include "export/Redactor.h"
#include "tour/Tour.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace cx {

struct TourStepResult;

class TourTranscript
{
public:
    // `results` as TourRunner keeps them (already redacted); `redactor` masks once more, to be sure.
    static QString markdown(const Tour &tour, const QList<TourStepResult> &results, const QUrl &baseUrl,
                            const Redactor &redactor);
};

} // namespace cx
