// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A structured answer proposed from a note's words: which field of which
// note, the value, and the words it comes from. Suggestions are never
// applied silently: the user accepts or dismisses them, and a dismissed one
// is remembered in the document by its key.

#include "core/model/note.h"

#include <string>
#include <string_view>

namespace mizan {

// The fields a suggestion can fill, by block.
namespace field {
inline constexpr std::string_view PlanSegment = "plan.segment";        // value: a segment's id
inline constexpr std::string_view PlanMechanism = "plan.mechanism";    // value: a Mechanism key
inline constexpr std::string_view PlanFocus = "plan.focus";            // value: a Focus key
inline constexpr std::string_view PlanDepth = "plan.depth";            // value: a Depth key
inline constexpr std::string_view PlanMeans = "plan.means";            // value: a Means key
inline constexpr std::string_view PlanTone = "plan.tone";              // value: a Tone key
inline constexpr std::string_view ChannelOwnership = "channel.ownership";
inline constexpr std::string_view ChannelPhase = "channel.phase";
inline constexpr std::string_view ChannelMeans = "channel.means";
inline constexpr std::string_view ChannelSegment = "channel.segment";  // value: a segment's id
inline constexpr std::string_view TeamKind = "team.kind";
inline constexpr std::string_view TeamHeadcount = "team.headcount";    // value: a whole number
inline constexpr std::string_view TeamServes = "team.serves";          // value: a segment's id
inline constexpr std::string_view SegmentMarket = "segment.market";
inline constexpr std::string_view SegmentSize = "segment.size";        // value: a whole number
inline constexpr std::string_view Capability = "capability";           // value: a Capability key
inline constexpr std::string_view LinkSegment = "link.segment";        // value: a segment's id (offers, revenue)
}  // namespace field

struct Suggestion {
    NoteId note;
    std::string field;
    std::string value;
    std::string words;  // the words of the note it comes from, as written

    // How a dismissal remembers it: "note|field|value".
    std::string key() const { return note + '|' + field + '|' + value; }
    friend bool operator==(const Suggestion&, const Suggestion&) = default;
};

}  // namespace mizan
