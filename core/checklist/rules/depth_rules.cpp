// SPDX-License-Identifier: GPL-3.0-or-later
// Depth and who holds the customer (CR4, CR7, CR11, RT7, TP4, RM5).

#include "core/checklist/mechanisms.h"
#include "core/checklist/rule.h"
#include "core/checklist/segment_check.h"
#include "core/model/translate_noop.h"

#include <algorithm>

namespace mizan {

namespace {

bool isPartner(const Note* n)
{
    return SegmentCheck::channelOf(n).ownership == ChannelOwnership::Partner;
}
bool isOwned(const Note* n)
{
    return SegmentCheck::channelOf(n).ownership == ChannelOwnership::Owned;
}
bool ownershipUnknown(const Note* n)
{
    return !SegmentCheck::channelOf(n).ownership;
}

const Rule kRules[] = {
    {{"deep.partner_only", Severity::Warning, "CR4 CR7",
      QT_TRANSLATE_NOOP("Checklist", "A deep relationship that runs only through partner channels."),
      QT_TRANSLATE_NOOP("Checklist", "Through partner channels a relationship is mostly shallow: the partner, not you, has the "
                                     "contact."),
      "A warning: the plan calls the relationship deep and every channel it runs through is a partner's. Mostly "
      "shallow is not always: the method does not make it an error.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} is deep, but it runs only through partner channels: {channels}."),
      QT_TRANSLATE_NOOP("Checklist", "Add an owned channel for {segment}, or plan a shallower relationship.")},
     [](SegmentCheck& c) {
         // The channels the relationship runs through: the plan's, if it names any.
         const auto& chans = c.planChannels.empty() ? c.channels : c.planChannels;
         if (!c.plan || c.plan->depth != Depth::Deep || chans.empty())
             return;
         if (std::any_of(chans.begin(), chans.end(), isOwned))
             return;
         if (std::any_of(chans.begin(), chans.end(), ownershipUnknown))
             return;  // asked with the plan's questions
         const auto ids = SegmentCheck::idsOf(chans);
         auto subjects = c.segmentAndPlan();
         subjects.insert(subjects.end(), ids.begin(), ids.end());
         c.report(c.finding("deep.partner_only", subjects).note("segment", c.self()).note("channels", ids));
     }},

    {{"deep.shallow_mechanisms", Severity::Warning, "CR4 CR11",
      QT_TRANSLATE_NOOP("Checklist", "A deep relationship built only from shallow mechanisms."),
      QT_TRANSLATE_NOOP("Checklist", "A deep relationship needs continuous contact; self-service, automation, transactions and "
                                     "one-way broadcasts give limited contact."),
      "A warning: the depth and the mechanisms are both given and pull apart.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} is deep, but its mechanisms are all shallow: {mechanisms}."),
      QT_TRANSLATE_NOOP("Checklist", "Add a mechanism with real contact (personal assistance, a community, co-creation), or "
                                     "call the relationship shallow.")},
     [](SegmentCheck& c) {
         const auto m = c.mechanisms();
         if (c.plan && c.plan->depth == Depth::Deep && !m.empty() && m.isSubsetOf(mechanisms::shallow()))
             c.report(c.finding("deep.shallow_mechanisms", c.segmentAndPlan())
                          .note("segment", c.self())
                          .labels("mechanisms", m.values()));
     }},

    {{"shallow.dedicated", Severity::Advice, "CR4 CR11",
      QT_TRANSLATE_NOOP("Checklist", "A shallow relationship that offers dedicated personal assistance."),
      QT_TRANSLATE_NOOP("Checklist", "Dedicated assistance is the deepest contact there is; a shallow plan with it contradicts "
                                     "itself."),
      "Advice: most likely the depth was answered too modestly.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} is called shallow but offers dedicated personal assistance."),
      QT_TRANSLATE_NOOP("Checklist", "Either the relationship is deeper than stated, or dedicated assistance is more than this "
                                     "segment needs.")},
     [](SegmentCheck& c) {
         if (c.plan && c.plan->depth == Depth::Shallow && c.mechanisms().contains(Mechanism::DedicatedPersonalAssistance))
             c.report(c.finding("shallow.dedicated", c.segmentAndPlan()).note("segment", c.self()));
     }},

    {{"partner.holds_customer", Severity::Warning, "CR4 CR7 RT7 TP4",
      QT_TRANSLATE_NOOP("Checklist", "Keeping or growing customers whom only partners meet after the sale, with no record of "
                                     "your own."),
      QT_TRANSLATE_NOOP("Checklist", "Through partner channels the partner holds the customer; keeping them takes your own "
                                     "record of who they are."),
      "A warning at any depth (deep or not: the partner holds the customer either way): the plan aims to keep or grow "
      "the segment, the channels that serve it after the sale (or all of them) are given as partners', and nothing of "
      "the segment's keeps a customer record. A partner used only to be found is not flagged.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} aims at {focus}, but after the sale {segment} deals only with "
                                     "partners ({channels}), and nothing keeps a record of these customers for you."),
      QT_TRANSLATE_NOOP("Checklist", "Keep your own record of {segment} (an account, a CRM, a loyalty card), or serve it after "
                                     "the sale through a channel of your own.")},
     [](SegmentCheck& c) {
         const auto keeping = c.focus().intersected({Focus::Retention, Focus::Growth});
         if (keeping.empty() || c.channels.empty())
             return;
         const auto afterSales =
             c.channelsWith([](const Channel& ch) { return ch.phases.contains(ChannelPhase::AfterSales); });
         std::vector<const Note*> held;
         if (!afterSales.empty()) {
             if (std::any_of(afterSales.begin(), afterSales.end(), isOwned)
                 || std::any_of(afterSales.begin(), afterSales.end(), ownershipUnknown))
                 return;
             // A channel of yours whose phases are not given may serve after the sale.
             std::vector<NoteId> unknownPhases;
             for (const Note* ch : c.channels)
                 if (SegmentCheck::channelOf(ch).phases.empty() && !isPartner(ch))
                     unknownPhases.push_back(ch->id);
             if (!unknownPhases.empty()) {
                 c.ask("ask.phases", unknownPhases, "CR7 RT7");
                 return;
             }
             held = afterSales;
             // A channel of yours that names no segment may serve this one
             // after the sale (it is asked itself).
             for (const Note* ch : c.unassignedChannels())
                 if (!isPartner(ch)
                     && (SegmentCheck::channelOf(ch).phases.empty()
                         || SegmentCheck::channelOf(ch).phases.contains(ChannelPhase::AfterSales)))
                     return;
         } else {
             // No phases say after-sales: only when every channel is a partner's,
             // and no channel that names no segment may be one of yours.
             if (!std::all_of(c.channels.begin(), c.channels.end(), isPartner))
                 return;
             for (const Note* ch : c.unassignedChannels())
                 if (!isPartner(ch))
                     return;
             held = c.channels;
         }
         // A touchpoint after the sale on a channel of yours, or on one not
         // given, may be where you keep the customer.
         for (const Touchpoint& t : c.segment.touchpoints)
             if (t.stage == LifecycleStage::AfterSales) {
                 const Note* ch = t.channel.empty() ? nullptr : c.canvas.find(t.channel);
                 if (!ch || !isPartner(ch))
                     return;
             }
         CapabilityLookup record = c.capability(Capability::SharedCustomerRecord);
         if (record.known == Known::No)
             record = c.capability(Capability::CustomerData);
         if (record.known == Known::Yes)
             return;
         if (record.known == Known::Unknown) {
             c.askAbout(record, "RT7 TP4");
             return;
         }
         const auto ids = SegmentCheck::idsOf(held);
         auto subjects = c.segmentAndPlan();
         subjects.insert(subjects.end(), ids.begin(), ids.end());
         c.report(c.finding("partner.holds_customer", subjects)
                      .note("segment", c.self())
                      .labels("focus", keeping.values())
                      .note("channels", ids));
     }},

    {{"touchpoint.partner_decides", Severity::Advice, "RM5 CR7",
      QT_TRANSLATE_NOOP("Checklist", "Moments that decide the experience, left to partners."),
      QT_TRANSLATE_NOOP("Checklist", "Service quality is judged by every contact: at delivery, payment and after-sales the "
                                     "customer judges you by what the partner does."),
      "Advice: handing delivery or payment to a partner is often right; the method asks that you still control "
      "what the customer meets there.",
      QT_TRANSLATE_NOOP("Checklist", "At {stages}, {segment} is served by partners ({channels}): the experience there is theirs "
                                     "to make."),
      QT_TRANSLATE_NOOP("Checklist", "Agree service levels with them and ask {segment} how those moments went, or bring them "
                                     "in-house.")},
     [](SegmentCheck& c) {
         EnumSet<LifecycleStage> stages;
         std::vector<NoteId> partners;
         for (const Touchpoint& t : c.segment.touchpoints) {
             if (t.stage != LifecycleStage::Delivery && t.stage != LifecycleStage::Payment
                 && t.stage != LifecycleStage::AfterSales)
                 continue;
             const Note* ch = t.channel.empty() ? nullptr : c.canvas.find(t.channel);
             if (!ch || !isPartner(ch))
                 continue;
             stages.insert(t.stage);
             if (std::find(partners.begin(), partners.end(), ch->id) == partners.end())
                 partners.push_back(ch->id);
         }
         if (stages.empty())
             return;
         auto subjects = c.self();
         subjects.insert(subjects.end(), partners.begin(), partners.end());
         c.report(c.finding("touchpoint.partner_decides", subjects)
                      .note("segment", c.self())
                      .labels("stages", stages.values())
                      .note("channels", partners));
     }},
};

}  // namespace

std::span<const Rule> depthRules()
{
    return kRules;
}

}  // namespace mizan
