// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The canvases the benchmark suite measures: N notes, deterministic, in
// mixed scripts (about 30% of the notes in Arabic or Hebrew). For every 20
// notes: a customer segment, a channel serving it and its relationship plan;
// the other 17 spread over the other blocks, some linked to the segment.

#include "core/model/canvas.h"

namespace mizan::bench {

Canvas benchmarkCanvas(int notes, unsigned seed = 7);

// The id of the n-th note of the generated canvas's Value Propositions
// block, a plain note the editor benchmark types into.
NoteId plainNoteId(int group);
NoteId planNoteId(int group);

}  // namespace mizan::bench
