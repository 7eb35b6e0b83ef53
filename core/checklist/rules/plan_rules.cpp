// SPDX-License-Identifier: GPL-3.0-or-later
// The plan itself (CR1, CR4-CR7): one per segment, its four questions.

#include "core/checklist/rule.h"
#include "core/checklist/segment_check.h"
#include "core/model/translate_noop.h"

namespace mizan {

namespace {

const Rule kRules[] = {
    {{"plan.missing", Severity::Warning, "CR1",
      QT_TRANSLATE_NOOP("Checklist", "A customer segment with no relationship plan."),
      QT_TRANSLATE_NOOP("Checklist", "The relationship is set per segment: how you interact with it before, during and after "
                                     "delivering value."),
      "A gap, not a contradiction: nothing on the canvas says how the segment is related to. Only when no note of "
      "Customer Relationships could be its plan; otherwise the segment is asked which note it is.",
      QT_TRANSLATE_NOOP("Checklist", "Segment {segment} has no relationship plan."),
      QT_TRANSLATE_NOOP("Checklist", "Add a note to Customer Relationships for {segment} and answer its questions: depth, "
                                     "mechanism, focus, channel.")},
     [](SegmentCheck& c) {
         if (c.planNote)
             return;
         c.read(fact::UnplacedPlans);
         if (!c.index.unplacedPlans().empty())
             c.ask("ask.plan_note", {}, "CR1");
         else
             c.report(c.finding("plan.missing", c.self()).note("segment", c.self()));
     }},

    {{"plan.duplicate", Severity::Error, "CR1",
      QT_TRANSLATE_NOOP("Checklist", "Two or more relationship plans for the same segment."),
      QT_TRANSLATE_NOOP("Checklist", "A segment has one relationship: several plans contradict each other."),
      "An error: two plans give the same segment two sets of answers to the same questions, and the blocks cannot "
      "hold both.",
      QT_TRANSLATE_NOOP("Checklist", "Segment {segment} has {count} relationship plans: {plans}."),
      QT_TRANSLATE_NOOP("Checklist", "Merge them into one plan, or point each plan at the segment it is really about.")},
     [](SegmentCheck& c) {
         if (c.plans.size() < 2)
             return;
         std::vector<NoteId> subjects = c.self();
         subjects.insert(subjects.end(), c.plans.begin(), c.plans.end());
         c.report(c.finding("plan.duplicate", subjects)
                      .note("segment", c.self())
                      .number("count", static_cast<std::int64_t>(c.plans.size()))
                      .note("plans", c.plans));
     }},

    // The prompt that gathers every answer the segment's checks still need;
    // its own check asks the plan's four questions.
    {{kUnansweredRule, Severity::Advice, "CR4 CR5 CR6 CR7",
      QT_TRANSLATE_NOOP("Checklist", "Answers the checklist needs before it can judge a segment."),
      QT_TRANSLATE_NOOP("Checklist", "An unanswered question is unknown, not \"no\": the checklist asks for it instead of "
                                     "guessing."),
      "Advice: nothing is wrong yet. One prompt per segment lists every answer a rule needs (its METHOD points are "
      "those of the rules waiting for it), so that a half-filled canvas is asked, not accused.",
      QT_TRANSLATE_NOOP("Checklist", "Still to answer for {segment}: {questions}."),
      QT_TRANSLATE_NOOP("Checklist", "Answer these in the planner or in the notes they name; until then the checklist does not "
                                     "judge what depends on them.")},
     [](SegmentCheck& c) {
         // RT4, EX4: a persona says who the users are, their goals and how they reach them.
         const auto blank = [](const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; };
         for (const Persona& p : c.segment.personas)
             if (blank(p.who) || blank(p.goals) || blank(p.means)) {
                 c.ask("ask.persona", {}, "EX4 RT4");
                 break;
             }
         if (!c.plan)
             return;
         if (!c.plan->depth)
             c.ask("ask.depth", {}, "CR4");
         if (c.plan->mechanisms.empty())
             c.ask("ask.mechanism", {}, "CR5");
         if (c.plan->focus.empty())
             c.ask("ask.focus", {}, "CR6");
         if (c.channels.empty())
             c.ask("ask.channel", {}, "CR7");
         if (const auto unknown = c.channelsWith([](const Channel& ch) { return !ch.ownership; }); !unknown.empty())
             c.ask("ask.ownership", SegmentCheck::idsOf(unknown), "CR7");
     }},

    {{"plan.no_segment", Severity::Advice, "CR1",
      QT_TRANSLATE_NOOP("Checklist", "A relationship plan that names no customer segment."),
      QT_TRANSLATE_NOOP("Checklist", "A relationship is always with a given segment."),
      "Advice: the plan's segment is a question not yet answered.",
      QT_TRANSLATE_NOOP("Checklist", "The plan {plan} is not tied to any customer segment."),
      QT_TRANSLATE_NOOP("Checklist", "Choose the segment this plan is for.")},
     nullptr, nullptr,
     [](const Note& n, std::vector<Finding>& out) {
         if (n.plan && n.plan->segment.empty())
             out.push_back(FindingBuilder("plan.no_segment", {n.id}).note("plan", {n.id}).take());
     }},
};

}  // namespace

std::span<const Rule> planRules()
{
    return kRules;
}

}  // namespace mizan
