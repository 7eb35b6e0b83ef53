// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A canvas's history: named versions ("Workshop 3", "Investor deck") and the
// automatic version of each day, kept inside the .mizan document.
//
// Storage is compact: every kFullCopyEvery-th version holds the whole canvas
// (its JSON form, docs/file-format.md); the others hold only what differs
// from the version before them: the notes changed or added, the order of
// each block whose notes changed, and the canvas's own fields. Payloads are
// zlib-compressed. A version is rebuilt by starting from the nearest whole
// copy and applying the differences after it; a payload that does not
// rebuild into a valid canvas is an error for that version only.

#include "core/model/canvas.h"
#include "core/model/error.h"
#include "core/versions/canvas_merge.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mizan {

inline constexpr int kFullCopyEvery = 16;
// A version's data before compression: a canvas's JSON and a little more.
inline constexpr std::int64_t kMaxPayloadBytes = 80ll * 1024 * 1024;

struct Version {
    std::int64_t id = 0;         // 1, 2, 3... in the order taken (the newest's + 1)
    std::string name;            // empty: the automatic version of a day
    std::int64_t created = 0;    // milliseconds since the epoch, UTC
    std::int64_t base = 0;       // 0: a whole copy; else the version it differs from
    std::int64_t size = 0;       // payload's size before compression
    // What changed since the version before (nothing for the first).
    int added = 0, removed = 0, moved = 0, changed = 0;
    std::int64_t noteCount = 0;
    std::string payload;         // compressed

    bool automatic() const { return name.empty(); }
};

class CanvasHistory {
public:
    CanvasHistory() = default;
    // Versions as read from a file (oldest first); checked by the reader.
    explicit CanvasHistory(std::vector<Version> versions) : versions_(std::move(versions)) {}

    const std::vector<Version>& versions() const { return versions_; }
    bool empty() const { return versions_.empty(); }
    const Version* find(std::int64_t id) const;

    // Records canvas as a new version, named (or automatic when name is
    // empty), taken at `now`. Returns the version added.
    Result<Version> add(const Canvas& canvas, const std::string& name, std::int64_t now);
    // The automatic version of a working day, taken at the first save of the
    // next day the canvas is worked on: `previous` is the canvas as the file
    // held it before this save (as loaded or last saved). When that state
    // was saved on an earlier day than today (dayStart, local time, in
    // milliseconds) and differs from the newest version, it is kept, dated
    // when it was saved. So each day's final state is in the history, and a
    // day's later saves cost nothing. Returns the version added, if any.
    Result<std::optional<Version>> recordDay(const Canvas& previous, std::int64_t dayStart);

    // The canvas as the version holds it.
    Result<Canvas> canvasOf(std::int64_t id) const;

    // Names a version (an empty name makes it a day's automatic one).
    Status rename(std::int64_t id, const std::string& name);
    // Takes a version out of the history. The version recorded as its
    // differences is recorded again (its canvas, name, date and id
    // unchanged); fails, changing nothing, when it cannot be read. Returns
    // the versions recorded again (their rows replace the old ones).
    Result<std::vector<Version>> remove(std::int64_t id);

private:
    // before: the previous version's canvas when already at hand; whole: a
    // whole copy even where a record of differences would do.
    Result<Version> make(const Canvas& canvas, std::int64_t id, const Version* previous,
                         const Canvas* before = nullptr, bool whole = false) const;

    std::vector<Version> versions_;
    // The newest version's canvas, rebuilt once: the next version differs from it.
    mutable std::optional<std::pair<std::int64_t, Canvas>> newest_;
    // Whether the newest version holds canvas (its modification time aside),
    // without copying either.
    bool newestHolds(const Canvas& canvas) const;
};

// ours' history, then each version only theirs holds (not one with the
// same name and time in ours), recorded again in the order taken: what a
// merge of two copies of a document keeps. A version of theirs that cannot
// be rebuilt is left out.
CanvasHistory combinedHistory(const CanvasHistory& ours, const CanvasHistory& theirs);

// The history and unresolved merge conflicts a document carries besides
// its canvas (saved in .mizan files; JSON holds neither).
struct DocumentRecords {
    CanvasHistory history;
    std::vector<MergeConflict> conflicts;
};

// zlib, for the payloads (exposed for the storage's checks and tests).
std::string compressText(std::string_view text);
// Fails unless the data inflate to exactly `size` bytes.
std::optional<std::string> expandText(std::string_view data, std::int64_t size);

}  // namespace mizan
