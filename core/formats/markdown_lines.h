// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The shapes of Markdown lines the canvas reader tells apart: headings,
// bullets, fences, rules, bold block names and labels. CommonMark's rules,
// leniently (markdown_format.cpp reads a canvas from them).

#include "core/model/enums.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace mizan::markdown {

bool isBlank(std::string_view line);
// Leading white space in columns (a tab to the next multiple of four).
std::size_t indentOf(std::string_view line);
// The line without up to cols columns of leading white space.
std::string_view dedented(std::string_view line, std::size_t cols);
std::string_view trimView(std::string_view s);

struct Heading {
    int level = 0;
    std::string text;
    bool keyed = false;     // "## Customer Segments {customer-segments}", as generators write
};
std::optional<Heading> atxHeading(std::string_view line);
bool isSetextUnderline(std::string_view line);
bool isThematicBreak(std::string_view line);
// The fence's marks ("```", "~~~~") when the line opens a fenced block.
std::optional<std::string> fenceOpening(std::string_view line);

struct Bullet {
    std::size_t contentColumn = 0;    // where the item's text starts, and its further lines
    std::string_view content;
};
std::optional<Bullet> bulletAt(std::string_view line);

// "**Key partners**", "__Channels:__", "**Costs**:" -> the words inside.
std::optional<std::string_view> boldOnly(std::string_view line);
// "**Key partners:** Supplier A", "Key partners: Supplier A", "Key partners"
// -> the block and what follows the name.
std::optional<std::pair<BlockId, std::string_view>> labelled(std::string_view text);
// The line without Notion's <aside> and </aside> callout tags.
std::string_view withoutAside(std::string_view line);

}  // namespace mizan::markdown
