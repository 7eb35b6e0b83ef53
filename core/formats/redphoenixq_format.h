// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Saves of the Business Model Canvas web app by RedPhoenixQ
// (github.com/RedPhoenixQ/Business-Model-Canvas): a JSON project of pages,
// each a Svelte Flow graph whose "segment" nodes are the blocks and whose
// "item" and "text" nodes, placed in a segment (parentNode, through groups),
// are the notes. docs/import-formats.md has the mapping.

#include "core/formats/canvas_import.h"

#include <string_view>

namespace mizan {

// The page that was open when the project was saved becomes the canvas: an
// item's name, description and impact make a note's text, the names of the
// groups it is in its tags, and relations between items its links. Items
// outside any block go to the closest block on the page, tagged "unplaced".
Result<ImportedCanvas> importRedPhoenixQ(std::string_view text, std::string_view fileName);

// Whether text is JSON with the members of such a save ("pages" holding
// "nodes"), even when it is cut short.
bool looksLikeRedPhoenixQ(std::string_view text);

}  // namespace mizan
