// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/suggest/note_names.h"

#include "core/text/lexicon.h"

#include <algorithm>
#include <map>

namespace mizan {

namespace {

std::size_t codePoints(std::string_view s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Latin script (or digits): below U+0400, whose UTF-8 lead bytes are under 0xD0.
bool isLatin(std::string_view s)
{
    return !s.empty() && static_cast<unsigned char>(s.front()) < 0xD0;
}

// The first four code points of a Latin word of four or more, else empty.
std::string prefixKey(const std::string& stem)
{
    if (!isLatin(stem) || codePoints(stem) < 4)
        return {};
    std::size_t at = 0;
    for (int seen = 0; at < stem.size(); ++at)
        if ((static_cast<unsigned char>(stem[at]) & 0xC0) != 0x80 && seen++ == 4)
            break;
    return stem.substr(0, at);
}

// One begins the other, two bytes apart at most: "café" and "cafés".
bool closeForms(const std::string& a, const std::string& b)
{
    const std::size_t shorter = std::min(a.size(), b.size());
    return a.compare(0, shorter, b, 0, shorter) == 0 && std::max(a.size(), b.size()) - shorter <= 2;
}

std::vector<text::Token> tokensOf(std::string_view words)
{
    return text::tokenize(words);
}

}  // namespace

std::vector<std::string> NoteNames::distinctStems(const std::vector<text::Token>& tokens)
{
    std::vector<std::string> out;
    const auto matches = text::Lexicon::builtIn().find(tokens);
    std::vector<bool> stop(tokens.size(), false);
    for (const auto& m : matches)
        if (m.key == "stopword")
            for (std::size_t i = m.firstToken; i <= m.lastToken && i < tokens.size(); ++i)
                stop[i] = true;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const text::Token& t = tokens[i];
        const std::size_t minimum = isLatin(t.word) ? 3 : 2;
        if (stop[i] || t.number || codePoints(t.word) < minimum)
            continue;
        // The shortest stem stands for the word (its particles removed).
        std::string stem = t.stems.front();
        for (const auto& s : t.stems)
            if (s.size() < stem.size())
                stem = s;
        if (std::find(out.begin(), out.end(), stem) == out.end())
            out.push_back(stem);
    }
    return out;
}

WordCounts::WordCounts(const Canvas& canvas)
{
    for (BlockId b : allValues<BlockId>())
        for (const Note& n : canvas.notes(b))
            for (const auto& stem : NoteNames::distinctStems(tokensOf(n.text)))
                ++counts_[stem];
}

int WordCounts::count(const std::string& stem) const
{
    const auto it = counts_.find(stem);
    return it == counts_.end() ? 0 : it->second;
}

void NoteNames::Index::add(const NoteId& note, const std::vector<text::Token>& tokens)
{
    const std::vector<std::string> stems = distinctStems(tokens);
    // Words the lexicon knows ("account", "monthly", "partner") are the
    // vocabulary of every canvas, not a name.
    for (const auto& m : text::Lexicon::builtIn().find(tokens))
        if (m.key != "stopword")
            for (std::size_t i = m.firstToken; i <= m.lastToken && i < tokens.size(); ++i)
                for (const auto& s : tokens[i].stems)
                    if (std::find(stems.begin(), stems.end(), s) != stems.end())
                        generic_.insert(s);
    const std::size_t index = notes_.size();
    notes_.push_back(note);
    for (const auto& stem : stems) {
        auto& holders = byStem_[stem];
        if (holders.empty())
            if (const std::string key = prefixKey(stem); !key.empty())
                byPrefix_[key].push_back(stem);
        holders.push_back(index);
    }
}

std::vector<NoteNames::Found> NoteNames::Index::named(std::string_view text, const std::vector<text::Token>& tokens,
                                                      bool halveGeneric, const WordCounts* counts, int most) const
{
    // For each note, the words of its name the text holds, and where the
    // first of them is.
    struct Hit {
        std::map<std::string, bool> stems;
        const text::Token* first = nullptr;
    };
    std::map<std::size_t, Hit> hits;
    const auto found = [&](const std::string& stem, const text::Token& t) {
        if (counts && counts->count(stem) > most)
            return;
        const auto it = byStem_.find(stem);
        // A word fifty notes share cannot tell one of them (it weighs 1/50
        // of the 1 a name needs), and would cost a look at each.
        if (it == byStem_.end() || it->second.size() > 50)
            return;
        for (std::size_t note : it->second) {
            Hit& h = hits[note];
            h.stems[stem] = true;
            if (!h.first || t.begin < h.first->begin)
                h.first = &t;
        }
    };
    for (const text::Token& t : tokens)
        for (const auto& s : t.stems) {
            found(s, t);
            if (const std::string key = prefixKey(s); !key.empty())
                if (const auto it = byPrefix_.find(key); it != byPrefix_.end())
                    for (const auto& stem : it->second)
                        if (stem != s && closeForms(stem, s))
                            found(stem, t);
        }
    std::vector<std::pair<double, Found>> scored;
    for (const auto& [note, hit] : hits) {
        double score = 0;
        for (const auto& [stem, _] : hit.stems)
            score += (halveGeneric && generic_.count(stem) ? 0.5 : 1.0) / static_cast<double>(byStem_.at(stem).size());
        // One word found only in this name, or most of a shared name.
        if (score >= 0.99)
            scored.push_back({score, Found{notes_[note], std::string(text.substr(hit.first->begin, hit.first->end - hit.first->begin))}});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<Found> out;
    for (auto& [score, f] : scored)
        out.push_back(std::move(f));
    return out;
}

NoteNames::NoteNames(const Canvas& canvas, BlockId block)
{
    for (const Note& n : canvas.notes(block)) {
        const std::string name = displayName(n);
        names_.add(n.id, tokensOf(name));
        std::string rest = n.text.size() > name.size() ? n.text.substr(name.size()) : std::string();
        if (n.segment && !n.segment->description.empty())
            rest += "\n" + n.segment->description;
        rest_.add(n.id, tokensOf(rest));
    }
}

std::vector<NoteNames::Found> NoteNames::named(std::string_view text, const std::vector<text::Token>& tokens) const
{
    return names_.named(text, tokens, true);
}

std::vector<NoteNames::Found> NoteNames::namedRarely(std::string_view text, const std::vector<text::Token>& tokens,
                                                     const WordCounts& counts, int most) const
{
    return names_.named(text, tokens, false, &counts, most);
}

std::optional<NoteNames::Found> NoteNames::best(std::string_view text, const std::vector<text::Token>& tokens) const
{
    // A note's head names what it is about even in common words
    // ("Pharmacies: ...").
    auto all = names_.named(text, tokens, false);
    if (all.empty()) {
        // The head of the note ("Regulars:", "Regulars -"): a word of one
        // note's other words only.
        const std::size_t end = std::min({text.find(':'), text.find('\n'), text.find(" - "), text.find(" \u2013 ")});
        if (end == std::string_view::npos || end > 60)
            return std::nullopt;
        std::vector<text::Token> head;
        for (const auto& t : tokens)
            if (t.end <= end)
                head.push_back(t);
        all = rest_.named(text, head, false);
        if (all.size() != 1)
            return std::nullopt;
        return all.front();
    }
    if (all.size() > 1) {
        // Two named: the one named first in the text, if it comes before
        // the rest ("Cafés: ... like our subscribers").
        const auto at = [&](const Found& f) { return text.find(f.words); };
        std::sort(all.begin(), all.end(), [&](const Found& a, const Found& b) { return at(a) < at(b); });
        if (at(all[0]) == at(all[1]))
            return std::nullopt;
    }
    return all.front();
}

}  // namespace mizan
