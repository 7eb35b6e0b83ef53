// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Suggestions for a whole canvas, and what accepting them does. A
// suggestion the user dismissed (its key is in the canvas's dismissed set)
// is not proposed again.

#include "core/checklist/finding.h"
#include "core/model/canvas.h"
#include "core/suggest/suggestion.h"

#include <vector>

namespace mizan {

// Every suggestion waiting on the canvas, note by note in canvas order.
std::vector<Suggestion> suggest(const Canvas& canvas);
// The suggestions waiting on one note.
std::vector<Suggestion> suggestFor(const Canvas& canvas, const NoteId& note);

// The note with the suggestion accepted (its structured part created if
// needed). Returns false if the suggestion no longer fits the note.
bool apply(Note& note, BlockId block, const Canvas& canvas, const Suggestion& s);
// The notes the suggestions change, each with all of its suggestions
// accepted, in canvas order.
std::vector<Note> acceptedNotes(const Canvas& canvas, const std::vector<Suggestion>& suggestions);
// The canvas as if every suggestion were accepted.
Canvas withSuggestions(Canvas canvas, const std::vector<Suggestion>& suggestions);

// The checklist run with every waiting suggestion taken as an answer; the
// findings the confirmed answers alone do not give are marked
// restsOnSuggestion. `confirmed` is runChecklist(canvas) when the caller
// has it already.
std::vector<Finding> checkWithSuggestions(const Canvas& canvas, const std::vector<Finding>* confirmed = nullptr);
// The same on suggestions already computed.
std::vector<Finding> checkWithSuggestions(const Canvas& canvas, const std::vector<Suggestion>& suggestions,
                                          const std::vector<Finding>& confirmed);

}  // namespace mizan
