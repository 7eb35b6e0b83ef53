// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/canvas_edit.h"

#include <algorithm>
#include <map>
#include <set>

namespace mizan {

namespace {

PlacedNote placed(const Canvas& canvas, const NoteId& id)
{
    const auto loc = *canvas.locate(id);
    return {loc.block, loc.index, canvas.notes(loc.block)[loc.index]};
}

void addBlock(std::vector<BlockId>& blocks, BlockId b)
{
    if (std::find(blocks.begin(), blocks.end(), b) == blocks.end())
        blocks.push_back(b);
}

}  // namespace

bool CanvasEdit::empty() const
{
    const bool notesSame = std::all_of(notes.begin(), notes.end(), [](const NoteChange& c) { return c.before == c.after; });
    return notesSame && infoBefore == infoAfter && calendarBefore == calendarAfter && dismissedBefore == dismissedAfter;
}

std::vector<NoteId> CanvasEdit::noteIds() const
{
    std::vector<NoteId> ids;
    for (const auto& c : notes)
        ids.push_back(c.id);
    return ids;
}

StoreEdit CanvasEdit::apply(Canvas& canvas, bool forward) const
{
    StoreEdit out;
    const auto from = [&](const NoteChange& c) -> const std::optional<PlacedNote>& { return forward ? c.before : c.after; };
    const auto to = [&](const NoteChange& c) -> const std::optional<PlacedNote>& { return forward ? c.after : c.before; };

    // 1. Take out what disappears or moves.
    for (const auto& c : notes) {
        const auto& f = from(c);
        const auto& t = to(c);
        if (f && (!t || t->block != f->block || t->index != f->index)) {
            canvas.takeNote(c.id);
            addBlock(out.reordered, f->block);
            if (!t)
                out.removed.push_back(c.id);
        }
    }
    // 2. Change in place what stays where it is.
    for (const auto& c : notes) {
        const auto& f = from(c);
        const auto& t = to(c);
        if (f && t && t->block == f->block && t->index == f->index) {
            canvas.replaceNote(t->note);
            out.written.push_back(c.id);
        }
    }
    // 3. Put in what appears or moved, in ascending positions.
    std::vector<const PlacedNote*> inserts;
    for (const auto& c : notes)
        if (const auto& t = to(c); t && !canvas.contains(c.id))
            inserts.push_back(&*t);
    std::sort(inserts.begin(), inserts.end(), [](const PlacedNote* a, const PlacedNote* b) {
        return std::pair(a->block, a->index) < std::pair(b->block, b->index);
    });
    for (const PlacedNote* p : inserts) {
        canvas.insertNote(p->block, p->note, p->index);
        addBlock(out.reordered, p->block);
        out.written.push_back(p->note.id);
    }
    const auto& info = forward ? infoAfter : infoBefore;
    if (info && infoBefore != infoAfter) {
        canvas.info = *info;
        out.info = true;
    }
    const auto& calendar = forward ? calendarAfter : calendarBefore;
    if (calendar && calendarBefore != calendarAfter) {
        canvas.calendar = *calendar;
        out.calendar = true;
    }
    const auto& dismissed = forward ? dismissedAfter : dismissedBefore;
    if (dismissed && dismissedBefore != dismissedAfter) {
        canvas.dismissedSuggestions = *dismissed;
        out.dismissed = true;
    }
    return out;
}

bool CanvasEdit::mergeWith(const CanvasEdit& later)
{
    if (later.notes.size() != notes.size() || later.infoAfter.has_value() != infoAfter.has_value()
        || later.calendarAfter.has_value() != calendarAfter.has_value()
        || later.dismissedAfter.has_value() != dismissedAfter.has_value())
        return false;
    for (std::size_t i = 0; i < notes.size(); ++i)
        if (notes[i].id != later.notes[i].id)
            return false;
    for (std::size_t i = 0; i < notes.size(); ++i)
        notes[i].after = later.notes[i].after;
    infoAfter = later.infoAfter;
    calendarAfter = later.calendarAfter;
    dismissedAfter = later.dismissedAfter;
    return true;
}

namespace edits {

CanvasEdit changeNotes(const Canvas& canvas, const std::vector<Note>& after)
{
    CanvasEdit e;
    for (const Note& n : after) {
        if (!canvas.contains(n.id))
            continue;
        PlacedNote before = placed(canvas, n.id);
        PlacedNote now = before;
        now.note = n;
        e.notes.push_back({n.id, std::move(before), std::move(now)});
    }
    return e;
}

CanvasEdit insertNotes(const Canvas& canvas, BlockId block, std::size_t index, const std::vector<Note>& notes)
{
    CanvasEdit e;
    index = std::min(index, canvas.notes(block).size());
    for (std::size_t i = 0; i < notes.size(); ++i)
        e.notes.push_back({notes[i].id, std::nullopt, PlacedNote{block, index + i, adaptedToBlock(notes[i], block)}});
    return e;
}

CanvasEdit removeNotes(const Canvas& canvas, const std::vector<NoteId>& ids)
{
    CanvasEdit e;
    const std::set<NoteId> gone(ids.begin(), ids.end());
    for (const auto& id : ids)
        if (canvas.contains(id))
            e.notes.push_back({id, placed(canvas, id), std::nullopt});
    // Notes that stay lose their references to the deleted ones.
    for (BlockId b : allValues<BlockId>()) {
        for (const Note& n : canvas.notes(b)) {
            if (gone.count(n.id))
                continue;
            Note cleaned = n;
            bool touched = false;
            const auto drop = [&](std::vector<NoteId>& v) {
                const auto size = v.size();
                std::erase_if(v, [&](const NoteId& x) { return gone.count(x) != 0; });
                touched |= v.size() != size;
            };
            drop(cleaned.links);
            if (cleaned.segment)
                for (auto& t : cleaned.segment->touchpoints)
                    if (gone.count(t.channel)) {
                        t.channel.clear();
                        touched = true;
                    }
            if (cleaned.channel)
                drop(cleaned.channel->segments);
            if (cleaned.team)
                drop(cleaned.team->serves);
            if (cleaned.plan) {
                drop(cleaned.plan->channels);
                const auto size = cleaned.plan->channelVoices.size();
                std::erase_if(cleaned.plan->channelVoices, [&](const ChannelVoice& v) { return gone.count(v.channel) != 0; });
                touched |= cleaned.plan->channelVoices.size() != size;
                if (gone.count(cleaned.plan->segment)) {
                    cleaned.plan->segment.clear();
                    touched = true;
                }
            }
            if (touched) {
                PlacedNote before = placed(canvas, n.id);
                // Its position once the deleted notes are gone.
                std::size_t index = before.index;
                for (const auto& other : e.notes)
                    if (other.before && !other.after && other.before->block == b && other.before->index < before.index)
                        --index;
                e.notes.push_back({n.id, before, PlacedNote{b, index, std::move(cleaned)}});
            }
        }
    }
    // Calendar actions for a deleted segment apply to every segment instead.
    auto calendar = canvas.calendar;
    bool calendarTouched = false;
    for (auto& action : calendar)
        if (gone.count(action.segment)) {
            action.segment.clear();
            calendarTouched = true;
        }
    if (calendarTouched) {
        e.calendarBefore = canvas.calendar;
        e.calendarAfter = std::move(calendar);
    }
    // Dismissed suggestions of a deleted note go with it.
    auto dismissed = canvas.dismissedSuggestions;
    std::erase_if(dismissed, [&](const std::string& key) { return gone.count(key.substr(0, key.find('|'))) != 0; });
    if (dismissed != canvas.dismissedSuggestions) {
        e.dismissedBefore = canvas.dismissedSuggestions;
        e.dismissedAfter = std::move(dismissed);
    }
    return e;
}

CanvasEdit moveNotes(const Canvas& canvas, const std::vector<NoteId>& ids, BlockId block, std::size_t index)
{
    CanvasEdit e;
    const std::set<NoteId> moving(ids.begin(), ids.end());
    std::size_t remaining = 0;
    for (const Note& n : canvas.notes(block))
        remaining += moving.count(n.id) ? 0 : 1;
    index = std::min(index, remaining);
    std::size_t k = 0;
    for (const auto& id : ids) {
        if (!canvas.contains(id))
            continue;
        PlacedNote before = placed(canvas, id);
        PlacedNote after{block, index + k++, adaptedToBlock(before.note, block)};
        e.notes.push_back({id, std::move(before), std::move(after)});
    }
    // Untouched notes shift by themselves; moved notes that keep their
    // place still compare equal and make the edit empty.
    return e;
}

CanvasEdit changeCalendar(const Canvas& canvas, const std::vector<CalendarAction>& after)
{
    CanvasEdit e;
    e.calendarBefore = canvas.calendar;
    e.calendarAfter = after;
    return e;
}

CanvasEdit replaceCanvas(const Canvas& canvas, const Canvas& target)
{
    CanvasEdit e;
    const auto placedIn = [](const Canvas& c, const NoteId& id) -> std::optional<PlacedNote> {
        if (!c.contains(id))
            return std::nullopt;
        return placed(c, id);
    };
    for (BlockId b : allValues<BlockId>()) {
        for (const Note& n : canvas.notes(b)) {
            auto before = placedIn(canvas, n.id);
            auto after = placedIn(target, n.id);
            if (before != after)
                e.notes.push_back({n.id, std::move(before), std::move(after)});
        }
    }
    for (BlockId b : allValues<BlockId>())
        for (const Note& n : target.notes(b))
            if (!canvas.contains(n.id))
                e.notes.push_back({n.id, std::nullopt, placed(target, n.id)});
    if (!(canvas.info == target.info)) {
        e.infoBefore = canvas.info;
        e.infoAfter = target.info;
    }
    if (canvas.calendar != target.calendar) {
        e.calendarBefore = canvas.calendar;
        e.calendarAfter = target.calendar;
    }
    if (canvas.dismissedSuggestions != target.dismissedSuggestions) {
        e.dismissedBefore = canvas.dismissedSuggestions;
        e.dismissedAfter = target.dismissedSuggestions;
    }
    return e;
}

CanvasEdit settleSuggestions(const Canvas& canvas, const std::vector<Note>& accepted,
                             const std::vector<std::string>& dismissedKeys)
{
    CanvasEdit e = changeNotes(canvas, accepted);
    if (!dismissedKeys.empty()) {
        auto dismissed = canvas.dismissedSuggestions;
        dismissed.insert(dismissedKeys.begin(), dismissedKeys.end());
        if (dismissed != canvas.dismissedSuggestions) {
            e.dismissedBefore = canvas.dismissedSuggestions;
            e.dismissedAfter = std::move(dismissed);
        }
    }
    return e;
}

CanvasEdit changeInfo(const Canvas& canvas, const CanvasInfo& after)
{
    CanvasEdit e;
    e.infoBefore = canvas.info;
    e.infoAfter = after;
    return e;
}

CanvasEdit pasteNotes(const Canvas& canvas, std::vector<std::pair<BlockId, Note>> notes, std::optional<BlockId> block)
{
    // New ids first, so references among the pasted notes can follow.
    std::map<NoteId, NoteId> renamed;
    Canvas ids;  // ids taken so far, to keep the new ones unique
    for (auto& [b, n] : notes) {
        NoteId fresh;
        do
            fresh = canvas.newNoteId();
        while (ids.contains(fresh));
        ids.insertNote(BlockId::KeyPartners, Note{.id = fresh});
        renamed[n.id] = fresh;
    }
    const auto remap = [&](const NoteId& id) -> std::optional<NoteId> {
        if (auto it = renamed.find(id); it != renamed.end())
            return it->second;
        if (canvas.contains(id))
            return id;
        return std::nullopt;
    };
    const auto remapAll = [&](std::vector<NoteId>& v) {
        std::vector<NoteId> out;
        for (const auto& id : v)
            if (auto m = remap(id))
                out.push_back(*m);
        v = std::move(out);
    };
    CanvasEdit e;
    std::map<BlockId, std::size_t> next;
    for (auto& [b, n] : notes) {
        const BlockId target = block.value_or(b);
        n.id = renamed[n.id];
        remapAll(n.links);
        if (n.channel)
            remapAll(n.channel->segments);
        if (n.team)
            remapAll(n.team->serves);
        if (n.segment)
            for (Touchpoint& t : n.segment->touchpoints)
                if (!t.channel.empty())
                    t.channel = remap(t.channel).value_or(NoteId());  // the touchpoint stays, on no channel
        if (n.plan) {
            remapAll(n.plan->channels);
            std::erase_if(n.plan->channelVoices, [&](ChannelVoice& v) {
                auto m = remap(v.channel);
                if (m)
                    v.channel = *m;
                return !m;
            });
            n.plan->segment = remap(n.plan->segment).value_or(NoteId());
        }
        Note placedNote = adaptedToBlock(std::move(n), target);
        auto& slot = next.try_emplace(target, canvas.notes(target).size()).first->second;
        e.notes.push_back({placedNote.id, std::nullopt, PlacedNote{target, slot++, std::move(placedNote)}});
    }
    // Only segments may be named as segments and channels as channels: a
    // note pasted into another block no longer is one.
    std::map<NoteId, BlockId> landed;
    for (const auto& c : e.notes)
        landed[c.id] = c.after->block;
    const auto blockOf = [&](const NoteId& id) -> std::optional<BlockId> {
        if (auto it = landed.find(id); it != landed.end())
            return it->second;
        if (auto loc = canvas.locate(id))
            return loc->block;
        return std::nullopt;
    };
    const auto keepIn = [&](std::vector<NoteId>& v, BlockId b) { std::erase_if(v, [&](const NoteId& id) { return blockOf(id) != b; }); };
    for (auto& c : e.notes) {
        Note& n = c.after->note;
        std::erase(n.links, n.id);  // a note copied with a link to itself
        if (n.team)
            std::erase(n.team->serves, n.id);
        if (n.segment)
            for (Touchpoint& t : n.segment->touchpoints)
                if (!t.channel.empty() && blockOf(t.channel) != BlockId::Channels)
                    t.channel.clear();
        if (n.channel)
            keepIn(n.channel->segments, BlockId::CustomerSegments);
        if (n.team)
            std::erase_if(n.team->serves, [&](const NoteId& id) {
                const auto b = blockOf(id);
                return b != BlockId::CustomerSegments && b != BlockId::Channels;
            });
        if (n.plan) {
            keepIn(n.plan->channels, BlockId::Channels);
            std::erase_if(n.plan->channelVoices, [&](const ChannelVoice& v) { return blockOf(v.channel) != BlockId::Channels; });
            if (!n.plan->segment.empty() && blockOf(n.plan->segment) != BlockId::CustomerSegments)
                n.plan->segment.clear();
        }
    }
    return e;
}

}  // namespace edits

}  // namespace mizan
