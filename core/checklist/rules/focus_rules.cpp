// SPDX-License-Identifier: GPL-3.0-or-later
// Focus (CR2, CR6): acquiring, retaining and growing each segment each
// need their own means (TP3, RT6, RT7, RT12, RM2, RM6).

#include "core/checklist/mechanisms.h"
#include "core/checklist/rule.h"
#include "core/checklist/segment_check.h"
#include "core/model/translate_noop.h"

#include <algorithm>

namespace mizan {

namespace {

// Whether the segment's channels (or touchpoints) cover one of the phases;
// asks for the phases of channels that do not say, when that decides it.
Known covers(SegmentCheck& c, EnumSet<ChannelPhase> phases, EnumSet<LifecycleStage> stages, std::string_view refs)
{
    if (std::any_of(c.segment.touchpoints.begin(), c.segment.touchpoints.end(),
                    [&](const Touchpoint& t) { return stages.contains(t.stage); }))
        return Known::Yes;
    if (!c.channelsWith([&](const Channel& ch) { return ch.phases.intersects(phases); }).empty())
        return Known::Yes;
    const auto unknown = c.channelsWith([](const Channel& ch) { return ch.phases.empty(); });
    if (!unknown.empty()) {
        c.ask("ask.phases", SegmentCheck::idsOf(unknown), refs);
        return Known::Unknown;
    }
    // A channel that names no segment may be this one's.
    std::vector<NoteId> maybe;
    for (const Note* ch : c.unassignedChannels()) {
        const Channel& channel = SegmentCheck::channelOf(ch);
        if (channel.phases.empty() || channel.phases.intersects(phases))
            maybe.push_back(ch->id);
    }
    if (!maybe.empty()) {
        c.ask("ask.channel_segments", maybe, refs);
        return Known::Unknown;
    }
    return Known::No;
}

const Rule kRules[] = {
    {{"retention.no_mechanism", Severity::Warning, "CR2 CR12 RT7",
      QT_TRANSLATE_NOOP("Checklist", "A plan to keep customers whose mechanisms keep nobody."),
      QT_TRANSLATE_NOOP("Checklist", "A purely transactional relationship (a fuel station) makes no attempt at a relationship; "
                                     "keeping customers needs contact, service, loyalty or personal touches."),
      "A warning: the focus and the mechanisms are both given, and the mechanisms are only transactions, "
      "sponsorship, manuals or referral, none of which keeps a customer.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} aims at keeping customers, but its mechanisms keep nobody: "
                                     "{mechanisms}."),
      QT_TRANSLATE_NOOP("Checklist", "Add a mechanism that keeps {segment}: personal assistance, a loyalty program, a "
                                     "community, a newsletter or personal touches.")},
     [](SegmentCheck& c) {
         const auto m = c.mechanisms();
         if (c.focus().contains(Focus::Retention) && !m.empty() && m.isSubsetOf(mechanisms::nonRetaining()))
             c.report(c.finding("retention.no_mechanism", c.segmentAndPlan())
                          .note("segment", c.self())
                          .labels("mechanisms", m.values()));
     }},

    {{"growth.no_mechanism", Severity::Warning, "CR2 RM2",
      QT_TRANSLATE_NOOP("Checklist", "A plan to grow a segment with nothing that sells more to each customer."),
      QT_TRANSLATE_NOOP("Checklist", "Growing a segment means more revenue per account: repeat purchase, cross-selling, "
                                     "up-selling."),
      "A warning: the focus and the mechanisms are both given, and none of the mechanisms offers, recommends or "
      "rewards buying more.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} aims at growth, but none of its mechanisms sells more to each "
                                     "customer: {mechanisms}."),
      QT_TRANSLATE_NOOP("Checklist", "Add what grows each account of {segment}: tailored offers, cross- or up-selling by your "
                                     "people, loyalty tiers, referral or a partner program.")},
     [](SegmentCheck& c) {
         const auto m = c.mechanisms();
         if (c.focus().contains(Focus::Growth) && !m.empty() && !m.intersects(mechanisms::growing()))
             c.report(c.finding("growth.no_mechanism", c.segmentAndPlan())
                          .note("segment", c.self())
                          .labels("mechanisms", m.values()));
     }},

    {{"retention.no_after_sales", Severity::Warning, "CR2 TP3",
      QT_TRANSLATE_NOOP("Checklist", "A plan to keep customers with no channel after the sale."),
      QT_TRANSLATE_NOOP("Checklist", "Customers are kept after the sale: the lifecycle ends with after-sales service."),
      "A warning, given only when every channel of the segment says which phases it covers and none covers "
      "after-sales (nor does a touchpoint); a channel whose phases are not given is asked about.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} aims at keeping customers, but none of its channels covers "
                                     "after-sales: {channels}."),
      QT_TRANSLATE_NOOP("Checklist", "Cover after-sales in one of the channels of {segment}, or add a channel that does.")},
     [](SegmentCheck& c) {
         if (!c.focus().contains(Focus::Retention) || c.channels.empty())
             return;
         if (covers(c, {ChannelPhase::AfterSales}, {LifecycleStage::AfterSales}, "CR2 TP3") == Known::No)
             c.report(c.finding("retention.no_after_sales", c.segmentAndPlan())
                          .note("segment", c.self())
                          .note("channels", SegmentCheck::idsOf(c.channels)));
     }},

    {{"acquisition.no_awareness", Severity::Warning, "CR2 CR8",
      QT_TRANSLATE_NOOP("Checklist", "A plan to win customers with no channel where they can find you."),
      QT_TRANSLATE_NOOP("Checklist", "New customers must first hear of you and judge the offer: the channel has to support that "
                                     "answer."),
      "A warning, given only when every channel of the segment says which phases it covers and none covers "
      "awareness or evaluation (nor does a shopping touchpoint).",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} aims at acquisition, but none of its channels covers awareness or "
                                     "evaluation: {channels}."),
      QT_TRANSLATE_NOOP("Checklist", "Add awareness or evaluation to one of the channels of {segment}, or add a channel that "
                                     "covers them.")},
     [](SegmentCheck& c) {
         if (!c.focus().contains(Focus::Acquisition) || c.channels.empty())
             return;
         if (covers(c, {ChannelPhase::Awareness, ChannelPhase::Evaluation}, {LifecycleStage::Shopping}, "CR2 CR8")
             == Known::No)
             c.report(c.finding("acquisition.no_awareness", c.segmentAndPlan())
                          .note("segment", c.self())
                          .note("channels", SegmentCheck::idsOf(c.channels)));
     }},

    {{"retention.no_measure", Severity::Warning, "RT6 RT12 RM6 EX5",
      QT_TRANSLATE_NOOP("Checklist", "A plan to keep customers with nothing that measures how they fare."),
      QT_TRANSLATE_NOOP("Checklist", "Survey service level at every contact; measure perception, and the outcome rather than "
                                     "the activity."),
      "A warning, judged for the segment: no satisfaction survey and no outcome measure serves it (one linked to "
      "another segment does not count); one linked to nothing, or touchpoints whose survey is not answered, are "
      "asked about.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} aims at keeping customers, but nothing measures how {segment} "
                                     "fares: no satisfaction survey and no outcome measure serves it."),
      QT_TRANSLATE_NOOP("Checklist", "Survey {segment} at its touchpoints, or measure the outcome (was the problem solved, and "
                                     "when), and link it to {segment}.")},
     [](SegmentCheck& c) {
         if (!c.focus().contains(Focus::Retention))
             return;
         const auto surveys = c.capability(Capability::SatisfactionSurveys);
         const auto outcomes = c.capability(Capability::OutcomeMeasurement);
         if (surveys.known == Known::Yes || outcomes.known == Known::Yes)
             return;
         const bool unknown = surveys.known == Known::Unknown || outcomes.known == Known::Unknown;
         c.askAbout(surveys, "RT6 RT12 RM6");
         c.askAbout(outcomes, "EX5");
         if (!unknown)
             c.report(c.finding("retention.no_measure", c.segmentAndPlan()).note("segment", c.self()));
     }},

    {{"retention.not_surveyed", Severity::Advice, "RM6 RT6 RT12",
      QT_TRANSLATE_NOOP("Checklist", "A plan to keep customers measured by internal indicators only, never by asking them."),
      QT_TRANSLATE_NOOP("Checklist", "Measure perception with satisfaction surveys, not only internal indicators: the customer "
                                     "is the one who judges you."),
      "Advice: outcomes are measured, which is good (EX5); the method adds that the customer's own view must be asked "
      "(RM6). Given only when no survey serves the segment and its touchpoints are not waiting for an answer.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} aims at keeping customers and measures outcomes, but never asks "
                                     "{segment} how satisfied it is."),
      QT_TRANSLATE_NOOP("Checklist", "Add a short satisfaction survey for {segment} at the touchpoints that matter most, and "
                                     "link it to {segment}.")},
     [](SegmentCheck& c) {
         if (!c.focus().contains(Focus::Retention))
             return;
         const auto surveys = c.capability(Capability::SatisfactionSurveys);
         if (surveys.known == Known::Unknown)
             c.askAbout(surveys, "RT6 RT12 RM6");
         if (surveys.known != Known::No || c.capability(Capability::OutcomeMeasurement).known != Known::Yes)
             return;
         c.report(c.finding("retention.not_surveyed", c.segmentAndPlan()).note("segment", c.self()));
     }},
};

}  // namespace

std::span<const Rule> focusRules()
{
    return kRules;
}

}  // namespace mizan
