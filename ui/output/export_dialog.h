// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Asks where to export and how: page size and orientation (PDF, PNG, SVG),
// resolution (PNG), and direction (right to left follows the canvas's
// language unless changed).

#include "ui/output/exporter.h"

class QWidget;

namespace mizan::ui {

// Returns the chosen path (empty if cancelled) and fills options.
QString askExport(QWidget* parent, const QString& suggestedName, ExportOptions* options);
// Page size and orientation only, for printing.
bool askPageSetup(QWidget* parent, ExportOptions* options);

}  // namespace mizan::ui
