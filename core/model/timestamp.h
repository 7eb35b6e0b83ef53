// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Canvas times are milliseconds since the Unix epoch (UTC). In JSON they are
// written as RFC 3339 with millisecond precision: 2026-11-23T15:41:05.123Z.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mizan {

std::int64_t nowMs();
std::string formatTimestamp(std::int64_t ms);
std::optional<std::int64_t> parseTimestamp(std::string_view text);

}  // namespace mizan
