// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/canvas_validation.h"

#include "core/model/timestamp.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace mizan {

namespace {

std::optional<std::string> checkTarget(const Canvas& canvas, const NoteId& id, std::optional<BlockId> block,
                                       const char* what)
{
    const auto loc = canvas.locate(id);
    if (!loc)
        return "refers to note \"" + id + "\", which does not exist";
    if (block && loc->block != *block)
        return "\"" + id + "\" must be " + what + " (a note in " + std::string(toKey(*block)) + "), but it is in "
            + std::string(toKey(loc->block));
    return std::nullopt;
}

}  // namespace

std::optional<std::string> firstBrokenCalendarReference(const Canvas& canvas)
{
    for (std::size_t i = 0; i < canvas.calendar.size(); ++i)
        if (const auto& s = canvas.calendar[i].segment; !s.empty())
            if (auto m = checkTarget(canvas, s, BlockId::CustomerSegments, "a customer segment"))
                return "/calendar/" + std::to_string(i) + "/segment: " + *m;
    return std::nullopt;
}

std::optional<ReferenceProblem> firstBrokenReference(const Canvas& canvas)
{
    for (BlockId b : allValues<BlockId>()) {
        const auto& notes = canvas.notes(b);
        for (std::size_t i = 0; i < notes.size(); ++i) {
            const Note& n = notes[i];
            const auto list = [&](const std::vector<NoteId>& ids, const std::string& field,
                                  std::optional<BlockId> block, const char* what) -> std::optional<ReferenceProblem> {
                for (std::size_t k = 0; k < ids.size(); ++k) {
                    if (ids[k] == n.id)
                        return ReferenceProblem{b, i, field + "/" + std::to_string(k), "a note cannot refer to itself"};
                    if (auto m = checkTarget(canvas, ids[k], block, what))
                        return ReferenceProblem{b, i, field + "/" + std::to_string(k), *m};
                }
                return std::nullopt;
            };
            if (auto p = list(n.links, "links", std::nullopt, "a note"))
                return p;
            if (n.channel)
                if (auto p = list(n.channel->segments, "channel/segments", BlockId::CustomerSegments,
                                  "a customer segment"))
                    return p;
            if (n.team)
                for (std::size_t k = 0; k < n.team->serves.size(); ++k) {
                    const NoteId& target = n.team->serves[k];
                    const auto loc = canvas.locate(target);
                    const std::string field = "team/serves/" + std::to_string(k);
                    if (!loc)
                        return ReferenceProblem{b, i, field, "refers to note \"" + target + "\", which does not exist"};
                    if (loc->block != BlockId::CustomerSegments && loc->block != BlockId::Channels)
                        return ReferenceProblem{b, i, field,
                                                "\"" + target
                                                    + "\" must be a customer segment or a channel, but it is in "
                                                    + std::string(toKey(loc->block))};
                }
            if (n.segment)
                for (std::size_t k = 0; k < n.segment->touchpoints.size(); ++k)
                    if (const auto& ch = n.segment->touchpoints[k].channel; !ch.empty())
                        if (auto m = checkTarget(canvas, ch, BlockId::Channels, "a channel"))
                            return ReferenceProblem{b, i, "segment/touchpoints/" + std::to_string(k) + "/channel", *m};
            if (n.plan) {
                if (!n.plan->segment.empty())
                    if (auto m = checkTarget(canvas, n.plan->segment, BlockId::CustomerSegments, "a customer segment"))
                        return ReferenceProblem{b, i, "relationship_plan/segment", *m};
                if (auto p = list(n.plan->channels, "relationship_plan/channels", BlockId::Channels, "a channel"))
                    return p;
                for (std::size_t k = 0; k < n.plan->channelVoices.size(); ++k)
                    if (auto m = checkTarget(canvas, n.plan->channelVoices[k].channel, BlockId::Channels, "a channel"))
                        return ReferenceProblem{b, i, "relationship_plan/channel_voices/" + std::to_string(k) + "/channel",
                                                *m};
            }
        }
    }
    return std::nullopt;
}

bool isValidColour(std::string_view c)
{
    return c.size() == 7 && c[0] == '#'
        && std::all_of(c.begin() + 1, c.end(), [](char ch) { return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'); });
}

bool isValidLanguageTag(std::string_view tag)
{
    return tag.size() <= 35 && std::all_of(tag.begin(), tag.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
           });
}

bool isValidCurrency(std::string_view code)
{
    return code.empty() || (code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
}

bool isValidUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xe0) == 0xc0) {
            n = 1;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            n = 2;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + n >= s.size())
            return false;
        for (std::size_t k = 1; k <= n; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        static constexpr std::uint32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += n + 1;
    }
    return true;
}

bool isValidTimestamp(std::int64_t ms)
{
    // 0000-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z
    return ms >= -62'167'219'200'000LL && ms <= 253'402'300'799'999LL;
}

double normaliseMoney(double amount)
{
    const double cents = std::round(amount * 100.0) / 100.0;
    return cents == 0.0 ? 0.0 : cents;
}

std::optional<std::string> firstInvalidValue(const Canvas& canvas)
{
    const auto& info = canvas.info;
    for (const std::string* s : {&info.title, &info.description, &info.language, &info.currency})
        if (!isValidUtf8(*s))
            return "the canvas description holds text that is not valid UTF-8";
    if (!isValidLanguageTag(info.language))
        return "the language \"" + info.language + "\" is not a language tag";
    if (!isValidCurrency(info.currency))
        return "the currency \"" + info.currency + "\" is not an ISO 4217 code";
    if (!isValidTimestamp(info.created) || !isValidTimestamp(info.modified))
        return "the canvas's times are outside the years 0 to 9999";
    for (BlockId b : allValues<BlockId>()) {
        for (const Note& n : canvas.notes(b)) {
            const auto where = "note \"" + n.id + "\": ";
            if (!isValidUtf8(n.text))
                return where + "its text is not valid UTF-8";
            for (const auto& tag : n.tags)
                if (!isValidUtf8(tag))
                    return where + "a tag is not valid UTF-8";
            if (!n.colour.empty() && !isValidColour(n.colour))
                return where + "the colour \"" + n.colour + "\" is not #rrggbb";
            const auto unique = [](const std::vector<NoteId>& ids) {
                return std::set<NoteId>(ids.begin(), ids.end()).size() == ids.size();
            };
            if (!unique(n.links))
                return where + "a link is listed twice";
            if (n.segment) {
                if (!n.segment->colour.empty() && !isValidColour(n.segment->colour))
                    return where + "the segment colour \"" + n.segment->colour + "\" is not #rrggbb";
                if (!isValidUtf8(n.segment->description))
                    return where + "the description is not valid UTF-8";
                if (n.segment->estimatedSize && *n.segment->estimatedSize < 0)
                    return where + "the estimated size is negative";
                if (const auto& e = n.segment->economics) {
                    const auto bad = [](const std::optional<double>& v, double max) {
                        return v && (!std::isfinite(*v) || *v < 0 || *v > max);
                    };
                    if (bad(e->retentionRate, 100) || bad(e->acquisitionCost, kMaxMoney) || bad(e->retentionCost, kMaxMoney)
                        || bad(e->marginPerPeriod, kMaxMoney) || (e->customers && *e->customers < 0))
                        return where + "the retention economics hold a value out of range";
                }
                if (const auto& r = n.segment->revenuePerCustomer;
                    r && (!std::isfinite(*r) || *r < 0 || *r > kMaxMoney || normaliseMoney(*r) != *r))
                    return where + "the revenue per customer is not an amount of 0 or more, to the cent";
            }
            if (n.channel && !unique(n.channel->segments))
                return where + "a served segment is listed twice";
            if (n.plan) {
                if (!unique(n.plan->channels))
                    return where + "a plan channel is listed twice";
                std::set<NoteId> voiced;
                for (const auto& v : n.plan->channelVoices)
                    if (!voiced.insert(v.channel).second)
                        return where + "a channel has two voices";
                if (!isValidUtf8(n.plan->voiceText) || !isValidUtf8(n.plan->privacyStance))
                    return where + "the plan holds text that is not valid UTF-8";
            }
            if (n.team && n.team->headcount && *n.team->headcount < 0)
                return where + "the headcount is negative";
            if (n.team && !unique(n.team->serves))
                return where + "a served segment or channel is listed twice";
        }
    }
    return std::nullopt;
}

}  // namespace mizan
