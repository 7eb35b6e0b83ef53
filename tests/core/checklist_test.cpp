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
#include <random>
#include <regex>
#include <set>
#include <sstream>

using namespace mizan;

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

// One random edit of the kinds the editor makes; returns the ids it changed.
std::vector<NoteId> randomEdit(Canvas& c, std::mt19937& rng)
{
    const auto pick = [&](std::size_t n) { return n ? rng() % n : 0; };
    const auto anyOf = [&](BlockId b) -> const Note* {
        const auto& notes = c.notes(b);
        return notes.empty() ? nullptr : &notes[pick(notes.size())];
    };
    switch (pick(10)) {
    case 0: {  // plan answers
        const Note* p = anyOf(BlockId::CustomerRelationships);
        if (!p || !p->plan)
            return {};
        Note n = *p;
        n.plan->depth = static_cast<Depth>(pick(3));
        n.plan->mechanisms.set(static_cast<Mechanism>(pick(enumCount<Mechanism>())), pick(2));
        n.plan->focus.set(static_cast<Focus>(pick(3)), pick(2));
        n.plan->means.set(static_cast<Means>(pick(enumCount<Means>())), pick(2));
        n.plan->voiceTone = pick(3) ? std::optional<Tone>(static_cast<Tone>(pick(6))) : std::nullopt;
        c.replaceNote(n);
        return {n.id};
    }
    case 1: {  // a plan switches segment or channels
        const Note* p = anyOf(BlockId::CustomerRelationships);
        const Note* s = anyOf(BlockId::CustomerSegments);
        const Note* ch = anyOf(BlockId::Channels);
        if (!p || !p->plan || !s || !ch)
            return {};
        Note n = *p;
        if (pick(2))
            n.plan->segment = s->id;
        else if (std::find(n.plan->channels.begin(), n.plan->channels.end(), ch->id) == n.plan->channels.end())
            n.plan->channels.push_back(ch->id);
        else
            n.plan->channels.clear();
        c.replaceNote(n);
        return {n.id};
    }
    case 2: {  // a channel's phases, ownership, means, segments
        const Note* ch = anyOf(BlockId::Channels);
        const Note* s = anyOf(BlockId::CustomerSegments);
        if (!ch || !s)
            return {};
        Note n = *ch;
        if (!n.channel)
            n.channel = Channel{};
        n.channel->phases.set(static_cast<ChannelPhase>(pick(5)), pick(2));
        n.channel->ownership = static_cast<ChannelOwnership>(pick(2));
        n.channel->means.set(static_cast<Means>(pick(enumCount<Means>())), pick(2));
        if (pick(2))
            n.channel->segments = {s->id};
        else
            n.channel->segments.clear();
        c.replaceNote(n);
        return {n.id};
    }
    case 3: {  // a team's kind or headcount
        const Note* r = anyOf(BlockId::KeyResources);
        if (!r)
            return {};
        Note n = *r;
        n.team = Team{static_cast<TeamKind>(pick(5)), static_cast<std::int64_t>(pick(4))};
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
        static constexpr BlockId blocks[] = {BlockId::CustomerSegments, BlockId::Channels,
                                             BlockId::CustomerRelationships, BlockId::KeyResources,
                                             BlockId::ValuePropositions};
        const Note* victim = anyOf(blocks[pick(5)]);
        if (!victim)
            return {};
        const NoteId id = victim->id;
        auto changed = c.removeReferencesTo(id);
        c.takeNote(id);
        changed.push_back(id);
        return changed;
    }
    case 6: {  // a new segment, sometimes linked from a value proposition
        Note s{.id = c.newNoteId(), .text = "New segment"};
        s.segment = CustomerSegment{"", static_cast<MarketType>(pick(5)), 100, 10.0, ""};
        c.insertNote(BlockId::CustomerSegments, s);
        std::vector<NoteId> changed{s.id};
        if (const Note* vp = anyOf(BlockId::ValuePropositions)) {
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
        p.plan->mechanisms = {Mechanism::DedicatedPersonalAssistance};
        c.insertNote(BlockId::CustomerRelationships, p);
        return {p.id};
    }
    case 8: {  // a note moves to another block
        const Note* vp = anyOf(BlockId::ValuePropositions);
        if (!vp)
            return {};
        const NoteId id = vp->id;
        c.moveNote(id, BlockId::RevenueStreams, 0);
        return {id};
    }
    default: {  // a segment's market and size
        const Note* s = anyOf(BlockId::CustomerSegments);
        if (!s)
            return {};
        Note n = *s;
        if (!n.segment)
            n.segment = CustomerSegment{};
        n.segment->market = static_cast<MarketType>(pick(5));
        n.segment->estimatedSize = static_cast<std::int64_t>(pick(3000));
        n.segment->revenuePerCustomer = pick(2) ? 0.0 : 20.0;
        c.replaceNote(n);
        return {n.id};
    }
    }
}

}  // namespace

TEST_CASE("After any edit, the incremental checklist agrees with a full check", "[checklist][incremental]")
{
    for (unsigned seed : {1u, 2u, 3u, 4u}) {
        Canvas canvas = seed == 1 ? example("coffee-roastery.en.json")
                      : seed == 2 ? example("tailoring-atelier.ar.json")
                                  : test::syntheticCanvas(12, seed);
        Checklist checklist(canvas);
        std::mt19937 rng(seed);
        for (int step = 0; step < 300; ++step) {
            const auto changed = randomEdit(canvas, rng);
            checklist.update(canvas, changed);
            const auto expected = runChecklist(canvas);
            const auto got = checklist.findings(canvas);
            INFO("seed " << seed << ", step " << step);
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
        CHECK(checklist.lastEvaluatedUnits() == 1);

        // A fact no segment reads: nothing to re-run.
        Note activity = *canvas.find("act-data");
        activity.capabilities.insert(Capability::OutcomeMeasurement);
        canvas.replaceNote(activity);
        checklist.update(canvas, {activity.id});
        CHECK(checklist.findings(canvas) == runChecklist(canvas));
    }
}

TEST_CASE("Removing the only support team raises the CR3 error on every plan that needs people", "[checklist]")
{
    Canvas canvas = example("coffee-roastery.en.json");
    Checklist checklist(canvas);
    CHECK(checklist.count(Severity::Error) == 0);
    std::vector<NoteId> changed;
    std::vector<NoteId> teams;
    for (const Note& n : canvas.notes(BlockId::KeyResources))
        if (n.team)
            teams.push_back(n.id);
    for (const auto& id : teams) {
        auto refs = canvas.removeReferencesTo(id);
        canvas.takeNote(id);
        changed.insert(changed.end(), refs.begin(), refs.end());
        changed.push_back(id);
    }
    checklist.update(canvas, changed);
    CHECK(checklist.count(Severity::Error) > 0);
    CHECK(has(checklist.findings(canvas), "assistance.no_people"));
    CHECK(checklist.findings(canvas) == runChecklist(canvas));
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
    CHECK(renderMessage(f.message, canvas, arabic) == "لا توجد خطة علاقة للشريحة «عائلات».");
    CHECK(renderMessage(f.message, canvas) == "Segment \u201cعائلات\u201d has no relationship plan.");
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
    CHECK(renderMessage(guide.verdict.message, c) == "Yes: \u201cReseller\u201d, \u201cAccount managers\u201d support these answers.");
}
