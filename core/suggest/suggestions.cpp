// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/suggest/suggestions.h"

#include "core/suggest/note_reader.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace mizan {

namespace {

template <typename E>
std::optional<E> key(const std::string& value)
{
    return fromKey<E>(value);
}

std::optional<std::int64_t> whole(const std::string& value)
{
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size() || n < 0)
        return std::nullopt;
    return n;
}

bool isIn(const Canvas& canvas, const NoteId& id, BlockId block)
{
    const auto loc = canvas.locate(id);
    return loc && loc->block == block;
}

template <typename T>
void addOnce(std::vector<T>& v, const T& x)
{
    if (std::find(v.begin(), v.end(), x) == v.end())
        v.push_back(x);
}

}  // namespace

std::vector<Suggestion> suggest(const Canvas& canvas)
{
    const SegmentNames names(canvas);
    std::vector<Suggestion> out;
    for (BlockId b : allValues<BlockId>())
        for (const Note& n : canvas.notes(b))
            for (Suggestion& s : readNote(canvas, names, b, n))
                if (!canvas.dismissedSuggestions.count(s.key()))
                    out.push_back(std::move(s));
    return out;
}

std::vector<Suggestion> suggestFor(const Canvas& canvas, const NoteId& id)
{
    const auto loc = canvas.locate(id);
    if (!loc)
        return {};
    const SegmentNames names(canvas);
    std::vector<Suggestion> out;
    for (Suggestion& s : readNote(canvas, names, loc->block, canvas.notes(loc->block)[loc->index]))
        if (!canvas.dismissedSuggestions.count(s.key()))
            out.push_back(std::move(s));
    return out;
}

bool apply(Note& n, BlockId block, const Canvas& canvas, const Suggestion& s)
{
    const std::string& f = s.field;
    const std::string& v = s.value;
    if (f.rfind("plan.", 0) == 0) {
        if (!blockAllowsPlan(block))
            return false;
        RelationshipPlan& p = n.plan.emplace(n.plan.value_or(RelationshipPlan{}));
        if (f == field::PlanSegment && isIn(canvas, v, BlockId::CustomerSegments))
            p.segment = v;
        else if (auto m = key<Mechanism>(v); f == field::PlanMechanism && m)
            p.mechanisms.insert(*m);
        else if (auto x = key<Focus>(v); f == field::PlanFocus && x)
            p.focus.insert(*x);
        else if (auto x = key<Means>(v); f == field::PlanMeans && x)
            p.means.insert(*x);
        else if (auto x = key<Tone>(v); f == field::PlanTone && x)
            p.voiceTone = x;
        else if (auto x = key<Depth>(v); f == field::PlanDepth && x)
            p.depth = x;
        else
            return false;
        return true;
    }
    if (f.rfind("channel.", 0) == 0) {
        if (!blockAllowsChannel(block))
            return false;
        Channel& c = n.channel.emplace(n.channel.value_or(Channel{}));
        if (auto x = key<ChannelOwnership>(v); f == field::ChannelOwnership && x)
            c.ownership = x;
        else if (auto x = key<ChannelPhase>(v); f == field::ChannelPhase && x)
            c.phases.insert(*x);
        else if (auto x = key<Means>(v); f == field::ChannelMeans && x)
            c.means.insert(*x);
        else if (f == field::ChannelSegment && isIn(canvas, v, BlockId::CustomerSegments))
            addOnce(c.segments, v);
        else
            return false;
        return true;
    }
    if (f.rfind("team.", 0) == 0) {
        if (!blockAllowsTeam(block))
            return false;
        Team& t = n.team.emplace(n.team.value_or(Team{}));
        if (auto x = key<TeamKind>(v); f == field::TeamKind && x)
            t.kind = x;
        else if (auto x = whole(v); f == field::TeamHeadcount && x)
            t.headcount = x;
        else if (f == field::TeamServes && (isIn(canvas, v, BlockId::CustomerSegments) || isIn(canvas, v, BlockId::Channels)))
            addOnce(t.serves, v);
        else
            return false;
        return true;
    }
    if (f.rfind("segment.", 0) == 0) {
        if (!blockAllowsSegment(block))
            return false;
        CustomerSegment& seg = n.segment.emplace(n.segment.value_or(CustomerSegment{}));
        if (auto x = key<MarketType>(v); f == field::SegmentMarket && x)
            seg.market = x;
        else if (auto x = whole(v); f == field::SegmentSize && x)
            seg.estimatedSize = x;
        else
            return false;
        return true;
    }
    if (f == field::Capability) {
        const auto c = key<Capability>(v);
        if (!c || !blockAllowsCapabilities(block))
            return false;
        n.capabilities.insert(*c);
        return true;
    }
    if (f == field::LinkSegment) {
        if (!isIn(canvas, v, BlockId::CustomerSegments) || v == n.id)
            return false;
        addOnce(n.links, v);
        return true;
    }
    return false;
}

Canvas withSuggestions(Canvas canvas, const std::vector<Suggestion>& suggestions)
{
    std::map<NoteId, std::vector<const Suggestion*>> byNote;
    for (const Suggestion& s : suggestions)
        byNote[s.note].push_back(&s);
    for (const auto& [id, list] : byNote) {
        const auto loc = canvas.locate(id);
        if (!loc)
            continue;
        Note n = canvas.notes(loc->block)[loc->index];
        for (const Suggestion* s : list)
            apply(n, loc->block, canvas, *s);
        canvas.replaceNote(n);
    }
    return canvas;
}

}  // namespace mizan
