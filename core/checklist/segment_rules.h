// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The checks themselves, one function per unit of work. Each appends
// findings; checkSegment also returns which canvas-wide facts it read, so
// that the checklist knows when to run it again.

#include "core/model/canvas.h"
#include "core/checklist/canvas_facts.h"
#include "core/checklist/finding.h"

#include <vector>

namespace mizan {

FactMask checkSegment(const Canvas& canvas, const SegmentIndex& index, const CanvasFacts& facts,
                      const NoteId& segment, std::vector<Finding>& out);
void checkChannel(const Canvas& canvas, const NoteId& channel, std::vector<Finding>& out);
void checkOrphanPlan(const Canvas& canvas, const NoteId& plan, std::vector<Finding>& out);

// Errors first, then warnings, then advice; within a severity, the canvas
// order of the first subject, then the rule table's order.
void sortFindings(const Canvas& canvas, std::vector<Finding>& findings);

// Mechanism families used by the rules (CR11, CR12, RT9).
EnumSet<Mechanism> personalMechanisms();     // need people to give them
EnumSet<Mechanism> shallowMechanisms();      // limited contact
EnumSet<Mechanism> retentionMechanisms();    // made to keep customers
EnumSet<Mechanism> dataHungryMechanisms();   // feed on personal data

}  // namespace mizan
