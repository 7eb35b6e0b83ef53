// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/json_format.h"
#include "tests/support/sample_canvas.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace mizan;

namespace {

// A valid document with one text to splice in, for error-path tests.
std::string minimalJson(const std::string& canvasExtra = "", const std::string& segments = "[]")
{
    return R"({"format": "mizan-canvas", "version": 1,
  "canvas": {"title": "T", "description": "", "language": "en", "currency": "", )" + canvasExtra
        + R"("created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z"},
  "blocks": {"customer_segments": )" + segments + R"(, "value_propositions": [], "channels": [],
    "customer_relationships": [], "revenue_streams": [], "key_resources": [], "key_activities": [],
    "key_partners": [], "cost_structure": []}})";
}

std::string segmentJson(const std::string& segmentBody)
{
    return R"([{"id": "s1", "text": "S", "direction": "auto", "tags": [], "links": [], "segment": )" + segmentBody
        + "}]";
}

Error importError(const std::string& text)
{
    auto r = fromJson(text);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

}  // namespace

TEST_CASE("Every field survives a JSON round trip", "[json]")
{
    const Canvas original = test::fullCanvas();
    auto back = fromJson(toJson(original));
    REQUIRE(back.ok());
    CHECK(back.value() == original);
    const Note* plan = back->find("plan-families");
    REQUIRE(plan);
    CHECK(plan->plan->voiceText == "Warm, \"quoted\", back\\slash, tab\t, صوت دافئ");
    CHECK(back->find("vp-1")->text.size() == 100'000 + 9);
}

TEST_CASE("Canonical JSON is byte-identical after export, import, export", "[json]")
{
    const std::string first = toJson(test::fullCanvas());
    auto back = fromJson(first);
    REQUIRE(back.ok());
    CHECK(toJson(back.value()) == first);
    CHECK(first.back() == '\n');
    CHECK(first.rfind("{\n  \"format\": \"mizan-canvas\",\n  \"version\": 4,\n", 0) == 0);
    // Scripts are written as UTF-8, not as \u escapes.
    CHECK(first.find("العائلات الشابة") != std::string::npos);
    CHECK(first.find("עסקים קטנים") != std::string::npos);
}

TEST_CASE("Sets are written in a fixed order whatever order they were read in", "[json]")
{
    const std::string shuffled = minimalJson("", R"([{"id": "s1", "text": "S", "direction": "auto", "tags": [],
        "links": [], "segment": {"description": "", "market": "niche"}}])");
    auto canvas = fromJson(shuffled);
    REQUIRE(canvas.ok());
    Note ch{.id = "c1", .text = "Shop"};
    ch.channel = Channel{};
    ch.channel->phases = {ChannelPhase::AfterSales, ChannelPhase::Awareness};
    canvas->insertNote(BlockId::Channels, ch);
    const std::string out = toJson(canvas.value());
    CHECK(out.find("\"awareness\",\n") < out.find("\"after_sales\"\n"));
}

TEST_CASE("Import errors name the JSON pointer and what was expected", "[json][errors]")
{
    SECTION("wrong enum value")
    {
        const Error e = importError(minimalJson("", segmentJson(R"({"description": "", "market": "huge"})")));
        CHECK(e.code == ErrorCode::InvalidContent);
        CHECK_THAT(e.text, Catch::Contains("/blocks/customer_segments/0/segment/market"));
        CHECK_THAT(e.text, Catch::Contains("expected one of mass, niche"));
    }
    SECTION("wrong type")
    {
        const Error e = importError(minimalJson("", segmentJson(R"({"description": 5})")));
        CHECK_THAT(e.text, Catch::Contains("/blocks/customer_segments/0/segment/description"));
        CHECK_THAT(e.text, Catch::Contains("expected a string, found a number"));
    }
    SECTION("unknown member")
    {
        const Error e = importError(minimalJson("\"colour\": \"red\", "));
        CHECK_THAT(e.text, Catch::Contains("/canvas/colour"));
        CHECK_THAT(e.text, Catch::Contains("unknown member"));
    }
    SECTION("missing member")
    {
        const Error e = importError(minimalJson("", R"([{"id": "s1", "text": "S", "tags": [], "links": []}])"));
        CHECK_THAT(e.text, Catch::Contains("/blocks/customer_segments/0"));
        CHECK_THAT(e.text, Catch::Contains("missing member \"direction\""));
    }
    SECTION("dangling reference")
    {
        const Error e = importError(minimalJson("", R"([{"id": "s1", "text": "S", "direction": "auto", "tags": [],
            "links": ["nowhere"]}])"));
        CHECK_THAT(e.text, Catch::Contains("/blocks/customer_segments/0/links/0"));
        CHECK_THAT(e.text, Catch::Contains("does not exist"));
    }
    SECTION("duplicate id")
    {
        const Error e = importError(minimalJson("", R"([
            {"id": "s1", "text": "A", "direction": "auto", "tags": [], "links": []},
            {"id": "s1", "text": "B", "direction": "auto", "tags": [], "links": []}])"));
        CHECK_THAT(e.text, Catch::Contains("/blocks/customer_segments/1/id"));
    }
    SECTION("a structured part in the wrong block")
    {
        const Error e = importError(minimalJson("", R"([{"id": "s1", "text": "S", "direction": "auto", "tags": [],
            "links": [], "team": {}}])"));
        CHECK_THAT(e.text, Catch::Contains("/blocks/customer_segments/0/team"));
    }
    SECTION("negative number")
    {
        const Error e = importError(minimalJson("", segmentJson(R"({"description": "", "estimated_size": -3})")));
        CHECK_THAT(e.text, Catch::Contains("/blocks/customer_segments/0/segment/estimated_size"));
    }
    SECTION("bad time")
    {
        std::string text = minimalJson();
        text.replace(text.find("2026-01-01T00:00:00.000Z"), 24, "yesterday");
        const Error e = importError(text);
        CHECK_THAT(e.text, Catch::Contains("/canvas/created"));
    }
}

TEST_CASE("Malformed JSON says where", "[json][errors]")
{
    const Error e = importError("{\n  \"format\": \"mizan-canvas\",\n  \"version\": 1,,\n}");
    CHECK(e.code == ErrorCode::NotACanvas);
    CHECK_THAT(e.text, Catch::Contains("line 3"));
}

TEST_CASE("NaN and Infinity are refused", "[json][errors]")
{
    const Error nan = importError(minimalJson("", segmentJson(R"({"description": "", "revenue_per_customer": NaN})")));
    CHECK_THAT(nan.text, Catch::Contains("NaN and Infinity are not JSON numbers"));
    const Error inf =
        importError(minimalJson("", segmentJson(R"({"description": "", "revenue_per_customer": Infinity})")));
    CHECK_THAT(inf.text, Catch::Contains("NaN and Infinity"));
    // A number too large for a double overflows to infinity: refused too.
    const Error huge = importError(minimalJson("", segmentJson(R"({"description": "", "revenue_per_customer": 1e999})")));
    CHECK_THAT(huge.text, Catch::Contains("revenue_per_customer"));
}

TEST_CASE("Too deep and too large inputs are refused before they cost memory", "[json][errors]")
{
    const Error deep = importError(std::string(10'000, '[') + std::string(10'000, ']'));
    CHECK(deep.code == ErrorCode::TooDeep);
    const Error large = importError(std::string(kJsonMaxBytes + 1, ' '));
    CHECK(large.code == ErrorCode::TooLarge);
}

TEST_CASE("Foreign and newer documents get their own messages", "[json][errors]")
{
    const Error foreign = importError(R"({"type": "FeatureCollection", "features": []})");
    CHECK(foreign.code == ErrorCode::ForeignFile);
    CHECK_THAT(foreign.text, Catch::Contains("not a Mizan canvas"));

    std::string newer = minimalJson();
    newer.replace(newer.find("\"version\": 1"), 12, "\"version\": 7");
    const Error e = importError(newer);
    CHECK(e.code == ErrorCode::NewerVersion);
    CHECK_THAT(e.text, Catch::Contains("version 7"));
}

TEST_CASE("Invalid UTF-8 is refused", "[json][errors]")
{
    std::string text = minimalJson();
    text.replace(text.find("\"T\""), 3, "\"\xff\xfe\"");
    CHECK(importError(text).code == ErrorCode::NotACanvas);
}

TEST_CASE("A member written twice is refused, with its pointer", "[json][errors]")
{
    const Error e = importError(minimalJson("\"title\": \"again\", "));
    CHECK(e.code == ErrorCode::InvalidContent);
    CHECK_THAT(e.text, Catch::Contains("/canvas/title"));
    CHECK_THAT(e.text, Catch::Contains("appears twice"));
    const Error nested = importError(minimalJson("", segmentJson(R"({"description": "", "market": "niche", "market": "mass"})")));
    CHECK_THAT(nested.text, Catch::Contains("/blocks/customer_segments/0/segment/market"));
}

TEST_CASE("Anything after the document is refused", "[json][errors]")
{
    const Error e = importError(minimalJson() + " {}");
    CHECK(e.code == ErrorCode::NotACanvas);
}

TEST_CASE("Money is kept to the cent, so every amount round-trips byte for byte", "[json]")
{
    for (const char* amount : {"-0.0", "0.1", "1234.565", "99999999.99", "0.30000000000000004", "1e-7", "12345678901.239"}) {
        auto first = fromJson(minimalJson("", segmentJson(std::string(R"({"description": "", "revenue_per_customer": )") + amount + "}")));
        INFO(amount);
        if (std::string(amount) == "-0.0") {
            REQUIRE(first.ok());
            CHECK(first->find("s1")->segment->revenuePerCustomer == 0.0);
            CHECK_FALSE(std::signbit(*first->find("s1")->segment->revenuePerCustomer));
        }
        REQUIRE(first.ok());
        const std::string once = toJson(first.value());
        auto second = fromJson(once);
        REQUIRE(second.ok());
        CHECK(toJson(second.value()) == once);
    }
    const Error tooMuch = importError(minimalJson("", segmentJson(R"({"description": "", "revenue_per_customer": 1e20})")));
    CHECK_THAT(tooMuch.text, Catch::Contains("at most"));
}
