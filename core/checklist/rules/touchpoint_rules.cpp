// SPDX-License-Identifier: GPL-3.0-or-later
// Touchpoints (TP3, TP4, TP5, RM5, RT7, EX4, EX5): judged once the segment
// has some, each for that segment or that touchpoint.

#include "core/checklist/rule.h"
#include "core/checklist/segment_check.h"
#include "core/model/translate_noop.h"

#include <algorithm>

namespace mizan {

namespace {

bool blank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char ch) { return std::isspace(ch); });
}

std::vector<std::string> stageKeys(EnumSet<LifecycleStage> stages)
{
    std::vector<std::string> out;
    for (LifecycleStage s : stages.values())
        out.push_back(termKey(s));
    return out;
}

const Rule kRules[] = {
    {{"touchpoints.stage_missing", Severity::Advice, "TP3",
      QT_TRANSLATE_NOOP("Checklist", "A lifecycle stage where the segment meets no touchpoint."),
      QT_TRANSLATE_NOOP("Checklist", "The lifecycle runs from shopping to after-sales service; a stage with no touchpoint is a "
                                     "moment nobody designed."),
      "Advice: a stage may truly have no contact (nothing to deliver, say); the method only asks that it be thought "
      "through.",
      QT_TRANSLATE_NOOP("Checklist", "Segment {segment} has touchpoints, but none at: {stages}."),
      QT_TRANSLATE_NOOP("Checklist", "Map what happens to {segment} at {stages}, or say why nothing does.")},
     [](SegmentCheck& c) {
         const auto& tps = c.segment.touchpoints;
         if (tps.empty())
             return;
         EnumSet<LifecycleStage> covered;
         for (const Touchpoint& t : tps)
             covered.insert(t.stage);
         const auto missing = EnumSet<LifecycleStage>::fromBits((1u << enumCount<LifecycleStage>()) - 1).minus(covered);
         if (!missing.empty())
             c.report(c.finding("touchpoints.stage_missing", c.self())
                          .note("segment", c.self())
                          .labels("stages", missing.values()));
         // RT7: someone responsible for every contact.
         EnumSet<LifecycleStage> unowned;
         for (const Touchpoint& t : tps)
             if (blank(t.owner))
                 unowned.insert(t.stage);
         if (!unowned.empty())
             c.ask("ask.owner", stageKeys(unowned), "RT7");
     }},

    {{"touchpoints.no_back_office", Severity::Warning, "RM5 TP5",
      QT_TRANSLATE_NOOP("Checklist", "Touchpoints only in the front office."),
      QT_TRANSLATE_NOOP("Checklist", "Service quality is judged by every contact, back office included: after-sales, accounting, "
                                     "the store."),
      "A warning, given once the segment's touchpoints map three stages or more, every one says where it sits, and "
      "all are front office; with fewer, the missing stages are the point (touchpoints.stage_missing).",
      QT_TRANSLATE_NOOP("Checklist", "The touchpoints of {segment} are all front office; none is in the back office."),
      QT_TRANSLATE_NOOP("Checklist", "Add the back-office contacts {segment} meets: invoices, returns, accounting, after-sales.")},
     [](SegmentCheck& c) {
         const auto& tps = c.segment.touchpoints;
         // Judged once the journey is mapped: three stages or more.
         EnumSet<LifecycleStage> mapped;
         for (const Touchpoint& t : tps)
             mapped.insert(t.stage);
         if (mapped.size() < 3
             || std::any_of(tps.begin(), tps.end(), [](const Touchpoint& t) { return t.office == Office::Back; }))
             return;
         EnumSet<LifecycleStage> unknown;
         for (const Touchpoint& t : tps)
             if (!t.office)
                 unknown.insert(t.stage);
         if (!unknown.empty())
             c.ask("ask.office", stageKeys(unknown), "RM5");
         else
             c.report(c.finding("touchpoints.no_back_office", c.self()).note("segment", c.self()));
     }},

    {{"touchpoint.activity_measure", Severity::Warning, "EX5",
      QT_TRANSLATE_NOOP("Checklist", "A touchpoint measured by activity, not by outcome."),
      QT_TRANSLATE_NOOP("Checklist", "Measure the outcome (was the problem solved, and when), not the activity (how fast a reply "
                                     "went out)."),
      "A warning per touchpoint: its measure is given as an activity; an outcome measured at another touchpoint "
      "does not make this one right.",
      QT_TRANSLATE_NOOP("Checklist", "At the {stage} stage, {segment} is measured by activity ({measure}), not by whether its "
                                     "problem was solved."),
      QT_TRANSLATE_NOOP("Checklist", "Measure the outcome of {segment} at {stage}: was the problem solved, and when.")},
     [](SegmentCheck& c) {
         for (const Touchpoint& t : c.segment.touchpoints) {
             if (t.measureKind != MeasureKind::Activity)
                 continue;
             auto subjects = c.self();
             if (!t.channel.empty() && c.canvas.contains(t.channel))
                 subjects.push_back(t.channel);
             c.report(c.finding("touchpoint.activity_measure", subjects)
                          .note("segment", c.self())
                          .labels("stage", std::vector<LifecycleStage>{t.stage})
                          .text("measure", blank(t.measure) ? t.activity : t.measure));
         }
     }},

    {{"channels.no_shared_record", Severity::Warning, "TP4 RT7",
      QT_TRANSLATE_NOOP("Checklist", "A segment met on several channels with no shared customer record."),
      QT_TRANSLATE_NOOP("Checklist", "Customers want the same experience on every channel: their history must pass to the next "
                                     "touchpoint."),
      "A warning, judged for the segment: a customer record linked only to other segments does not count, one linked "
      "to nothing counts for all (it is shared infrastructure).",
      QT_TRANSLATE_NOOP("Checklist", "Segment {segment} meets you on {count} channels, but nothing carries its history between "
                                     "them."),
      QT_TRANSLATE_NOOP("Checklist", "Add a shared customer record (a CRM) to Key Resources or Activities, serving {segment}.")},
     [](SegmentCheck& c) {
         std::vector<NoteId> met;
         const auto add = [&](const NoteId& ch) {
             if (!ch.empty() && c.canvas.contains(ch) && std::find(met.begin(), met.end(), ch) == met.end())
                 met.push_back(ch);
         };
         // The segment's journey, as its touchpoints map it.
         for (const Touchpoint& t : c.segment.touchpoints)
             add(t.channel);
         if (met.size() < 2)
             return;
         const auto found = c.capability(Capability::SharedCustomerRecord);
         if (found.known == Known::Unknown)
             c.askAbout(found, "TP4");
         if (found.known != Known::No)
             return;
         auto subjects = c.self();
         subjects.insert(subjects.end(), met.begin(), met.end());
         c.report(c.finding("channels.no_shared_record", subjects)
                      .note("segment", c.self())
                      .number("count", static_cast<std::int64_t>(met.size())));
     }},
};

}  // namespace

std::span<const Rule> touchpointRules()
{
    return kRules;
}

}  // namespace mizan
