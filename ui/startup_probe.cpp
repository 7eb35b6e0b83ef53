// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startup_probe.h"

#include <QApplication>
#include <QEvent>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QTimer>

#include <cstdio>

namespace mizan::ui {

namespace {

class FirstPaint : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || done_)
            return false;
        auto* view = qobject_cast<QGraphicsView*>(watched->parent());
        if (!view || view->viewport() != watched || !view->scene() || view->scene()->items().isEmpty())
            return false;
        done_ = true;
        // Queued: runs once this paint (and its flush to the screen) is over.
        QTimer::singleShot(0, qApp, [] {
            const auto ms = std::chrono::duration<double, std::milli>(StartClock::now() - programStart()).count();
            std::printf("first paint: %.1f ms\n", ms);
            std::fflush(stdout);
            QApplication::quit();
        });
        return false;
    }

private:
    bool done_ = false;
};

}  // namespace

StartClock::time_point programStart()
{
    static const StartClock::time_point start = StartClock::now();
    return start;
}

void reportFirstPaintAndQuit()
{
    qApp->installEventFilter(new FirstPaint(qApp));
}

}  // namespace mizan::ui
