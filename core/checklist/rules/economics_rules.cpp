// SPDX-License-Identifier: GPL-3.0-or-later
// The segment's retention economics (RT1, RT5): what the user entered in
// the workbook, read against the plan.

#include "core/checklist/rule.h"
#include "core/checklist/segment_check.h"
#include "core/model/translate_noop.h"
#include "core/planning/retention_economics.h"

#include <cmath>

namespace mizan {

namespace {

std::int64_t rounded(double v)
{
    return static_cast<std::int64_t>(std::llround(v));
}

const Rule kRules[] = {
    {{"economics.unprofitable_customer", Severity::Warning, "RT5 RT1",
      QT_TRANSLATE_NOOP("Checklist", "Customers who leave before paying back what winning them cost."),
      QT_TRANSLATE_NOOP("Checklist", "Winning a customer costs about 6 times as much as keeping one: each customer must stay "
                                     "long enough to pay it back."),
      "A warning: computed from the figures the user entered (retention rate, margin, costs); it says the segment "
      "loses money on each customer it wins. With no retention cost entered, keeping a customer costs RT5's estimate "
      "(a sixth of winning one, each period), as the workbook shows.",
      QT_TRANSLATE_NOOP("Checklist", "Winning a customer of {segment} costs {acquisition}, but a customer stays about {periods} "
                                     "periods and brings {brings} in that time: each one won loses money."),
      QT_TRANSLATE_NOOP("Checklist", "Keep the customers of {segment} longer (a retention focus), win them for less, or earn more per "
                                     "period.")},
     [](SegmentCheck& c) {
         const auto& e = c.segment.economics;
         if (!e || !e->acquisitionCost || !e->marginPerPeriod || !e->retentionRate)
             return;
         // Keeping a customer costs what the user entered, else RT5's
         // estimate (a sixth of winning one, each period), as the workbook shows.
         const RetentionFigures f = computeRetention(*e, 0);
         if (!f.lifetimeValue || !f.lifetimePeriods || *f.lifetimeValue >= 0)
             return;
         const double brings = *f.lifetimeValue + *e->acquisitionCost;
         c.report(c.finding("economics.unprofitable_customer", c.self())
                      .note("segment", c.self())
                      .number("acquisition", rounded(*e->acquisitionCost))
                      .decimal("periods", *f.lifetimePeriods)
                      .number("brings", rounded(brings)));
     }},

    {{"acquisition.leaky", Severity::Warning, "RT1 RT5 CR2",
      QT_TRANSLATE_NOOP("Checklist", "Only winning customers, while most of them leave."),
      QT_TRANSLATE_NOOP("Checklist", "For small and mid-sized businesses, keeping 5% more customers raises profit by 25% to 85%; "
                                     "winning one costs about 6 times as much as keeping one."),
      "A warning: the plan's focus is acquisition alone, and the retention rate the user entered for this segment's "
      "recurring revenue is under 75% a period.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} only wins customers, but keeps {rate}% of them each period."),
      QT_TRANSLATE_NOOP("Checklist", "Add retention to the plan's focus for {segment}: 5 more points kept is worth 25% to 85% "
                                     "more profit.")},
     [](SegmentCheck& c) {
         const auto& e = c.segment.economics;
         if (!c.plan || c.focus() != EnumSet<Focus>{Focus::Acquisition} || !e || !e->retentionRate
             || !e->marginPerPeriod || *e->marginPerPeriod <= 0 || *e->retentionRate >= kLowRetentionRate)
             return;
         c.report(c.finding("acquisition.leaky", c.segmentAndPlan())
                      .note("segment", c.self())
                      .number("rate", rounded(*e->retentionRate)));
     }},
};

}  // namespace

std::span<const Rule> economicsRules()
{
    return kRules;
}

}  // namespace mizan
