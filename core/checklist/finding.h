// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the checklist returns: plain values, no interface types. Messages are
// a message id plus arguments; the caller renders them in the user's
// language (see message_catalog.h).

#include "core/model/note.h"

#include <string>
#include <vector>

namespace mizan {

enum class Severity : std::uint8_t { Error, Warning, Advice };

// One argument of a message. Kinds decide how it is rendered:
//  Note   - values are note ids, shown as the notes' names
//  Label  - values are vocabulary keys like "mechanism:communities"
//  Number - a single number, formatted for the locale: an integer, or
//           one decimal written with a '.' ("1.3")
//  Text   - literal text
//  Question - items of the form "ask.<what> token...": a question to answer,
//           rendered from the template ask.<what>; tokens with a ':' are
//           vocabulary keys ({labels}), the others note ids ({notes})
struct MessageArg {
    enum class Kind : std::uint8_t { Note, Label, Number, Text, Question };
    std::string name;
    Kind kind = Kind::Text;
    std::vector<std::string> values;

    friend bool operator==(const MessageArg&, const MessageArg&) = default;
};

struct Message {
    std::string id;                   // e.g. "assistance.no_people"
    std::vector<MessageArg> args;

    friend bool operator==(const Message&, const Message&) = default;
};

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
