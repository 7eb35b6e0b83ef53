// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads one note's words and proposes the structured answers they state,
// the way a consultant reads a sticky note: in a relationship note, the
// segment it is about, its mechanisms, focus, means, tone; in a channel,
// whose it is, its phases, means and segments; in Key Resources, the people,
// their role, how many they are and whom they serve; in a segment, its size
// and market; anywhere the capabilities named. Only what the words state,
// with the words as evidence; answers already given are not proposed again.

#include "core/model/canvas.h"
#include "core/suggest/suggestion.h"

#include <string>
#include <vector>

namespace mizan {

// What the notes of a block are called, to recognise them in other notes:
// each note's distinctive words (its name, and apart the rest of its text),
// weighed by how few notes of the block share them.
class NoteNames {
public:
    NoteNames(const Canvas& canvas, BlockId block);
    struct Found {
        NoteId note;
        std::string words;  // the words of the text that name it
    };
    // The notes the words name, best first.
    std::vector<Found> named(std::string_view text) const;
    // The same, counting only words that few notes of the whole canvas
    // hold (at most `notes`, the text's own note included): for reading
    // one note's words about another, where "account" or "monthly" say
    // nothing of which note is meant but "WhatsApp" does.
    std::vector<Found> namedRarely(std::string_view text, int notes) const;
    // The note the words are about, if one clearly stands out: the one
    // named first, or else the one whose other words hold the word the
    // text's head stands for ("Regulars: ..." for a segment described as
    // "Regulars who come every 3-5 weeks").
    std::optional<Found> best(std::string_view text) const;

private:
    struct Name {
        NoteId note;
        std::vector<std::string> stems;
    };
    using Frequency = std::unordered_map<std::string, int>;
    struct Names {
        std::vector<Name> names;
        Frequency frequency;  // in how many notes a word appears
        void add(const NoteId& note, std::string_view words);
        std::vector<Found> named(std::string_view text, const Frequency* canvas = nullptr, int most = 0) const;
    };
    Names names_;
    Names rest_;
    Frequency canvas_;  // in how many notes of the canvas a word appears
};

// The suggestions one note's words give about that note.
std::vector<Suggestion> readNote(const Canvas& canvas, const NoteNames& segments, BlockId block, const Note& note);

// The segment a relationship note is for: its answer, or the one its words
// name.
std::optional<NoteNames::Found> planSegment(const NoteNames& segments, const Note& plan);

}  // namespace mizan
