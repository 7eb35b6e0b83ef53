// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a note looks on the canvas, the exports and presentation mode: its
// fill, its segment's colour, and a line summing up its structured answers.

#include "core/model/canvas.h"
#include "ui/canvas/note_item.h"

namespace mizan::ui {

NoteLook noteLook(const Canvas& canvas, const Note& note, bool segmentColours);
// The segment a note belongs to or serves (itself, the plan's segment, the
// first linked or served segment), if any.
const Note* segmentOf(const Canvas& canvas, const Note& note);
// Notes whose look depends on segment: linking to it, planning for it,
// serving it.
std::vector<NoteId> notesReferringTo(const Canvas& canvas, const NoteId& segment);

}  // namespace mizan::ui
