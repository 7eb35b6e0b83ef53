// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/lexicon.h"

#include <memory>

#include <algorithm>
#include <set>
#include <sstream>

namespace mizan::text {

// Generated at build time from resources/lexicon/*.lex.
std::vector<std::string_view> builtInLexiconFiles();

namespace {

bool wordMatches(const std::string& stem, const std::string& word, bool prefix)
{
    return prefix ? stem.compare(0, word.size(), word) == 0 : stem == word;
}

// Where a UTF-8 string's code points start (prefixes are cut there).
std::vector<std::size_t> codePointStarts(const std::string& s)
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80)
            out.push_back(i);
    return out;
}

}  // namespace

Lexicon::Lexicon(const std::vector<std::string_view>& files)
{
    for (std::string_view file : files) {
        std::istringstream in{std::string(file)};
        std::string key, language;
        for (std::string line; std::getline(in, line);) {
            const auto first = line.find_first_not_of(" \t\r");
            if (first == std::string::npos || line[first] == '#')
                continue;
            line = line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
            if (line.rfind("@language ", 0) == 0) {
                language = line.substr(10);
                continue;
            }
            if (line.front() == '[' && line.back() == ']') {
                key = line.substr(1, line.size() - 2);
                continue;
            }
            if (key.empty())
                continue;
            Term term{key, {}, language};
            std::istringstream words(line);
            for (std::string w; words >> w;) {
                const bool prefix = w.size() > 1 && w.back() == '*';
                if (prefix)
                    w.pop_back();
                // The term's words are normalised like the text, whole.
                for (const Token& t : tokenize(w))
                    term.words.push_back({t.word, false});
                if (!term.words.empty() && prefix)
                    term.words.back().prefix = true;
            }
            if (term.words.empty())
                continue;
            const std::size_t index = terms_.size();
            (term.words.front().prefix ? byFirstPrefix_ : byFirstWord_)[term.words.front().text].push_back(index);
            terms_.push_back(std::move(term));
        }
    }
}

namespace {
std::unique_ptr<Lexicon>& replacement()
{
    static std::unique_ptr<Lexicon> lexicon;
    return lexicon;
}
}  // namespace

const Lexicon& Lexicon::builtIn()
{
    if (const auto& other = replacement())
        return *other;
    static const Lexicon lexicon(builtInLexiconFiles());
    return lexicon;
}

void Lexicon::replaceBuiltIn(const std::vector<std::string_view>& files)
{
    replacement() = std::make_unique<Lexicon>(files);
}

bool Lexicon::matchesAt(const Term& term, const std::vector<Token>& tokens, std::size_t at) const
{
    if (at + term.words.size() > tokens.size())
        return false;
    for (std::size_t k = 0; k < term.words.size(); ++k) {
        const Word& w = term.words[k];
        const auto& stems = tokens[at + k].stems;
        if (!std::any_of(stems.begin(), stems.end(), [&](const std::string& s) { return wordMatches(s, w.text, w.prefix); }))
            return false;
    }
    return true;
}

namespace {
// Whether a term of one language can be a word of a text in another.
bool canBeWordOf(std::string_view term, std::string_view text)
{
    if (term.empty() || text.empty() || term == text || term == "ar" || term == "he")
        return true;
    if (text != "ar" && text != "he" && text != "en" && text != "fr")
        return true;  // a language without its own lexicon: every term
    return term == "en" ? text != "fr" : false;
}
}  // namespace

std::vector<LexiconMatch> Lexicon::find(const std::vector<Token>& tokens, std::string_view language) const
{
    language = language.substr(0, language.find_first_of("-_"));
    std::vector<LexiconMatch> out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        std::set<std::size_t> candidates;
        for (const std::string& stem : tokens[i].stems) {
            if (auto it = byFirstWord_.find(stem); it != byFirstWord_.end())
                candidates.insert(it->second.begin(), it->second.end());
            for (std::size_t cut : codePointStarts(stem))
                if (cut > 0)
                    if (auto it = byFirstPrefix_.find(std::string_view(stem).substr(0, cut)); it != byFirstPrefix_.end())
                        candidates.insert(it->second.begin(), it->second.end());
            if (auto it = byFirstPrefix_.find(stem); it != byFirstPrefix_.end())
                candidates.insert(it->second.begin(), it->second.end());
        }
        for (std::size_t index : candidates) {
            const Term& term = terms_[index];
            if (!canBeWordOf(term.language, language) || !matchesAt(term, tokens, i))
                continue;
            const std::size_t last = i + term.words.size() - 1;
            out.push_back({term.key, i, last, tokens[i].begin, tokens[last].end});
        }
    }
    std::sort(out.begin(), out.end(), [](const LexiconMatch& a, const LexiconMatch& b) {
        return a.firstToken != b.firstToken ? a.firstToken < b.firstToken : a.lastToken > b.lastToken;
    });
    return out;
}

bool Lexicon::contains(const std::vector<Token>& tokens, std::string_view key) const
{
    const auto found = find(tokens);
    return std::any_of(found.begin(), found.end(), [&](const LexiconMatch& m) { return m.key == key; });
}

std::vector<std::string> Lexicon::keys() const
{
    std::set<std::string> keys;
    for (const Term& t : terms_)
        keys.insert(t.key);
    return {keys.begin(), keys.end()};
}

}  // namespace mizan::text
