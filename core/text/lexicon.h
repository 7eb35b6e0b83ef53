// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words the text readers look for, by meaning: a key such as "people",
// "resource" or "capability:satisfaction_surveys", and its terms in Arabic,
// Hebrew, English and French. The terms are data files, one per language,
// in resources/lexicon/ (reviewable and translatable like the .ts files),
// built into the program. A term is one or more words; a word ending in '*'
// matches any word it begins (a stem: "survey*" matches "surveys").

#include "core/text/text_tokens.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mizan::text {

struct LexiconMatch {
    std::string key;
    std::size_t firstToken = 0, lastToken = 0;  // inclusive
    std::size_t begin = 0, end = 0;             // byte range in the text
};

class Lexicon {
public:
    // Parses lexicon files: "[key]" lines start a section, each other
    // non-empty line that is not a "#" comment is a term; a line
    // "@language xx" says which language the file's terms are in.
    explicit Lexicon(const std::vector<std::string_view>& files);
    // The lexicon built from resources/lexicon/.
    static const Lexicon& builtIn();
    // Makes builtIn() return a lexicon read from these files instead, for
    // the tools that try lexicons from disk while they are written. Call it
    // before anything reads the lexicon; it is not thread-safe.
    static void replaceBuiltIn(const std::vector<std::string_view>& files);

    // Every match in the tokens, longest first where terms overlap. Given
    // the text's language ("fr", "en-GB"), only the terms that can be words
    // of it: French terms only in French, English ones in any language but
    // French (English loanwords are in the French lexicon), Arabic and
    // Hebrew ones always (their scripts mistake no other). "chat" is then a
    // means of contact in English and a cat in French.
    std::vector<LexiconMatch> find(const std::vector<Token>& tokens, std::string_view language = {}) const;
    bool contains(const std::vector<Token>& tokens, std::string_view key) const;
    // The keys a lexicon knows, for tests.
    std::vector<std::string> keys() const;

private:
    struct Word {
        std::string text;
        bool prefix = false;
    };
    struct Term {
        std::string key;
        std::vector<Word> words;
        std::string language;  // of its file, if it says
    };
    bool matchesAt(const Term& term, const std::vector<Token>& tokens, std::size_t at) const;

    // Looked up by string_view: a word's every prefix is tried without a copy.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using Index = std::unordered_map<std::string, std::vector<std::size_t>, Hash, std::equal_to<>>;

    std::vector<Term> terms_;
    Index byFirstWord_;    // exact first word -> terms
    Index byFirstPrefix_;  // stem of the first word -> terms
};

}  // namespace mizan::text
