// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/canvas_index.h"

#include <algorithm>

namespace mizan {

static_assert(enumCount<Capability>() <= 8, "one unlinked set per capability");

NoteRecord recordOf(BlockId block, const Note& note)
{
    NoteRecord r{block, note, {}};
    if (block == BlockId::KeyResources || block == BlockId::KeyActivities || block == BlockId::KeyPartners)
        r.hints = text::hintsOf(note.text);
    r.note.text.clear();
    r.note.colour.clear();
    r.note.tags.clear();
    r.note.direction = TextDirection::Auto;
    return r;
}

const NoteRecord* CanvasIndex::record(const NoteId& id) const
{
    const auto it = records_.find(id);
    return it == records_.end() ? nullptr : &it->second;
}

const std::set<NoteId>& CanvasIndex::get(const Map& map, const NoteId& key)
{
    static const std::set<NoteId> none;
    const auto it = map.find(key);
    return it == map.end() ? none : it->second;
}

bool CanvasIndex::isPlaced(const NoteId& id) const
{
    // A capability serves a segment when it is linked to the segment, its
    // plan, its channels or its teams; a link to a cost or an offer does
    // not say whom it serves.
    const auto placesIt = [&](const NoteId& other) {
        const NoteRecord* o = record(other);
        return o
            && (o->block == BlockId::CustomerSegments || o->block == BlockId::Channels
                || o->block == BlockId::CustomerRelationships || o->note.team);
    };
    const NoteRecord* r = record(id);
    if (!r)
        return false;
    const auto& from = get(linkedFrom_, id);
    return std::any_of(r->note.links.begin(), r->note.links.end(), placesIt) || std::any_of(from.begin(), from.end(), placesIt);
}

bool CanvasIndex::isLinked(const NoteId& id) const
{
    const NoteRecord* r = record(id);
    return (r && !r->note.links.empty()) || linkedFrom_.count(id) != 0;
}

void CanvasIndex::clear()
{
    *this = CanvasIndex();
}

void CanvasIndex::addRefs(const NoteId& id, const NoteRecord& r)
{
    const Note& n = r.note;
    for (const auto& t : n.links)
        linkedFrom_[t].insert(id);
    if (n.channel)
        for (const auto& s : n.channel->segments)
            channelsServing_[s].insert(id);
    if (n.plan) {
        if (!n.plan->segment.empty())
            plansOf_[n.plan->segment].insert(id);
        for (const auto& c : n.plan->channels)
            plansUsing_[c].insert(id);
    }
    if (n.team)
        for (const auto& t : n.team->serves)
            teamsServing_[t].insert(id);
    if (n.segment)
        for (const auto& t : n.segment->touchpoints)
            if (!t.channel.empty())
                touchpointsOn_[t.channel].insert(id);
}

void CanvasIndex::removeRefs(const NoteId& id, const NoteRecord& r)
{
    const auto drop = [&](Map& map, const NoteId& key) {
        const auto it = map.find(key);
        if (it == map.end())
            return;
        it->second.erase(id);
        if (it->second.empty())
            map.erase(it);
    };
    const Note& n = r.note;
    for (const auto& t : n.links)
        drop(linkedFrom_, t);
    if (n.channel)
        for (const auto& s : n.channel->segments)
            drop(channelsServing_, s);
    if (n.plan) {
        if (!n.plan->segment.empty())
            drop(plansOf_, n.plan->segment);
        for (const auto& c : n.plan->channels)
            drop(plansUsing_, c);
    }
    if (n.team)
        for (const auto& t : n.team->serves)
            drop(teamsServing_, t);
    if (n.segment)
        for (const auto& t : n.segment->touchpoints)
            if (!t.channel.empty())
                drop(touchpointsOn_, t.channel);
}

FactMask CanvasIndex::refreshStatus(const NoteId& id)
{
    FactMask changed = 0;
    const auto member = [&](std::set<NoteId>& set, bool in, FactMask bit) {
        const bool was = set.count(id) != 0;
        if (in && !was)
            set.insert(id);
        else if (!in && was)
            set.erase(id);
        if (in != was)
            changed |= bit;
    };
    const NoteRecord* r = record(id);
    const bool exists = r != nullptr;
    const BlockId b = exists ? r->block : BlockId::CustomerSegments;
    const Note* n = exists ? &r->note : nullptr;
    const bool linked = exists && isLinked(id);
    const bool placed = exists && isPlaced(id);
    const auto in = [&](BlockId block) { return exists && b == block; };
    member(unassignedTeams_, in(BlockId::KeyResources) && n->team && n->team->serves.empty(), fact::UnassignedTeams);
    // A plain note in Key Resources may be people, unless its words say it is a thing.
    member(unknownResources_, in(BlockId::KeyResources) && !n->team && n->capabilities.empty() && !r->hints.onlyThings(),
           fact::UnknownResources);
    const bool capabilityHolder = exists && (b == BlockId::KeyResources || b == BlockId::KeyActivities
                                             || b == BlockId::KeyPartners);
    // A team that says whom it serves is placed, whatever its links.
    const bool placedTeam = exists && n->team && !n->team->serves.empty();
    for (Capability c : allValues<Capability>())
        member(unlinkedCapability_[static_cast<std::size_t>(c)],
               capabilityHolder && !placed && !placedTeam && n->capabilities.contains(c), fact::unlinked(c));
    for (Capability c : allValues<Capability>()) {
        const bool hinted = capabilityHolder && r->hints.capabilities.contains(c) && !n->capabilities.contains(c);
        member(hintedCapability_[static_cast<std::size_t>(c)], hinted, fact::hinted(c));
        member(unplacedHinted_[static_cast<std::size_t>(c)], hinted && !placed && !placedTeam, fact::hinted(c));
    }
    member(unlinkedCosts_, in(BlockId::CostStructure) && !linked, fact::UnlinkedCosts);
    member(unlinkedOffers_, in(BlockId::ValuePropositions) && !linked, fact::UnlinkedOffers);
    member(unlinkedRevenue_, in(BlockId::RevenueStreams) && !linked, fact::UnlinkedRevenue);
    member(unplacedPlans_, in(BlockId::CustomerRelationships) && (!n->plan || n->plan->segment.empty()),
           fact::UnplacedPlans);
    member(unassignedChannels_, in(BlockId::Channels) && (!n->channel || n->channel->segments.empty()),
           fact::UnassignedChannels);
    return changed;
}

// Whether a team serves a channel that names no segment: it may then serve
// any segment, like a team that names nobody.
bool CanvasIndex::servesUnassignedChannel(const Note& n) const
{
    if (!n.team)
        return false;
    return std::any_of(n.team->serves.begin(), n.team->serves.end(), [&](const NoteId& t) {
        const NoteRecord* r = record(t);
        return r && r->block == BlockId::Channels && (!r->note.channel || r->note.channel->segments.empty());
    });
}

FactMask CanvasIndex::set(const NoteId& id, const std::optional<NoteRecord>& before,
                          const std::optional<NoteRecord>& after)
{
    FactMask changed = 0;
    if (before && servesUnassignedChannel(before->note))
        changed |= fact::UnassignedTeams;
    // What a note whose words name a capability is linked to is read by
    // every segment that may need it.
    const auto hintedBits = [](const NoteRecord& r) {
        FactMask m = 0;
        if (r.block == BlockId::KeyResources || r.block == BlockId::KeyActivities || r.block == BlockId::KeyPartners)
            for (Capability c : r.hints.capabilities.minus(r.note.capabilities).values())
                m |= fact::hinted(c);
        return m;
    };
    if (before)
        changed |= hintedBits(*before);
    if (after)
        changed |= hintedBits(*after);
    // Notes whose standing may change with this one: those it links to, and
    // those linking to it (its block tells them whom they serve).
    std::set<NoteId> touched{id};
    touched.insert(get(linkedFrom_, id).begin(), get(linkedFrom_, id).end());
    if (before) {
        removeRefs(id, *before);
        touched.insert(before->note.links.begin(), before->note.links.end());
        records_.erase(id);
        // What a team or channel that names nobody is, is read by every segment.
        if (before->note.team && before->note.team->serves.empty() && before->block == BlockId::KeyResources)
            changed |= fact::UnassignedTeams;
        if (before->block == BlockId::Channels && (!before->note.channel || before->note.channel->segments.empty()))
            changed |= fact::UnassignedChannels;
    }
    if (after) {
        records_.insert_or_assign(id, *after);
        addRefs(id, *after);
        touched.insert(after->note.links.begin(), after->note.links.end());
        if (after->note.team && after->note.team->serves.empty() && after->block == BlockId::KeyResources)
            changed |= fact::UnassignedTeams;
        if (after->block == BlockId::Channels && (!after->note.channel || after->note.channel->segments.empty()))
            changed |= fact::UnassignedChannels;
    }
    if (after && servesUnassignedChannel(after->note))
        changed |= fact::UnassignedTeams;
    for (const NoteId& t : touched)
        changed |= refreshStatus(t);
    return changed;
}

}  // namespace mizan
