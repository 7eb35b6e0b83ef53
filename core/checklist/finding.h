// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the checklist returns: plain values, no interface types. Messages are
// a message id plus arguments; the caller renders them in the user's
// language (see message_catalog.h).

#include "core/model/message.h"
#include "core/model/note.h"

#include <string>
#include <vector>

namespace mizan {

enum class Severity : std::uint8_t { Error, Warning, Advice };

struct Finding {
    std::string ruleId;
    Severity severity = Severity::Warning;
    std::vector<std::string> methodRefs;  // METHOD ids, e.g. {"CR3"}
    std::vector<NoteId> subjects;         // the segment first, then what is involved
    Message message;
    Message suggestion;
    // Set when the checklist ran with suggested answers taken as given and
    // the finding is not there on the confirmed answers alone: it rests on
    // a suggestion the user has not accepted yet.
    bool restsOnSuggestion = false;

    friend bool operator==(const Finding&, const Finding&) = default;
};

}  // namespace mizan
