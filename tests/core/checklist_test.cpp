// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/checklist.h"
#include "core/checklist/guided_questions.h"
#include "core/formats/json_format.h"
#include "core/checklist/message_catalog.h"
#include "core/checklist/method_points.h"
#include "core/checklist/rules.h"
#include "tests/support/sample_canvas.h"
#include "tests/support/synthetic_canvas.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <random>
#include <regex>
#include <set>
#include <sstream>

using namespace mizan;
namespace fs = std::filesystem;

namespace {

Canvas example(const std::string& name)
{
    auto c = fromJson(test::readAll(std::string(MIZAN_EXAMPLES_DIR) + "/" + name));
    REQUIRE(c.ok());
    return std::move(c.value());
}

std::vector<std::string> ruleIds(const std::vector<Finding>& findings)
{
    std::vector<std::string> ids;
    for (const auto& f : findings)
        ids.push_back(f.ruleId);
    return ids;
}

bool has(const std::vector<Finding>& findings, const std::string& rule)
{
    const auto ids = ruleIds(findings);
    return std::find(ids.begin(), ids.end(), rule) != ids.end();
}

// One random edit of the kinds the editor makes; returns the ids it
// changed and sets calendar when it changed the calendar.
std::vector<NoteId> randomEdit(Canvas& c, std::mt19937& rng, bool& calendar)
{
    calendar = false;
    const auto pick = [&](std::size_t n) { return n ? rng() % n : 0; };
    const auto anyOf = [&](BlockId b) -> const Note* {
        const auto& notes = c.notes(b);
        return notes.empty() ? nullptr : &notes[pick(notes.size())];
    };
    const auto anyNote = [&]() -> const Note* { return anyOf(static_cast<BlockId>(pick(kBlockCount))); };
    const auto maybe = [&](std::optional<std::int64_t> v) { return pick(3) ? v : std::nullopt; };
    switch (pick(18)) {
    case 0: {  // plan answers
        const Note* p = anyOf(BlockId::CustomerRelationships);
        if (!p || !p->plan)
            return {};
        Note n = *p;
        n.plan->depth = pick(4) ? std::optional<Depth>(static_cast<Depth>(pick(3))) : std::nullopt;
        n.plan->mechanisms.set(static_cast<Mechanism>(pick(enumCount<Mechanism>())), pick(2));
        n.plan->focus.set(static_cast<Focus>(pick(3)), pick(2));
        n.plan->means.set(static_cast<Means>(pick(enumCount<Means>())), pick(2));
        n.plan->voiceTone = pick(3) ? std::optional<Tone>(static_cast<Tone>(pick(6))) : std::nullopt;
        n.plan->privacyStance = pick(2) ? "" : "Only what we need";
        c.replaceNote(n);
        return {n.id};
    }
    case 1: {  // a plan switches segment or channels, or a channel's voice
        const Note* p = anyOf(BlockId::CustomerRelationships);
        const Note* s = anyOf(BlockId::CustomerSegments);
        const Note* ch = anyOf(BlockId::Channels);
        if (!p || !p->plan || !s || !ch)
            return {};
        Note n = *p;
        switch (pick(4)) {
        case 0: n.plan->segment = pick(5) ? s->id : NoteId{}; break;
        case 1:
            if (std::find(n.plan->channels.begin(), n.plan->channels.end(), ch->id) == n.plan->channels.end())
                n.plan->channels.push_back(ch->id);
            break;
        case 2: n.plan->channels.clear(); break;
        default:
            n.plan->channelVoices.clear();
            if (pick(2))
                n.plan->channelVoices.push_back({ch->id, static_cast<Tone>(pick(6))});
        }
        c.replaceNote(n);
        return {n.id};
    }
    case 2: {  // a channel's phases, ownership, means, segments
        const Note* ch = anyOf(BlockId::Channels);
        const Note* s = anyOf(BlockId::CustomerSegments);
        if (!ch || !s)
            return {};
        Note n = *ch;
        if (!n.channel || !pick(8))
            n.channel = Channel{};
        n.channel->phases.set(static_cast<ChannelPhase>(pick(5)), pick(2));
        n.channel->ownership = pick(4) ? std::optional(static_cast<ChannelOwnership>(pick(2))) : std::nullopt;
        n.channel->means.set(static_cast<Means>(pick(enumCount<Means>())), pick(2));
        if (pick(2))
            n.channel->segments = {s->id};
        else
            n.channel->segments.clear();
        c.replaceNote(n);
        return {n.id};
    }
    case 3: {  // a team's role, headcount, whom it serves, capabilities
        const Note* r = anyOf(BlockId::KeyResources);
        if (!r)
            return {};
        Note n = *r;
        if (pick(6) == 0) {
            n.team.reset();
        } else {
            n.team = Team{pick(5) ? std::optional(static_cast<TeamKind>(pick(enumCount<TeamKind>()))) : std::nullopt,
                          maybe(static_cast<std::int64_t>(pick(40))), {}};
            const Note* target = anyOf(pick(2) ? BlockId::CustomerSegments : BlockId::Channels);
            if (target && pick(3))
                n.team->serves.push_back(target->id);
        }
        n.capabilities.set(static_cast<Capability>(pick(enumCount<Capability>())), pick(2));
        c.replaceNote(n);
        return {n.id};
    }
    case 4: {  // a cost linked or unlinked
        const Note* cost = anyOf(BlockId::CostStructure);
        const Note* r = anyOf(BlockId::KeyResources);
        if (!cost || !r)
            return {};
        Note n = *cost;
        n.links = pick(2) ? std::vector<NoteId>{r->id} : std::vector<NoteId>{};
        c.replaceNote(n);
        return {n.id};
    }
    case 5: {  // delete a note and the references to it
        const Note* victim = anyNote();
        if (!victim)
            return {};
        const NoteId id = victim->id;
        const auto before = c.calendar;
        auto changed = c.removeReferencesTo(id);
        c.takeNote(id);
        changed.push_back(id);
        calendar = c.calendar != before;
        return changed;
    }
    case 6: {  // a new segment, sometimes linked from a value proposition
        Note s{.id = c.newNoteId(), .text = "New segment"};
        s.segment = CustomerSegment{"", static_cast<MarketType>(pick(5)), maybe(100 + pick(40000)), 10.0, ""};
        c.insertNote(BlockId::CustomerSegments, s);
        std::vector<NoteId> changed{s.id};
        if (const Note* vp = anyOf(BlockId::ValuePropositions); vp && pick(2)) {
            Note n = *vp;
            n.links = {s.id};
            c.replaceNote(n);
            changed.push_back(n.id);
        }
        return changed;
    }
    case 7: {  // a new plan for an existing segment (possibly a second one)
        const Note* s = anyOf(BlockId::CustomerSegments);
        if (!s)
            return {};
        Note p{.id = c.newNoteId(), .text = "Another plan"};
        p.plan = RelationshipPlan{};
        p.plan->segment = pick(4) ? s->id : NoteId{};
        p.plan->mechanisms = {static_cast<Mechanism>(pick(enumCount<Mechanism>()))};
        p.plan->focus = {static_cast<Focus>(pick(3))};
        c.insertNote(BlockId::CustomerRelationships, p);
        return {p.id};
    }
    case 8: {  // a note moves to another block
        const Note* n = anyNote();
        if (!n)
            return {};
        const NoteId id = n->id;
        const auto block = static_cast<BlockId>(pick(kBlockCount));
        const auto before = c.calendar;
        auto changed = c.removeReferencesTo(id);
        calendar = c.calendar != before;
        Note moved = adaptedToBlock(*c.takeNote(id), block);
        c.insertNote(block, moved, pick(3));
        changed.push_back(id);
        return changed;
    }
    case 9: {  // a plain note, or a note with capabilities linked somewhere
        static constexpr BlockId blocks[] = {BlockId::KeyResources, BlockId::KeyActivities, BlockId::KeyPartners,
                                             BlockId::CustomerRelationships, BlockId::ValuePropositions,
                                             BlockId::RevenueStreams, BlockId::CostStructure, BlockId::Channels};
        const BlockId b = blocks[pick(std::size(blocks))];
        Note n{.id = c.newNoteId(), .text = "Plain"};
        if (blockAllowsCapabilities(b) && pick(2))
            n.capabilities = {static_cast<Capability>(pick(enumCount<Capability>()))};
        if (const Note* target = anyNote(); target && pick(2))
            n.links = {target->id};
        c.insertNote(b, n);
        return {n.id};
    }
    case 10: {  // a link from any note to any other
        const Note* from = anyNote();
        const Note* to = anyNote();
        if (!from || !to || from->id == to->id)
            return {};
        Note n = *from;
        if (pick(3))
            n.links = {to->id};
        else
            n.links.clear();
        c.replaceNote(n);
        return {n.id};
    }
    case 11: {  // touchpoints
        const Note* s = anyOf(BlockId::CustomerSegments);
        if (!s || !s->segment)
            return {};
        Note n = *s;
        if (pick(4) == 0) {
            n.segment->touchpoints.clear();
        } else {
            const Note* ch = anyOf(BlockId::Channels);
            Touchpoint t;
            t.stage = static_cast<LifecycleStage>(pick(6));
            t.channel = ch && pick(2) ? ch->id : NoteId{};
            t.office = pick(3) ? std::optional(static_cast<Office>(pick(2))) : std::nullopt;
            t.owner = pick(2) ? "Ana" : "";
            t.measureKind = pick(3) ? std::optional(static_cast<MeasureKind>(pick(2))) : std::nullopt;
            t.satisfactionSurveyed = pick(3) ? std::optional<bool>(pick(2)) : std::nullopt;
            n.segment->touchpoints.push_back(t);
        }
        c.replaceNote(n);
        return {n.id};
    }
    case 12: {  // economics and personas
        const Note* s = anyOf(BlockId::CustomerSegments);
        if (!s || !s->segment)
            return {};
        Note n = *s;
        if (pick(3)) {
            RetentionInputs e;
            e.retentionRate = static_cast<double>(40 + pick(60));
            e.acquisitionCost = static_cast<double>(pick(300));
            e.marginPerPeriod = pick(4) ? std::optional<double>(static_cast<double>(pick(100))) : std::nullopt;
            n.segment->economics = e;
        } else {
            n.segment->economics.reset();
        }
        n.segment->personas.clear();
        if (pick(2))
            n.segment->personas.push_back(Persona{"P", pick(2) ? "Parent" : "", "Save time", "Phone"});
        c.replaceNote(n);
        return {n.id};
    }
    case 13: {  // the calendar: a survey for one segment or for all
        const Note* s = anyOf(BlockId::CustomerSegments);
        c.calendar.clear();
        if (pick(2))
            c.calendar.push_back(CalendarAction{"a1", "Survey", pick(2) ? ActionKind::Survey : ActionKind::Call,
                                                s && pick(2) ? s->id : NoteId{}});
        calendar = true;
        return {};
    }
    case 14: {  // a channel with partners and after-sales, for the partner rules
        const Note* ch = anyOf(BlockId::Channels);
        const Note* s = anyOf(BlockId::CustomerSegments);
        if (!ch || !s)
            return {};
        Note n = *ch;
        n.channel = Channel{ChannelOwnership::Partner, std::nullopt, {ChannelPhase::AfterSales}, {s->id}, {}};
        c.replaceNote(n);
        return {n.id};
    }
    case 15: {  // text only
        const Note* n = anyNote();
        if (!n)
            return {};
        Note t = *n;
        t.text += " and more";
        c.replaceNote(t);
        return {t.id};
    }
    default: {  // a segment's market and size
        const Note* s = anyOf(BlockId::CustomerSegments);
        if (!s)
            return {};
        Note n = *s;
        if (!n.segment)
            n.segment = CustomerSegment{};
        n.segment->market = static_cast<MarketType>(pick(5));
        n.segment->estimatedSize = maybe(static_cast<std::int64_t>(pick(30000)));
        n.segment->revenuePerCustomer = pick(2) ? 0.0 : 20.0;
        c.replaceNote(n);
        return {n.id};
    }
    }
}

}  // namespace

TEST_CASE("After any edit, the incremental checklist agrees with a full check", "[checklist][incremental]")
{
    for (unsigned seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
        Canvas canvas = seed == 1 ? example("coffee-roastery.en.json")
                      : seed == 2 ? example("tailoring-atelier.ar.json")
                      : seed == 5 ? test::syntheticCanvas(1, seed)
                                  : test::syntheticCanvas(12, seed);
        Checklist checklist(canvas);
        std::mt19937 rng(seed);
        auto previous = runChecklist(canvas);
        for (int step = 0; step < 600; ++step) {
            bool calendar = false;
            const auto changed = randomEdit(canvas, rng, calendar);
            checklist.update(canvas, changed, calendar);
            const auto expected = runChecklist(canvas);
            // The editor skips gathering the findings when the update says
            // none changed: then they are the same ones, in any order.
            if (!checklist.lastUpdateChangedFindings())
                REQUIRE(std::is_permutation(expected.begin(), expected.end(), previous.begin(), previous.end()));
            previous = expected;
            const auto got = checklist.findings(canvas);
            std::string edited;
            for (const auto& id : changed)
                edited += id + " ";
            INFO("seed " << seed << ", step " << step << ", changed " << edited << (calendar ? "and the calendar" : ""));
            if (ruleIds(got) != ruleIds(expected)) {
                for (const Finding& f : got)
                    if (std::find(expected.begin(), expected.end(), f) == expected.end())
                        WARN("stale: " << f.ruleId << " " << f.subjects.front() << " " << renderMessage(f.message, canvas));
                for (const Finding& f : expected)
                    if (std::find(got.begin(), got.end(), f) == got.end())
                        WARN("missing: " << f.ruleId << " " << f.subjects.front() << " " << renderMessage(f.message, canvas));
            }
            REQUIRE(ruleIds(got) == ruleIds(expected));
            REQUIRE(got == expected);
        }
    }
}

TEST_CASE("Re-checking after one edit touches only what the edit can affect", "[checklist][incremental]")
{
    for (int size : {10, 100, 1000}) {
        Canvas canvas = test::syntheticCanvas(size);
        Checklist checklist(canvas);
        INFO(size << " segments");

        Note plan = *canvas.find(test::planId(size / 2));
        plan.plan->depth = Depth::Deep;
        canvas.replaceNote(plan);
        checklist.update(canvas, {plan.id});
        CHECK(checklist.lastEvaluatedUnits() <= 2);  // the plan and its segment

        Note channel = *canvas.find(test::channelId(3));
        channel.channel->phases.clear();
        canvas.replaceNote(channel);
        checklist.update(canvas, {channel.id});
        CHECK(checklist.lastEvaluatedUnits() <= 2);  // the channel and the segment it serves

        Note seg = *canvas.find(test::segmentId(7));
        seg.text = "Renamed";
        canvas.replaceNote(seg);
        checklist.update(canvas, {seg.id});
        CHECK(checklist.lastEvaluatedUnits() == 0);  // a name changes no finding

        // A fact no segment reads: nothing to re-run.
        Note activity = *canvas.find("act-data");
        activity.capabilities.insert(Capability::OutcomeMeasurement);
        canvas.replaceNote(activity);
        checklist.update(canvas, {activity.id});
        CHECK(checklist.findings(canvas) == runChecklist(canvas));
    }
}

// Two segments, both promised dedicated account managers; Key Resources
// hold a platform and, in each section, the teams named.
Canvas twoSegments()
{
    Canvas c;
    for (const char* id : {"seg-a", "seg-b"}) {
        Note seg{.id = id, .text = id};
        seg.segment = CustomerSegment{"", MarketType::Niche, 40, 1000.0, ""};
        c.insertNote(BlockId::CustomerSegments, seg);
        Note plan{.id = std::string("plan-") + id, .text = "Plan"};
        plan.plan = RelationshipPlan{};
        plan.plan->segment = id;
        plan.plan->depth = Depth::Deep;
        plan.plan->mechanisms = {Mechanism::DedicatedPersonalAssistance};
        plan.plan->focus = {Focus::Retention};
        plan.plan->means = {Means::Phone};
        c.insertNote(BlockId::CustomerRelationships, plan);
    }
    Note platform{.id = "res-platform", .text = "Platform"};
    platform.capabilities = {Capability::Platform};
    c.insertNote(BlockId::KeyResources, platform);
    return c;
}

std::vector<std::string> findingsOn(const Canvas& c, const NoteId& segment, std::string_view rule)
{
    std::vector<std::string> out;
    for (const Finding& f : runChecklist(c))
        if (f.ruleId == rule && f.subjects.front() == segment)
            out.push_back(f.ruleId);
    return out;
}

TEST_CASE("A team serving one segment does not count for another", "[checklist][people]")
{
    Canvas c = twoSegments();
    Note team{.id = "res-am", .text = "Two account managers"};
    team.team = Team{TeamKind::AccountManagement, 2, {"seg-a"}};
    c.insertNote(BlockId::KeyResources, team);
    // Nobody serves B: its dedicated assistance is an error; A's is not.
    CHECK(findingsOn(c, "seg-b", "dedicated.no_people").size() == 1);
    CHECK(findingsOn(c, "seg-a", "dedicated.no_people").empty());

    // A grows to 200 accounts: 2 people cover about 100. A team of ten serving
    // B does not help A.
    Note a = *c.find("seg-a");
    a.segment->estimatedSize = 200;
    c.replaceNote(a);
    Note big{.id = "res-b", .text = "Ten account managers"};
    big.team = Team{TeamKind::AccountManagement, 10, {"seg-b"}};
    c.insertNote(BlockId::KeyResources, big);
    CHECK(findingsOn(c, "seg-a", "dedicated.team_too_small").size() == 1);
    CHECK(findingsOn(c, "seg-b", "dedicated.team_too_small").empty());
    CHECK(findingsOn(c, "seg-b", "dedicated.no_people").empty());

    // The big team names nobody: it may serve A, which is then asked, not judged.
    big.team->serves.clear();
    c.replaceNote(big);
    CHECK(findingsOn(c, "seg-a", "dedicated.team_too_small").empty());
    CHECK(findingsOn(c, "seg-a", std::string(kUnansweredRule)).size() == 1);
}

TEST_CASE("The owner serving customers herself is no contradiction", "[checklist][people]")
{
    Canvas c = twoSegments();
    Note owner{.id = "res-owner", .text = "Maya, the owner"};
    owner.team = Team{TeamKind::Owners, 1, {"seg-a", "seg-b"}};
    c.insertNote(BlockId::KeyResources, owner);
    for (const Finding& f : runChecklist(c)) {
        INFO(f.ruleId);
        CHECK(f.severity != Severity::Error);
        CHECK(f.ruleId != "assistance.not_costed");
    }
}

// The answers a canvas gives, each of which can be unset.
std::vector<std::function<void(Canvas&)>> unsettings(const Canvas& canvas)
{
    std::vector<std::function<void(Canvas&)>> out;
    const auto edit = [&](const NoteId& id, std::function<void(Note&)> change) {
        out.push_back([id, change](Canvas& c) {
            Note n = *c.find(id);
            change(n);
            c.replaceNote(n);
        });
    };
    for (BlockId b : allValues<BlockId>())
        for (const Note& n : canvas.notes(b)) {
            if (n.segment) {
                edit(n.id, [](Note& x) { x.segment->market.reset(); });
                edit(n.id, [](Note& x) { x.segment->estimatedSize.reset(); });
                edit(n.id, [](Note& x) { x.segment->economics.reset(); });
                for (std::size_t i = 0; i < n.segment->touchpoints.size(); ++i) {
                    edit(n.id, [i](Note& x) { x.segment->touchpoints[i].office.reset(); });
                    edit(n.id, [i](Note& x) { x.segment->touchpoints[i].measureKind.reset(); });
                    edit(n.id, [i](Note& x) { x.segment->touchpoints[i].satisfactionSurveyed.reset(); });
                    edit(n.id, [i](Note& x) { x.segment->touchpoints[i].owner.clear(); });
                    edit(n.id, [i](Note& x) { x.segment->touchpoints[i].channel.clear(); });
                }
            }
            if (n.channel) {
                edit(n.id, [](Note& x) { x.channel->ownership.reset(); });
                edit(n.id, [](Note& x) { x.channel->phases.clear(); });
                edit(n.id, [](Note& x) { x.channel->segments.clear(); });
                edit(n.id, [](Note& x) { x.channel->means.clear(); });
            }
            if (n.plan) {
                edit(n.id, [](Note& x) { x.plan->segment.clear(); });
                edit(n.id, [](Note& x) { x.plan->depth.reset(); });
                edit(n.id, [](Note& x) { x.plan->mechanisms.clear(); });
                edit(n.id, [](Note& x) { x.plan->focus.clear(); });
                edit(n.id, [](Note& x) { x.plan->means.clear(); });
                edit(n.id, [](Note& x) { x.plan->voiceTone.reset(); });
                edit(n.id, [](Note& x) { x.plan->channelVoices.clear(); });
            }
            if (n.team) {
                edit(n.id, [](Note& x) { x.team->kind.reset(); });
                edit(n.id, [](Note& x) { x.team->headcount.reset(); });
                edit(n.id, [](Note& x) { x.team->serves.clear(); });
            }
        }
    return out;
}

// Warnings and errors per subject, leaving out the rules that report an
// absence of links (a plan, a channel, an offer), which unsetting a link
// may rightly reveal.
std::multiset<std::string> contradictions(const Canvas& c)
{
    static const std::set<std::string> absence = {"plan.missing", "segment.no_channel", "segment.no_value_proposition",
                                                  "segment.no_revenue_stream"};
    std::multiset<std::string> out;
    for (const Finding& f : runChecklist(c))
        if (f.severity != Severity::Advice && !absence.count(f.ruleId))
            out.insert(f.subjects.front() + " " + f.ruleId);
    return out;
}

TEST_CASE("Unsetting an answer never adds a contradiction: unknown is not no", "[checklist][unknown]")
{
    std::vector<fs::path> canvases;
    for (const char* dir : {MIZAN_CHECKS_DIR, MIZAN_CORPUS_DIR})
        if (fs::exists(dir))
            for (const auto& e : fs::directory_iterator(dir))
                if (fs::exists(e.path() / "canvas.json"))
                    canvases.push_back(e.path() / "canvas.json");
    for (const char* name : {"coffee-roastery.en.json", "tailoring-atelier.ar.json", "dental-clinic.he.json"})
        canvases.push_back(fs::path(MIZAN_EXAMPLES_DIR) / name);
    std::sort(canvases.begin(), canvases.end());
    REQUIRE(canvases.size() > 50);
    std::size_t tried = 0;
    for (const auto& file : canvases) {
        auto parsed = fromJson(test::readAll(file.string()));
        REQUIRE(parsed.ok());
        const Canvas canvas = parsed.value();
        const auto before = contradictions(canvas);
        for (const auto& unset : unsettings(canvas)) {
            Canvas c = canvas;
            unset(c);
            const auto after = contradictions(c);
            // Per subject, never more warnings or errors than before.
            const auto perSubject = [](const std::multiset<std::string>& all, const std::string& subject) {
                return std::count_if(all.begin(), all.end(),
                                     [&](const std::string& x) { return x.rfind(subject + " ", 0) == 0; });
            };
            for (const auto& item : std::set<std::string>(after.begin(), after.end())) {
                const std::string subject = item.substr(0, item.find(' '));
                std::string added;
                for (const auto& x : after)
                    if (!before.count(x))
                        added += x + "; ";
                INFO(file.string() << ", answer " << tried << ", new: " << added);
                CHECK(perSubject(after, subject) <= perSubject(before, subject));
            }
            ++tried;
        }
    }
    CHECK(tried > 1000);
}

TEST_CASE("The bundled examples produce exactly the findings their README describes", "[checklist][examples]")
{
    // The README lists them under each example's heading as
    //   - `rule.id` on “first subject”
    const std::string readme = test::readAll(std::string(MIZAN_EXAMPLES_DIR) + "/README.md");
    std::map<std::string, std::multiset<std::string>> described;
    std::string current;
    std::istringstream in(readme);
    const std::regex heading(R"(^## (\S+\.json)\s*$)");
    const std::regex item(R"(^- `([a-z_.]+)` on “(.+)”)");
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (std::regex_match(line, m, heading))
            current = m[1];
        else if (std::regex_search(line, m, item) && !current.empty())
            described[current].insert(m[1].str() + " " + m[2].str());
    }
    REQUIRE(described.size() >= 3);
    for (const auto& [file, expected] : described) {
        INFO(file);
        const Canvas canvas = example(file);
        std::multiset<std::string> actual;
        for (const Finding& f : runChecklist(canvas))
            actual.insert(f.ruleId + " " + noteName(canvas, f.subjects.front()));
        CHECK(actual == expected);
    }
}

TEST_CASE("Every rule cites METHOD points that exist, and every message renders whole", "[checklist][rules]")
{
    const std::string method = test::readAll(std::string(MIZAN_EXAMPLES_DIR) + "/../../docs/method.md");
    std::set<std::string> ids;
    for (const RuleInfo& rule : allRules()) {
        INFO(rule.id);
        CHECK(ids.insert(std::string(rule.id)).second);
        std::istringstream refs{std::string(rule.methodRefs)};
        int n = 0;
        for (std::string ref; refs >> ref; ++n)
            CHECK((method.find("- " + ref + " ") != std::string::npos && findMethodPoint(ref)));
        CHECK(n > 0);
        CHECK(findTemplate(rule.id));
        CHECK(findTemplate(std::string(rule.id) + ".fix"));
    }
    // Findings from a varied canvas leave no placeholder unfilled.
    const Canvas canvas = test::syntheticCanvas(200, 7);
    std::set<std::string> seen;
    for (const Finding& f : runChecklist(canvas)) {
        seen.insert(f.ruleId);
        for (const Message* m : {&f.message, &f.suggestion}) {
            const std::string text = renderMessage(*m, canvas);
            INFO(f.ruleId << ": " << text);
            CHECK(text.find('{') == std::string::npos);
            CHECK(text.find('}') == std::string::npos);
        }
    }
    CHECK(seen.size() >= 10);
}

TEST_CASE("Messages are rendered through the caller's translation", "[checklist][rules]")
{
    Canvas canvas;
    Note seg{.id = "s", .text = "عائلات"};
    seg.segment = CustomerSegment{};
    canvas.insertNote(BlockId::CustomerSegments, seg);
    const auto findings = runChecklist(canvas);
    REQUIRE(has(findings, "plan.missing"));
    const Finding& f = *std::find_if(findings.begin(), findings.end(),
                                     [](const Finding& x) { return x.ruleId == "plan.missing"; });
    RenderOptions arabic;
    arabic.translate = [](const char*, const char* text) -> std::string {
        const std::string s(text);
        if (s == "Segment {segment} has no relationship plan.")
            return "لا توجد خطة علاقة للشريحة {segment}.";
        if (s == "\u201c{name}\u201d")
            return "«{name}»";
        return s;
    };
    // The name keeps its own direction inside the sentence (FSI ... PDI).
    CHECK(renderMessage(f.message, canvas, arabic) == "لا توجد خطة علاقة للشريحة «\u2068عائلات\u2069».");
    CHECK(renderMessage(f.message, canvas) == "Segment \u201c\u2068عائلات\u2069\u201d has no relationship plan.");
}

TEST_CASE("The guided questions follow CR4 to CR10 and the CR8 verdict follows the answers", "[checklist][questions]")
{
    Canvas c;
    Note seg{.id = "seg", .text = "Key accounts"};
    seg.segment = CustomerSegment{"", MarketType::Niche, 20, 1000.0, ""};
    c.insertNote(BlockId::CustomerSegments, seg);
    Note partner{.id = "ch-partner", .text = "Reseller"};
    partner.channel = Channel{ChannelOwnership::Partner, ChannelReach::Indirect,
                              {ChannelPhase::Awareness, ChannelPhase::Purchase}, {"seg"}, {Means::Email}};
    c.insertNote(BlockId::Channels, partner);
    Note plan{.id = "plan", .text = "Plan"};
    plan.plan = RelationshipPlan{};
    plan.plan->segment = "seg";
    c.insertNote(BlockId::CustomerRelationships, plan);

    PlanGuide guide = guidePlan(c, "seg");
    std::vector<std::string> order;
    for (const auto& q : guide.questions)
        order.push_back(q.id + ":" + q.methodRef);
    CHECK(order == std::vector<std::string>{"depth:CR4", "mechanism:CR5", "focus:CR6", "channel:CR7", "means:CR9",
                                             "voice:CR10"});
    CHECK(guide.questions[0].options == std::vector<std::string>{"depth:deep", "depth:in_between", "depth:shallow"});
    CHECK(guide.verdict.status == Cr8Verdict::Status::Incomplete);

    // Deep, dedicated, retention, through the partner only: the channel cannot carry it.
    plan.plan->depth = Depth::Deep;
    plan.plan->mechanisms = {Mechanism::DedicatedPersonalAssistance};
    plan.plan->focus = {Focus::Retention};
    plan.plan->channels = {"ch-partner"};
    plan.plan->means = {Means::Email};
    c.replaceNote(plan);
    guide = guidePlan(c, "seg");
    REQUIRE(guide.verdict.status == Cr8Verdict::Status::NotSupported);
    CHECK(has(guide.verdict.reasons, "deep.partner_only"));
    CHECK(has(guide.verdict.reasons, "retention.no_after_sales"));
    CHECK_FALSE(has(guide.verdict.reasons, "assistance.no_people"));  // people are not the channel's question

    // An owned channel covering after-sales: now it is supported.
    Note owned{.id = "ch-owned", .text = "Account managers"};
    owned.channel = Channel{ChannelOwnership::Owned, ChannelReach::Direct,
                            {ChannelPhase::Delivery, ChannelPhase::AfterSales}, {"seg"}, {Means::InPerson}};
    c.insertNote(BlockId::Channels, owned);
    plan.plan->channels = {"ch-partner", "ch-owned"};
    c.replaceNote(plan);
    guide = guidePlan(c, "seg");
    CHECK(guide.verdict.status == Cr8Verdict::Status::Supported);
    CHECK(renderMessage(guide.verdict.message, c)
          == "Yes: \u201c\u2068Reseller\u2069\u201d and \u201c\u2068Account managers\u2069\u201d support these answers.");
}
