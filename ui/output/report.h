// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The consultant's report, the same for PDF and print: page 1 is the canvas
// (every note whole, shrunk to a readable minimum, the rest continued in
// the appendix with a marker in its block), then a page per segment with
// its relationship plan, the findings report, and the appendix. Every page
// has the canvas title and date above and "page n of N" and the canvas
// attribution below. Right-to-left canvases lay out right to left.

#include "core/model/canvas.h"
#include "core/checklist/finding.h"
#include "ui/output/print_layout.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace mizan {
class Checklist;
}

namespace mizan::ui {

struct ReportOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    bool rightToLeft = false;
    QDate date = QDate::currentDate();
};

class Report {
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    Report(const Canvas& canvas, std::vector<Finding> findings, ReportOptions options);
    ~Report();

    // The page layout to give the device before rendering.
    QPageLayout pageLayout() const;
    // Lays the report out for device and draws every page on it. progress
    // (when given) hears of each page; returning false stops the drawing
    // and render returns false with cancelled() set.
    bool render(QPagedPaintDevice* device, const std::function<bool(int done, int total)>& progress = {});
    bool cancelled() const { return cancelled_; }
    int pageCount() const { return pageCount_; }
    const PrintLayout& canvasLayout() const { return layout_; }

    // Draws the canvas page (header, canvas, footer) into a page of the
    // given size in device units, for PNG and SVG.
    void paintCanvasPage(QPainter& painter, const QRectF& page, qreal dotsPerPoint, int pageNumber, int pageTotal);

private:
    void prepare(const QRectF& content, qreal dotsPerPoint, class QPaintDevice* device);
    void prepareCanvas(const QRectF& content, qreal dotsPerPoint);
    QString reportHtml(int appendixPage) const;
    QString segmentExtrasHtml(const CustomerSegment& segment) const;
    QString findingsHtml() const;
    QString segmentPageHtml(const Note& segment) const;   // a segment's page, after its heading
    QString peopleServing(const Canvas& canvas, const NoteId& segment) const;
    void paintFrame(QPainter& p, const QRectF& page, qreal dotsPerPoint, int number, int total) const;
    void paintCanvas(QPainter& p, const QRectF& target, int appendixPage) const;
    QRectF contentRect(const QRectF& page, qreal dotsPerPoint) const;

    // Built once, on the first segment page: each page reads its segment's
    // findings from it.
    const Checklist& checklist() const;

    const Canvas& canvas_;
    std::vector<Finding> findings_;
    mutable std::unique_ptr<Checklist> checklist_;
    ReportOptions options_;
    PrintLayout layout_;
    std::unique_ptr<QTextDocument> document_;
    int pageCount_ = 0;
    int appendixPage_ = 0;
    bool cancelled_ = false;
};

}  // namespace mizan::ui
