// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Business Model Canvas: its description and the notes of its nine
// blocks. Notes are found by id in constant time; every mutation keeps that
// index right, so callers never touch the containers directly.

#include "core/model/enums.h"
#include "core/model/note.h"

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace mizan {

struct CanvasInfo {
    std::string title;
    std::string description;
    std::string language;        // BCP 47 tag, e.g. "en", "ar", "he"
    std::string currency;        // ISO 4217 code, e.g. "EUR"; empty if unset
    std::int64_t created = 0;    // milliseconds since the Unix epoch, UTC
    std::int64_t modified = 0;

    friend bool operator==(const CanvasInfo&, const CanvasInfo&) = default;
};

// One planned relationship action of the year (RT7, RT9).
struct CalendarAction {
    std::string id;
    std::string title;
    ActionKind kind = ActionKind::Other;
    NoteId segment;                   // may be empty: every segment
    std::optional<Mechanism> mechanism;
    std::int64_t date = 0;            // the first occurrence, milliseconds since the epoch (UTC midnight)
    Recurrence recurrence = Recurrence::Once;
    std::string owner;

    friend bool operator==(const CalendarAction&, const CalendarAction&) = default;
};

struct NoteLocation {
    BlockId block;
    std::size_t index;
};

class Canvas {
public:
    CanvasInfo info;
    std::vector<CalendarAction> calendar;     // the relationship calendar
    // Suggestions the user dismissed, by key ("note|field|value"): never
    // proposed again.
    std::set<std::string> dismissedSuggestions;

    const std::vector<Note>& notes(BlockId block) const { return blocks_[index(block)]; }
    std::size_t noteCount() const { return locations_.size(); }

    const Note* find(const NoteId& id) const;
    std::optional<NoteLocation> locate(const NoteId& id) const;
    bool contains(const NoteId& id) const { return locations_.count(id) != 0; }

    // Inserts a note at position (clamped; end if unset). Fails (returns
    // false) if the id is empty or already used.
    bool insertNote(BlockId block, Note note, std::optional<std::size_t> position = std::nullopt);
    // Room for notes about to be inserted (readers that know how many).
    void reserve(BlockId block, std::size_t notes);
    // Removes a note and returns it; references to it from other notes are
    // left alone (see removeReferencesTo).
    std::optional<Note> takeNote(const NoteId& id);
    // Replaces a note's content in place; the id must exist and stay the same.
    bool replaceNote(const Note& note);
    // Moves a note to another block and/or position.
    bool moveNote(const NoteId& id, BlockId block, std::size_t position);
    // Drops every link, served segment, plan channel, plan segment,
    // touchpoint channel or calendar segment that points at id. Returns the
    // ids of the notes that changed.
    std::vector<NoteId> removeReferencesTo(const NoteId& id);

    // A fresh id no note of this canvas uses.
    NoteId newNoteId() const;

    friend bool operator==(const Canvas& a, const Canvas& b)
    {
        return a.info == b.info && a.calendar == b.calendar && a.dismissedSuggestions == b.dismissedSuggestions
            && a.blocks_ == b.blocks_;
    }

private:
    static constexpr std::size_t index(BlockId b) { return static_cast<std::size_t>(b); }
    void reindex(BlockId block, std::size_t from = 0);

    std::array<std::vector<Note>, kBlockCount> blocks_;
    std::unordered_map<NoteId, NoteLocation> locations_;
};

// Whether an id is acceptable in files: 1-64 characters of [A-Za-z0-9_-].
bool isValidNoteId(std::string_view id);

}  // namespace mizan
