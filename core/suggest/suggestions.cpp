// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/suggest/suggestions.h"

#include "core/checklist/checklist.h"
#include "core/checklist/rules.h"
#include "core/suggest/note_reader.h"
#include "core/text/text_hints.h"

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

template <typename C, typename T>
bool holds(const C& c, const T& x)
{
    return std::find(c.begin(), c.end(), x) != c.end();
}

// What a relationship note's words say of other notes: the channels and
// the people it names serve its segment (CR7, CR8, CR3): "follow-up on
// WhatsApp" for the WhatsApp channel, "Tom's the contact" for Tom in Key
// Resources.
void readAcross(const Canvas& canvas, const NoteNames& segments, std::vector<Suggestion>& out)
{
    const NoteNames channels(canvas, BlockId::Channels);
    const NoteNames resources(canvas, BlockId::KeyResources);
    for (const Note& plan : canvas.notes(BlockId::CustomerRelationships)) {
        const auto segment = planSegment(segments, plan);
        if (!segment)
            continue;
        const auto propose = [&](const NoteId& note, std::string_view field, const std::string& words) {
            Suggestion s{note, std::string(field), segment->note, words};
            if (!holds(out, s))
                out.push_back(std::move(s));
        };
        for (const auto& c : channels.namedRarely(plan.text, 3)) {
            const Note* channel = canvas.find(c.note);
            if (!channel->channel || !holds(channel->channel->segments, segment->note))
                propose(c.note, field::ChannelSegment, c.words);
        }
        for (const auto& t : resources.namedRarely(plan.text, 3)) {
            const Note* people = canvas.find(t.note);
            const bool isPeople = people->team.has_value() || text::hintsOf(people->text).people;
            if (isPeople && (!people->team || !holds(people->team->serves, segment->note)))
                propose(t.note, field::TeamServes, t.words);
        }
    }
}

std::vector<Suggestion> waiting(const Canvas& canvas, std::vector<Suggestion> all)
{
    std::vector<Suggestion> out;
    for (Suggestion& s : all)
        if (!canvas.dismissedSuggestions.count(s.key()))
            out.push_back(std::move(s));
    return out;
}

}  // namespace

std::vector<Suggestion> suggest(const Canvas& canvas)
{
    const NoteNames segments(canvas, BlockId::CustomerSegments);
    std::vector<Suggestion> all;
    for (BlockId b : allValues<BlockId>())
        for (const Note& n : canvas.notes(b)) {
            auto found = readNote(canvas, segments, b, n);
            all.insert(all.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
        }
    std::vector<Suggestion> across;
    readAcross(canvas, segments, across);
    // Each note's suggestions together, in canvas order.
    for (Suggestion& s : across)
        if (!holds(all, s)) {
            const auto last = std::find_if(all.rbegin(), all.rend(), [&](const Suggestion& x) { return x.note == s.note; });
            if (last == all.rend()) {
                const auto loc = canvas.locate(s.note);
                const auto before = std::find_if(all.begin(), all.end(), [&](const Suggestion& x) {
                    const auto l = canvas.locate(x.note);
                    return l && (l->block > loc->block || (l->block == loc->block && l->index > loc->index));
                });
                all.insert(before, std::move(s));
            } else {
                all.insert(last.base(), std::move(s));
            }
        }
    return waiting(canvas, std::move(all));
}

std::vector<Suggestion> suggestFor(const Canvas& canvas, const NoteId& id)
{
    std::vector<Suggestion> out;
    for (Suggestion& s : suggest(canvas))
        if (s.note == id)
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

std::vector<Finding> checkWithSuggestions(const Canvas& canvas, const std::vector<Suggestion>& suggestions,
                                          const std::vector<Finding>& confirmed)
{
    std::vector<Finding> out = runChecklist(withSuggestions(canvas, suggestions));
    // The same finding: same rule, subjects and message (the fix suggested
    // may differ and does not make it another finding).
    const auto same = [](const Finding& a, const Finding& b) {
        return a.ruleId == b.ruleId && a.subjects == b.subjects && a.message == b.message;
    };
    // A list of questions still open asserts nothing, so it rests on
    // nothing either, whatever the suggestions answered.
    for (Finding& f : out)
        f.restsOnSuggestion = f.ruleId != kUnansweredRule && std::none_of(confirmed.begin(), confirmed.end(),
                                           [&](const Finding& c) { return same(c, f); });
    return out;
}

std::vector<Finding> checkWithSuggestions(const Canvas& canvas, const std::vector<Finding>* confirmed)
{
    if (confirmed)
        return checkWithSuggestions(canvas, suggest(canvas), *confirmed);
    return checkWithSuggestions(canvas, suggest(canvas), runChecklist(canvas));
}

}  // namespace mizan
