// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The relationship checklist (CR1-CR12 and the RT, EX, TP, RM points that
// bear on it): runs the method's questions over the canvas and returns
// findings. runChecklist() is the pure function; Checklist keeps the result
// and, after an edit, re-checks only what that edit can affect.
//
// Units of work: each customer segment (its plan, channels, people and
// links), each channel, and each relationship note. An edit that changes a
// note's structured answers re-runs the segments that note refers to or is
// referred to by (through the index of who refers to whom), and the
// segments whose last check read a canvas-wide fact the edit changed (a
// team that names nobody, a note linked to nothing). Text edits re-run
// nothing: findings name notes by id and are rendered when shown.

#include "core/checklist/finding.h"
#include "core/model/canvas.h"

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace mizan {

std::vector<Finding> runChecklist(const Canvas& canvas);

class Checklist {
public:
    explicit Checklist(const Canvas& canvas);
    ~Checklist();
    Checklist(Checklist&&) noexcept;
    Checklist& operator=(Checklist&&) noexcept;

    // Call after the canvas changed, with the ids of the notes that were
    // added, modified or removed (including notes whose references changed).
    void update(const Canvas& canvas, const std::vector<NoteId>& changedNotes, bool calendarChanged = false);
    // Re-runs everything (after loading another canvas, say).
    void reset(const Canvas& canvas);

    // All findings: errors first, then warnings, then advice; within a
    // severity in the canvas order of their first subject, then rule order.
    std::vector<Finding> findings(const Canvas& canvas) const;
    // Findings of the unit of a segment, channel or plan without a segment.
    std::vector<Finding> findingsOfSegment(const NoteId& segment) const;
    std::size_t count(Severity severity) const;
    // How many units the last update or reset evaluated (for tests and the
    // benchmark: per-edit work must not grow with the canvas).
    std::size_t lastEvaluatedUnits() const;
    // Whether the last update changed any unit's findings (their order in
    // findings() also follows the canvas order of their subjects).
    bool lastUpdateChangedFindings() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

}  // namespace mizan
