// SPDX-License-Identifier: GPL-3.0-or-later
// A failing disk and a power cut, at every I/O call of every operation that
// writes: saving over a document, converting to a new one, the working
// copy's per-edit commit, a schema migration, a JSON export. Whatever call
// fails, nothing crashes, the error is one clear line, the document is the
// old version or the new one (never damaged), and no edit the working copy
// acknowledged is lost.

#include "core/model/canvas_edit.h"
#include "core/formats/json_format.h"
#include "core/storage/canvas_store.h"
#include "core/storage/file_util.h"
#include "core/storage/sqlite_db.h"
#include "tests/support/faulty_disk.h"
#include "tests/support/sample_canvas.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace mizan;
using test::FaultyDisk;
using Fault = FaultyDisk::Fault;

namespace {

constexpr int kMostCalls = 20000;   // far more I/O calls than any operation here makes

Canvas edited(Canvas c, int step)
{
    Note n = *c.find("seg-families");
    n.text = "Young families, version " + std::to_string(step);
    c.replaceNote(n);
    REQUIRE(c.insertNote(BlockId::KeyActivities, Note{.id = "edit-" + std::to_string(step), .text = "Step " + std::to_string(step)}));
    c.info.title = "Edited " + std::to_string(step);
    return c;
}

std::vector<std::string> entries(const std::string& dir)
{
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

void removeDocument(const std::string& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        std::filesystem::remove(path + suffix);
}

// Runs op with the Nth call failing, for every N until op runs through
// without reaching it; check sees each outcome. Returns the points tried.
template <typename Op, typename Check>
int everyFaultPoint(Fault fault, bool diskFull, Op op, Check check)
{
    FaultyDisk& disk = FaultyDisk::install();
    int n = 1;
    for (; n < kMostCalls; ++n) {
        disk.arm(n, fault, diskFull);
        const Status st = op();
        const bool fired = disk.fired();
        disk.disarm();
        INFO("fault at call " << n);
        check(st, fired);
        if (!fired)
            break;
    }
    REQUIRE(n < kMostCalls);
    return n - 1;
}

void requireOneClearLine(const Status& st)
{
    if (st)
        return;
    const std::string line = st.error().oneLine();
    CHECK(!st.error().title.empty());
    CHECK(line.find('\n') == std::string::npos);
}

}  // namespace

TEST_CASE("Saving over a document: at any failing call, the old version or the new one", "[faults]")
{
    FaultyDisk::install();  // before any file is opened, so every one goes through it
    test::TempDir dir;
    const std::string path = dir.file("canvas.mizan");
    const Canvas before = test::fullCanvas();
    const Canvas after = edited(before, 1);
    for (const auto& [fault, full] : {std::pair{Fault::Once, false}, {Fault::FromThenOn, true}}) {
        int tried = 0;
        for (int n = 1; n < kMostCalls; ++n) {
            removeDocument(path);
            REQUIRE(saveCanvasFile(before, path).ok());
            FaultyDisk& disk = FaultyDisk::install();
            disk.arm(n, fault, full);
            const Status st = saveCanvasFile(after, path);
            const bool fired = disk.fired();
            disk.disarm();
            INFO("fault at call " << n << (full ? ", the disk full from then on" : ", once"));
            requireOneClearLine(st);
            auto loaded = loadCanvasFile(path);
            REQUIRE(loaded.ok());
            if (st)
                CHECK(loaded.value() == after);
            else
                CHECK((loaded.value() == before || loaded.value() == after));
            CHECK(entries(dir.path()) == std::vector<std::string>{"canvas.mizan"});
            if (!fired)
                break;
            ++tried;
        }
        CHECK(tried > 20);
        WARN("save: " << tried << " fault points, " << (full ? "disk full from then on" : "one failing call"));
    }
}

TEST_CASE("Converting to a new .mizan: a failure leaves no file", "[faults]")
{
    FaultyDisk::install();  // before any file is opened, so every one goes through it
    test::TempDir dir;
    const std::string path = dir.file("new.mizan");
    const Canvas canvas = test::fullCanvas();
    const int points = everyFaultPoint(
        Fault::Once, false,
        [&] {
            removeDocument(path);
            return saveCanvasFile(canvas, path);
        },
        [&](const Status& st, bool) {
            requireOneClearLine(st);
            if (st || std::filesystem::exists(path)) {
                // Written whole (a failure after the rename says the folder
                // was not flushed, but the file is complete).
                auto loaded = loadCanvasFile(path);
                REQUIRE(loaded.ok());
                CHECK(loaded.value() == canvas);
            }
            const auto names = entries(dir.path());
            CHECK(names.size() <= 1);
        });
    CHECK(points > 20);
    WARN("convert to .mizan: " << points << " fault points");
}

TEST_CASE("The working copy's commit: a failed edit is refused whole, none acknowledged is lost", "[faults]")
{
    FaultyDisk::install();  // before any file is opened, so every one goes through it
    test::TempDir dir;
    const std::string path = dir.file("working.mizan");
    const Canvas start = test::fullCanvas();
    Canvas acknowledged, attempted;
    int tried = 0;
    for (int n = 1; n < kMostCalls; ++n) {
        removeDocument(path);
        Canvas canvas = start;
        {
            auto store = CanvasStore::create(path, canvas);
            REQUIRE(store.ok());
            REQUIRE(store.value()->useWriteAheadLog().ok());
            for (int step = 1; step <= 2; ++step) {
                Note seg = *canvas.find("seg-families");
                seg.text = "Families " + std::to_string(step);
                const StoreEdit w = edits::changeNotes(canvas, {seg}).apply(canvas, true);
                REQUIRE(store.value()->commit(canvas, w).ok());
            }
            acknowledged = canvas;
            FaultyDisk& disk = FaultyDisk::install();
            disk.arm(n, Fault::Once);
            const StoreEdit w = edits::insertNotes(canvas, BlockId::KeyActivities, 0,
                                                   {Note{.id = "act-new", .text = "Night baking"}})
                                    .apply(canvas, true);
            const Status st = store.value()->commit(canvas, w);
            attempted = canvas;
            const bool fired = disk.fired();
            disk.disarm();
            INFO("fault at call " << n);
            requireOneClearLine(st);
            store.value().reset();  // the editor stops writing after a failure
            auto reread = loadCanvasFile(path);
            REQUIRE(reread.ok());
            if (st)
                CHECK(reread.value() == attempted);
            else
                CHECK((reread.value() == acknowledged || reread.value() == attempted));
            if (!fired)
                break;
            ++tried;
        }
    }
    CHECK(tried > 5);
    WARN("working-copy commit: " << tried << " fault points");
}

TEST_CASE("A schema migration: at any failing call, the file opens as before or upgraded", "[faults]")
{
    FaultyDisk::install();  // before any file is opened, so every one goes through it
    test::TempDir dir;
    const std::string path = dir.file("v3.mizan");
    const Canvas canvas = test::fullCanvas();
    const auto makeV3 = [&] {
        removeDocument(path);
        for (const auto& name : entries(dir.path()))
            std::filesystem::remove(dir.file(name));
        REQUIRE(saveCanvasFile(canvas, path).ok());
        sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
        db.exec("DROP TABLE dismissed_suggestion");
        db.exec("DROP TABLE version");
        db.exec("DROP TABLE merge_conflict");
        db.exec("PRAGMA user_version = 3");
    };
    int tried = 0;
    for (int n = 1; n < kMostCalls; ++n) {
        makeV3();
        FaultyDisk& disk = FaultyDisk::install();
        disk.arm(n, Fault::Once);
        const auto st = upgradeCanvasFile(path);
        const bool fired = disk.fired();
        disk.disarm();
        INFO("fault at call " << n);
        if (!st) {
            CHECK(st.error().oneLine().find('\n') == std::string::npos);
        }
        LoadReport report;
        auto loaded = loadCanvasFile(path, &report);
        INFO((loaded ? std::string() : loaded.error().oneLine()));
        REQUIRE(loaded.ok());
        Canvas expected = canvas;
        expected.dismissedSuggestions.clear();  // schema 3 had none
        CHECK(loaded.value() == expected);
        CHECK((report.schemaVersion == 3 || report.schemaVersion == kSchemaVersion));
        if (!fired)
            break;
        ++tried;
    }
    CHECK(tried > 10);
    WARN("schema migration: " << tried << " fault points");
}

TEST_CASE("A JSON export over an older one: a failure keeps the older one whole", "[faults]")
{
    FaultyDisk::install();  // before any file is opened, so every one goes through it
    test::TempDir dir;
    const std::string path = dir.file("canvas.json");
    const std::string older = toJson(test::fullCanvas());
    const std::string newer = toJson(edited(test::fullCanvas(), 2));
    int tried = 0;
    for (int n = 1; n < kMostCalls; ++n) {
        REQUIRE(writeFileAtomically(path, older).ok());
        FaultyDisk& disk = FaultyDisk::install();
        disk.arm(n, Fault::Once, true);
        const Status st = writeFileAtomically(path, newer);
        const bool fired = disk.fired();
        disk.disarm();
        INFO("fault at call " << n);
        requireOneClearLine(st);
        auto now = readFile(path, 1 << 24);
        REQUIRE(now.ok());
        CHECK((now.value() == older || now.value() == newer));
        CHECK(entries(dir.path()) == std::vector<std::string>{"canvas.json"});
        if (!fired)
            break;
        ++tried;
    }
    CHECK(tried >= 4);
    WARN("JSON export: " << tried << " fault points");
}

TEST_CASE("A power cut at any sync of a save leaves the old version or the new one", "[faults][power]")
{
    FaultyDisk::install();  // before any file is opened, so every one goes through it
    test::TempDir dir;
    const std::string path = dir.file("canvas.mizan");
    const Canvas before = test::fullCanvas();
    const Canvas after = edited(before, 3);
    for (Fault fault : {Fault::PowerLoss, Fault::PowerLossPartial}) {
        int tried = 0;
        for (int n = 1; n < kMostCalls; ++n) {
            for (const auto& name : entries(dir.path()))
                std::filesystem::remove(dir.file(name));
            REQUIRE(saveCanvasFile(before, path).ok());
            FaultyDisk& disk = FaultyDisk::install();
            disk.arm(n, fault);
            const Status st = saveCanvasFile(after, path);
            const bool fired = disk.fired();
            disk.disarm();  // the power is back
            INFO("power cut at sync " << n << (fault == Fault::PowerLossPartial ? ", writes landed in part" : ""));
            auto loaded = loadCanvasFile(path);
            REQUIRE(loaded.ok());
            CHECK((loaded.value() == before || loaded.value() == after));
            if (st)
                CHECK(loaded.value() == after);
            if (!fired)
                break;
            ++tried;
        }
        CHECK(tried >= 3);
        WARN("power cut during a save: " << tried << " crash points"
                                          << (fault == Fault::PowerLossPartial ? " (partial writes)" : ""));
    }
}

TEST_CASE("A power cut while edits are committed loses none that was acknowledged", "[faults][power]")
{
    FaultyDisk::install();  // before any file is opened, so every one goes through it
    test::TempDir dir;
    const std::string path = dir.file("working.mizan");
    for (Fault fault : {Fault::PowerLoss, Fault::PowerLossPartial}) {
        int tried = 0;
        for (int n = 1; n < kMostCalls; ++n) {
            removeDocument(path);
            Canvas canvas = test::fullCanvas();
            std::vector<Canvas> states{canvas};
            int acknowledged = 0;
            bool fired = false;
            {
                auto store = CanvasStore::create(path, canvas);
                REQUIRE(store.ok());
                REQUIRE(store.value()->useWriteAheadLog().ok());
                FaultyDisk& disk = FaultyDisk::install();
                disk.arm(n, fault);
                for (int step = 1; step <= 6; ++step) {
                    const StoreEdit w = edits::insertNotes(canvas, BlockId::KeyActivities, 0,
                                                           {Note{.id = "step-" + std::to_string(step), .text = "Step"}})
                                            .apply(canvas, true);
                    states.push_back(canvas);
                    if (!store.value()->commit(canvas, w))
                        break;
                    acknowledged = step;
                }
                fired = disk.fired();
            }
            FaultyDisk::install().disarm();  // the power is back
            INFO("power cut at sync " << n << ", " << acknowledged << " edits acknowledged");
            auto reread = loadCanvasFile(path);
            REQUIRE(reread.ok());
            const auto at = std::find(states.rbegin(), states.rend(), reread.value());
            REQUIRE(at != states.rend());
            CHECK(states.rend() - at - 1 >= acknowledged);
            if (!fired)
                break;
            ++tried;
        }
        CHECK(tried >= 6);
        WARN("power cut during edits: " << tried << " crash points"
                                         << (fault == Fault::PowerLossPartial ? " (partial writes)" : ""));
    }
}
