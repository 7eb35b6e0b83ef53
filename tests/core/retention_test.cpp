// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/calendar_ics.h"
#include "core/planning/retention_economics.h"
#include "tests/support/sample_canvas.h"

#include <catch2/catch.hpp>

#include <libical/ical.h>

using namespace mizan;

TEST_CASE("Retention economics follow the worked example", "[retention]")
{
    // 1,000 customers; 80% kept each period; winning one costs 120, keeping
    // one costs 20 per period (120 / 6, RT5's default); margin 50 per period.
    RetentionInputs in;
    in.customers = 1000;
    in.retentionRate = 80;
    in.acquisitionCost = 120;
    in.marginPerPeriod = 50;
    const RetentionFigures f = computeRetention(in, 3);
    REQUIRE(f.retentionCost);
    CHECK(*f.retentionCost == Approx(20));
    CHECK(f.retentionCostIsDefault);
    CHECK(*f.lifetimePeriods == Approx(5));          // 1 / (1 - 0.8)
    CHECK(*f.lifetimeValue == Approx(30));           // (50 - 20) x 5 - 120
    CHECK(*f.paybackPeriods == Approx(4));           // 120 / 30
    CHECK(*f.lifetimeValuePlus5 == Approx(80));      // (50 - 20) x 6.667 - 120
    CHECK(*f.profitEffectPercent == Approx(166.667).epsilon(0.001));
    REQUIRE(f.customersOverTime.size() == 4);
    CHECK(f.customersOverTime[1] == Approx(800));
    CHECK(f.customersOverTime[3] == Approx(512));
    CHECK(f.customersOverTimePlus5[3] == Approx(614.125));  // 1000 x 0.85^3
}

TEST_CASE("A given retention cost wins over the 6-to-1 default", "[retention]")
{
    RetentionInputs in;
    in.retentionRate = 90;
    in.acquisitionCost = 600;
    in.retentionCost = 40;
    in.marginPerPeriod = 100;
    const RetentionFigures f = computeRetention(in);
    CHECK_FALSE(f.retentionCostIsDefault);
    CHECK(*f.lifetimePeriods == Approx(10));
    CHECK(*f.lifetimeValue == Approx(0));            // 60 x 10 - 600
    CHECK(*f.paybackPeriods == Approx(10));
    CHECK_FALSE(f.profitEffectPercent);              // no change can be a percentage of zero
    CHECK(*f.lifetimeValuePlus5 == Approx(600));     // 60 x 20 - 600
}

TEST_CASE("Edge cases say nothing rather than something wrong", "[retention]")
{
    RetentionInputs none;
    CHECK_FALSE(computeRetention(none).lifetimeValue);
    RetentionInputs everyone;
    everyone.retentionRate = 100;
    everyone.acquisitionCost = 10;
    everyone.marginPerPeriod = 5;
    const auto f = computeRetention(everyone);
    CHECK_FALSE(f.lifetimePeriods);                  // nobody leaves
    CHECK_FALSE(f.lifetimeValue);
    RetentionInputs losing;
    losing.retentionRate = 50;
    losing.acquisitionCost = 60;
    losing.marginPerPeriod = 5;                      // less than the cost of keeping (10)
    CHECK_FALSE(computeRetention(losing).paybackPeriods);
}

TEST_CASE("The relationship calendar exports to iCalendar and reads back", "[calendar]")
{
    const Canvas canvas = test::fullCanvas();
    const std::string ics = calendarToIcs(canvas);
    icalcomponent* cal = icalparser_parse_string(ics.c_str());
    REQUIRE(cal);
    int events = 0;
    bool monthly = false, survey = false;
    for (icalcomponent* e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        ++events;
        const std::string summary = icalcomponent_get_summary(e);
        const icaltimetype start = icalcomponent_get_dtstart(e);
        if (summary == "Monthly newsletter") {
            CHECK(start.year == 2026);
            CHECK(start.month == 1);
            CHECK(start.day == 1);
            icalproperty* rrule = icalcomponent_get_first_property(e, ICAL_RRULE_PROPERTY);
            REQUIRE(rrule);
            monthly = icalproperty_get_rrule(rrule).freq == ICAL_MONTHLY_RECURRENCE;
            CHECK(std::string(icalcomponent_get_description(e)).find("Owner: Marketing") != std::string::npos);
        }
        if (summary == "استبيان الرضا") {
            survey = true;
            CHECK_FALSE(icalcomponent_get_first_property(e, ICAL_RRULE_PROPERTY));
        }
    }
    icalcomponent_free(cal);
    CHECK(events == 2);
    CHECK(monthly);
    CHECK(survey);
}
