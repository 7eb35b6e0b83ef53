// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a note's text says about the answers the checklist needs, when the
// note's structured answers do not: whether it may be people, whether it is
// plainly a thing (software, a licence, a machine), which capabilities it
// names. Read with the built-in lexicon in any of the four languages. The
// checklist uses it only to ask instead of concluding: a note that names a
// survey without ticking it is a question, not a missing survey.

#include "core/model/enum_set.h"

#include <string_view>
#include <vector>

namespace mizan::text {

struct LexiconMatch;

struct NoteHints {
    bool people = false;                 // it names people, roles, "the owner", "me"
    bool things = false;                 // it names non-human resources
    EnumSet<Capability> capabilities;    // the capabilities its words name

    // Plainly not people: it names things and no people.
    bool onlyThings() const { return things && !people; }
    friend bool operator==(const NoteHints&, const NoteHints&) = default;
};

NoteHints hintsOf(std::string_view text);
// The same from what the lexicon found in the text's words.
NoteHints hintsOf(const std::vector<LexiconMatch>& matches);

}  // namespace mizan::text
