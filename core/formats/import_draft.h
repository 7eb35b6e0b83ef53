// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the importers share: each reads its format into a CanvasDraft (the
// notes in file order, with their block when the file names one), then
// finishImport places the notes that have no block, gives every note a fresh
// id and makes the canvas and its report. The readers take valid UTF-8, as
// importCanvas checks it.

#include "core/formats/canvas_import.h"
#include "core/formats/import_messages.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mizan {

struct DraftNote {
    std::optional<BlockId> block;          // unset: the file puts it in no block of the canvas
    std::string text;
    std::vector<std::string> tags;
    Message where;                         // for the report: "line 12", "element obm_kp, line 40" (import.where.*)
    std::string section;                   // the file's name for where it was, when not in a block
    std::optional<BlockId> near;           // the closest block, when the reader can tell
    std::vector<std::size_t> links;        // other notes of the draft it refers to
};

struct CanvasDraft {
    std::string title;
    std::string description;
    std::vector<DraftNote> notes;
    std::vector<Message> report;
    // Where the file names a block (even one with no notes), in file order:
    // notes that have no block go to the closest one.
    std::vector<std::pair<std::size_t, BlockId>> anchors;

    void declareBlock(BlockId block)
    {
        if (anchors.empty() || anchors.back().second != block)
            anchors.emplace_back(notes.size(), block);
    }
};

struct ImportFormat {
    std::string_view key;                  // ImportedCanvas::format
    std::string_view name;                 // the template of its name in the report: "import.format.leantime"
};

// Notes with no block go to the block of the closest anchor (the last one
// before them in the file, else the first after), tagged "unplaced" and
// with the file's name for their section, and the report says so note by
// note. Fails when there are notes and none of them is in a block.
Result<ImportedCanvas> finishImport(CanvasDraft draft, ImportFormat format, std::string_view fileName);

// What import messages show of a file; the readers' helpers.
std::string lineLabel(std::size_t line);                     // "line 12", for an error's trail
Message lineWhere(std::size_t line);                         // "line 12", for DraftNote::where
std::size_t lineAt(std::string_view text, std::size_t offset);  // 1-based
std::string excerpt(std::string_view text, std::size_t max = 60);  // first line, shortened ("...")
// "20 notes in 9 blocks from {format}." (formatId: "import.format.markdown").
Message importSummary(std::size_t notes, std::size_t blocks, std::string_view formatId);
std::string_view stripUtf8Bom(std::string_view text);
std::string trimmed(std::string_view text);                  // white space off both ends

// The canvas language from the script of its text: "ar" or "he" when
// Arabic or Hebrew letters make a third of the letters, else "fr" when
// French accents are common among the Latin letters, else "en".
std::string guessLanguage(const Canvas& canvas);

}  // namespace mizan
