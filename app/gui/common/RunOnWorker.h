// Work too big for the UI thread (parsing, pretty-printing, scanning a large body): runs `work` on
// Qt's thread pool and hands its result to `done` on the UI thread, unless `context` is gone by then.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

namespace cx::gui {

template<typename Result, typename Work, typename Done>
void runOnWorker(QObject *context, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace cx::gui
