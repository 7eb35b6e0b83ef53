// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/canvas.h"

#include <algorithm>
#include <random>

namespace mizan {

bool isValidNoteId(std::string_view id)
{
    if (id.empty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '-';
    });
}

const Note* Canvas::find(const NoteId& id) const
{
    const auto it = locations_.find(id);
    if (it == locations_.end())
        return nullptr;
    return &blocks_[index(it->second.block)][it->second.index];
}

std::optional<NoteLocation> Canvas::locate(const NoteId& id) const
{
    const auto it = locations_.find(id);
    if (it == locations_.end())
        return std::nullopt;
    return it->second;
}

bool Canvas::insertNote(BlockId block, Note note, std::optional<std::size_t> position)
{
    if (note.id.empty() || locations_.count(note.id))
        return false;
    auto& notes = blocks_[index(block)];
    const std::size_t at = std::min(position.value_or(notes.size()), notes.size());
    const NoteId id = note.id;
    notes.insert(notes.begin() + static_cast<std::ptrdiff_t>(at), std::move(note));
    locations_[id] = {block, at};
    reindex(block, at + 1);
    return true;
}

void Canvas::reserve(BlockId block, std::size_t notes)
{
    auto& v = blocks_[index(block)];
    v.reserve(v.size() + notes);
    locations_.reserve(locations_.size() + notes);
}

std::optional<Note> Canvas::takeNote(const NoteId& id)
{
    const auto it = locations_.find(id);
    if (it == locations_.end())
        return std::nullopt;
    const NoteLocation loc = it->second;
    locations_.erase(it);
    auto& notes = blocks_[index(loc.block)];
    Note taken = std::move(notes[loc.index]);
    notes.erase(notes.begin() + static_cast<std::ptrdiff_t>(loc.index));
    reindex(loc.block, loc.index);
    return taken;
}

bool Canvas::replaceNote(const Note& note)
{
    const auto it = locations_.find(note.id);
    if (it == locations_.end())
        return false;
    blocks_[index(it->second.block)][it->second.index] = note;
    return true;
}

bool Canvas::moveNote(const NoteId& id, BlockId block, std::size_t position)
{
    auto note = takeNote(id);
    if (!note)
        return false;
    return insertNote(block, std::move(*note), position);
}

std::vector<NoteId> Canvas::removeReferencesTo(const NoteId& id)
{
    std::vector<NoteId> changed;
    const auto drop = [&](std::vector<NoteId>& v) {
        const auto before = v.size();
        std::erase(v, id);
        return v.size() != before;
    };
    for (auto& action : calendar)
        if (action.segment == id)
            action.segment.clear();
    for (auto& notes : blocks_) {
        for (auto& note : notes) {
            bool touched = drop(note.links);
            if (note.segment)
                for (auto& t : note.segment->touchpoints)
                    if (t.channel == id) {
                        t.channel.clear();
                        touched = true;
                    }
            if (note.channel)
                touched |= drop(note.channel->segments);
            if (note.team)
                touched |= drop(note.team->serves);
            if (note.plan) {
                touched |= drop(note.plan->channels);
                const auto before = note.plan->channelVoices.size();
                std::erase_if(note.plan->channelVoices, [&](const ChannelVoice& v) { return v.channel == id; });
                touched |= note.plan->channelVoices.size() != before;
                if (note.plan->segment == id) {
                    note.plan->segment.clear();
                    touched = true;
                }
            }
            if (touched)
                changed.push_back(note.id);
        }
    }
    return changed;
}

NoteId Canvas::newNoteId() const
{
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    static constexpr char hex[] = "0123456789abcdef";
    for (;;) {
        std::uint64_t r = rng();
        NoteId id = "n";
        for (int i = 0; i < 12; ++i, r >>= 4)
            id += hex[r & 0xf];
        if (!contains(id))
            return id;
    }
}

void Canvas::reindex(BlockId block, std::size_t from)
{
    const auto& notes = blocks_[index(block)];
    for (std::size_t i = from; i < notes.size(); ++i)
        locations_[notes[i].id] = {block, i};
}

}  // namespace mizan
