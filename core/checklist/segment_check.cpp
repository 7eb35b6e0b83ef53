// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/segment_check.h"

#include <algorithm>

namespace mizan {

namespace {

bool hasPeople(const Team& t)
{
    return !t.headcount || *t.headcount > 0;
}

// Capabilities that serve the whole business when nothing says otherwise.
bool isSharedInfrastructure(Capability c)
{
    return c == Capability::Platform || c == Capability::CustomerData || c == Capability::SharedCustomerRecord;
}

template <typename T>
void appendUnique(std::vector<T>& v, const T& x)
{
    if (std::find(v.begin(), v.end(), x) == v.end())
        v.push_back(x);
}

}  // namespace

SegmentCheck::SegmentCheck(const Canvas& c, const CanvasIndex& i, const Note& segmentNote, CheckRun* run)
    : canvas(c), index(i), note(segmentNote), id(segmentNote.id),
      segment([&]() -> const CustomerSegment& {
          static const CustomerSegment none;
          return segmentNote.segment ? *segmentNote.segment : none;
      }()),
      self_{segmentNote.id}, run_(run ? run : &ownRun_)
{
    plans = inCanvasOrder(index.plansOf(id));
    if (!plans.empty()) {
        planNote = canvas.find(plans.front());
        plan = &*planNote->plan;
        for (const NoteId& ch : plan->channels)
            if (const auto loc = canvas.locate(ch); loc && loc->block == BlockId::Channels)
                planChannels.push_back(&canvas.notes(loc->block)[loc->index]);
    }
    channels = planChannels;
    for (const NoteId& ch : inCanvasOrder(index.channelsServing(id)))
        if (const Note* n = canvas.find(ch); n && std::find(channels.begin(), channels.end(), n) == channels.end())
            channels.push_back(n);
}

const Channel& SegmentCheck::channelOf(const Note* n)
{
    static const Channel none;
    return n->channel ? *n->channel : none;
}

std::vector<NoteId> SegmentCheck::idsOf(const std::vector<const Note*>& notes)
{
    std::vector<NoteId> out;
    for (const Note* n : notes)
        out.push_back(n->id);
    return out;
}

std::vector<NoteId> SegmentCheck::inCanvasOrder(const std::set<NoteId>& ids) const
{
    std::vector<std::pair<std::pair<BlockId, std::size_t>, NoteId>> located;
    for (const NoteId& x : ids)
        if (const auto loc = canvas.locate(x))
            located.push_back({{loc->block, loc->index}, x});
    std::sort(located.begin(), located.end());
    std::vector<NoteId> out;
    for (auto& [_, x] : located)
        out.push_back(x);
    return out;
}

std::vector<NoteId> SegmentCheck::segmentAndPlan() const
{
    std::vector<NoteId> v{id};
    if (planNote)
        v.push_back(planNote->id);
    return v;
}

std::vector<const Note*> SegmentCheck::channelsWith(const std::function<bool(const Channel&)>& answered) const
{
    std::vector<const Note*> out;
    for (const Note* c : channels)
        if (answered(channelOf(c)))
            out.push_back(c);
    return out;
}

bool SegmentCheck::singleSegment()
{
    read(fact::SingleSegment);
    return canvas.notes(BlockId::CustomerSegments).size() == 1;
}

const std::vector<const Note*>& SegmentCheck::unassignedChannels()
{
    read(fact::UnassignedChannels);
    auto& shared = run_->unassignedChannels;
    if (!shared) {
        shared.emplace();
        for (const NoteId& id : inCanvasOrder(index.unassignedChannels()))
            if (const Note* n = canvas.find(id))
                shared->push_back(n);
    }
    return *shared;
}

const People& SegmentCheck::people()
{
    if (people_)
        return *people_;
    read(fact::UnassignedTeams | fact::UnknownResources | fact::blockFilled(BlockId::KeyResources));
    People p;
    std::set<NoteId> serving(index.teamsServing(id));
    for (const Note* c : channels) {
        const auto& viaChannel = index.teamsServing(c->id);
        serving.insert(viaChannel.begin(), viaChannel.end());
    }
    const bool single = singleSegment();
    if (single)
        serving.insert(index.unassignedTeams().begin(), index.unassignedTeams().end());
    for (const NoteId& t : inCanvasOrder(serving))
        if (const Note* n = canvas.find(t); n && n->team)
            p.serving.push_back(n);
    if (!single) {
        // Teams that name nobody, or only channels that name no segment,
        // may serve this one.
        std::set<NoteId> maybe(index.unassignedTeams());
        read(fact::UnassignedChannels);
        for (const NoteId& ch : index.unassignedChannels())
            for (const NoteId& t : index.teamsServing(ch))
                if (!serving.count(t))
                    maybe.insert(t);
        for (const NoteId& t : inCanvasOrder(maybe))
            if (const Note* n = canvas.find(t); n && n->team)
                p.unassigned.push_back(n);
    }
    p.unknownNotes = !index.unknownResources().empty();
    p.resourcesEmpty = canvas.notes(BlockId::KeyResources).empty();
    people_ = std::move(p);
    return *people_;
}

Capacity SegmentCheck::capacity(EnumSet<TeamKind> roles, std::int64_t perPerson)
{
    const People& p = people();
    Capacity c;
    c.most = 0;
    const auto unbounded = [&] { c.most.reset(); };
    const auto add = [&](std::int64_t amount) {
        if (c.most)
            *c.most += amount;
    };
    for (const Note* t : p.serving) {
        const Team& team = *t->team;
        if (team.kind && !roles.contains(*team.kind))
            continue;
        if (!hasPeople(team))
            continue;
        if (!team.kind)
            c.roleUnknown.push_back(t->id);
        if (!team.headcount) {
            c.sizeUnknown.push_back(t->id);
            unbounded();
            continue;
        }
        if (team.kind) {
            c.least += *team.headcount * perPerson;
            c.people += *team.headcount;
            c.teams.push_back(t->id);
        }
        add(*team.headcount * perPerson);
    }
    for (const Note* t : p.unassigned) {
        const Team& team = *t->team;
        if ((team.kind && !roles.contains(*team.kind)) || !hasPeople(team))
            continue;
        c.maybe.push_back(t->id);
        if (team.headcount)
            add(*team.headcount * perPerson);
        else
            unbounded();
    }
    return c;
}

bool SegmentCheck::linkedToHolder(const Note& anchor, Capability cap)
{
    // A note of Key Resources, Activities or Partners with the capability,
    // linked to the anchor either way.
    const auto holds = [&](const NoteId& x) {
        const NoteRecord* r = index.record(x);
        if (!r)
            return false;
        const bool holder = r->block == BlockId::KeyResources || r->block == BlockId::KeyActivities
            || r->block == BlockId::KeyPartners;
        return holder && r->note.capabilities.contains(cap);
    };
    if (std::any_of(anchor.links.begin(), anchor.links.end(), holds))
        return true;
    const auto& from = index.linkedFrom(anchor.id);
    return std::any_of(from.begin(), from.end(), holds);
}

bool SegmentCheck::stated(Capability cap)
{
    const auto linkedHolds = [&](const Note& anchor) { return linkedToHolder(anchor, cap); };
    bool found = linkedHolds(note) || (planNote && linkedHolds(*planNote));
    for (const Note* c : channels)
        found = found || linkedHolds(*c);
    for (const Note* t : people().serving)
        found = found || t->capabilities.contains(cap) || linkedHolds(*t)
            || (cap == Capability::CommunityManagement && t->team->kind == TeamKind::Community && hasPeople(*t->team));
    const auto& tps = segment.touchpoints;
    if (cap == Capability::SatisfactionSurveys) {
        found = found || std::any_of(tps.begin(), tps.end(), [](const Touchpoint& t) { return t.satisfactionSurveyed == true; });
        read(fact::Calendar);
        found = found || std::any_of(canvas.calendar.begin(), canvas.calendar.end(), [&](const CalendarAction& a) {
                    return a.kind == ActionKind::Survey && (a.segment.empty() || a.segment == id);
                });
    }
    if (cap == Capability::OutcomeMeasurement)
        found = found || std::any_of(tps.begin(), tps.end(), [](const Touchpoint& t) { return t.measureKind == MeasureKind::Outcome; });
    return found;
}

bool SegmentCheck::touchpointsOpenFor(Capability cap) const
{
    const auto& tps = segment.touchpoints;
    // A touchpoint whose survey or measure is not answered may be the one.
    return
        (cap == Capability::SatisfactionSurveys
         && std::any_of(tps.begin(), tps.end(), [](const Touchpoint& t) { return !t.satisfactionSurveyed; }))
        || (cap == Capability::OutcomeMeasurement
            && std::any_of(tps.begin(), tps.end(), [](const Touchpoint& t) {
                   // A measure whose kind is not given may be an outcome; a
                   // touchpoint with no measure at all measures nothing.
                   return !t.measureKind && t.measure.find_first_not_of(" \t\r\n") != std::string::npos;
               }));
}

void SegmentCheck::hintedIn(Capability cap, CapabilityLookup& out)
{
    // A note whose words name the capability without ticking it: unknown,
    // when it is linked to the segment or to nothing in particular, or is a
    // team that serves it or may. Found from the segment's anchors (its
    // plan, channels and teams, and what links to or from them) and the
    // canvas's unplaced notes, so a check costs what the segment touches.
    read(fact::hinted(cap));
    std::vector<const Note*> anchors{&note};
    if (planNote)
        anchors.push_back(planNote);
    anchors.insert(anchors.end(), channels.begin(), channels.end());
    for (const auto* teams : {&people().serving, &people().unassigned})
        for (const Note* t : *teams)
            if (hasPeople(*t->team))
                anchors.push_back(t);
    const std::set<NoteId>& hinted = index.hintedWith(cap);
    std::set<NoteId> found;
    const auto consider = [&](const NoteId& h) {
        if (!hinted.count(h) || found.count(h))
            return;
        if (const NoteRecord* r = index.record(h); r && !(r->note.team && !hasPeople(*r->note.team)))
            found.insert(h);  // a team of nobody provides nothing
    };
    for (const Note* a : anchors) {
        consider(a->id);
        for (const NoteId& x : index.linkedFrom(a->id))
            consider(x);
        for (const NoteId& x : a->links)
            consider(x);
    }
    // Named in the question: every note of the segment's own, and the
    // canvas's unplaced ones up to a readable list.
    constexpr std::size_t kListed = 6;
    for (const NoteId& h : index.unplacedHintedWith(cap)) {
        if (found.size() >= kListed)
            break;
        consider(h);
    }
    if (found.empty())
        return;
    out.known = Known::Unknown;
    out.hinted = inCanvasOrder(found);
}

CapabilityLookup SegmentCheck::capability(Capability cap)
{
    CapabilityLookup out;
    out.capability = cap;
    const auto linkedHolds = [&](const Note& anchor) { return linkedToHolder(anchor, cap); };
    if (stated(cap)) {
        out.known = Known::Yes;
        return out;
    }
    if (touchpointsOpenFor(cap)) {
        out.known = Known::Unknown;
        out.touchpointsOpen = true;
    }
    hintedIn(cap, out);
    read(fact::unlinked(cap));
    const auto& unlinked = index.unlinkedWith(cap);
    if (!unlinked.empty()) {
        if (isSharedInfrastructure(cap) || singleSegment()) {
            out.known = Known::Yes;
            return out;
        }
        out.known = Known::Unknown;
        out.unplaced = inCanvasOrder(unlinked);
    }
    // A team serving the segment whose role is not given may be its
    // community team.
    if (cap == Capability::CommunityManagement)
        for (const Note* t : people().serving)
            if (!t->team->kind && hasPeople(*t->team)) {
                out.known = Known::Unknown;
                out.roleUnknown.push_back(t->id);
            }
    // A team that names nobody may serve the segment: what it has or is
    // linked to is unknown for it.
    for (const Note* t : people().unassigned)
        if (t->capabilities.contains(cap) || linkedHolds(*t)
            || (cap == Capability::CommunityManagement && (!t->team->kind || t->team->kind == TeamKind::Community)
                && hasPeople(*t->team))) {
            out.known = Known::Unknown;
            out.unplaced.push_back(t->id);
        }
    return out;
}

void SegmentCheck::askAbout(const CapabilityLookup& lookup, std::string_view methodRefs)
{
    if (lookup.touchpointsOpen)
        ask(lookup.capability == Capability::SatisfactionSurveys ? "ask.surveyed" : "ask.measure_kind", {}, methodRefs);
    if (!lookup.hinted.empty()) {
        std::vector<std::string> tokens = lookup.hinted;
        tokens.push_back(termKey(lookup.capability));
        ask("ask.hinted", tokens, methodRefs);
    }
    if (!lookup.unplaced.empty())
        ask("ask.link", lookup.unplaced, methodRefs);
    if (!lookup.roleUnknown.empty())
        ask("ask.team_role", lookup.roleUnknown, methodRefs);
}

FindingBuilder SegmentCheck::finding(std::string_view ruleId, std::vector<NoteId> subjects) const
{
    return FindingBuilder(ruleId, std::move(subjects));
}

void SegmentCheck::report(FindingBuilder& f)
{
    findings_.push_back(f.take());
}

bool SegmentCheck::reported(std::string_view ruleId) const
{
    return std::any_of(findings_.begin(), findings_.end(), [&](const Finding& f) { return f.ruleId == ruleId; });
}

void SegmentCheck::ask(std::string what, std::vector<std::string> tokens, std::string_view methodRefs)
{
    std::string item = std::move(what);
    for (auto& t : tokens)
        item += ' ' + t;
    appendUnique(asks_, item);
    std::size_t start = 0;
    while (start < methodRefs.size()) {
        const auto end = std::min(methodRefs.find(' ', start), methodRefs.size());
        if (end > start)
            appendUnique(askRefs_, std::string(methodRefs.substr(start, end - start)));
        start = end + 1;
    }
}

std::vector<Finding> SegmentCheck::takeFindings()
{
    if (!asks_.empty()) {
        FindingBuilder f(kUnansweredRule, segmentAndPlan());
        f.note("segment", self_).questions("questions", asks_).methodRefs(askRefs_);
        findings_.push_back(f.take());
    }
    return std::move(findings_);
}

}  // namespace mizan
