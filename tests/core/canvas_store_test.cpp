// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/canvas_store.h"
#include "core/model/canvas_validation.h"
#include "core/storage/file_util.h"
#include "core/storage/salvage.h"
#include "core/storage/sqlite_db.h"
#include "tests/support/child_process.h"
#include "tests/support/sample_canvas.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace mizan;

namespace {

std::string savedFile(const test::TempDir& dir, const Canvas& canvas = test::fullCanvas())
{
    const std::string path = dir.file("canvas.mizan");
    REQUIRE(saveCanvasFile(canvas, path).ok());
    return path;
}

Error loadError(const std::string& path)
{
    auto r = loadCanvasFile(path);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

std::vector<std::string> folderEntries(const std::string& dir)
{
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// The names in the order folderEntries lists them (a pid can sort either side
// of another name).
std::vector<std::string> sortedNames(std::vector<std::string> names)
{
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("Every field survives a .mizan round trip", "[store]")
{
    test::TempDir dir;
    const Canvas original = test::fullCanvas();
    const std::string path = savedFile(dir, original);
    LoadReport report;
    auto loaded = loadCanvasFile(path, &report);
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == original);
    CHECK(report.schemaVersion == kSchemaVersion);
    CHECK_FALSE(report.readOnly);
}

TEST_CASE("A .mizan file carries Mizan's id, schema version and a clean integrity check", "[store]")
{
    test::TempDir dir;
    const std::string path = savedFile(dir);
    sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
    CHECK(db.pragmaInt("application_id") == kApplicationId);
    CHECK(db.pragmaInt("user_version") == kSchemaVersion);
    auto st = db.prepare("PRAGMA integrity_check");
    REQUIRE(st.step());
    CHECK(st.text(0) == "ok");
    auto mode = db.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == "delete");
    // One file, nothing beside it: users copy and e-mail it.
    CHECK(folderEntries(dir.path()) == std::vector<std::string>{"canvas.mizan"});
}

TEST_CASE("Saving over an existing file replaces it whole", "[store]")
{
    test::TempDir dir;
    const std::string path = savedFile(dir);
    Canvas smaller;
    smaller.info.title = "Second version";
    REQUIRE(saveCanvasFile(smaller, path).ok());
    auto loaded = loadCanvasFile(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->info.title == "Second version");
    CHECK(loaded->noteCount() == 0);
    CHECK(folderEntries(dir.path()) == std::vector<std::string>{"canvas.mizan"});
}

TEST_CASE("Hostile and damaged files get a clear error, never a crash", "[store][errors]")
{
    test::TempDir dir;
    SECTION("missing file")
    {
        const Error e = loadError(dir.file("nope.mizan"));
        CHECK(e.code == ErrorCode::FileNotFound);
        CHECK_THAT(e.text, Catch::Contains("does not exist"));
    }
    SECTION("random bytes")
    {
        std::string noise(4096, '\0');
        for (std::size_t i = 0; i < noise.size(); ++i)
            noise[i] = static_cast<char>((i * 7919 + 13) & 0xff);
        test::writeAll(dir.file("noise.mizan"), noise);
        const Error e = loadError(dir.file("noise.mizan"));
        CHECK(e.code == ErrorCode::NotACanvas);
        CHECK_THAT(e.text, Catch::Contains("not an SQLite database"));
    }
    SECTION("empty file")
    {
        test::writeAll(dir.file("empty.mizan"), "");
        CHECK(loadError(dir.file("empty.mizan")).code == ErrorCode::Corrupt);
    }
    SECTION("JSON with the wrong extension")
    {
        test::writeAll(dir.file("json.mizan"), "{\"format\": \"mizan-canvas\"}");
        const Error e = loadError(dir.file("json.mizan"));
        CHECK_THAT(e.text, Catch::Contains("looks like a JSON file"));
    }
    SECTION("another application's SQLite database")
    {
        {
            sqlite::Database db(dir.file("other.mizan"), sqlite::Database::Mode::Create);
            db.exec("CREATE TABLE contacts (name TEXT)");
        }
        const Error e = loadError(dir.file("other.mizan"));
        CHECK(e.code == ErrorCode::ForeignFile);
        CHECK_THAT(e.text, Catch::Contains("another application"));
    }
    SECTION("truncated file")
    {
        const std::string path = savedFile(dir);
        const std::string bytes = test::readAll(path);
        test::writeAll(path, bytes.substr(0, bytes.size() / 2));
        const Error e = loadError(path);
        CHECK(e.code == ErrorCode::Corrupt);
        CHECK_THAT(e.text, Catch::Contains("damaged"));
    }
    SECTION("cut short inside the header")
    {
        const std::string path = savedFile(dir);
        test::writeAll(path, test::readAll(path).substr(0, 40));
        CHECK(loadError(path).code == ErrorCode::Corrupt);
    }
    SECTION("pages overwritten with garbage")
    {
        const std::string path = savedFile(dir);
        std::string bytes = test::readAll(path);
        REQUIRE(bytes.size() > 8192);
        for (std::size_t i = 4096 + 8; i < bytes.size(); i += 3)
            bytes[i] = static_cast<char>(0xA5);
        test::writeAll(path, bytes);
        CHECK(loadError(path).code == ErrorCode::Corrupt);
    }
    SECTION("a Mizan file whose values break the rules")
    {
        const std::string path = savedFile(dir);
        {
            sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
            db.exec("UPDATE segment SET market = 'galactic'");
        }
        const Error e = loadError(path);
        CHECK(e.code == ErrorCode::InvalidContent);
        CHECK_THAT(e.text, Catch::Contains("unknown market type \"galactic\""));
    }
    SECTION("a Mizan file with values the JSON format would refuse")
    {
        const std::string path = savedFile(dir);
        {
            sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
            db.exec("UPDATE note SET colour = 'red' WHERE id = 'kp-1'");
        }
        const Error e = loadError(path);
        CHECK(e.code == ErrorCode::InvalidContent);
        CHECK_THAT(e.text, Catch::Contains("kp-1"));
        CHECK_THAT(e.text, Catch::Contains("#rrggbb"));
    }
    SECTION("a Mizan file with text that is not UTF-8")
    {
        const std::string path = savedFile(dir);
        {
            sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
            db.exec("UPDATE note SET text = CAST(X'C3284142' AS TEXT) WHERE id = 'act-1'");
        }
        CHECK_THAT(loadError(path).text, Catch::Contains("UTF-8"));
    }
    SECTION("a Mizan file with a dangling reference")
    {
        const std::string path = savedFile(dir);
        {
            sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
            db.exec("PRAGMA foreign_keys = OFF");
            db.exec("DELETE FROM note WHERE id = 'seg-all'");
        }
        const Error e = loadError(path);
        CHECK(e.code == ErrorCode::InvalidContent);
        CHECK_THAT(e.text, Catch::Contains("seg-all"));
    }
}

TEST_CASE("A file from a newer Mizan opens read-only and is never modified", "[store][errors]")
{
    test::TempDir dir;
    const std::string path = savedFile(dir);
    {
        sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
        db.exec("PRAGMA user_version = 99");
    }
    const std::string before = test::readAll(path);
    LoadReport report;
    auto loaded = loadCanvasFile(path, &report);
    REQUIRE(loaded.ok());
    CHECK(report.readOnly);
    CHECK_THAT(report.readOnlyReason, Catch::Contains("newer Mizan"));
    CHECK(CanvasStore::open(path).error().code == ErrorCode::NewerVersion);
    CHECK(upgradeCanvasFile(path).error().code == ErrorCode::NewerVersion);
    CHECK(test::readAll(path) == before);

    SECTION("and if its tables changed beyond reading, the message still says why")
    {
        {
            sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
            db.exec("ALTER TABLE note RENAME COLUMN text TO text_v2");
        }
        const Error e = loadError(path);
        CHECK(e.code == ErrorCode::NewerVersion);
    }
}

TEST_CASE("Migrations run step by step in one transaction after keeping the original", "[store][migration]")
{
    test::TempDir dir;
    const std::string path = savedFile(dir);
    const std::string original = test::readAll(path);
    const int v = kSchemaVersion;
    std::vector<MigrationStep> steps = {
        {v, [](sqlite::Database& db) { db.exec("ALTER TABLE note ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0"); }},
        {v + 1, [](sqlite::Database& db) { db.exec("UPDATE note SET pinned = 1 WHERE block = 'channels'"); }},
    };

    SECTION("all steps applied")
    {
        auto report = upgradeCanvasFile(path, steps, v + 2);
        REQUIRE(report.ok());
        CHECK(report->fromVersion == v);
        CHECK(report->toVersion == v + 2);
        CHECK(test::readAll(report->backupPath) == original);
        sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
        CHECK(db.pragmaInt("user_version") == v + 2);
        auto st = db.prepare("SELECT count(*) FROM note WHERE pinned = 1");
        REQUIRE(st.step());
        CHECK(st.integer(0) == 2);
    }
    SECTION("a failing step leaves the file as it was")
    {
        steps.push_back({v + 2, [](sqlite::Database& db) { db.exec("THIS IS NOT SQL"); }});
        auto report = upgradeCanvasFile(path, steps, v + 3);
        REQUIRE_FALSE(report.ok());
        CHECK_THAT(report.error().text, Catch::Contains("left as it was"));
        CHECK(test::readAll(path) == original);
        CHECK(loadCanvasFile(path).ok());
    }
}

// A file as the first Mizan wrote it: schema 1, before touchpoints,
// economics, personas and the calendar.
std::string schemaOneFile(const test::TempDir& dir, Canvas canvas)
{
    for (BlockId b : allValues<BlockId>())
        for (Note n : canvas.notes(b))
            if (n.segment || n.team) {
                if (n.segment) {
                    n.segment->touchpoints.clear();
                    n.segment->economics.reset();
                    n.segment->personas.clear();
                }
                if (n.team)
                    n.team->serves.clear();
                canvas.replaceNote(n);
            }
    canvas.calendar.clear();
    const std::string path = dir.file("old.mizan");
    REQUIRE(saveCanvasFile(canvas, path).ok());
    sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
    for (const char* table :
         {"touchpoint", "segment_economics", "persona", "calendar_action", "team_serves", "dismissed_suggestion"})
        db.exec(std::string("DROP TABLE ") + table);
    db.exec("DROP TABLE version");
    db.exec("DROP TABLE merge_conflict");
    db.exec("PRAGMA user_version = 1");
    return path;
}

TEST_CASE("A schema 1 file reads as before, and upgrades to schema 2 keeping a copy", "[store][migration]")
{
    test::TempDir dir;
    Canvas expected = test::fullCanvas();
    const std::string path = schemaOneFile(dir, expected);
    const std::string before = test::readAll(path);

    LoadReport report;
    auto loaded = loadCanvasFile(path, &report);
    REQUIRE(loaded.ok());
    CHECK(report.schemaVersion == 1);
    CHECK(report.migrated);
    CHECK(test::readAll(path) == before);  // reading never writes
    CHECK(loaded->find("seg-families")->segment->touchpoints.empty());
    CHECK(loaded->find("plan-families")->plan == expected.find("plan-families")->plan);

    auto upgraded = upgradeCanvasFile(path);
    REQUIRE(upgraded.ok());
    CHECK(upgraded->fromVersion == 1);
    CHECK(upgraded->toVersion == kSchemaVersion);
    CHECK(test::readAll(upgraded->backupPath) == before);
    // The upgraded file takes the new parts.
    auto store = CanvasStore::open(path);
    REQUIRE(store.ok());
    Canvas canvas = loadCanvasFile(path).value();
    canvas.calendar = expected.calendar;
    REQUIRE(store.value()->writeAll(canvas).ok());
    CHECK(loadCanvasFile(path).value().calendar == expected.calendar);
}

// A file as Mizan 0.1 wrote it: schema 2, where teams did not say whom they
// serve and a touchpoint's survey was ticked (1) or not (0).
std::string schemaTwoFile(const test::TempDir& dir, Canvas canvas)
{
    for (BlockId b : allValues<BlockId>())
        for (Note n : canvas.notes(b))
            if (n.team) {
                n.team->serves.clear();
                canvas.replaceNote(n);
            }
    const std::string path = dir.file("v2.mizan");
    REQUIRE(saveCanvasFile(canvas, path).ok());
    sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
    db.exec("DROP TABLE team_serves");
    db.exec("DROP TABLE dismissed_suggestion");
    db.exec("CREATE TABLE touchpoint_v2 (segment_id TEXT NOT NULL REFERENCES note (id) ON DELETE CASCADE, "
            "position INTEGER NOT NULL, stage TEXT NOT NULL, channel_id TEXT REFERENCES note (id) DEFERRABLE "
            "INITIALLY DEFERRED, activity TEXT NOT NULL, office TEXT, owner TEXT NOT NULL, experience TEXT NOT NULL, "
            "measure_kind TEXT, measure TEXT NOT NULL, surveyed INTEGER NOT NULL, PRIMARY KEY (segment_id, position)) "
            "STRICT");
    db.exec("INSERT INTO touchpoint_v2 SELECT segment_id, position, stage, channel_id, activity, office, owner, "
            "experience, measure_kind, measure, coalesce(surveyed, 0) FROM touchpoint");
    db.exec("DROP TABLE touchpoint");
    db.exec("ALTER TABLE touchpoint_v2 RENAME TO touchpoint");
    db.exec("DROP TABLE version");
    db.exec("DROP TABLE merge_conflict");
    db.exec("PRAGMA user_version = 2");
    return path;
}

TEST_CASE("A schema 2 file upgrades to schema 3: teams serve anyone, an unticked survey is unanswered",
          "[store][migration]")
{
    test::TempDir dir;
    Canvas expected = test::fullCanvas();
    Note segment = *expected.find("seg-families");
    REQUIRE(segment.segment->touchpoints.size() >= 2);
    segment.segment->touchpoints[0].satisfactionSurveyed = true;
    segment.segment->touchpoints[1].satisfactionSurveyed = false;
    expected.replaceNote(segment);
    const std::string path = schemaTwoFile(dir, expected);
    const std::string before = test::readAll(path);

    LoadReport report;
    auto loaded = loadCanvasFile(path, &report);
    REQUIRE(loaded.ok());
    CHECK(report.schemaVersion == 2);
    CHECK(report.migrated);
    CHECK(test::readAll(path) == before);
    const auto& touchpoints = loaded->find("seg-families")->segment->touchpoints;
    CHECK(touchpoints[0].satisfactionSurveyed == true);
    CHECK_FALSE(touchpoints[1].satisfactionSurveyed.has_value());

    auto upgraded = upgradeCanvasFile(path);
    REQUIRE(upgraded.ok());
    CHECK(upgraded->fromVersion == 2);
    CHECK(test::readAll(upgraded->backupPath) == before);
    // The upgraded file says whom a team serves and "no" to a survey.
    Canvas canvas = loadCanvasFile(path).value();
    Note team = *canvas.find("res-team");
    team.team->serves = {"seg-families"};
    canvas.replaceNote(team);
    segment = *canvas.find("seg-families");
    segment.segment->touchpoints[1].satisfactionSurveyed = false;
    canvas.replaceNote(segment);
    auto store = CanvasStore::open(path);
    REQUIRE(store.ok());
    REQUIRE(store.value()->writeAll(canvas).ok());
    const Canvas reread = loadCanvasFile(path).value();
    CHECK(reread.find("res-team")->team->serves == std::vector<NoteId>{"seg-families"});
    CHECK(reread.find("seg-families")->segment->touchpoints[1].satisfactionSurveyed == false);
}

TEST_CASE("A schema 3 file upgrades to schema 4, and dismissed suggestions stay dismissed", "[store][migration]")
{
    test::TempDir dir;
    Canvas canvas = test::fullCanvas();
    const std::string path = dir.file("v3.mizan");
    REQUIRE(saveCanvasFile(canvas, path).ok());
    {
        sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
        db.exec("DROP TABLE dismissed_suggestion");
        db.exec("DROP TABLE version");
        db.exec("DROP TABLE merge_conflict");
        db.exec("PRAGMA user_version = 3");
    }
    LoadReport report;
    auto loaded = loadCanvasFile(path, &report);
    REQUIRE(loaded.ok());
    CHECK(report.schemaVersion == 3);
    CHECK(loaded->dismissedSuggestions.empty());
    REQUIRE(upgradeCanvasFile(path).ok());

    Canvas dismissed = loadCanvasFile(path).value();
    dismissed.dismissedSuggestions = {"plan-families|plan.mechanism|loyalty_program", "res-team|team.headcount|4"};
    auto store = CanvasStore::open(path);
    REQUIRE(store.ok());
    REQUIRE(store.value()->writeAll(dismissed).ok());
    CHECK(loadCanvasFile(path).value().dismissedSuggestions == dismissed.dismissedSuggestions);
}

TEST_CASE("A schema 4 file upgrades to schema 5 with an empty history, which then records versions",
          "[store][migration]")
{
    test::TempDir dir;
    const Canvas canvas = test::fullCanvas();
    const std::string path = dir.file("v4.mizan");
    REQUIRE(saveCanvasFile(canvas, path).ok());
    {
        sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
        db.exec("DROP TABLE version");
        db.exec("DROP TABLE merge_conflict");
        db.exec("PRAGMA user_version = 4");
    }
    LoadReport report;
    DocumentRecords records;
    auto loaded = loadCanvasFile(path, &report, &records);
    REQUIRE(loaded.ok());
    CHECK(report.migrated);
    CHECK(loaded.value() == canvas);
    CHECK(records.history.empty());
    REQUIRE(upgradeCanvasFile(path).ok());
    auto store = CanvasStore::open(path);
    REQUIRE(store.ok());
    REQUIRE(records.history.add(canvas, "Workshop 1", 1796169600000));
    REQUIRE(store.value()->writeVersion(records.history.versions().back()).ok());
    store.value().reset();
    DocumentRecords again;
    REQUIRE(loadCanvasFile(path, nullptr, &again).ok());
    REQUIRE(again.history.versions().size() == 1);
    CHECK(again.history.versions()[0].name == "Workshop 1");
    CHECK(again.history.canvasOf(1).value() == canvas);
}

TEST_CASE("An older schema is upgraded in memory when read, leaving the file untouched", "[store][migration]")
{
    test::TempDir dir;
    const std::string path = savedFile(dir);
    {
        sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
        db.exec("PRAGMA user_version = 0");
    }
    const std::string before = test::readAll(path);
    // Version 0 never existed: the reader says so instead of guessing.
    const Error e = loadError(path);
    CHECK_THAT(e.text, Catch::Contains("no canvas schema"));
    CHECK(test::readAll(path) == before);
}

TEST_CASE("A failed save leaves the target and the folder as they were", "[store][errors]")
{
    test::TempDir dir;
    const std::string path = savedFile(dir);
    const std::string before = test::readAll(path);

    SECTION("read-only folder")
    {
        REQUIRE(::chmod(dir.path().c_str(), 0555) == 0);
        const int code = test::runInChild([&] {
            if (!test::dropRoot())
                return 3;
            Canvas c;
            auto st = saveCanvasFile(c, path);
            if (st.ok())
                return 1;
            return st.error().code == ErrorCode::WriteFailed
                    && st.error().text.find("permission") != std::string::npos
                ? 0
                : 2;
        });
        ::chmod(dir.path().c_str(), 0755);
        CHECK(code == 0);
    }
    SECTION("disk full")
    {
        Canvas big = test::fullCanvas();
        for (int i = 0; i < 200; ++i) {
            Note n{.id = "big-" + std::to_string(i), .text = std::string(10'000, 'z')};
            big.insertNote(BlockId::KeyActivities, n);
        }
        const int code = test::runInChild([&] {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{256 * 1024, 256 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            auto st = saveCanvasFile(big, path);
            return st.ok() ? 1 : st.error().code == ErrorCode::WriteFailed ? 0 : 2;
        });
        CHECK(code == 0);
    }
    CHECK(test::readAll(path) == before);
    CHECK(folderEntries(dir.path()) == std::vector<std::string>{"canvas.mizan"});
}

TEST_CASE("A working copy takes edits one at a time and reads back the same canvas", "[store]")
{
    test::TempDir dir;
    Canvas canvas = test::fullCanvas();
    auto store = CanvasStore::create(dir.file("work.mizan"), canvas);
    REQUIRE(store.ok());
    auto& s = *store.value();
    REQUIRE(s.useWriteAheadLog().ok());

    Note edited = *canvas.find("seg-families");
    edited.text = "Families, renamed";
    edited.segment->market = MarketType::Mass;
    canvas.replaceNote(edited);
    REQUIRE(s.commit(canvas, {{edited.id}, {}, {}, false}).ok());

    Note added{.id = "act-new", .text = "Roast on Fridays", .links = {"seg-families"}};
    canvas.insertNote(BlockId::KeyActivities, added, 0);
    canvas.info.title = "Renamed canvas";
    REQUIRE(s.commit(canvas, {{added.id}, {}, {BlockId::KeyActivities}, true}).ok());

    auto changed = canvas.removeReferencesTo("seg-all");
    canvas.takeNote("seg-all");
    REQUIRE(s.commit(canvas, {changed, {"seg-all"}, {BlockId::CustomerSegments}, false}).ok());

    canvas.moveNote("vp-1", BlockId::RevenueStreams, 0);
    REQUIRE(s.commit(canvas, {{"vp-1"}, {}, {BlockId::ValuePropositions, BlockId::RevenueStreams}, false}).ok());

    auto read = s.read();
    REQUIRE(read.ok());
    CHECK(read.value() == canvas);

    const auto copied = s.copyTo(dir.file("saved.mizan"));
    INFO((copied.ok() ? "" : copied.error().oneLine()));
    REQUIRE(copied.ok());
    auto copy = loadCanvasFile(dir.file("saved.mizan"));
    REQUIRE(copy.ok());
    CHECK(copy.value() == canvas);
    // The saved copy is a single self-contained file, not a write-ahead log.
    sqlite::Database saved(dir.file("saved.mizan"), sqlite::Database::Mode::ReadOnly);
    auto mode = saved.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == "delete");
    CHECK_FALSE(fileExists(dir.file("saved.mizan-wal")));
}

TEST_CASE("Removing a note others still point at is refused by the file", "[store]")
{
    test::TempDir dir;
    auto store = CanvasStore::create(dir.file("work.mizan"), test::fullCanvas());
    REQUIRE(store.ok());
    // The editor must drop references first: the file's foreign keys enforce it.
    Canvas canvas = test::fullCanvas();
    canvas.takeNote("seg-families");
    CHECK_FALSE(store.value()->commit(canvas, {{}, {"seg-families"}, {}, false}).ok());
    auto read = store.value()->read();
    REQUIRE(read.ok());
    CHECK(read->contains("seg-families"));
}

TEST_CASE("What a Mizan killed while saving left beside a document goes at the next save or open", "[store][errors]")
{
    test::TempDir dir;
    const std::string path = savedFile(dir);
    // A process that has ended: its pid names no running process.
    const pid_t gone = ::fork();
    if (gone == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(gone, &status, 0);
    const std::string dead = dir.file(".canvas.mizan.saving-" + std::to_string(gone) + "-4711");
    const std::string live = dir.file(".canvas.mizan.saving-" + std::to_string(::getpid()) + "-4712");
    const std::string older = dir.file(".canvas.mizan.saving-815");  // before names said whose
    // Another document's, in the same folder: its writer is gone too (a first
    // Save As killed half-way leaves no document to open); without a pid,
    // another document's is not this save's to judge.
    const std::string someoneElses = dir.file(".other.mizan.saving-" + std::to_string(gone) + "-1");
    const std::string othersOlder = dir.file(".other.mizan.saving-816");
    for (const auto& f : {dead, dead + "-journal", live, older, someoneElses, othersOlder})
        REQUIRE(writeFileAtomically(f, "partial").ok());
    // The older-style file is recent: it may still be someone's save in progress.
    CHECK(loadCanvasFile(path).ok());
    const std::string mine = ".canvas.mizan.saving-" + std::to_string(::getpid()) + "-4712";
    CHECK(folderEntries(dir.path())
          == sortedNames({mine, ".canvas.mizan.saving-815", ".other.mizan.saving-816", "canvas.mizan"}));
    // Ten minutes later it is a leftover too.
    const auto old = std::filesystem::file_time_type::clock::now() - std::chrono::minutes(11);
    std::filesystem::last_write_time(older, old);
    std::filesystem::last_write_time(othersOlder, old);
    REQUIRE(saveCanvasFile(test::fullCanvas(), path).ok());
    CHECK(folderEntries(dir.path()) == sortedNames({mine, ".other.mizan.saving-816", "canvas.mizan"}));
}

namespace {

// The file with one of its pages overwritten with zeros, cut short, or with
// bytes flipped: the ways a disk or a copy damages a file.
std::string damaged(const std::string& good, const std::string& out, const std::function<void(std::string&)>& harm)
{
    auto bytes = readFile(good, 1 << 24);
    REQUIRE(bytes.ok());
    std::string b = bytes.value();
    harm(b);
    std::ofstream(out, std::ios::binary) << b;
    return out;
}

}  // namespace

TEST_CASE("A damaged document is refused on one line, and salvage recovers what can be read", "[store][salvage]")
{
    test::TempDir dir;
    const Canvas original = test::fullCanvas();
    const std::string good = savedFile(dir, original);
    auto bytes = readFile(good, 1 << 24);
    REQUIRE(bytes.ok());
    const std::size_t pages = bytes->size() / 4096;
    REQUIRE(pages > 10);

    int salvaged = 0, whole = 0, tried = 0;
    for (std::size_t p = 1; p < pages; ++p) {
        const std::string file = damaged(good, dir.file("zeroed.mizan"), [&](std::string& b) {
            std::fill(b.begin() + std::ptrdiff_t(p * 4096), b.begin() + std::ptrdiff_t((p + 1) * 4096), '\0');
        });
        ++tried;
        INFO("page " << p << " zeroed");
        const auto refused = loadCanvasFile(file);
        if (refused)
            continue;  // a page of free space or of an index the reader does not need
        // The refusal is one line, whatever SQLite reported.
        CHECK(refused.error().oneLine().find('\n') == std::string::npos);
        auto result = salvageCanvasFile(file);
        if (!result)
            continue;  // the list of tables itself was on that page
        ++salvaged;
        const Canvas& c = result->canvas;
        // What came back is a valid canvas that saves and opens again.
        CHECK(!firstBrokenReference(c));
        const std::string out = dir.file("salvaged.mizan");
        REQUIRE(saveCanvasFile(c, out).ok());
        CHECK(loadCanvasFile(out).ok());
        // Every note recovered is the original's, unchanged (its parts may
        // have lost references to notes that were lost).
        for (BlockId b : allValues<BlockId>())
            for (const Note& n : c.notes(b)) {
                const Note* was = original.find(n.id);
                REQUIRE(was);
                CHECK(n.text == was->text);
            }
        if (c.noteCount() == original.noteCount())
            ++whole;
        CHECK(result->report.notesRecovered == int(c.noteCount()));
        CHECK(result->report.summary().find(std::to_string(c.noteCount()) + " of ") == 0);
    }
    INFO(salvaged << " of " << tried << " damaged files salvaged, " << whole << " whole");
    CHECK(salvaged >= tried / 2);
    CHECK(whole > 0);
    // The damaged file itself is never changed.
    CHECK(readFile(dir.file("zeroed.mizan"), 1 << 24).ok());

    // Cut short before the tables: nothing to salvage, said clearly.
    const std::string stub = damaged(good, dir.file("stub.mizan"), [](std::string& b) { b.resize(200); });
    const auto nothing = salvageCanvasFile(stub);
    REQUIRE(!nothing);
    CHECK(nothing.error().oneLine().find("salvage") != std::string::npos);
}
