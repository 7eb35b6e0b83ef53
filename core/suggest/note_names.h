// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the notes of a block are called, to recognise them in other notes'
// words: each note's distinctive words (those of its name, and apart those
// of the rest of its text), weighed by how few notes of the block share
// them. Words are found through an index, so naming costs the same on a
// canvas of ten notes or ten thousand.

#include "core/model/canvas.h"
#include "core/text/text_tokens.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace mizan {

// In how many notes of the canvas each distinctive word appears.
class WordCounts {
public:
    explicit WordCounts(const Canvas& canvas);
    int count(const std::string& stem) const;

private:
    std::unordered_map<std::string, int> counts_;
};

class NoteNames {
public:
    NoteNames(const Canvas& canvas, BlockId block);

    struct Found {
        NoteId note;
        std::string words;  // the words of the text that name it
    };
    // The notes a text names, best first; tokens are the text's. A word
    // the lexicon knows weighs half: "account" alone names no segment.
    std::vector<Found> named(std::string_view text, const std::vector<text::Token>& tokens) const;
    // The same, counting only words that at most `most` notes of the whole
    // canvas hold: for one note's words about another, where "account" or
    // "monthly" say nothing of which note is meant but "WhatsApp" does.
    std::vector<Found> namedRarely(std::string_view text, const std::vector<text::Token>& tokens, const WordCounts& counts,
                                   int most) const;
    // The note a text is about, if one clearly stands out: the one named
    // first, or else the one whose other words hold the word the text's
    // head stands for ("Regulars: ..." for a segment described as "Regulars
    // who come every 3-5 weeks").
    std::optional<Found> best(std::string_view text, const std::vector<text::Token>& tokens) const;

    // The distinctive words of a text: the shortest stem of each word that
    // is not a stopword, a number or too short.
    static std::vector<std::string> distinctStems(const std::vector<text::Token>& tokens);

private:
    class Index {
    public:
        void add(const NoteId& note, const std::vector<text::Token>& tokens);
        // halveGeneric: a word the lexicon knows weighs half.
        std::vector<Found> named(std::string_view text, const std::vector<text::Token>& tokens, bool halveGeneric,
                                 const WordCounts* counts = nullptr, int most = 0) const;

    private:
        std::vector<NoteId> notes_;
        std::unordered_map<std::string, std::vector<std::size_t>> byStem_;  // word -> the notes that have it
        // Latin words of four letters or more by their first four, for
        // "café" in "cafés".
        std::unordered_map<std::string, std::vector<std::string>> byPrefix_;
        std::unordered_set<std::string> generic_;  // words the lexicon knows
    };
    Index names_;
    Index rest_;
};

}  // namespace mizan
