// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shows a canvas scene: fits the whole canvas to the window (and keeps
// fitting as the window resizes) until the user zooms; zoom with Ctrl+wheel
// or the keys, pan with the middle button or Space+drag, select with a
// rubber band.

#include <QGraphicsView>

namespace mizan::ui {

class CanvasScene;

class CanvasView : public QGraphicsView {
    Q_OBJECT

public:
    explicit CanvasView(CanvasScene* scene, QWidget* parent = nullptr);

    CanvasScene* canvasScene() const;
    qreal zoom() const { return transform().m11(); }
    bool isFitting() const { return fitting_; }

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void setZoom(qreal factor);
    // Shows a rectangle of the canvas, zooming out if needed.
    void reveal(const QRectF& sceneRect);

signals:
    void zoomChanged(qreal zoom);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;

private:
    bool fitting_ = true;
    bool spacePanning_ = false;
};

}  // namespace mizan::ui
