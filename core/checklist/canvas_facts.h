// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Canvas-wide facts the segment rules read: who can give personal
// assistance (CR3), which costs name which resources (RM2), which
// capabilities the canvas has (CR11, RT12, EX5, TP4). Computed from Key
// Resources, Activities, Partners and Costs only, so re-computing them does
// not grow with the number of segments.

#include "core/model/canvas.h"

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <set>
#include <vector>

namespace mizan {

using FactMask = std::uint32_t;
namespace fact {
inline constexpr FactMask People = 1u << 0;         // teams that can give assistance, headcounts
inline constexpr FactMask Costs = 1u << 1;          // which notes costs are linked to
inline constexpr FactMask CommunityTeam = 1u << 2;
inline constexpr FactMask capability(Capability c) { return 1u << (8 + static_cast<unsigned>(c)); }
}  // namespace fact

struct CanvasFacts {
    std::vector<NoteId> assistTeams;            // sales, support, marketing with people (or headcount unknown)
    std::int64_t dedicatedHeadcount = 0;        // known people in sales and support
    bool dedicatedHeadcountUnknown = false;     // a sales or support team with no headcount
    bool communityTeam = false;
    std::unordered_set<NoteId> costed;          // notes some cost links to
    EnumSet<Capability> capabilities;

    friend bool operator==(const CanvasFacts&, const CanvasFacts&) = default;
};

CanvasFacts computeFacts(const Canvas& canvas);
FactMask differingFacts(const CanvasFacts& a, const CanvasFacts& b);

// Who refers to whom, kept up to date by the checklist.
struct SegmentIndex {
    std::unordered_map<NoteId, std::set<NoteId>> linkedFrom;          // target -> notes linking to it
    std::unordered_map<NoteId, std::set<NoteId>> channelsServing;     // segment -> channels serving it
    std::unordered_map<NoteId, std::set<NoteId>> plansOf;             // segment -> plans naming it
    std::unordered_map<NoteId, std::set<NoteId>> plansUsingChannel;   // channel -> plans running through it
};

}  // namespace mizan
