// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The .mizan document: an SQLite database holding one canvas.
//
// - PRAGMA application_id identifies Mizan files; PRAGMA user_version is the
//   schema version. Rollback journal, synchronous FULL, foreign keys on.
// - Files are opened defensively (they arrive by e-mail): see sqlite_db.h.
//   The header, application id, schema version and a quick_check are
//   verified before anything is read, and every value read is validated.
// - Saving writes a new file beside the target and renames it over.
// - A CanvasStore can also be kept open as a working copy and written one
//   edit at a time (commit), each edit its own transaction: the editor's
//   crash recovery rests on this.

#include "core/model/canvas.h"
#include "core/model/error.h"
#include "core/versions/canvas_history.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace mizan {

namespace sqlite {
class Database;
}

inline constexpr std::int32_t kApplicationId = 0x4d697a6e;  // "Mizn"
// 1: the nine blocks and the relationship plans. 2: touchpoints, retention
// economics and personas per segment, and the relationship calendar.
// 3: whom teams serve. 4: dismissed suggestions. 5: the canvas's history
// (versions) and the merge conflicts left to resolve.
inline constexpr int kSchemaVersion = 5;

struct LoadReport {
    int schemaVersion = 0;
    bool readOnly = false;          // newer schema: show, never modify
    std::string readOnlyReason;
    bool migrated = false;          // an older schema was upgraded in memory
};

// Reads a .mizan file without ever writing to it. Older schemas are upgraded
// on an in-memory copy; a newer schema is read if it can be and reported
// read-only. records, when given, receives the history and merge conflicts.
Result<Canvas> loadCanvasFile(const std::string& path, LoadReport* report = nullptr,
                              DocumentRecords* records = nullptr);

// Writes the canvas (and records, when given) to path atomically (new file
// beside it, then rename).
Status saveCanvasFile(const Canvas& canvas, const std::string& path, const DocumentRecords* records = nullptr);

// One step of the schema's history: brings a database from version to
// version + 1. Steps run in order, all in one transaction.
struct MigrationStep {
    int fromVersion;
    std::function<void(sqlite::Database&)> apply;
};
const std::vector<MigrationStep>& schemaMigrations();

struct UpgradeReport {
    int fromVersion = 0;
    int toVersion = 0;
    std::string backupPath;         // the untouched original, kept beside the file
};

// Upgrades an older .mizan file in place: first keeps a copy of the original
// beside it, then runs the steps in one transaction. Nothing changes if any
// step fails. Refuses files from a newer Mizan.
Result<UpgradeReport> upgradeCanvasFile(const std::string& path,
                                        const std::vector<MigrationStep>& steps = schemaMigrations(),
                                        int targetVersion = kSchemaVersion);

// What one edit changed, for CanvasStore::commit.
struct StoreEdit {
    std::vector<NoteId> written;
    std::vector<NoteId> removed;
    std::vector<BlockId> reordered;
    bool info = false;
    bool calendar = false;
    bool dismissed = false;   // the dismissed suggestions
};

// A .mizan database kept open for writing edit by edit.
class CanvasStore {
public:
    ~CanvasStore();
    CanvasStore(const CanvasStore&) = delete;
    CanvasStore& operator=(const CanvasStore&) = delete;

    // Creates a new file at path (which must not exist) holding canvas.
    static Result<std::unique_ptr<CanvasStore>> create(const std::string& path, const Canvas& canvas,
                                                        const DocumentRecords* records = nullptr);
    // Opens an existing, current-schema file for writing.
    static Result<std::unique_ptr<CanvasStore>> open(const std::string& path);

    // For a private working copy written on every edit: write-ahead log
    // (one sync per commit), still synchronous FULL. Never for a file the
    // user sees: the log is a second file beside it.
    Status useWriteAheadLog();

    Result<Canvas> read();
    Result<DocumentRecords> readRecords();
    // One version added (or the newest replaced); the conflicts left.
    Status writeVersion(const Version& version);
    Status writeConflicts(const std::vector<MergeConflict>& conflicts);
    Status writeRecords(const DocumentRecords& records);   // all of them, replaced
    // Writes one edit in one transaction: the notes written (inserted or
    // changed, taken from canvas with their current block and position),
    // the notes removed, the blocks whose order changed, and the canvas info.
    Status commit(const Canvas& canvas, const StoreEdit& edit);
    // Replaces the whole content.
    Status writeAll(const Canvas& canvas);
    // A consistent copy of the database at path, written atomically.
    Status copyTo(const std::string& path);

    const std::string& path() const { return path_; }

private:
    CanvasStore(std::string path, std::unique_ptr<sqlite::Database> db);
    template <typename F>
    Status guarded(const char* what, F&& body);

    std::string path_;
    std::unique_ptr<sqlite::Database> db_;
};

}  // namespace mizan
