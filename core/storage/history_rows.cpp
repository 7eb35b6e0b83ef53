// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/history_rows.h"

#include "core/model/canvas_validation.h"
#include "core/storage/canvas_rows.h"
#include "core/storage/sqlite_db.h"

#include <set>

namespace mizan::rows {

using sqlite::Database;

const char* const kSchemaV5 = R"sql(
CREATE TABLE version (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created INTEGER NOT NULL,
    base INTEGER NOT NULL,
    size INTEGER NOT NULL,
    added INTEGER NOT NULL,
    removed INTEGER NOT NULL,
    moved INTEGER NOT NULL,
    changed INTEGER NOT NULL,
    note_count INTEGER NOT NULL,
    payload BLOB NOT NULL
) STRICT;
CREATE TABLE merge_conflict (
    position INTEGER PRIMARY KEY,
    note_id TEXT NOT NULL,
    name TEXT NOT NULL,
    field TEXT NOT NULL,
    base TEXT NOT NULL,
    ours TEXT NOT NULL,
    theirs TEXT NOT NULL,
    theirs_json TEXT NOT NULL
) STRICT;
)sql";

void applySchemaV5(Database& db)
{
    db.exec(kSchemaV5);
}

void writeVersion(Database& db, const Version& v)
{
    db.cached("INSERT OR REPLACE INTO version (id, name, created, base, size, added, removed, moved, changed, "
              "note_count, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, v.id)
        .bind(2, v.name)
        .bind(3, v.created)
        .bind(4, v.base)
        .bind(5, v.size)
        .bind(6, v.added)
        .bind(7, v.removed)
        .bind(8, v.moved)
        .bind(9, v.changed)
        .bind(10, v.noteCount)
        .bindBlob(11, v.payload)
        .run();
}

void writeConflicts(Database& db, const std::vector<MergeConflict>& conflicts)
{
    db.exec("DELETE FROM merge_conflict");
    auto& st = db.cached("INSERT INTO merge_conflict (position, note_id, name, field, base, ours, theirs, "
                         "theirs_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < conflicts.size(); ++i) {
        const MergeConflict& c = conflicts[i];
        st.bind(1, static_cast<std::int64_t>(i))
            .bind(2, c.note)
            .bind(3, c.name)
            .bind(4, c.field)
            .bind(5, c.base)
            .bind(6, c.ours)
            .bind(7, c.theirs)
            .bind(8, c.theirsJson)
            .run();
    }
}

void writeRecords(Database& db, const DocumentRecords& records)
{
    db.exec("DELETE FROM version");
    for (const Version& v : records.history.versions())
        writeVersion(db, v);
    writeConflicts(db, records.conflicts);
}

namespace {

std::string checkedText(const sqlite::Statement& st, int column, const char* what)
{
    std::string s = st.text(column);
    if (!isValidUtf8(s))
        throw InvalidContent{std::string(what) + " is not valid UTF-8"};
    return s;
}

std::vector<Version> readVersions(Database& db)
{
    std::vector<Version> out;
    std::set<std::int64_t> ids;
    auto st = db.prepare("SELECT id, name, created, base, size, added, removed, moved, changed, note_count, payload "
                         "FROM version ORDER BY id");
    while (st.step()) {
        Version v;
        v.id = st.integer(0);
        v.name = checkedText(st, 1, "a version's name");
        v.created = st.integer(2);
        v.base = st.integer(3);
        v.size = st.integer(4);
        v.added = static_cast<int>(st.integer(5));
        v.removed = static_cast<int>(st.integer(6));
        v.moved = static_cast<int>(st.integer(7));
        v.changed = static_cast<int>(st.integer(8));
        v.noteCount = st.integer(9);
        if (!st.isBlob(10))
            throw InvalidContent{"version " + std::to_string(v.id) + " holds no data"};
        v.payload = st.blob(10);
        if (v.id < 1 || !isValidTimestamp(v.created) || v.size < 0 || v.noteCount < 0 || v.added < 0 || v.removed < 0
            || v.moved < 0 || v.changed < 0)
            throw InvalidContent{"version " + std::to_string(v.id) + " has impossible values"};
        // A version differs only from an older one, so its chain ends.
        if (v.base != 0 && (v.base >= v.id || !ids.count(v.base)))
            throw InvalidContent{"version " + std::to_string(v.id) + " refers to a missing version"};
        ids.insert(v.id);
        out.push_back(std::move(v));
    }
    return out;
}

}  // namespace

DocumentRecords readRecords(Database& db)
{
    DocumentRecords r;
    r.history = CanvasHistory(readVersions(db));
    auto st = db.prepare("SELECT note_id, name, field, base, ours, theirs, theirs_json FROM merge_conflict ORDER BY position");
    while (st.step())
        r.conflicts.push_back({checkedText(st, 0, "a conflict"), checkedText(st, 1, "a conflict"),
                               checkedText(st, 2, "a conflict"), checkedText(st, 3, "a conflict"),
                               checkedText(st, 4, "a conflict"), checkedText(st, 5, "a conflict"),
                               checkedText(st, 6, "a conflict")});
    return r;
}

}  // namespace mizan::rows
