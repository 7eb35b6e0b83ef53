// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The relationship calendar as iCalendar (RFC 5545), written with libical:
// one all-day event per action, recurring actions with their rule, the
// segment, mechanism and owner in the description.

#include "core/model/canvas.h"
#include "core/model/error.h"

#include <string>

namespace mizan {

std::string calendarToIcs(const Canvas& canvas);
Status writeCalendarIcs(const Canvas& canvas, const std::string& path);

}  // namespace mizan
