// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/canvas_store.h"

#include "core/storage/canvas_rows.h"
#include "core/storage/history_rows.h"
#include "core/model/canvas_validation.h"
#include "core/storage/file_util.h"
#include "core/storage/sqlite_db.h"

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <map>
#include <sstream>
#include <unistd.h>

namespace mizan {

using sqlite::Database;
using sqlite::Failure;
using sqlite::Statement;
using sqlite::Transaction;
using rows::InvalidContent;
using rows::createSchema;
using rows::deleteOwnedRows;
using rows::readEverything;
using rows::writeCalendar;
using rows::writeEverything;
using rows::writeInfoRow;
using rows::writeNoteRows;

namespace {

constexpr const char* kSqliteHeader = "SQLite format 3";  // followed by a NUL: 16 bytes

Error invalid(const std::string& path, const std::string& text, std::vector<std::string> trail = {})
{
    return Error{ErrorCode::InvalidContent, "Cannot open " + fileName(path), text, std::move(trail)};
}

// Maps an SQLite failure met while reading to the user's words.
Error readFailure(const std::string& path, const Failure& f)
{
    switch (f.primaryCode()) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_IOERR:
        return Error{ErrorCode::Corrupt, "Damaged file",
                     fileName(path) + " is damaged or incomplete (it may have been cut short while copying).",
                     {f.what()}};
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Error{ErrorCode::PermissionDenied, "Cannot open " + fileName(path),
                     "The file could not be opened for reading.", {f.what()}};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{ErrorCode::Busy, "File in use", fileName(path) + " is being written by another program.",
                     {f.what()}};
    case SQLITE_READONLY:
        return Error{ErrorCode::PermissionDenied, "Cannot open " + fileName(path),
                     "A change to " + fileName(path)
                         + " stopped half-way; undoing it needs permission to write to the file and its folder.",
                     {f.what()}};
    default:
        return Error{ErrorCode::InvalidContent, "Cannot open " + fileName(path),
                     fileName(path) + " does not have the structure of a Mizan canvas.", {f.what()}};
    }
}

// Checks the 16-byte header before SQLite sees the file, so that random
// bytes and JSON get a precise message.
Status checkHeader(const std::string& path)
{
    auto head = readFilePrefix(path, 100);
    if (!head)
        return head.error();
    const std::string& bytes = head.value();
    if (bytes.empty())
        return Error{ErrorCode::Corrupt, "Empty file", fileName(path) + " is empty: there is no canvas in it.", {}};
    if (bytes.size() < 100 || bytes.compare(0, 16, std::string(kSqliteHeader, 16)) != 0) {
        const auto first = bytes.find_first_not_of(" \t\r\n");
        if (first != std::string::npos && bytes[first] == '{')
            return Error{ErrorCode::NotACanvas, "Not a .mizan document",
                         fileName(path) + " looks like a JSON file. Give it the .json extension to import it.",
                         {}};
        if (bytes.compare(0, 15, kSqliteHeader) == 0)
            return Error{ErrorCode::Corrupt, "Damaged file",
                         fileName(path) + " is an SQLite database cut short before its first page.", {}};
        return Error{ErrorCode::NotACanvas, "Not a Mizan canvas",
                     fileName(path) + " is not a Mizan canvas: it is not an SQLite database.", {}};
    }
    return success();
}

// A write that stopped half-way (a failed upgrade, a crash) leaves a journal
// only a writer can roll back: a reader then fails with SQLITE_READONLY. The
// rollback is what SQLite does on any read-write open.
bool rolledBackInterruptedWrite(const std::string& path)
{
    try {
        Database db(path, Database::Mode::ReadWrite);
        db.pragmaInt("schema_version");
        return true;
    } catch (const Failure&) {
        return false;
    }
}

Result<std::unique_ptr<Database>> openVerified(const std::string& path, Database::Mode mode, int* version,
                                               bool retried);

// Opens and identifies a Mizan database: application id, version, quick_check.
Result<std::unique_ptr<Database>> openVerified(const std::string& path, Database::Mode mode, int* version)
{
    return openVerified(path, mode, version, false);
}

Result<std::unique_ptr<Database>> openVerified(const std::string& path, Database::Mode mode, int* version,
                                               bool retried)
{
    if (auto header = checkHeader(path); !header)
        return header.error();
    try {
        auto db = std::make_unique<Database>(path, mode);
        const auto appId = db->pragmaInt("application_id");
        if (appId != kApplicationId)
            return Error{ErrorCode::ForeignFile, "Not a Mizan canvas",
                         fileName(path) + " is an SQLite database of another application, not a Mizan canvas.",
                         {"application_id = " + std::to_string(appId)}};
        *version = static_cast<int>(db->pragmaInt("user_version"));
        auto st = db->prepare("PRAGMA quick_check");
        std::vector<std::string> problems;
        while (st.step() && problems.size() < 5)
            if (const auto line = st.text(0); line != "ok")
                problems.push_back(line);
        if (!problems.empty())
            return Error{ErrorCode::Corrupt, "Damaged file",
                         fileName(path) + " is damaged: SQLite's integrity check found problems.", problems};
        return db;
    } catch (const Failure& f) {
        if (f.primaryCode() == SQLITE_READONLY && mode == Database::Mode::ReadOnly && !retried
            && rolledBackInterruptedWrite(path))
            return openVerified(path, mode, version, true);
        return readFailure(path, f);
    }
}

// Runs steps from `from` up to `to` in one transaction.
void migrate(Database& db, int from, int to, const std::vector<MigrationStep>& steps)
{
    Transaction tx(db);
    for (int v = from; v < to; ++v) {
        const auto step = std::find_if(steps.begin(), steps.end(), [&](const MigrationStep& s) { return s.fromVersion == v; });
        if (step == steps.end())
            throw Failure(SQLITE_ERROR, "no migration from schema version " + std::to_string(v));
        step->apply(db);
    }
    db.exec("PRAGMA user_version = " + std::to_string(to));
    tx.commit();
}

Error newerVersion(const std::string& path, int version)
{
    return Error{ErrorCode::NewerVersion, "Made by a newer Mizan",
                 fileName(path) + " was saved by a newer Mizan (schema " + std::to_string(version)
                     + "; this Mizan knows up to " + std::to_string(kSchemaVersion) + ").",
                 {}};
}

}  // namespace

const std::vector<MigrationStep>& schemaMigrations()
{
    // One step per version, {N, upgrade from N to N + 1}.
    static const std::vector<MigrationStep> steps = {
        {1, [](Database& db) { rows::applySchemaV2(db); }},
        {2, [](Database& db) { rows::applySchemaV3(db); }},
        {3, [](Database& db) { rows::applySchemaV4(db); }},
        {4, [](Database& db) { rows::applySchemaV5(db); }},
    };
    return steps;
}

Result<Canvas> loadCanvasFile(const std::string& path, LoadReport* report, DocumentRecords* records)
{
    LoadReport local;
    LoadReport& rep = report ? *report : local;
    removeLeftoversOf(path);  // of a Mizan killed while saving it
    int version = 0;
    auto opened = openVerified(path, Database::Mode::ReadOnly, &version);
    if (!opened)
        return opened.error();
    rep.schemaVersion = version;
    try {
        std::unique_ptr<Database> db = std::move(opened.value());
        if (version < 1)
            return invalid(path, fileName(path) + " has no canvas schema (version " + std::to_string(version) + ").");
        if (version < kSchemaVersion) {
            // Upgrade a copy in memory: reading never writes to the user's file.
            auto memory = std::make_unique<Database>(":memory:", Database::Mode::Create);
            sqlite3_backup* backup = sqlite3_backup_init(memory->handle(), "main", db->handle(), "main");
            if (!backup)
                throw Failure(sqlite3_extended_errcode(memory->handle()), memory->errorMessage());
            sqlite3_backup_step(backup, -1);
            if (const int rc = sqlite3_backup_finish(backup); rc != SQLITE_OK)
                throw Failure(rc, "copy for upgrade failed");
            migrate(*memory, version, kSchemaVersion, schemaMigrations());
            db = std::move(memory);
            rep.migrated = true;
        }
        if (version > kSchemaVersion) {
            rep.readOnly = true;
            rep.readOnlyReason = newerVersion(path, version).text + " It opens read-only.";
        }
        Canvas canvas = readEverything(*db);
        if (records && version <= kSchemaVersion)
            *records = rows::readRecords(*db);
        return canvas;
    } catch (const InvalidContent& e) {
        if (version > kSchemaVersion)
            return newerVersion(path, version);
        return invalid(path, fileName(path) + " is not a valid canvas: " + e.message + ".");
    } catch (const Failure& f) {
        if (version > kSchemaVersion)
            return newerVersion(path, version);
        return readFailure(path, f);
    }
}

Status saveCanvasFile(const Canvas& canvas, const std::string& path, const DocumentRecords* records)
{
    auto writable = checkWritableFolder(path);
    if (!writable)
        return writable;
    removeLeftoversOf(path);
    const std::string tmp = siblingTempPath(path, "saving");
    {
        auto store = CanvasStore::create(tmp, canvas, records);
        if (!store) {
            ::unlink(tmp.c_str());
            ::unlink((tmp + "-journal").c_str());
            Error e = store.error();
            e.title = "Could not save " + fileName(path);
            return e;
        }
    }
    return replaceFile(tmp, path);
}

Result<UpgradeReport> upgradeCanvasFile(const std::string& path, const std::vector<MigrationStep>& steps,
                                        int targetVersion)
{
    int version = 0;
    {
        auto opened = openVerified(path, Database::Mode::ReadOnly, &version);
        if (!opened)
            return opened.error();
    }
    UpgradeReport report{version, targetVersion, {}};
    if (version > targetVersion)
        return newerVersion(path, version);
    if (version == targetVersion)
        return report;
    report.backupPath = path + ".schema-" + std::to_string(version) + ".backup";
    auto original = readFile(path, std::size_t{1} << 40);
    if (!original)
        return original.error();
    if (auto kept = writeFileAtomically(report.backupPath, original.value()); !kept)
        return kept.error();
    try {
        Database db(path, Database::Mode::ReadWrite);
        migrate(db, version, targetVersion, steps);
    } catch (const Failure& f) {
        return Error{ErrorCode::WriteFailed, "Could not upgrade " + fileName(path),
                     "The upgrade failed and the file was left as it was. A copy of the original is at "
                         + report.backupPath + ".",
                     {f.what()}};
    }
    return report;
}

// ------------------------------------------------------------ CanvasStore

CanvasStore::CanvasStore(std::string path, std::unique_ptr<Database> db) : path_(std::move(path)), db_(std::move(db)) {}
CanvasStore::~CanvasStore() = default;

template <typename F>
Status CanvasStore::guarded(const char* what, F&& body)
{
    try {
        body();
        return success();
    } catch (const Failure& f) {
        const int code = f.primaryCode();
        const int err = code == SQLITE_FULL ? ENOSPC
            : code == SQLITE_READONLY      ? EROFS
            : code == SQLITE_CANTOPEN || code == SQLITE_PERM ? EACCES
                                                              : 0;
        Error e = err ? writeError(path_, err, f.what())
                      : Error{ErrorCode::WriteFailed, "Could not save " + fileName(path_), f.what(), {}};
        e.trail.push_back(what);
        return e;
    }
}

Result<std::unique_ptr<CanvasStore>> CanvasStore::create(const std::string& path, const Canvas& canvas,
                                                         const DocumentRecords* records)
{
    if (fileExists(path))
        return Error{ErrorCode::WriteFailed, "Could not create " + fileName(path), path + " already exists.", {}};
    std::unique_ptr<CanvasStore> store;
    try {
        store.reset(new CanvasStore(path, std::make_unique<Database>(path, Database::Mode::Create)));
    } catch (const Failure& f) {
        return writeError(path, f.primaryCode() == SQLITE_FULL ? ENOSPC : EACCES, f.what());
    }
    auto st = store->guarded("create", [&] {
        Transaction tx(*store->db_);
        createSchema(*store->db_);
        writeEverything(*store->db_, canvas);
        if (records)
            rows::writeRecords(*store->db_, *records);
        tx.commit();
    });
    if (!st) {
        store.reset();
        ::unlink(path.c_str());
        ::unlink((path + "-journal").c_str());
        return st.error();
    }
    return store;
}

Result<std::unique_ptr<CanvasStore>> CanvasStore::open(const std::string& path)
{
    int version = 0;
    auto opened = openVerified(path, Database::Mode::ReadWrite, &version);
    if (!opened)
        return opened.error();
    if (version > kSchemaVersion)
        return newerVersion(path, version);
    if (version != kSchemaVersion)
        return invalid(path, fileName(path) + " must be upgraded before it can be edited.");
    return std::unique_ptr<CanvasStore>(new CanvasStore(path, std::move(opened.value())));
}

Result<Canvas> CanvasStore::read()
{
    try {
        return readEverything(*db_);
    } catch (const InvalidContent& e) {
        return invalid(path_, e.message);
    } catch (const Failure& f) {
        return readFailure(path_, f);
    }
}

Result<DocumentRecords> CanvasStore::readRecords()
{
    try {
        return rows::readRecords(*db_);
    } catch (const InvalidContent& e) {
        return invalid(path_, e.message);
    } catch (const Failure& f) {
        return readFailure(path_, f);
    }
}

Status CanvasStore::writeVersion(const Version& version)
{
    return guarded("version", [&] {
        Transaction tx(*db_);
        rows::writeVersion(*db_, version);
        tx.commit();
    });
}

Status CanvasStore::writeConflicts(const std::vector<MergeConflict>& conflicts)
{
    return guarded("conflicts", [&] {
        Transaction tx(*db_);
        rows::writeConflicts(*db_, conflicts);
        tx.commit();
    });
}

Status CanvasStore::writeRecords(const DocumentRecords& records)
{
    return guarded("records", [&] {
        Transaction tx(*db_);
        rows::writeRecords(*db_, records);
        tx.commit();
    });
}

Status CanvasStore::commit(const Canvas& canvas, const StoreEdit& edit)
{
    return guarded("edit", [&] {
        Transaction tx(*db_);
        if (edit.info)
            writeInfoRow(*db_, canvas.info);
        if (edit.calendar)
            writeCalendar(*db_, canvas.calendar);
        if (edit.dismissed)
            rows::writeDismissed(*db_, canvas);
        for (const auto& id : edit.removed) {
            if (canvas.contains(id))
                continue;
            deleteOwnedRows(*db_, id);
            db_->prepare("DELETE FROM note WHERE id = ?").bind(1, id).run();
        }
        for (const auto& id : edit.written)
            if (const auto loc = canvas.locate(id))
                writeNoteRows(*db_, loc->block, loc->index, canvas.notes(loc->block)[loc->index]);
        auto order = db_->prepare("UPDATE note SET block = ?, position = ? WHERE id = ?");
        for (BlockId block : edit.reordered) {
            const auto& notes = canvas.notes(block);
            for (std::size_t i = 0; i < notes.size(); ++i)
                order.bind(1, toKey(block)).bind(2, static_cast<std::int64_t>(i)).bind(3, notes[i].id).run();
        }
        tx.commit();
    });
}

Status CanvasStore::useWriteAheadLog()
{
    return guarded("wal", [&] {
        db_->exec("PRAGMA journal_mode = WAL");
        db_->exec("PRAGMA synchronous = FULL");
    });
}

Status CanvasStore::writeAll(const Canvas& canvas)
{
    return guarded("all", [&] {
        Transaction tx(*db_);
        writeEverything(*db_, canvas);
        tx.commit();
    });
}

Status CanvasStore::copyTo(const std::string& path)
{
    auto writable = checkWritableFolder(path);
    if (!writable)
        return writable;
    removeLeftoversOf(path);
    const std::string tmp = siblingTempPath(path, "saving");
    auto st = guarded("copy", [&] { db_->prepare("VACUUM INTO ?").bind(1, tmp).run(); });
    if (st && !syncFile(tmp))
        st = writeError(path, EIO, "fsync");
    if (!st) {
        ::unlink(tmp.c_str());
        Error e = st.error();
        e.title = "Could not save " + fileName(path);
        return e;
    }
    return replaceFile(tmp, path);
}

}  // namespace mizan
