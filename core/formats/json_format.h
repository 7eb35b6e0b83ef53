// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The JSON interchange format ("format": "mizan-canvas"), documented in
// docs/file-format.md with its JSON Schema in docs/mizan-canvas.schema.json.
// All Boost.JSON conversion of the canvas lives in json_format.cpp.

#include "core/model/canvas.h"
#include "core/model/error.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace mizan {

// Version 2 added touchpoints, retention economics and personas to
// segments and the relationship calendar; version 1 files still import.
inline constexpr int kJsonFormatVersion = 4;
inline constexpr std::size_t kJsonMaxBytes = 64u * 1024u * 1024u;
inline constexpr std::size_t kJsonMaxDepth = 32;

// Canonical text: fixed key order, two-space indentation, UTF-8, trailing
// newline. toJson(fromJson(toJson(c))) == toJson(c) for every canvas.
std::string toJson(const Canvas& canvas);

// Strict import: every error names the JSON pointer and what was expected.
Result<Canvas> fromJson(std::string_view text);

// Notes on the clipboard ("format": "mizan-notes"): each with its block.
// References to notes that are not copied with them are kept; the pasting
// side decides what to keep (see pasteNotes in canvas_edit.h).
struct BlockNote {
    BlockId block;
    Note note;
};
std::string notesToJson(const std::vector<BlockNote>& notes);
Result<std::vector<BlockNote>> notesFromJson(std::string_view text);

}  // namespace mizan
