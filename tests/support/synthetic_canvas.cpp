// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/synthetic_canvas.h"

#include <random>

namespace mizan::test {

NoteId segmentId(int i) { return "seg-" + std::to_string(i); }
NoteId planId(int i) { return "plan-" + std::to_string(i); }
NoteId channelId(int i) { return "ch-" + std::to_string(i); }

Canvas syntheticCanvas(int segments, unsigned seed)
{
    std::mt19937 rng(seed);
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    Canvas c;
    c.info.title = "Synthetic canvas";
    c.info.language = "en";

    Note team{.id = "res-support", .text = "Support team"};
    team.team = Team{TeamKind::Support, 10};
    team.capabilities = {Capability::Platform, Capability::SatisfactionSurveys};
    c.insertNote(BlockId::KeyResources, team);
    c.insertNote(BlockId::KeyActivities, Note{.id = "act-data", .text = "Analytics"});
    c.insertNote(BlockId::CostStructure, Note{.id = "cost-salaries", .text = "Salaries", .links = {"res-support"}});

    static constexpr Mechanism mechanisms[] = {
        Mechanism::PersonalAssistance, Mechanism::DedicatedPersonalAssistance, Mechanism::SelfService,
        Mechanism::AutomatedServices,  Mechanism::Communities,                 Mechanism::LoyaltyProgram,
        Mechanism::CoCreation,         Mechanism::Newsletters,                 Mechanism::PersonalTouches};
    for (int i = 0; i < segments; ++i) {
        Note seg{.id = segmentId(i), .text = "Segment " + std::to_string(i)};
        seg.segment = CustomerSegment{"Synthetic", static_cast<MarketType>(pick(5)), 10 + pick(2000),
                                      static_cast<double>(pick(500)), "#336699"};
        c.insertNote(BlockId::CustomerSegments, seg);
        c.insertNote(BlockId::ValuePropositions,
                     Note{.id = "vp-" + std::to_string(i), .text = "Value", .links = {seg.id}});
        c.insertNote(BlockId::RevenueStreams,
                     Note{.id = "rev-" + std::to_string(i), .text = "Revenue", .links = {seg.id}});

        Note ch{.id = channelId(i), .text = "Channel " + std::to_string(i)};
        ch.channel = Channel{};
        ch.channel->ownership = pick(3) ? ChannelOwnership::Owned : ChannelOwnership::Partner;
        ch.channel->segments = {seg.id};
        for (ChannelPhase p : allValues<ChannelPhase>())
            ch.channel->phases.set(p, pick(3) != 0);
        ch.channel->means = {Means::Email, Means::Chat};
        if (pick(2))
            ch.channel->means.insert(Means::Forum);
        c.insertNote(BlockId::Channels, ch);

        Note plan{.id = planId(i), .text = "Plan " + std::to_string(i)};
        plan.plan = RelationshipPlan{};
        plan.plan->segment = seg.id;
        plan.plan->depth = static_cast<Depth>(pick(3));
        for (int m = 0; m < 2; ++m)
            plan.plan->mechanisms.insert(mechanisms[pick(std::size(mechanisms))]);
        plan.plan->focus.insert(static_cast<Focus>(pick(3)));
        plan.plan->channels = {ch.id};
        plan.plan->means = {Means::Email};
        if (pick(4) == 0)
            plan.plan->means.insert(Means::Phone);
        if (pick(5))
            plan.plan->voiceTone = Tone::Friendly;
        c.insertNote(BlockId::CustomerRelationships, plan);
    }
    return c;
}

}  // namespace mizan::test
