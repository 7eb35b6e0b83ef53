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

// What the canvas's segments are called, to recognise them in notes.
class SegmentNames {
public:
    explicit SegmentNames(const Canvas& canvas);
    // The segment the words name, if one clearly stands out; with the words.
    struct Found {
        NoteId segment;
        std::string words;
    };
    std::vector<Found> named(std::string_view text) const;
    std::optional<Found> best(std::string_view text) const;

private:
    struct Name {
        NoteId segment;
        std::vector<std::string> stems;  // its distinctive words
    };
    std::vector<Name> names_;
    std::unordered_map<std::string, int> frequency_;  // in how many names a word appears
};

std::vector<Suggestion> readNote(const Canvas& canvas, const SegmentNames& names, BlockId block, const Note& note);

}  // namespace mizan
