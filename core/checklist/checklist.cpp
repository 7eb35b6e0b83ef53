// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/checklist.h"

#include "core/checklist/canvas_index.h"
#include "core/checklist/rule.h"
#include "core/checklist/segment_check.h"

#include <algorithm>
#include <thread>
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

// Errors first, then warnings, then advice; within a severity, the canvas
// order of the first subject, then the rule table's order.
void sortFindings(const Canvas& canvas, std::vector<Finding>& findings)
{
    std::unordered_map<std::string_view, std::size_t> ruleOrder;
    for (const RuleInfo& r : allRules())
        ruleOrder.emplace(r.id, ruleOrder.size());
    struct Key {
        Severity severity;
        std::pair<int, std::size_t> position;
        std::size_t rule;
        auto operator<=>(const Key&) const = default;
    };
    std::vector<std::pair<Key, std::size_t>> keyed;
    keyed.reserve(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        std::pair<int, std::size_t> position(-1, 0);
        if (!f.subjects.empty())
            if (const auto loc = canvas.locate(f.subjects.front()))
                position = {static_cast<int>(loc->block), loc->index};
        const auto rule = ruleOrder.find(f.ruleId);
        keyed.push_back({{f.severity, position, rule == ruleOrder.end() ? ruleOrder.size() : rule->second}, i});
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (const auto& [_, i] : keyed)
        sorted.push_back(std::move(findings[i]));
    findings = std::move(sorted);
}

}  // namespace

struct Checklist::State {
    CanvasIndex index;
    CheckRun run;   // cleared at the start of every run
    std::map<UnitKey, std::vector<Finding>> results;
    std::unordered_map<NoteId, FactMask> factReads;                 // segment -> facts its last check read
    std::array<std::unordered_set<NoteId>, fact::kBits> readersOf;  // fact bit -> segments that read it
    std::array<std::size_t, kBlockCount> blockSizes{};
    std::size_t evaluated = 0;
    bool findingsChanged = false;

    void setFactReads(const NoteId& segment, FactMask reads)
    {
        const auto it = factReads.find(segment);
        const FactMask old = it == factReads.end() ? 0 : it->second;
        for (unsigned bit = 0; bit < fact::kBits; ++bit) {
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

    void evaluate(const Canvas& canvas, const UnitKey& unit)
    {
        ++evaluated;
        std::vector<Finding> before;
        if (const auto it = results.find(unit); it != results.end()) {
            before = std::move(it->second);
            results.erase(it);
        }
        evaluateInto(canvas, unit);
        const auto it = results.find(unit);
        if (it == results.end() ? !before.empty() : it->second != before)
            findingsChanged = true;
    }

    void evaluateInto(const Canvas& canvas, const UnitKey& unit)
    {
        const auto loc = canvas.locate(unit.id);
        std::vector<Finding> found;
        switch (unit.kind) {
        case UnitKind::Segment: {
            if (!loc || loc->block != BlockId::CustomerSegments) {
                setFactReads(unit.id, 0);
                return;
            }
            SegmentCheck check(canvas, index, canvas.notes(loc->block)[loc->index], &run);
            for (const Rule& r : ruleTable())
                if (r.segment)
                    r.segment(check);
            setFactReads(unit.id, check.reads());
            found = check.takeFindings();
            break;
        }
        case UnitKind::Channel:
            if (!loc || loc->block != BlockId::Channels)
                return;
            for (const Rule& r : ruleTable())
                if (r.channel)
                    r.channel(canvas.notes(loc->block)[loc->index], found);
            break;
        case UnitKind::Plan:
            if (!loc || loc->block != BlockId::CustomerRelationships)
                return;
            for (const Rule& r : ruleTable())
                if (r.plan)
                    r.plan(canvas.notes(loc->block)[loc->index], found);
            break;
        }
        if (!found.empty())
            results[unit] = std::move(found);
    }

    // The segments a note's answers bear on, through the index as it is now.
    struct Touch {
        std::set<UnitKey>& units;
        FactMask& facts;
    };
    void touchSegmentsOfChannel(const NoteId& channel, const NoteRecord* r, Touch t) const
    {
        if (r && r->note.channel)
            for (const auto& s : r->note.channel->segments)
                t.units.insert({UnitKind::Segment, s});
        for (const auto& plan : index.plansUsingChannel(channel))
            if (const NoteRecord* p = index.record(plan); p && p->note.plan && !p->note.plan->segment.empty())
                t.units.insert({UnitKind::Segment, p->note.plan->segment});
        for (const auto& s : index.touchpointsOn(channel))
            t.units.insert({UnitKind::Segment, s});
    }
    // A note another one refers to: the segments it stands for.
    void touchTarget(const NoteId& id, Touch t) const
    {
        const NoteRecord* r = index.record(id);
        if (!r)
            return;
        switch (r->block) {
        case BlockId::CustomerSegments: t.units.insert({UnitKind::Segment, id}); break;
        case BlockId::Channels: touchSegmentsOfChannel(id, r, t); break;
        default: break;
        }
        if (r->note.plan && !r->note.plan->segment.empty())
            t.units.insert({UnitKind::Segment, r->note.plan->segment});
        if (r->note.team) {
            for (const auto& target : r->note.team->serves)
                if (const NoteRecord* tr = index.record(target)) {
                    if (tr->block == BlockId::CustomerSegments)
                        t.units.insert({UnitKind::Segment, target});
                    else if (tr->block == BlockId::Channels)
                        touchSegmentsOfChannel(target, tr, t);
                }
            if (r->note.team->serves.empty() || index.servesUnassignedChannel(r->note))
                t.facts |= fact::UnassignedTeams;
        }
    }
    // Everything a changed note's record bears on.
    void touchRecord(const NoteId& id, const NoteRecord& r, Touch t) const
    {
        switch (r.block) {
        case BlockId::CustomerSegments: t.units.insert({UnitKind::Segment, id}); break;
        case BlockId::Channels:
            t.units.insert({UnitKind::Channel, id});
            touchSegmentsOfChannel(id, &r, t);
            break;
        case BlockId::CustomerRelationships: t.units.insert({UnitKind::Plan, id}); break;
        default: break;
        }
        if (r.note.plan && !r.note.plan->segment.empty())
            t.units.insert({UnitKind::Segment, r.note.plan->segment});
        if (r.note.team)
            touchTarget(id, t);
        for (const auto& target : r.note.links)
            touchTarget(target, t);
        for (const auto& source : index.linkedFrom(id))
            touchTarget(source, t);
    }

    FactMask blockFacts(const Canvas& canvas)
    {
        FactMask changed = 0;
        for (BlockId b : allValues<BlockId>()) {
            const std::size_t now = canvas.notes(b).size();
            std::size_t& was = blockSizes[static_cast<std::size_t>(b)];
            if ((now == 0) != (was == 0))
                changed |= fact::blockFilled(b);
            if (b == BlockId::CustomerSegments && (now == 1) != (was == 1))
                changed |= fact::SingleSegment;
            was = now;
        }
        return changed;
    }

    void fullRun(const Canvas& canvas)
    {
        findingsChanged = true;
        run = {};
        index.clear();
        results.clear();
        factReads.clear();
        for (auto& readers : readersOf)
            readers.clear();
        evaluated = 0;
        // Reading the notes' words is most of a full run: on a large canvas
        // half of the notes are read on a second thread.
        std::vector<std::pair<BlockId, const Note*>> notes;
        notes.reserve(canvas.noteCount());
        for (BlockId b : allValues<BlockId>())
            for (const Note& n : canvas.notes(b))
                notes.emplace_back(b, &n);
        std::vector<std::optional<NoteRecord>> records(notes.size());
        // Every other note, so each thread gets its share of every block.
        const auto read = [&](std::size_t first, std::size_t step) {
            for (std::size_t i = first; i < notes.size(); i += step)
                records[i] = recordOf(notes[i].first, *notes[i].second);
        };
        constexpr std::size_t kWorthAThread = 2000;
        if (notes.size() >= kWorthAThread && std::thread::hardware_concurrency() > 1) {
            std::thread second(read, 1, 2);
            read(0, 2);
            second.join();
        } else {
            read(0, 1);
        }
        for (std::size_t i = 0; i < notes.size(); ++i)
            index.set(notes[i].second->id, std::nullopt, records[i]);
        blockFacts(canvas);
        for (const Note& n : canvas.notes(BlockId::CustomerSegments))
            evaluate(canvas, {UnitKind::Segment, n.id});
        for (const Note& n : canvas.notes(BlockId::Channels))
            evaluate(canvas, {UnitKind::Channel, n.id});
        for (const Note& n : canvas.notes(BlockId::CustomerRelationships))
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

void Checklist::update(const Canvas& canvas, const std::vector<NoteId>& changedNotes, bool calendarChanged)
{
    d->evaluated = 0;
    d->findingsChanged = false;
    d->run = {};
    std::set<UnitKey> units;
    FactMask facts = calendarChanged ? fact::Calendar : 0;
    State::Touch touch{units, facts};

    // What really changed: a note's text or looks change no finding.
    struct Change {
        NoteId id;
        std::optional<NoteRecord> before, after;
    };
    std::vector<Change> changes;
    for (const NoteId& id : changedNotes) {
        if (std::any_of(changes.begin(), changes.end(), [&](const Change& c) { return c.id == id; }))
            continue;
        Change c{id, {}, {}};
        if (const NoteRecord* r = d->index.record(id))
            c.before = *r;
        if (const auto loc = canvas.locate(id))
            c.after = recordOf(loc->block, canvas.notes(loc->block)[loc->index]);
        if (c.before != c.after)
            changes.push_back(std::move(c));
    }
    // What the notes bore on before the edit, then after it.
    for (const Change& c : changes)
        if (c.before)
            d->touchRecord(c.id, *c.before, touch);
    for (const Change& c : changes)
        facts |= d->index.set(c.id, c.before, c.after);
    for (const Change& c : changes)
        if (c.after)
            d->touchRecord(c.id, *c.after, touch);
    facts |= d->blockFacts(canvas);

    for (unsigned bit = 0; bit < fact::kBits; ++bit)
        if (facts & (FactMask{1} << bit))
            for (const NoteId& segment : d->readersOf[bit])
                units.insert({UnitKind::Segment, segment});
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

bool Checklist::lastUpdateChangedFindings() const
{
    return d->findingsChanged;
}

std::vector<Finding> runChecklist(const Canvas& canvas)
{
    return Checklist(canvas).findings(canvas);
}

}  // namespace mizan
