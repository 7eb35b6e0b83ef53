// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Rows of a tree whose texts wrap (or hold several lines) measured as they
// are drawn: at the width of their column, less the indentation, and in the
// fonts their lines are set in. Arabic and Hebrew text falls back to fonts
// taller than the view's own, which the tree's own measure leaves out (a
// second line would be cut or drawn over the next row).

class QTreeView;

namespace mizan::ui {

// Installs the measure on tree, and lays its rows out again when a column
// is resized.
void wrapRowsToColumns(QTreeView* tree);

}  // namespace mizan::ui
