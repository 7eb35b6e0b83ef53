// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What changed between two versions of a canvas, keyed by note ids, in the
// canvas's words: a note added, removed, moved to another block, or a field
// of it changed (its text, a segment's market, a plan's depth, a channel's
// segments...). A note's fields are those of its JSON form
// (docs/file-format.md), so every field the format has is compared.
// The canvas's own title, description, language and currency are compared;
// its created and modified times are not (every save changes them).

#include "core/model/canvas.h"

#include "core/model/error.h"

#include <map>
#include <string>
#include <vector>

namespace mizan {

struct CanvasChange {
    enum class Kind { Added, Removed, Moved, Changed, Canvas, Calendar };
    Kind kind;
    NoteId note;            // empty for the canvas's own fields and the calendar
    BlockId block = BlockId::CustomerSegments;   // where it is (was, when removed)
    std::string name;       // the note's name, as the editor shows it
    std::string field;      // "text", "segment/market", "relationship_plan/depth"...; the old block for a move
    std::string before;
    std::string after;
};

// In canvas order: the canvas's fields, then the notes of after block by
// block (removed notes where they were in before), then the calendar.
std::vector<CanvasChange> diffCanvases(const Canvas& before, const Canvas& after);

const char* changeKindKey(CanvasChange::Kind kind);   // "added", "removed", ...

// A note as its fields, path to JSON value ("text" -> "\"Families\"",
// "segment/market" -> "\"niche\"", "links" -> "[\"seg-a\"]"), and back
// (fails when the fields do not make a valid note of block).
using NoteFields = std::map<std::string, std::string>;
NoteFields noteFields(const Note& note);
Result<Note> noteFromFields(BlockId block, const NoteFields& fields);
// A field's value as the user reads it: a string's text, else its JSON.
std::string fieldText(const std::string& value);
// The note's JSON object, nested as in the format.
std::string noteJsonOf(const NoteFields& fields);

// {"same": bool, "changes": [{"change", "note", "block", "name", "field", "before", "after"}]}
std::string changesToJson(const std::vector<CanvasChange>& changes);

}  // namespace mizan
