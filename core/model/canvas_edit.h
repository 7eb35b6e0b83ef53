// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One edit of a canvas as before/after snapshots of the notes it touches
// (and of the canvas info, if it changes). Applying it forward or backward
// is all undo and redo need; the same record tells the working copy what to
// write and the views what to refresh. Building one from a canvas and a
// list of changed notes is one function per kind, so edits of any shape
// (add, change, delete with its references, move, paste) are one type.
// See the edits namespace below for how they are built.

#include "core/model/canvas.h"
#include "core/storage/canvas_store.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mizan {

struct PlacedNote {
    BlockId block;
    std::size_t index;
    Note note;

    friend bool operator==(const PlacedNote&, const PlacedNote&) = default;
};

struct NoteChange {
    NoteId id;
    std::optional<PlacedNote> before;   // unset: the edit creates the note
    std::optional<PlacedNote> after;    // unset: the edit deletes the note
};

struct CanvasEdit {
    std::vector<NoteChange> notes;
    std::optional<CanvasInfo> infoBefore;
    std::optional<CanvasInfo> infoAfter;
    std::optional<std::vector<CalendarAction>> calendarBefore;
    std::optional<std::vector<CalendarAction>> calendarAfter;
    std::optional<std::set<std::string>> dismissedBefore;   // dismissed suggestions
    std::optional<std::set<std::string>> dismissedAfter;

    bool empty() const;
    // Applies the edit (forward) or reverts it; returns what the store
    // must write. The canvas must be in the edit's before (or after) state.
    StoreEdit apply(Canvas& canvas, bool forward) const;
    // Folds a later edit of the same notes into this one (typing merged
    // into a single undo step). Both must touch the same note ids.
    bool mergeWith(const CanvasEdit& later);
    std::vector<NoteId> noteIds() const;
};

// The edits the editor makes, built against the canvas as it is now.
namespace edits {
// Replaces notes' content in place (same id, block and position).
CanvasEdit changeNotes(const Canvas& canvas, const std::vector<Note>& after);
// Inserts notes into block starting at index (clamped), in order.
CanvasEdit insertNotes(const Canvas& canvas, BlockId block, std::size_t index, const std::vector<Note>& notes);
// Deletes notes and every reference to them from the notes that remain.
CanvasEdit removeNotes(const Canvas& canvas, const std::vector<NoteId>& ids);
// Moves notes, in order, to block starting at index (an index in the block
// as it is without the moved notes).
CanvasEdit moveNotes(const Canvas& canvas, const std::vector<NoteId>& ids, BlockId block, std::size_t index);
CanvasEdit changeInfo(const Canvas& canvas, const CanvasInfo& after);
CanvasEdit changeCalendar(const Canvas& canvas, const std::vector<CalendarAction>& after);
// Accepts suggestions (their notes changed as each says) and dismisses
// others (remembered so they are not proposed again), as one edit.
CanvasEdit settleSuggestions(const Canvas& canvas, const std::vector<Note>& accepted,
                             const std::vector<std::string>& dismissedKeys);
// Pastes copies of notes with new ids: each into its own block (or all into
// block, when given), at the end. References among the pasted notes follow
// them to their new ids; references to notes of this canvas are kept; any
// other reference is dropped.
CanvasEdit pasteNotes(const Canvas& canvas, std::vector<std::pair<BlockId, Note>> notes,
                      std::optional<BlockId> block = std::nullopt);
// Makes the canvas equal to target (a version restored, a merge taken in):
// every note whose place or content differs, and the canvas's own fields.
CanvasEdit replaceCanvas(const Canvas& canvas, const Canvas& target);
}  // namespace edits

}  // namespace mizan
