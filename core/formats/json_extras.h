// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the JSON module: the parts format version 2 added, beyond
// the nine blocks (touchpoints, retention economics, personas, the
// relationship calendar).

#include "core/model/canvas.h"
#include "core/formats/json_reader.h"

namespace mizan::jsonio {

json::array touchpointsToJson(const std::vector<Touchpoint>& touchpoints);
json::object economicsToJson(const RetentionInputs& e);
json::array personasToJson(const std::vector<Persona>& personas);
json::array calendarToJson(const std::vector<CalendarAction>& calendar);

std::vector<Touchpoint> readTouchpoints(Reader& r, const json::value& v);
RetentionInputs readEconomics(Reader& r, const json::value& v);
std::vector<Persona> readPersonas(Reader& r, const json::value& v);
std::vector<CalendarAction> readCalendar(Reader& r, const json::value& v);

// Calendar dates are whole days: "2026-03-14".
std::string formatDay(std::int64_t ms);

}  // namespace mizan::jsonio
