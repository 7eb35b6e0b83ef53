// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes a canvas to PDF (the whole report), PNG or SVG (the canvas page)
// or JSON, chosen by the file's extension. Nothing is left at the path
// unless the export succeeded: the file is written beside it and renamed.

#include "core/model/canvas.h"
#include "core/model/error.h"
#include "core/checklist/finding.h"

#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace mizan::ui {

struct ExportOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int dpi = 150;               // PNG only
    bool rightToLeft = false;
    // Called as the PDF's pages are drawn (total 0 while the report is laid
    // out); returning false cancels the export (ErrorCode::Cancelled).
    std::function<bool(int done, int total)> progress;
};

enum class ExportFormat { Pdf, Png, Svg, Json, Unknown };
ExportFormat exportFormatOf(const QString& path);

// Right to left for canvases written in Arabic, Hebrew and the like.
bool isRightToLeftLanguage(const std::string& language);

Status exportCanvas(const Canvas& canvas, const std::vector<Finding>& findings, const QString& path,
                    const ExportOptions& options);

// The report on a printer (or any paged device), same layout as the PDF.
bool printReport(const Canvas& canvas, const std::vector<Finding>& findings, QPagedPaintDevice* device,
                 const ExportOptions& options);

}  // namespace mizan::ui
