// Shared by the libFuzzer targets: Qt's own warnings (QJsonDocument, QDateTime, ...) are silenced so
// the fuzzer's output stays readable; our invariant failures (qCritical) still print.
#pragma once

#include <QtGlobal>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    return 0;
}
