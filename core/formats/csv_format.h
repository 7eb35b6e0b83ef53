// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A table of notes with a block column and a text column, as spreadsheets
// and databases export it (Excel, LibreOffice, Google Sheets, Notion).
// docs/import-formats.md has what is read and what is refused.

#include "core/formats/canvas_import.h"

#include <string_view>

namespace mizan {

// Comma, semicolon or tab separated, quoted fields with doubled quotes and
// line breaks inside, UTF-8 with or without a byte order mark. A header row
// is recognised by its column names (block, bloc, الكتلة, בלוק; text, note,
// texte, النص, טקסט ...); without one, the block column is the one whose
// values name blocks. Block values are block names (as block_names.h reads
// them) or Mizan's keys (key_partners ...). Rows whose block is unknown are
// kept in the closest block, tagged "unplaced", and reported. Fails when no
// row names a block, or when a quoted field is never closed.
Result<ImportedCanvas> importCsv(std::string_view text, std::string_view fileName);

// Whether text reads as such a table: a header naming a block column, or a
// column whose values mostly name blocks.
bool looksLikeCsv(std::string_view text);

}  // namespace mizan
