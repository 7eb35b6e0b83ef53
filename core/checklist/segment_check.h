// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything a rule may ask about one customer segment, found for that
// segment: its plan, its channels (the plan's and those that serve it), the
// people who serve it, the capabilities that serve it. A rule reports a
// finding only from answers the canvas gives; when an answer it needs is
// unset it asks for it instead, and the segment gets one prompt listing
// every such question (kUnansweredRule).

#include "core/checklist/canvas_index.h"
#include "core/checklist/finding_builder.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace mizan {

// Whether the canvas holds something for the segment.
enum class Known : std::uint8_t { Yes, No, Unknown };

// The people in Key Resources as one segment sees them.
struct People {
    std::vector<const Note*> serving;      // teams that serve it (say so, or the canvas has one segment)
    std::vector<const Note*> unassigned;   // teams that name nobody, in a canvas of several segments
    bool unknownNotes = false;             // Key Resources notes that are neither a team nor a capability
    bool resourcesEmpty = false;           // Key Resources is empty
};

// Capacity of the people who serve a segment for one kind of assistance.
struct Capacity {
    std::int64_t least = 0;                // from the answers given
    std::optional<std::int64_t> most;      // unset: unbounded (an answer is missing)
    std::int64_t people = 0;               // people counted in least
    std::vector<NoteId> teams;             // the teams counted
    std::vector<NoteId> sizeUnknown;       // teams whose headcount is not given
    std::vector<NoteId> roleUnknown;       // teams whose role is not given
    std::vector<NoteId> maybe;             // teams that name nobody
};

struct CapabilityLookup {
    Known known = Known::No;
    std::vector<NoteId> unplaced;          // notes with it that name no segment (when Unknown)
    std::vector<NoteId> roleUnknown;       // teams serving the segment that may be the ones (when Unknown)
    bool touchpointsOpen = false;          // touchpoints whose survey or measure is not answered
    std::vector<NoteId> hinted;            // notes whose words name it without ticking it
    Capability capability = Capability::Platform;
};

// What the checks of every segment read alike, found once per run of the
// checklist (the canvas does not change during a run).
struct CheckRun {
    std::optional<std::vector<const Note*>> unassignedChannels;
};

class SegmentCheck {
public:
    // run: shared by the segments checked in one run (none: found for this
    // segment alone).
    SegmentCheck(const Canvas& canvas, const CanvasIndex& index, const Note& segment, CheckRun* run = nullptr);

    const Canvas& canvas;
    const CanvasIndex& index;
    const Note& note;
    const NoteId& id;
    const CustomerSegment& segment;
    std::vector<NoteId> plans;                  // plans naming the segment, in canvas order
    const Note* planNote = nullptr;             // the first of them
    const RelationshipPlan* plan = nullptr;
    std::vector<const Note*> planChannels;      // the channels the plan runs through
    std::vector<const Note*> channels;          // the plan's channels, then others that serve the segment

    static const Channel& channelOf(const Note* n);
    static std::vector<NoteId> idsOf(const std::vector<const Note*>& notes);
    std::vector<NoteId> inCanvasOrder(const std::set<NoteId>& ids) const;
    const std::vector<NoteId>& self() const { return self_; }
    std::vector<NoteId> segmentAndPlan() const;
    EnumSet<Mechanism> mechanisms() const { return plan ? plan->mechanisms : EnumSet<Mechanism>{}; }
    EnumSet<Focus> focus() const { return plan ? plan->focus : EnumSet<Focus>{}; }

    // Of the segment's channels: those whose answer is given / missing.
    std::vector<const Note*> channelsWith(const std::function<bool(const Channel&)>& answered) const;
    bool singleSegment();
    // Channels that name no segment: each may be one of this segment's.
    const std::vector<const Note*>& unassignedChannels();
    const People& people();
    // Sums the headcount of the serving teams whose role is in roles (an
    // unset role may be any), times perPerson.
    Capacity capacity(EnumSet<TeamKind> roles, std::int64_t perPerson);
    // Whether anything serving the segment has the capability: a note
    // linked to it, its plan, its channels or its teams; for surveys and
    // outcome measures also its touchpoints and calendar; a note linked to
    // nothing counts for every segment if it is shared infrastructure
    // (platform, customer data, customer record), else only in a canvas of
    // one segment.
    CapabilityLookup capability(Capability c);
    // Asks what keeps a lookup unknown.
    void askAbout(const CapabilityLookup& lookup, std::string_view methodRefs);

    void read(FactMask facts) { reads_ |= facts; }
    FactMask reads() const { return reads_; }

    // A finding of a rule, with the segment as first subject.
    FindingBuilder finding(std::string_view ruleId, std::vector<NoteId> subjects) const;
    void report(FindingBuilder& f);
    void report(FindingBuilder&& f) { report(f); }
    bool reported(std::string_view ruleId) const;

    // A question to answer before a rule can judge: ask("ask.phases",
    // {channel ids}, "CR2 TP3"), with the METHOD points it serves. Tokens
    // are note ids or vocabulary keys.
    void ask(std::string what, std::vector<std::string> tokens, std::string_view methodRefs);
    // The findings, the prompt last.
    std::vector<Finding> takeFindings();

private:
    // Parts of capability(): a holder linked to the anchor; the capability
    // stated for the segment; touchpoints whose answer may be it; notes
    // whose words name it.
    bool linkedToHolder(const Note& anchor, Capability cap);
    bool stated(Capability cap);
    bool touchpointsOpenFor(Capability cap) const;
    void hintedIn(Capability cap, CapabilityLookup& out);

    std::vector<NoteId> self_;
    FactMask reads_ = 0;
    std::vector<Finding> findings_;
    std::vector<std::string> asks_;
    std::vector<std::string> askRefs_;
    std::optional<People> people_;
    CheckRun ownRun_;
    CheckRun* run_;
};

}  // namespace mizan
