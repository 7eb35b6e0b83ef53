// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/checklist.h"

#include "core/checklist/canvas_facts.h"
#include "core/checklist/rules.h"
#include "core/checklist/segment_rules.h"

#include <algorithm>
#include <array>

namespace mizan {

namespace {

enum class UnitKind : std::uint8_t { Segment, Channel, Plan };

struct UnitKey {
    UnitKind kind;
    NoteId id;
    friend bool operator<(const UnitKey& a, const UnitKey& b)
    {
        return a.kind != b.kind ? a.kind < b.kind : a.id < b.id;
    }
};

// What the checklist remembers of a note, to know what an edit changed.
struct NoteRecord {
    BlockId block;
    std::vector<NoteId> links;
    std::vector<NoteId> servedSegments;  // channel
    NoteId planSegment;                  // plan
    std::vector<NoteId> planChannels;    // plan
    bool isPlan = false;
};

NoteRecord recordOf(BlockId block, const Note& n)
{
    NoteRecord r{block, n.links, {}, {}, {}, false};
    if (n.channel)
        r.servedSegments = n.channel->segments;
    if (n.plan) {
        r.isPlan = true;
        r.planSegment = n.plan->segment;
        r.planChannels = n.plan->channels;
    }
    return r;
}

bool affectsFacts(BlockId b)
{
    return b == BlockId::KeyResources || b == BlockId::KeyActivities || b == BlockId::KeyPartners
        || b == BlockId::CostStructure;
}

}  // namespace

struct Checklist::State {
    std::unordered_map<NoteId, NoteRecord> records;
    SegmentIndex index;
    CanvasFacts facts;
    std::map<UnitKey, std::vector<Finding>> results;
    std::unordered_map<NoteId, FactMask> factReads;           // segment -> facts its last check read
    std::array<std::unordered_set<NoteId>, 32> readersOf;      // fact bit -> segments that read it

    void setFactReads(const NoteId& segment, FactMask reads)
    {
        const auto it = factReads.find(segment);
        const FactMask old = it == factReads.end() ? 0 : it->second;
        for (unsigned bit = 0; bit < 32; ++bit) {
            const FactMask m = FactMask{1} << bit;
            if ((old & m) && !(reads & m))
                readersOf[bit].erase(segment);
            else if (!(old & m) && (reads & m))
                readersOf[bit].insert(segment);
        }
        if (reads)
            factReads[segment] = reads;
        else if (it != factReads.end())
            factReads.erase(it);
    }
    std::size_t evaluated = 0;

    void addToIndex(const NoteId& id, const NoteRecord& r)
    {
        for (const auto& t : r.links)
            index.linkedFrom[t].insert(id);
        for (const auto& s : r.servedSegments)
            index.channelsServing[s].insert(id);
        if (r.isPlan && !r.planSegment.empty())
            index.plansOf[r.planSegment].insert(id);
        for (const auto& c : r.planChannels)
            index.plansUsingChannel[c].insert(id);
    }

    void removeFromIndex(const NoteId& id, const NoteRecord& r)
    {
        const auto drop = [&](auto& map, const NoteId& key) {
            const auto it = map.find(key);
            if (it == map.end())
                return;
            it->second.erase(id);
            if (it->second.empty())
                map.erase(it);
        };
        for (const auto& t : r.links)
            drop(index.linkedFrom, t);
        for (const auto& s : r.servedSegments)
            drop(index.channelsServing, s);
        if (r.isPlan && !r.planSegment.empty())
            drop(index.plansOf, r.planSegment);
        for (const auto& c : r.planChannels)
            drop(index.plansUsingChannel, c);
    }

    void evaluate(const Canvas& canvas, const UnitKey& unit)
    {
        ++evaluated;
        results.erase(unit);
        const auto loc = canvas.locate(unit.id);
        std::vector<Finding> found;
        switch (unit.kind) {
        case UnitKind::Segment:
            if (!loc || loc->block != BlockId::CustomerSegments) {
                setFactReads(unit.id, 0);
                return;
            }
            setFactReads(unit.id, checkSegment(canvas, index, facts, unit.id, found));
            break;
        case UnitKind::Channel:
            if (!loc || loc->block != BlockId::Channels)
                return;
            checkChannel(canvas, unit.id, found);
            break;
        case UnitKind::Plan:
            if (!loc)
                return;
            checkOrphanPlan(canvas, unit.id, found);
            break;
        }
        if (!found.empty())
            results[unit] = std::move(found);
    }

    void fullRun(const Canvas& canvas)
    {
        records.clear();
        index = {};
        results.clear();
        factReads.clear();
        for (auto& readers : readersOf)
            readers.clear();
        evaluated = 0;
        for (BlockId b : allValues<BlockId>())
            for (const Note& n : canvas.notes(b)) {
                auto [it, _] = records.emplace(n.id, recordOf(b, n));
                addToIndex(n.id, it->second);
            }
        facts = computeFacts(canvas);
        for (const Note& n : canvas.notes(BlockId::CustomerSegments))
            evaluate(canvas, {UnitKind::Segment, n.id});
        for (const Note& n : canvas.notes(BlockId::Channels))
            evaluate(canvas, {UnitKind::Channel, n.id});
        for (const Note& n : canvas.notes(BlockId::CustomerRelationships))
            if (n.plan)
                evaluate(canvas, {UnitKind::Plan, n.id});
    }
};

Checklist::Checklist(const Canvas& canvas) : d(std::make_unique<State>())
{
    d->fullRun(canvas);
}

Checklist::~Checklist() = default;
Checklist::Checklist(Checklist&&) noexcept = default;
Checklist& Checklist::operator=(Checklist&&) noexcept = default;

void Checklist::reset(const Canvas& canvas)
{
    d->fullRun(canvas);
}

void Checklist::update(const Canvas& canvas, const std::vector<NoteId>& changedNotes)
{
    d->evaluated = 0;
    std::set<UnitKey> units;
    bool factsDirty = false;
    const auto touchSegments = [&](const std::vector<NoteId>& ids) {
        for (const auto& s : ids)
            units.insert({UnitKind::Segment, s});
    };
    const auto touchRecord = [&](const NoteId& id, const NoteRecord& r) {
        switch (r.block) {
        case BlockId::CustomerSegments: units.insert({UnitKind::Segment, id}); break;
        case BlockId::Channels: {
            units.insert({UnitKind::Channel, id});
            touchSegments(r.servedSegments);
            if (auto it = d->index.plansUsingChannel.find(id); it != d->index.plansUsingChannel.end())
                for (const auto& plan : it->second)
                    if (auto rec = d->records.find(plan); rec != d->records.end() && !rec->second.planSegment.empty())
                        units.insert({UnitKind::Segment, rec->second.planSegment});
            break;
        }
        default: break;
        }
        if (r.isPlan) {
            units.insert({UnitKind::Plan, id});
            if (!r.planSegment.empty())
                units.insert({UnitKind::Segment, r.planSegment});
        }
        // A link into a segment (value proposition, revenue stream) counts for it.
        touchSegments(r.links);
        factsDirty |= affectsFacts(r.block);
    };

    for (const NoteId& id : changedNotes) {
        // Before: what the note was.
        if (auto it = d->records.find(id); it != d->records.end()) {
            touchRecord(id, it->second);
            d->removeFromIndex(id, it->second);
            d->records.erase(it);
        }
        // After: what it is now.
        if (const auto loc = canvas.locate(id)) {
            NoteRecord r = recordOf(loc->block, canvas.notes(loc->block)[loc->index]);
            d->addToIndex(id, r);
            touchRecord(id, r);
            d->records.emplace(id, std::move(r));
        }
    }

    if (factsDirty) {
        CanvasFacts next = computeFacts(canvas);
        const FactMask changed = differingFacts(d->facts, next);
        d->facts = std::move(next);
        for (unsigned bit = 0; bit < 32; ++bit)
            if (changed & (FactMask{1} << bit))
                for (const NoteId& segment : d->readersOf[bit])
                    units.insert({UnitKind::Segment, segment});
    }
    for (const UnitKey& unit : units)
        d->evaluate(canvas, unit);
}

std::vector<Finding> Checklist::findings(const Canvas& canvas) const
{
    std::vector<Finding> all;
    for (const auto& [unit, list] : d->results)
        all.insert(all.end(), list.begin(), list.end());
    sortFindings(canvas, all);
    return all;
}

std::vector<Finding> Checklist::findingsOfSegment(const NoteId& segment) const
{
    for (UnitKind kind : {UnitKind::Segment, UnitKind::Channel, UnitKind::Plan})
        if (auto it = d->results.find({kind, segment}); it != d->results.end())
            return it->second;
    return {};
}

std::size_t Checklist::count(Severity severity) const
{
    std::size_t n = 0;
    for (const auto& [unit, list] : d->results)
        n += static_cast<std::size_t>(
            std::count_if(list.begin(), list.end(), [&](const Finding& f) { return f.severity == severity; }));
    return n;
}

std::size_t Checklist::lastEvaluatedUnits() const
{
    return d->evaluated;
}

std::vector<Finding> runChecklist(const Canvas& canvas)
{
    return Checklist(canvas).findings(canvas);
}

}  // namespace mizan
