// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/timestamp.h"

#include <catch2/catch.hpp>

using namespace mizan;

TEST_CASE("Timestamps are written and read as RFC 3339 UTC", "[time]")
{
    CHECK(formatTimestamp(0) == "1970-01-01T00:00:00.000Z");
    CHECK(formatTimestamp(1'700'000'000'123) == "2023-11-14T22:13:20.123Z");
    CHECK(formatTimestamp(951'782'400'000) == "2000-02-29T00:00:00.000Z");
    for (std::int64_t ms : {0LL, 1'700'000'000'123LL, 951'782'400'000LL, 4'102'444'799'999LL, -86'400'001LL})
        CHECK(parseTimestamp(formatTimestamp(ms)) == ms);
    CHECK(parseTimestamp("2026-01-31T09:30:00Z") == parseTimestamp("2026-01-31T09:30:00.000Z"));
    CHECK(parseTimestamp("2024-02-29T00:00:00Z"));
    CHECK(parseTimestamp("2000-02-29T00:00:00Z"));
}

TEST_CASE("Malformed timestamps are refused", "[time]")
{
    for (const char* bad : {"", "2026-13-01T00:00:00Z", "2026-01-32T00:00:00Z", "2026-01-01 00:00:00Z",
                            "2026-01-01T00:00:00", "2026-01-01T00:00:00+02:00", "2026-01-01T24:00:00Z",
                            "2026-01-01T00:00:00.1Z", "2026-02-29T00:00:00Z", "1900-02-29T00:00:00Z"})
        CHECK_FALSE(parseTimestamp(bad));
}
