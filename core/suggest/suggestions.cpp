// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/suggest/suggestions.h"

#include "core/checklist/checklist.h"
#include "core/checklist/rules.h"
#include "core/suggest/note_reader.h"
#include "core/text/text_hints.h"
#include "core/text/text_tokens.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <unordered_map>

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
// Resources. By the note they are about.
std::unordered_map<NoteId, std::vector<Suggestion>> readAcross(const Canvas& canvas, const NoteNames& segments)
{
    std::unordered_map<NoteId, std::vector<Suggestion>> out;
    const auto& plans = canvas.notes(BlockId::CustomerRelationships);
    if (plans.empty())
        return out;
    const NoteNames channels(canvas, BlockId::Channels);
    const NoteNames resources(canvas, BlockId::KeyResources);
    const WordCounts counts(canvas);
    for (const Note& plan : plans) {
        const auto tokens = text::tokenize(plan.text);
        const auto segment = plan.plan && !plan.plan->segment.empty()
                               ? std::optional(NoteNames::Found{plan.plan->segment, {}})
                               : segments.best(plan.text, tokens);
        if (!segment)
            continue;
        const auto propose = [&](const NoteId& note, std::string_view field, const std::string& words) {
            Suggestion s{note, std::string(field), segment->note, words};
            auto& list = out[note];
            if (!holds(list, s))
                list.push_back(std::move(s));
        };
        for (const auto& c : channels.namedRarely(plan.text, tokens, counts, 3)) {
            const Note* channel = canvas.find(c.note);
            if (!channel->channel || !holds(channel->channel->segments, segment->note))
                propose(c.note, field::ChannelSegment, c.words);
        }
        for (const auto& t : resources.namedRarely(plan.text, tokens, counts, 3)) {
            const Note* people = canvas.find(t.note);
            const bool isPeople = people->team.has_value() || text::hintsOf(people->text).people;
            if (isPeople && (!people->team || !holds(people->team->serves, segment->note)))
                propose(t.note, field::TeamServes, t.words);
        }
    }
    return out;
}

}  // namespace

std::vector<Suggestion> suggest(const Canvas& canvas)
{
    const NoteNames segments(canvas, BlockId::CustomerSegments);
    auto across = readAcross(canvas, segments);
    std::vector<Suggestion> out;
    // Note by note in canvas order: what its words say, then what other
    // notes' words say of it.
    for (BlockId b : allValues<BlockId>())
        for (const Note& n : canvas.notes(b)) {
            auto found = readNote(canvas, segments, b, n);
            if (const auto it = across.find(n.id); it != across.end())
                for (Suggestion& s : it->second)
                    if (!holds(found, s))
                        found.push_back(std::move(s));
            for (Suggestion& s : found)
                if (!canvas.dismissedSuggestions.count(s.key()))
                    out.push_back(std::move(s));
        }
    return out;
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

std::vector<Note> acceptedNotes(const Canvas& canvas, const std::vector<Suggestion>& suggestions)
{
    std::unordered_map<NoteId, std::vector<const Suggestion*>> byNote;
    for (const Suggestion& s : suggestions)
        byNote[s.note].push_back(&s);
    std::vector<Note> out;
    for (BlockId b : allValues<BlockId>())
        for (const Note& original : canvas.notes(b)) {
            const auto it = byNote.find(original.id);
            if (it == byNote.end())
                continue;
            Note n = original;
            for (const Suggestion* s : it->second)
                apply(n, b, canvas, *s);
            if (!(n == original))
                out.push_back(std::move(n));
        }
    return out;
}

Canvas withSuggestions(Canvas canvas, const std::vector<Suggestion>& suggestions)
{
    for (Note& n : acceptedNotes(canvas, suggestions))
        canvas.replaceNote(std::move(n));
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
