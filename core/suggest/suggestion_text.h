// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a suggestion is shown: the question it answers ("Mechanisms") and
// its value as the user reads it (a vocabulary label, a note's name, a
// number), through the caller's translation like the checklist's messages.

#include "core/checklist/message_catalog.h"
#include "core/suggest/suggestion.h"

#include <string>

namespace mizan {

inline constexpr const char* kSuggestionContext = "Suggestions";

// The label of a suggestion's field, translated.
std::string fieldLabel(std::string_view field, const RenderOptions& options = {});
// The vocabulary prefix of a field's values ("mechanism"), or empty.
std::string_view fieldVocabulary(std::string_view field);
// The vocabulary key of its value ("mechanism:communities"), or empty when
// the value is a note id or a number.
std::string valueKey(const Suggestion& s);
// The value as the user reads it.
std::string valueText(const Suggestion& s, const Canvas& canvas, const RenderOptions& options = {});

}  // namespace mizan
