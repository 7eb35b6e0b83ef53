// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Integrity rules every canvas read from a file must meet, whatever the
// format: each reference points at an existing note of the right block.

#include "core/model/canvas.h"

#include <cstdint>
#include <optional>
#include <string>

namespace mizan {

struct ReferenceProblem {
    BlockId block;
    std::size_t index;        // the note's position in its block
    std::string field;        // JSON-pointer style path inside the note, e.g. "channel/segments/2"
    std::string message;
};

std::optional<ReferenceProblem> firstBrokenReference(const Canvas& canvas);
// The calendar's references, as "/calendar/<i>/segment: <problem>".
std::optional<std::string> firstBrokenCalendarReference(const Canvas& canvas);

// Value rules, shared by the JSON and .mizan readers.
bool isValidColour(std::string_view colour);          // "#rrggbb", lower-case hex
bool isValidLanguageTag(std::string_view tag);        // "", "en", "ar", "pt-BR" ...
bool isValidCurrency(std::string_view code);          // "" or three capitals
bool isValidUtf8(std::string_view text);
bool isValidTimestamp(std::int64_t ms);               // years 0000 to 9999
// Money is kept to the cent: rounds, and folds -0 into 0.
double normaliseMoney(double amount);
inline constexpr double kMaxMoney = 1e13;

// The first value anywhere in the canvas that breaks a rule above, or a
// duplicate in a list of ids, described for the user; nullopt if none.
std::optional<std::string> firstInvalidValue(const Canvas& canvas);

}  // namespace mizan
