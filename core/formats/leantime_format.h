// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Leantime's canvas export (Blueprints ▸ Export, an .xml file) of a Business
// Model Canvas board ("obmcanvas"). Leantime builds that XML by pasting its
// fields between tags without escaping them, so a field may hold a raw "&",
// "<" or quote, and its rich-text fields hold HTML: this reader scans the
// structure Leantime writes, takes each field up to its closing tag, and
// turns the HTML into text. docs/import-formats.md has the mapping.

#include "core/formats/canvas_import.h"

#include <string_view>

namespace mizan {

// Each <item> of an <element key="obm_..."> is a note of that block: its
// <description> (the item's title) then its <assumptions>, <data> and
// <conclusion> as labelled paragraphs. Fails on another kind of board, and
// on a file cut short, naming the line and the element left open.
Result<ImportedCanvas> importLeantime(std::string_view text, std::string_view fileName);

// Whether text starts the way a Leantime canvas export does.
bool looksLikeLeantime(std::string_view text);

}  // namespace mizan
