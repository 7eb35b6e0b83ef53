// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/canvas/canvas_view.h"

#include "ui/canvas/canvas_scene.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace mizan::ui {

namespace {
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 6.0;
}  // namespace

CanvasView::CanvasView(CanvasScene* scene, QWidget* parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Canvas"));
    setAccessibleDescription(tr("The nine blocks of the business model canvas and their notes"));
}

CanvasScene* CanvasView::canvasScene() const
{
    return static_cast<CanvasScene*>(scene());
}

void CanvasView::zoomToFit()
{
    fitting_ = true;
    fitInView(sceneRect().adjusted(-10, -10, 10, 10), Qt::KeepAspectRatio);
    emit zoomChanged(zoom());
}

void CanvasView::setZoom(qreal factor)
{
    factor = qBound(kMinZoom, factor, kMaxZoom);
    fitting_ = false;
    setTransform(QTransform::fromScale(factor, factor));
    emit zoomChanged(zoom());
}

void CanvasView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void CanvasView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void CanvasView::reveal(const QRectF& rect)
{
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (rect.width() > visible.width() || rect.height() > visible.height())
        zoomToFit();
    ensureVisible(rect, 40, 40);
}

void CanvasView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (fitting_)
        zoomToFit();
}

void CanvasView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (spacePanning_ && event->button() == Qt::LeftButton)) {
        setDragMode(QGraphicsView::ScrollHandDrag);
        // ScrollHandDrag pans with the left button: hand it a left press.
        QMouseEvent left(event->type(), event->position(), event->globalPosition(), Qt::LeftButton, Qt::LeftButton,
                         event->modifiers());
        QGraphicsView::mousePressEvent(&left);
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (dragMode() == QGraphicsView::ScrollHandDrag && !spacePanning_)
        setDragMode(QGraphicsView::RubberBandDrag);
}

void CanvasView::keyPressEvent(QKeyEvent* event)
{
    const bool editing = scene()->focusItem() != nullptr;
    if (!editing && event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spacePanning_ = true;
        setDragMode(QGraphicsView::ScrollHandDrag);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && spacePanning_) {
        spacePanning_ = false;
        setDragMode(QGraphicsView::RubberBandDrag);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

}  // namespace mizan::ui
