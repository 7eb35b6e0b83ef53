// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/rules.h"

#include "core/model/translate_noop.h"

namespace mizan {

namespace {


constexpr RuleInfo kRules[] = {
    // ---- the plan itself (CR1, CR4-CR7)
    {"plan.missing", Severity::Warning, "CR1",
     QT_TRANSLATE_NOOP("Checklist", "A customer segment with no relationship plan."),
     QT_TRANSLATE_NOOP("Checklist", "The relationship is set per segment: how you interact with it before, during and after delivering value."),
     QT_TRANSLATE_NOOP("Checklist", "Segment {segment} has no relationship plan."),
     QT_TRANSLATE_NOOP("Checklist", "Add a note to Customer Relationships for {segment} and answer its questions: depth, mechanism, focus, channel.")},
    {"plan.unanswered", Severity::Warning, "CR4 CR5 CR6 CR7",
     QT_TRANSLATE_NOOP("Checklist", "A relationship plan with questions still unanswered."),
     QT_TRANSLATE_NOOP("Checklist", "Depth, mechanism, focus and channel are the four questions that define the relationship; the rest of the "
       "checklist depends on them."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} leaves unanswered: {questions}."),
     QT_TRANSLATE_NOOP("Checklist", "Answer {questions} in the plan for {segment}.")},
    {"plan.duplicate", Severity::Error, "CR1",
     QT_TRANSLATE_NOOP("Checklist", "Two or more relationship plans for the same segment."),
     QT_TRANSLATE_NOOP("Checklist", "A segment has one relationship: several plans contradict each other."),
     QT_TRANSLATE_NOOP("Checklist", "Segment {segment} has {count} relationship plans: {plans}."),
     QT_TRANSLATE_NOOP("Checklist", "Merge them into one plan, or point each plan at the segment it is really about.")},
    {"plan.no_segment", Severity::Warning, "CR1",
     QT_TRANSLATE_NOOP("Checklist", "A relationship plan that names no customer segment."),
     QT_TRANSLATE_NOOP("Checklist", "A relationship is always with a given segment."),
     QT_TRANSLATE_NOOP("Checklist", "The plan {plan} is not tied to any customer segment."),
     QT_TRANSLATE_NOOP("Checklist", "Choose the segment this plan is for.")},

    // ---- channels (CR8)
    {"segment.no_channel", Severity::Warning, "CR8",
     QT_TRANSLATE_NOOP("Checklist", "A customer segment that no channel serves."),
     QT_TRANSLATE_NOOP("Checklist", "The relationship runs through the segment's channel: without one, none of the answers can be delivered."),
     QT_TRANSLATE_NOOP("Checklist", "No channel serves segment {segment}."),
     QT_TRANSLATE_NOOP("Checklist", "Add {segment} to the segments served by one of your channels, or add a channel for it.")},
    {"channel.no_segment", Severity::Warning, "CR8",
     QT_TRANSLATE_NOOP("Checklist", "A channel that serves no customer segment."),
     QT_TRANSLATE_NOOP("Checklist", "A channel exists to reach segments; one that reaches none costs without carrying any relationship."),
     QT_TRANSLATE_NOOP("Checklist", "Channel {channel} serves no customer segment."),
     QT_TRANSLATE_NOOP("Checklist", "Choose the segments {channel} serves, or remove it.")},
    {"plan.channel_not_serving", Severity::Warning, "CR7 CR8",
     QT_TRANSLATE_NOOP("Checklist", "A plan that runs through a channel which does not serve its segment."),
     QT_TRANSLATE_NOOP("Checklist", "The segment's current channel must support the answers; a channel that does not reach the segment cannot."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} runs through {channels}, which do not serve {segment}."),
     QT_TRANSLATE_NOOP("Checklist", "Add {segment} to the segments {channels} serve, or pick channels that do.")},

    // ---- people for personal assistance (CR3)
    {"assistance.no_people", Severity::Error, "CR3",
     QT_TRANSLATE_NOOP("Checklist", "Personal or dedicated personal assistance with nobody to give it."),
     QT_TRANSLATE_NOOP("Checklist", "Without a sales, support or marketing team, personal assistance makes no sense: nobody exists to give it."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} relies on {mechanisms}, but Key Resources list nobody in sales, support or marketing."),
     QT_TRANSLATE_NOOP("Checklist", "Add the team that will give this assistance to Key Resources, or choose a mechanism that needs no people, such "
       "as self-service.")},
    {"assistance.team_too_small", Severity::Warning, "CR3 CR11",
     QT_TRANSLATE_NOOP("Checklist", "Dedicated personal assistance for a segment far larger than the team can cover."),
     QT_TRANSLATE_NOOP("Checklist", "Dedicated assistance means one representative per client; the team must be able to cover the segment."),
     QT_TRANSLATE_NOOP("Checklist", "Segment {segment} has about {size} customers, but {people} people in sales and support can give dedicated "
       "assistance to about {capacity}."),
     QT_TRANSLATE_NOOP("Checklist", "Grow the team, keep dedicated assistance for key accounts only, or choose personal assistance for the rest.")},
    {"assistance.mass_market", Severity::Warning, "CR3 CR11",
     QT_TRANSLATE_NOOP("Checklist", "Dedicated personal assistance for a mass-market segment."),
     QT_TRANSLATE_NOOP("Checklist", "Dedicated assistance is one representative per client, as for key accounts; a mass market cannot be served "
       "that way."),
     QT_TRANSLATE_NOOP("Checklist", "Segment {segment} is a mass market, yet its plan offers dedicated personal assistance."),
     QT_TRANSLATE_NOOP("Checklist", "Keep dedicated assistance for a smaller key-account segment; serve the mass market with personal assistance, "
       "self-service or automation.")},
    {"assistance.not_costed", Severity::Warning, "CR3 RM2",
     QT_TRANSLATE_NOOP("Checklist", "Personal assistance whose people appear nowhere in the Cost Structure."),
     QT_TRANSLATE_NOOP("Checklist", "The people who give personal assistance are a cost; a model that leaves them out looks more profitable than it "
       "is."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} relies on {mechanisms}, but no cost in Cost Structure is linked to {teams}."),
     QT_TRANSLATE_NOOP("Checklist", "Add a cost for {teams} to Cost Structure and link it to the team.")},
    {"assistance.no_means", Severity::Warning, "CR9",
     QT_TRANSLATE_NOOP("Checklist", "Personal assistance with no concrete means."),
     QT_TRANSLATE_NOOP("Checklist", "Personal assistance reaches customers through concrete means: a toll-free number, e-mail, social networks."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} offers {mechanisms} but names no concrete means."),
     QT_TRANSLATE_NOOP("Checklist", "Choose the means: for example a toll-free line, e-mail, chat or social networks.")},

    // ---- depth (CR4)
    {"deep.partner_only", Severity::Warning, "CR4 CR7",
     QT_TRANSLATE_NOOP("Checklist", "A deep relationship that runs only through partner channels."),
     QT_TRANSLATE_NOOP("Checklist", "Through partner channels a relationship is mostly shallow: the partner, not you, has the contact."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} is deep, but it runs only through partner channels: {channels}."),
     QT_TRANSLATE_NOOP("Checklist", "Add an owned channel for {segment}, or plan a shallower relationship.")},
    {"deep.shallow_mechanisms", Severity::Warning, "CR4 CR11",
     QT_TRANSLATE_NOOP("Checklist", "A deep relationship built only from shallow mechanisms."),
     QT_TRANSLATE_NOOP("Checklist", "A deep relationship needs continuous contact; self-service, automation, transactions and one-way "
       "broadcasts give limited contact."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} is deep, but its mechanisms are all shallow: {mechanisms}."),
     QT_TRANSLATE_NOOP("Checklist", "Add a mechanism with real contact (personal assistance, a community, co-creation), or call the relationship "
       "shallow.")},
    {"shallow.dedicated", Severity::Advice, "CR4 CR11",
     QT_TRANSLATE_NOOP("Checklist", "A shallow relationship that offers dedicated personal assistance."),
     QT_TRANSLATE_NOOP("Checklist", "Dedicated assistance is the deepest contact there is; a shallow plan with it contradicts itself."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} is called shallow but offers dedicated personal assistance."),
     QT_TRANSLATE_NOOP("Checklist", "Either the relationship is deeper than stated, or dedicated assistance is more than this segment needs.")},

    // ---- focus (CR2)
    {"retention.no_mechanism", Severity::Warning, "CR2 RT7 RT9",
     QT_TRANSLATE_NOOP("Checklist", "Retention or growth focus with no mechanism that keeps customers."),
     QT_TRANSLATE_NOOP("Checklist", "Keeping customers takes mechanisms made for it: loyalty programs, communities, dedicated assistance, long-term "
       "commitments, lock-in, personal touches."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} aims at {focus}, but none of its mechanisms keeps customers."),
     QT_TRANSLATE_NOOP("Checklist", "Add a retention mechanism such as a loyalty program, a community or personal touches.")},
    {"retention.no_after_sales", Severity::Warning, "CR2 TP3",
     QT_TRANSLATE_NOOP("Checklist", "Retention or growth focus with no channel covering after-sales."),
     QT_TRANSLATE_NOOP("Checklist", "Customers are kept after the sale: the lifecycle ends with after-sales service."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} aims at {focus}, but none of its channels covers after-sales."),
     QT_TRANSLATE_NOOP("Checklist", "Cover after-sales in one of the plan's channels, or add a channel that does.")},
    {"acquisition.no_awareness", Severity::Warning, "CR2 CR8",
     QT_TRANSLATE_NOOP("Checklist", "Acquisition focus with no channel covering awareness or evaluation."),
     QT_TRANSLATE_NOOP("Checklist", "New customers must first hear of you and judge the offer: the channel has to support that answer."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} aims at acquisition, but none of its channels covers awareness or evaluation."),
     QT_TRANSLATE_NOOP("Checklist", "Add awareness or evaluation to one of the plan's channels, or add a channel that covers them.")},
    {"retention.no_measure", Severity::Warning, "RT12 RM6 EX5",
     QT_TRANSLATE_NOOP("Checklist", "A retention-focused segment with no way of measuring satisfaction or outcome."),
     QT_TRANSLATE_NOOP("Checklist", "Feedback surveys show what to fix and predict trends; measure the outcome, not only the activity."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} aims at retention, but nothing in Key Resources, Activities or Partners measures "
       "satisfaction or outcome."),
     QT_TRANSLATE_NOOP("Checklist", "Add a satisfaction survey or an outcome measure (was the problem solved, and when) to Key Activities.")},

    // ---- means (CR8, CR9)
    {"means.not_offered", Severity::Warning, "CR8 CR9",
     QT_TRANSLATE_NOOP("Checklist", "Means the plan uses that none of the segment's channels offers."),
     QT_TRANSLATE_NOOP("Checklist", "The concrete means must fit the channel: a means no channel offers cannot be delivered."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} uses {means}, which none of its channels offers."),
     QT_TRANSLATE_NOOP("Checklist", "Offer {means} in one of the plan's channels, or choose means the channels have.")},

    // ---- voice (CR10, RM4)
    {"voice.missing", Severity::Advice, "CR10",
     QT_TRANSLATE_NOOP("Checklist", "A relationship plan with no voice, on the plan or on each of its channels."),
     QT_TRANSLATE_NOOP("Checklist", "Your voice must fit the audience's expectations and the chosen mechanism."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} has no voice set."),
     QT_TRANSLATE_NOOP("Checklist", "Choose the tone you speak to {segment} in, and describe it in a sentence.")},
    {"voice.inconsistent", Severity::Warning, "RM4 CR10",
     QT_TRANSLATE_NOOP("Checklist", "Different voices for the same segment on different channels of its plan."),
     QT_TRANSLATE_NOOP("Checklist", "The messages of every channel must agree: one segment, one voice."),
     QT_TRANSLATE_NOOP("Checklist", "Segment {segment} is spoken to in different tones on different channels: {tones}."),
     QT_TRANSLATE_NOOP("Checklist", "Use one tone for {segment} on every channel.")},

    // ---- what the mechanisms need (CR11)
    {"community.unmanaged", Severity::Warning, "CR11",
     QT_TRANSLATE_NOOP("Checklist", "A community with nobody managing it."),
     QT_TRANSLATE_NOOP("Checklist", "A community is a place where users help each other; someone has to run it."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} builds a community, but no team or activity manages one."),
     QT_TRANSLATE_NOOP("Checklist", "Add community management to Key Activities, or a community team to Key Resources.")},
    {"community.no_place", Severity::Advice, "CR11 RT8",
     QT_TRANSLATE_NOOP("Checklist", "A community with no place to meet."),
     QT_TRANSLATE_NOOP("Checklist", "Users can only help each other where they meet: a forum, social networks, events."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} builds a community, but none of its channels offers a forum, social networks or "
       "events."),
     QT_TRANSLATE_NOOP("Checklist", "Offer a forum, social networks or events in one of the plan's channels.")},
    {"automation.missing_support", Severity::Warning, "CR11",
     QT_TRANSLATE_NOOP("Checklist", "Automated services with no platform or no customer data."),
     QT_TRANSLATE_NOOP("Checklist", "Automated services recognise the user and recommend: they need a platform to run on and data to learn from."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} uses automated services, but the canvas has no {missing}."),
     QT_TRANSLATE_NOOP("Checklist", "Add {missing} to Key Resources, Activities or Partners.")},
    {"cocreation.no_collection", Severity::Warning, "CR11",
     QT_TRANSLATE_NOOP("Checklist", "Co-creation with no way to collect reviews or ideas."),
     QT_TRANSLATE_NOOP("Checklist", "Co-creation means customers add value, for example with reviews; something has to gather them."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} relies on co-creation, but nothing collects reviews or ideas."),
     QT_TRANSLATE_NOOP("Checklist", "Add review and idea collection to Key Activities or Key Resources.")},

    // ---- data (EX2)
    {"privacy.missing", Severity::Advice, "EX2 EX1",
     QT_TRANSLATE_NOOP("Checklist", "Data-hungry mechanisms with no stated privacy stance."),
     QT_TRANSLATE_NOOP("Checklist", "Customers value anonymity: 69% are very or extremely worried about losing control of their personal data."),
     QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} uses {mechanisms}, which feed on personal data, but states no privacy stance."),
     QT_TRANSLATE_NOOP("Checklist", "State what data you collect from {segment}, why, and what they control.")},

    // ---- touchpoints (TP3, TP4, RM5, RT7, EX5)
    {"touchpoints.stage_missing", Severity::Advice, "TP3",
     QT_TRANSLATE_NOOP("Checklist", "A lifecycle stage where the segment meets no touchpoint."),
     QT_TRANSLATE_NOOP("Checklist", "The lifecycle runs from shopping to after-sales service; a stage with no touchpoint is a moment nobody designed."),
     QT_TRANSLATE_NOOP("Checklist", "Segment {segment} has touchpoints, but none at: {stages}."),
     QT_TRANSLATE_NOOP("Checklist", "Map what happens to {segment} at {stages}, or say why nothing does.")},
    {"touchpoints.no_back_office", Severity::Warning, "RM5 TP5",
     QT_TRANSLATE_NOOP("Checklist", "Touchpoints only in the front office."),
     QT_TRANSLATE_NOOP("Checklist", "Service quality is judged by every contact, back office included: after-sales, accounting, the store."),
     QT_TRANSLATE_NOOP("Checklist", "The touchpoints of {segment} are all front office; none is in the back office."),
     QT_TRANSLATE_NOOP("Checklist", "Add the back-office contacts {segment} meets: invoices, returns, accounting, after-sales.")},
    {"touchpoint.no_owner", Severity::Warning, "RT7",
     QT_TRANSLATE_NOOP("Checklist", "A touchpoint nobody owns."),
     QT_TRANSLATE_NOOP("Checklist", "Someone must be responsible for every customer contact, or it is nobody's job."),
     QT_TRANSLATE_NOOP("Checklist", "Segment {segment} has {count} touchpoints nobody owns, at: {stages}."),
     QT_TRANSLATE_NOOP("Checklist", "Name who is responsible for each touchpoint of {segment}.")},
    {"touchpoints.activity_only", Severity::Warning, "EX5",
     QT_TRANSLATE_NOOP("Checklist", "Touchpoints measured only by activity."),
     QT_TRANSLATE_NOOP("Checklist", "Measure the outcome (was the problem solved, and when), not the activity (how fast a reply went out)."),
     QT_TRANSLATE_NOOP("Checklist", "Every measured touchpoint of {segment} counts activity, none the outcome."),
     QT_TRANSLATE_NOOP("Checklist", "Measure at least one touchpoint of {segment} by its outcome.")},
    {"channels.no_shared_record", Severity::Warning, "TP4 RT7",
     QT_TRANSLATE_NOOP("Checklist", "Touchpoints on several channels with no shared customer record."),
     QT_TRANSLATE_NOOP("Checklist", "Customers want the same experience on every channel: their history must pass to the next touchpoint."),
     QT_TRANSLATE_NOOP("Checklist", "Segment {segment} meets you on {count} channels, but nothing carries its history between them."),
     QT_TRANSLATE_NOOP("Checklist", "Add a shared customer record (a CRM) to Key Resources or Activities.")},

    // ---- the rest of the canvas, as a consultant reads it
    {"segment.no_value_proposition", Severity::Warning, "TP2",
     QT_TRANSLATE_NOOP("Checklist", "A customer segment no value proposition is linked to."),
     QT_TRANSLATE_NOOP("Checklist", "Serve each segment by its needs and priorities: a segment with no value proposition has nothing to be "
       "served."),
     QT_TRANSLATE_NOOP("Checklist", "No value proposition is linked to segment {segment}."),
     QT_TRANSLATE_NOOP("Checklist", "Link the value proposition that serves {segment} to it.")},
    {"segment.no_revenue_stream", Severity::Advice, "RM2",
     QT_TRANSLATE_NOOP("Checklist", "A segment with revenue per customer but no revenue stream linked to it."),
     QT_TRANSLATE_NOOP("Checklist", "The goal is more revenue per account; revenue the canvas cannot trace to a stream is a guess."),
     QT_TRANSLATE_NOOP("Checklist", "Segment {segment} brings revenue per customer, but no revenue stream is linked to it."),
     QT_TRANSLATE_NOOP("Checklist", "Link the revenue stream {segment} pays into.")},
};


}  // namespace

std::span<const RuleInfo> allRules()
{
    return kRules;
}

const RuleInfo* findRule(std::string_view id)
{
    for (const RuleInfo& r : kRules)
        if (r.id == id)
            return &r;
    return nullptr;
}

}  // namespace mizan
