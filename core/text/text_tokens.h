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
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mizan::text {

struct Token {
    std::string word;                 // normalised, UTF-8
    std::vector<std::string> stems;   // the word first, then the word without its particles
    std::size_t begin = 0, end = 0;   // byte range in the original text
    bool number = false;              // a number: digits, separators, maybe a k/m suffix ("20k")
    double value = 0;                 // its value, when it is one
};

// The value of a written number: "2,000", "2.000", "2 000", "1.5", "1,5",
// "20k", "3m"; nothing if the word is not one.
std::optional<double> numberValue(std::string_view normalisedWord);

std::vector<Token> tokenize(std::string_view utf8);

// The normalised form of one word or phrase (no particles removed).
std::string normalise(std::string_view utf8);

}  // namespace mizan::text
