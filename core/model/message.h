// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A message for the user as a message id plus arguments: the checklist's
// findings and questions, the importers' reports and refusals. The caller
// renders it in the user's language (core/checklist/message_catalog.h).

#include <cstdint>
#include <string>
#include <vector>

namespace mizan {

// One argument of a message. Kinds decide how it is rendered:
//  Note   - values are note ids, shown as the notes' names
//  Label  - values are vocabulary keys like "mechanism:communities", their
//           labels lowered inside the sentence ("communities")
//  Title  - vocabulary keys shown as their labels are written, for names
//           such as the blocks' titles ("block:key_partners": "Key partners")
//  Number - a single number, formatted for the locale: an integer, or
//           one decimal written with a '.' ("1.3"); several are a list
//  Text   - literal text, such as the user's, isolated in its direction
//  Quoted - literal text, isolated, each value in the quotation marks of
//           the template "text.quoted"
//  Question - items of the form "ask.<what> token...": a question to answer,
//           rendered from the template ask.<what>; tokens with a ':' are
//           vocabulary keys ({labels}), the others note ids ({notes})
//  Phrase - message ids whose templates are rendered in place: a phrase
//           ("from Leantime", "line 12") whose placeholders are filled
//           from the other arguments of the same message
// Values of every kind but Question are joined as a list ("a, b and c").
struct MessageArg {
    enum class Kind : std::uint8_t { Note, Label, Number, Text, Question, Title, Quoted, Phrase };
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

}  // namespace mizan
