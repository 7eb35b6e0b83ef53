// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Canvases as Markdown: a heading per block, a bullet per note. Reads what
// people and note-taking tools write (docs/import-formats.md: the Obsidian
// Business Model Canvas plug-in, Notion exports, plain-text canvases,
// generators that write "## Block {key}") and writes the shape it reads.

#include "core/formats/canvas_import.h"

#include <string>
#include <string_view>

namespace mizan {

// A heading per block (any level, names in English, French, Arabic or
// Hebrew, see block_names.h); under it, each bullet (-, *, +, 1.) is a note
// with the lines indented under it, and each plain paragraph is a note. The
// first level-1 heading that is not a block is the title, the text under it
// the description. Sections that are not blocks keep their notes in the
// closest block, tagged "unplaced", and the report says so. Fails when no
// heading names a block.
Result<ImportedCanvas> importMarkdown(std::string_view text, std::string_view fileName);

// Whether some line of text names a block the way importMarkdown reads it.
bool hasMarkdownBlocks(std::string_view text);

// The title as "# ", the description, then the nine blocks as "## " in the
// canonical order, titled in the canvas's language, each note as "- " with
// its further lines indented by two spaces. importMarkdown(toMarkdown(c))
// has every note of c, with its text, in its block and order.
std::string toMarkdown(const Canvas& canvas);

}  // namespace mizan
