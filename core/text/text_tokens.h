// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Words of a note as the text readers match them, in any of Mizan's four
// languages: split at ICU's word boundaries, normalised (NFKC, case folded,
// Arabic diacritics and tatweel dropped, alef, yaa and taa marbuta forms
// unified, Hebrew points dropped, digits of any script made ASCII), and each
// with the stems it may have once its attached particles are taken off:
// Arabic و ف ب ك ل and the article ال, Hebrew ה ו ב ל מ ש כ, French elision
// (l', d', qu'...).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mizan::text {

struct Token {
    std::string word;                 // normalised, UTF-8
    std::vector<std::string> stems;   // the word first, then the word without its particles
    std::size_t begin = 0, end = 0;   // byte range in the original text
    bool number = false;              // all digits (grouping separators removed)
};

std::vector<Token> tokenize(std::string_view utf8);

// The normalised form of one word or phrase (no particles removed).
std::string normalise(std::string_view utf8);

}  // namespace mizan::text
