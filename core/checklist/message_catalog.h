// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns a Message (id + arguments) into text in the user's language. The
// templates are English source strings marked for translation; the caller
// passes a translate function (Qt's in the interface, the identity on the
// command line) and, optionally, a number formatter for its locale.

#include "core/model/canvas.h"
#include "core/checklist/finding.h"

#include <functional>
#include <string>
#include <string_view>

namespace mizan {

struct MessageTemplate {
    const char* context;
    const char* text;
};

// The template of a message id: a rule id gives its message, "<rule>.fix"
// its suggestion; other ids come from the catalogue (questions, verdicts)
// or from the importers' (core/formats/import_messages.h).
const MessageTemplate* findTemplate(std::string_view id);

struct RenderOptions {
    // Translates a marked source string; the identity when unset.
    std::function<std::string(const char* context, const char* text)> translate;
    // Formats an integer for the locale, with its grouping; plain digits when unset.
    std::function<std::string(std::int64_t)> formatNumber;
    // Formats a number with one decimal for the locale.
    std::function<std::string(double)> formatDecimal;
    // Joins the items of a list as the language writes it ("a, b and c",
    // "أ، ب وج"); English when unset.
    std::function<std::string(const std::vector<std::string>&)> joinList;
};

// First Strong Isolate and Pop Directional Isolate: a name from the canvas
// keeps its own direction inside a sentence of the other direction.
inline constexpr std::string_view kIsolateStart = "\u2068";
inline constexpr std::string_view kIsolateEnd = "\u2069";

// "a", "a and b", "a, b and c" in English.
std::string joinEnglish(const std::vector<std::string>& items);

std::string renderMessage(const Message& message, const Canvas& canvas, const RenderOptions& options = {});
// A message that names no notes (an import's report or refusal).
std::string renderMessage(const Message& message, const RenderOptions& options = {});

// How a note is named in messages: its display name, or "(untitled)".
std::string noteName(const Canvas& canvas, const NoteId& id, const RenderOptions& options = {});

// The label of a vocabulary key ("depth:deep"), translated.
std::string termLabel(std::string_view key, const RenderOptions& options = {});

}  // namespace mizan
