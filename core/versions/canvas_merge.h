// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A three-way merge of two versions of a canvas made from the same base, by
// note id and by field (core/versions/canvas_diff.h): changes to different
// notes, or to different fields of a note, combine; the same field changed
// both ways is a conflict (ours is kept, and the note is tagged
// "merge-conflict"); a note deleted on one side and edited on the other is
// a conflict too, and the edited note is kept: nothing is lost silently.
// After the merge every reference is valid (links, a plan's segment, a
// channel's segments...): one to a note gone is dropped.

#include "core/model/canvas.h"
#include "core/model/error.h"

#include <string>
#include <vector>

namespace mizan {

inline constexpr const char* kConflictTag = "merge-conflict";

struct MergeConflict {
    NoteId note;            // empty for the canvas's own fields or the calendar
    std::string name;
    std::string field;      // "text", "relationship_plan/depth", "block", "deleted"...
    std::string base, ours, theirs;   // as the user reads them
    // For a note's field: theirs as the field's JSON value ("" when theirs
    // has no such field), so that "keep theirs" can set it.
    std::string theirsJson;

    friend bool operator==(const MergeConflict&, const MergeConflict&) = default;
};

struct MergeResult {
    Canvas canvas;
    std::vector<MergeConflict> conflicts;
};

MergeResult mergeCanvases(const Canvas& base, const Canvas& ours, const Canvas& theirs);

// Two copies with no known common version (a sync client's conflicted
// copy): nothing was deleted, notes on one side only are kept, and a field
// that differs is a conflict unless one side left it empty.
MergeResult mergeWithoutBase(const Canvas& ours, const Canvas& theirs);

// A field conflict resolved as theirs: note with field set to theirsJson
// (or removed, when empty). Fails when the result is not a valid note.
Result<Note> withTheirs(const Note& note, BlockId block, const MergeConflict& conflict);

}  // namespace mizan
