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
#include "core/suggest/note_names.h"
#include "core/suggest/suggestion.h"

#include <string>
#include <vector>

namespace mizan {

// The suggestions one note's words give about that note.
std::vector<Suggestion> readNote(const Canvas& canvas, const NoteNames& segments, BlockId block, const Note& note);


}  // namespace mizan
