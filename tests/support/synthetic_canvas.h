// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Synthetic canvases of any size for the checklist's tests and benchmark:
// per segment about five notes (the segment, a value proposition, a channel,
// a relationship plan, a revenue stream), plus a few shared resources.
// Plans vary so that some findings fire and others do not.

#include "core/model/canvas.h"

namespace mizan::test {

Canvas syntheticCanvas(int segments, unsigned seed = 1);

// Ids used by syntheticCanvas for segment i.
NoteId segmentId(int i);
NoteId planId(int i);
NoteId channelId(int i);

}  // namespace mizan::test
