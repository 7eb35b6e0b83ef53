// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/calendar_ics.h"

#include "core/storage/file_util.h"
#include "core/model/timestamp.h"

#include <libical/ical.h>

#include <memory>

namespace mizan {

namespace {

struct ComponentFree {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};

icaltimetype dayOf(std::int64_t ms)
{
    const std::string day = formatTimestamp(ms);  // YYYY-MM-DD...
    icaltimetype t = icaltime_null_date();
    t.year = std::stoi(day.substr(0, 4));
    t.month = std::stoi(day.substr(5, 2));
    t.day = std::stoi(day.substr(8, 2));
    t.is_date = 1;
    return t;
}

const char* frequency(Recurrence r)
{
    switch (r) {
    case Recurrence::Weekly: return "FREQ=WEEKLY";
    case Recurrence::Monthly: return "FREQ=MONTHLY";
    case Recurrence::Quarterly: return "FREQ=MONTHLY;INTERVAL=3";
    case Recurrence::Yearly: return "FREQ=YEARLY";
    case Recurrence::Once: break;
    }
    return nullptr;
}

}  // namespace

std::string calendarToIcs(const Canvas& canvas)
{
    std::unique_ptr<icalcomponent, ComponentFree> cal(icalcomponent_new_vcalendar());
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Mizan//Relationship calendar//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    for (const CalendarAction& a : canvas.calendar) {
        icalcomponent* event = icalcomponent_new_vevent();
        icalcomponent_add_property(event, icalproperty_new_uid((a.id + "@mizan").c_str()));
        icalcomponent_add_property(event, icalproperty_new_summary(a.title.c_str()));
        icalcomponent_add_property(event, icalproperty_new_dtstart(dayOf(a.date)));
        icaltimetype stamp = icaltime_from_timet_with_zone(static_cast<time_t>(canvas.info.modified / 1000), 0,
                                                           icaltimezone_get_utc_timezone());
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        if (const char* freq = frequency(a.recurrence))
            icalcomponent_add_property(event, icalproperty_new_rrule(icalrecurrencetype_from_string(freq)));
        icalcomponent_add_property(event, icalproperty_new_categories(std::string(toKey(a.kind)).c_str()));
        std::string description;
        if (!a.segment.empty())
            if (const Note* s = canvas.find(a.segment))
                description += "Segment: " + displayName(*s) + "\n";
        if (a.mechanism)
            description += "Mechanism: " + std::string(toKey(*a.mechanism)) + "\n";
        if (!a.owner.empty()) {
            description += "Owner: " + a.owner + "\n";
        }
        if (!description.empty())
            icalcomponent_add_property(event, icalproperty_new_description(description.c_str()));
        icalcomponent_add_component(cal.get(), event);
    }
    char* text = icalcomponent_as_ical_string_r(cal.get());
    std::string out = text ? text : "";
    free(text);
    return out;
}

Status writeCalendarIcs(const Canvas& canvas, const std::string& path)
{
    return writeFileAtomically(path, calendarToIcs(canvas));
}

}  // namespace mizan
