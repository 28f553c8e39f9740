// Real-world curl commands and the request each one must parse to.
#pragma once

#include "net/ApiTypes.h"

#include <QList>

struct CurlSample
{
    QByteArray name;
    QString command;
    QByteArray method;
    QString baseUrl;
    QString path;
    cx::QueryList query;
    cx::HeaderList headers;
    QByteArray body;
    int notes = 0; // how many notes the parser must give
};

QList<CurlSample> curlSamples();
