// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The names people give the nine blocks, for the importers: the titles of
// Mizan's four languages (the "Vocabulary" translations), the usual English
// variants, the variants other tools write, and Mizan's own keys. Names are
// compared by nameKey: case, accents, Arabic and Hebrew points, letter forms,
// punctuation, emoji and leading numbering do not count.

#include "core/model/enums.h"

#include <optional>
#include <string>
#include <string_view>

namespace mizan {

// The block a heading, a cell or a key names: "Key Partners", "1. 🤝 Key
// partnerships:", "Partenaires clés", "الشركاء الرئيسيون", "שותפים מרכזיים",
// "key_partners". A name followed by a colon, a dash or a parenthesis with
// more words ("Key partners: who helps us?") names the block too.
std::optional<BlockId> blockFromName(std::string_view name);
// Only the name itself, with nothing after it but punctuation: for lines
// of text that may be a block's title or a note ("Customers: families").
std::optional<BlockId> blockFromExactName(std::string_view name);

// The block's title as Mizan writes it in a language ("en", "fr", "ar",
// "he"; English for any other), e.g. "Key partners", "Partenaires clés".
std::string_view blockTitle(BlockId block, std::string_view language = "en");

// The comparison form of a name: NFKC, case folded, marks dropped, Arabic
// letter forms unified, anything but letters and digits made a single
// space, leading numbers dropped.
std::string nameKey(std::string_view name);

}  // namespace mizan
