// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where every note goes on a printed canvas page. Unlike the editor, print
// shows each note's whole text: notes become cards as tall as their text,
// stacked in columns inside their block. When a block is too full its text
// shrinks, down to a readable minimum; the notes that still do not fit go
// to an appendix, and the block says so. All geometry is in canvas units
// (CanvasLayout); font sizes are chosen in points for the page's scale, so
// the minimum is readable on A4 and A3 alike.

#include "core/model/canvas.h"

#include <QFont>
#include <QRectF>

#include <map>
#include <vector>

namespace mizan::ui {

struct PrintedNote {
    NoteId id;
    QRectF card;                 // canvas units
    QRectF text;                 // the text's box inside the card
    std::vector<QRectF> lines;   // every laid-out line, for checks
};

struct PrintedBlock {
    BlockId block;
    QRectF rect;                 // the block's frame
    QRectF area;                 // where notes go
    qreal fontPixels = 0;        // note text size, canvas units
    std::vector<PrintedNote> notes;
    std::vector<NoteId> overflow;  // continued in the appendix
    QRectF marker;               // the "continued" line, when there is overflow
};

struct PrintLayout {
    bool rightToLeft = false;
    std::vector<PrintedBlock> blocks;
    std::vector<NoteId> overflow() const;
};

struct PrintFontRange {
    qreal maxPoints = 9.0;
    qreal minPoints = 6.5;       // the readable minimum
};

// unitsPerPoint: canvas units per typographic point on the page.
PrintLayout layoutForPrint(const Canvas& canvas, bool rightToLeft, qreal unitsPerPoint, PrintFontRange range = {});

// The font notes are printed in, at a size in canvas units.
QFont printFont(qreal pixels);

}  // namespace mizan::ui
