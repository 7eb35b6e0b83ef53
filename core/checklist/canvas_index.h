// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the checklist keeps of the canvas between edits: each note's
// structured answers (its text and looks do not change any finding), who
// refers to whom, and the canvas-wide sets a segment's check may read
// (teams that name nobody, notes linked to nothing, ...). Kept up to date
// note by note, so an edit costs what it touches, not the canvas's size.

#include "core/model/canvas.h"
#include "core/text/text_hints.h"

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <unordered_map>

namespace mizan {

// Canvas-wide facts a segment's check can read; the checklist re-runs the
// segments that read a fact when it changes.
using FactMask = std::uint64_t;
namespace fact {
inline constexpr FactMask UnassignedTeams = 1u << 0;      // teams that name nobody, and what they are
inline constexpr FactMask UnknownResources = 1u << 1;     // Key Resources notes that may be people
inline constexpr FactMask UnlinkedCosts = 1u << 2;
inline constexpr FactMask UnlinkedOffers = 1u << 3;       // value propositions linked to nothing
inline constexpr FactMask UnlinkedRevenue = 1u << 4;
inline constexpr FactMask UnplacedPlans = 1u << 5;        // relationship notes tied to no segment
inline constexpr FactMask UnassignedChannels = 1u << 6;   // channels that name no segment
inline constexpr FactMask SingleSegment = 1u << 7;        // whether the canvas has exactly one segment
inline constexpr FactMask Calendar = 1u << 8;
inline constexpr FactMask unlinked(Capability c) { return FactMask{1} << (16 + static_cast<unsigned>(c)); }
inline constexpr FactMask hinted(Capability c) { return FactMask{1} << (24 + static_cast<unsigned>(c)); }
inline constexpr FactMask blockFilled(BlockId b) { return FactMask{1} << (32 + static_cast<unsigned>(b)); }
inline constexpr unsigned kBits = 64;
}  // namespace fact

// A note as the checklist sees it: its block, its structured parts, and for
// Key Resources, Activities and Partners what its words say.
struct NoteRecord {
    BlockId block;
    Note note;  // text, colour, tags and direction cleared
    text::NoteHints hints;

    friend bool operator==(const NoteRecord&, const NoteRecord&) = default;
};
NoteRecord recordOf(BlockId block, const Note& note);

class CanvasIndex {
public:
    const NoteRecord* record(const NoteId& id) const;

    // Who refers to whom.
    const std::set<NoteId>& linkedFrom(const NoteId& target) const { return get(linkedFrom_, target); }
    const std::set<NoteId>& channelsServing(const NoteId& segment) const { return get(channelsServing_, segment); }
    const std::set<NoteId>& plansOf(const NoteId& segment) const { return get(plansOf_, segment); }
    const std::set<NoteId>& plansUsingChannel(const NoteId& channel) const { return get(plansUsing_, channel); }
    const std::set<NoteId>& teamsServing(const NoteId& target) const { return get(teamsServing_, target); }
    const std::set<NoteId>& touchpointsOn(const NoteId& channel) const { return get(touchpointsOn_, channel); }

    // Canvas-wide sets.
    const std::set<NoteId>& unassignedTeams() const { return unassignedTeams_; }
    const std::set<NoteId>& unknownResources() const { return unknownResources_; }
    const std::set<NoteId>& unlinkedWith(Capability c) const { return unlinkedCapability_[static_cast<std::size_t>(c)]; }
    const std::set<NoteId>& unlinkedCosts() const { return unlinkedCosts_; }
    const std::set<NoteId>& unlinkedOffers() const { return unlinkedOffers_; }
    const std::set<NoteId>& unlinkedRevenue() const { return unlinkedRevenue_; }
    const std::set<NoteId>& unplacedPlans() const { return unplacedPlans_; }
    const std::set<NoteId>& unassignedChannels() const { return unassignedChannels_; }
    // Notes whose words name a capability they do not tick.
    const std::set<NoteId>& hintedWith(Capability c) const { return hintedCapability_[static_cast<std::size_t>(c)]; }
    // Those of them that serve no one in particular (not placed, not a team
    // that says whom it serves): they may serve any segment.
    const std::set<NoteId>& unplacedHintedWith(Capability c) const
    {
        return unplacedHinted_[static_cast<std::size_t>(c)];
    }
    // Whether a note is linked to a segment, a channel, a plan or a team:
    // what it provides serves someone in particular.
    bool isPlaced(const NoteId& id) const;

    // Whether a team serves a channel that names no segment: it may then
    // serve any segment, like a team that names nobody.
    bool servesUnassignedChannel(const Note& n) const;

    // Whether a link joins the note to any other, whichever way it was drawn.
    bool isLinked(const NoteId& id) const;

    void clear();
    // Replaces what the index holds of a note (either may be unset: added,
    // removed). Returns the facts that changed.
    FactMask set(const NoteId& id, const std::optional<NoteRecord>& before, const std::optional<NoteRecord>& after);

private:
    using Map = std::unordered_map<NoteId, std::set<NoteId>>;
    static const std::set<NoteId>& get(const Map& map, const NoteId& key);
    void addRefs(const NoteId& id, const NoteRecord& r);
    void removeRefs(const NoteId& id, const NoteRecord& r);
    // Recomputes which canvas-wide sets a note belongs to.
    FactMask refreshStatus(const NoteId& id);

    std::unordered_map<NoteId, NoteRecord> records_;
    Map linkedFrom_, channelsServing_, plansOf_, plansUsing_, teamsServing_, touchpointsOn_;
    std::set<NoteId> unassignedTeams_, unknownResources_, unlinkedCosts_, unlinkedOffers_, unlinkedRevenue_,
        unplacedPlans_, unassignedChannels_;
    std::array<std::set<NoteId>, 8> unlinkedCapability_, hintedCapability_, unplacedHinted_;
};

}  // namespace mizan
