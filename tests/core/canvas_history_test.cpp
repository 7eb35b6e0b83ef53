// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/versions/canvas_history.h"
#include "core/model/canvas_validation.h"
#include "core/storage/canvas_store.h"
#include "core/storage/sqlite_db.h"
#include "tests/support/random_edits.h"
#include "tests/support/sample_canvas.h"
#include "tests/support/synthetic_canvas.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <random>

using namespace mizan;

namespace {

constexpr std::int64_t kDay = 24 * 3600 * 1000;
constexpr std::int64_t kMonday = 1796169600000;   // 2026-12-01 00:00 UTC

// Random edits may move a segment a plan points at: such references go,
// as the editor's own edits would take them.
void repair(Canvas& c)
{
    while (const auto p = firstBrokenReference(c)) {
        const NoteId id = c.notes(p->block)[p->index].id;
        c.takeNote(id);
        c.removeReferencesTo(id);
    }
    for (CalendarAction& a : c.calendar)
        if (const auto loc = c.locate(a.segment); !loc || loc->block != BlockId::CustomerSegments)
            a.segment.clear();
}

// More versions than one whole copy covers (so chains start afresh), each
// after a few random edits, named by `name` (empty: automatic), a day apart
// from Monday on. Returns the canvases recorded, oldest first.
std::vector<Canvas> randomHistory(CanvasHistory& history, unsigned seed, const std::function<std::string(int)>& name)
{
    std::mt19937 rng(seed);
    Canvas canvas = test::fullCanvas();
    std::vector<Canvas> recorded;
    for (int v = 0; v < 2 * kFullCopyEvery + 3; ++v) {
        for (int e = 0; e < 1 + v % 4; ++e)
            test::randomEdit(canvas, rng, "v", v * 10 + e);
        repair(canvas);
        REQUIRE(history.add(canvas, name(v), kMonday + v * kDay));
        recorded.push_back(canvas);
    }
    return recorded;
}

}  // namespace

TEST_CASE("Every version of a history rebuilds exactly the canvas it recorded", "[history]")
{
    CanvasHistory history;
    const std::vector<Canvas> recorded = randomHistory(
        history, 7, [](int v) { return v % 5 == 0 ? "Workshop " + std::to_string(v) : std::string(); });
    const Canvas& canvas = recorded.back();
    REQUIRE(history.versions().size() == recorded.size());
    CHECK(history.versions()[0].base == 0);
    CHECK(history.versions()[1].base == 1);
    CHECK(history.versions()[kFullCopyEvery].base == 0);
    // Read back from a file, each version comes out as it was taken.
    test::TempDir dir;
    const std::string path = dir.file("history.mizan");
    DocumentRecords records{history, {}};
    REQUIRE(saveCanvasFile(canvas, path, &records));
    DocumentRecords read;
    auto loaded = loadCanvasFile(path, nullptr, &read);
    REQUIRE(loaded);
    REQUIRE(read.history.versions().size() == recorded.size());
    for (std::size_t i = 0; i < recorded.size(); ++i) {
        auto c = read.history.canvasOf(read.history.versions()[i].id);
        INFO((c ? std::string() : c.error().text));
        REQUIRE(c);
        CHECK(c.value() == recorded[i]);
        CHECK(read.history.versions()[i].name == history.versions()[i].name);
        CHECK(read.history.versions()[i].created == kMonday + std::int64_t(i) * kDay);
    }
}

TEST_CASE("Deleting a version keeps every other version as it was, in a file too", "[history]")
{
    CanvasHistory history;
    const std::vector<Canvas> recorded = randomHistory(history, 11, [](int v) { return "V" + std::to_string(v + 1); });
    const Canvas& canvas = recorded.back();
    // The first whole copy, one in the middle of a chain, the second whole
    // copy, and the newest.
    std::vector<std::int64_t> gone;
    for (std::int64_t id : {std::int64_t(1), std::int64_t(5), std::int64_t(kFullCopyEvery + 1),
                            std::int64_t(recorded.size())}) {
        auto redone = history.remove(id);
        INFO("removing " << id);
        REQUIRE(redone);
        gone.push_back(id);
        CHECK_FALSE(history.find(id));
        // Whatever the change, the versions left are each what they recorded,
        // with their names, dates and ids.
        for (std::size_t i = 0; i < recorded.size(); ++i) {
            const auto vid = std::int64_t(i + 1);
            if (std::find(gone.begin(), gone.end(), vid) != gone.end())
                continue;
            const Version* v = history.find(vid);
            REQUIRE(v);
            CHECK(v->name == "V" + std::to_string(vid));
            CHECK(v->created == kMonday + std::int64_t(i) * kDay);
            auto c = history.canvasOf(vid);
            REQUIRE(c);
            CHECK(c.value() == recorded[i]);
            // No version takes more rebuilding than before.
            int depth = 0;
            for (const Version* p = v; p->base; p = history.find(p->base))
                ++depth;
            CHECK(depth < kFullCopyEvery);
        }
    }
    CHECK(history.versions().size() == recorded.size() - 4);
    CHECK(history.versions().front().base == 0);
    // The next version follows on, and a file holds what is left.
    REQUIRE(history.add(canvas, "After", kMonday + 100 * kDay));
    // (Ids keep the order taken; the newest one deleted, its id is free again.)
    CHECK(history.versions().back().id == std::int64_t(recorded.size()));
    CHECK(history.versions()[history.versions().size() - 2].id == std::int64_t(recorded.size()) - 1);
    REQUIRE(history.rename(2, "Second, renamed"));
    REQUIRE(history.rename(3, ""));
    CHECK(history.find(3)->automatic());
    CHECK_FALSE(history.rename(1, "gone"));
    CHECK_FALSE(history.remove(1));
    test::TempDir dir;
    const std::string path = dir.file("history.mizan");
    DocumentRecords records{history, {}};
    REQUIRE(saveCanvasFile(canvas, path, &records));
    DocumentRecords read;
    REQUIRE(loadCanvasFile(path, nullptr, &read));
    REQUIRE(read.history.versions().size() == history.versions().size());
    CHECK(read.history.find(2)->name == "Second, renamed");
    for (const Version& v : history.versions()) {
        auto c = read.history.canvasOf(v.id);
        REQUIRE(c);
        CHECK(c.value() == history.canvasOf(v.id).value());
    }
}

TEST_CASE("A deletion needs only the version after the one deleted to be readable", "[history]")
{
    Canvas canvas = test::fullCanvas();
    CanvasHistory good;
    for (int v = 0; v < 4; ++v) {
        Note n = canvas.notes(BlockId::ValuePropositions).at(0);
        n.text = "Value, take " + std::to_string(v);
        canvas.replaceNote(n);
        REQUIRE(good.add(canvas, "", kMonday + v * kDay));
    }
    // The version after it damaged: the deletion is refused, nothing changes.
    std::vector<Version> versions = good.versions();
    versions[2].payload = "damaged";
    CanvasHistory history(versions);
    CHECK_FALSE(history.remove(2));
    CHECK(history.versions().size() == 4);
    CHECK(history.canvasOf(2));
    // A damaged version further on does not stand in the way (and stays as it was).
    versions = good.versions();
    versions[3].payload = "damaged";
    CanvasHistory later(versions);
    auto redone = later.remove(2);
    REQUIRE(redone);
    REQUIRE(redone.value().size() == 1);
    CHECK(redone.value()[0].id == 3);
    CHECK(redone.value()[0].base == 1);
    CHECK(redone.value()[0].changed == 1);
    CHECK(later.canvasOf(3).value() == good.canvasOf(3).value());
    CHECK_FALSE(later.canvasOf(4));
}

TEST_CASE("A version says how many notes were added, removed, moved and changed since the one before", "[history]")
{
    Canvas canvas = test::fullCanvas();
    CanvasHistory history;
    REQUIRE(history.add(canvas, "First", kMonday));
    const NoteId gone = canvas.notes(BlockId::KeyPartners).at(0).id;
    canvas.takeNote(gone);
    canvas.removeReferencesTo(gone);
    canvas.insertNote(BlockId::KeyResources, Note{.id = "new-1", .text = "A second kitchen"});
    Note n = canvas.notes(BlockId::ValuePropositions).at(0);
    n.text = "Healthy lunches, delivered by noon";
    canvas.replaceNote(n);
    auto second = history.add(canvas, "Second", kMonday + kDay);
    REQUIRE(second);
    CHECK(second.value().added == 1);
    CHECK(second.value().removed == 1);
    CHECK(second.value().changed >= 1);
    CHECK(second.value().moved == 0);
    CHECK(second.value().noteCount == std::int64_t(canvas.noteCount()));
}

TEST_CASE("The first save of a day keeps the state saved on an earlier day as that day's version", "[history]")
{
    Canvas saved = test::fullCanvas();
    saved.info.modified = kMonday + 17 * 3600000;   // Monday's last save
    CanvasHistory history;
    // A later save on Monday: the state it replaces is Monday's own; nothing yet.
    auto sameDay = history.recordDay(saved, kMonday);
    REQUIRE(sameDay);
    CHECK(!sameDay.value());
    // Tuesday's first save: Monday's state is kept, dated when it was saved.
    auto tuesday = history.recordDay(saved, kMonday + kDay);
    REQUIRE(tuesday);
    REQUIRE(tuesday.value());
    CHECK(tuesday.value()->automatic());
    CHECK(tuesday.value()->created == kMonday + 17 * 3600000);
    CHECK(history.canvasOf(1).value() == saved);
    // Later saves on Tuesday (the state they replace was saved on Tuesday): nothing.
    Canvas tuesdayState = saved;
    tuesdayState.info.title = "Tuesday";
    tuesdayState.info.modified = kMonday + kDay + 9 * 3600000;
    auto later = history.recordDay(tuesdayState, kMonday + kDay);
    REQUIRE(later);
    CHECK(!later.value());
    // Thursday, after a named version holding Tuesday's state: nothing new to keep.
    REQUIRE(history.add(tuesdayState, "Investor deck", kMonday + kDay + 10 * 3600000));
    auto thursday = history.recordDay(tuesdayState, kMonday + 3 * kDay);
    REQUIRE(thursday);
    CHECK(!thursday.value());
    CHECK(history.versions().size() == 2);
    // Friday, after Thursday's edits were saved: Thursday's state is kept.
    Canvas thursdayState = tuesdayState;
    thursdayState.info.title = "Thursday";
    thursdayState.info.modified = kMonday + 3 * kDay + 16 * 3600000;
    auto friday = history.recordDay(thursdayState, kMonday + 4 * kDay);
    REQUIRE(friday);
    REQUIRE(friday.value());
    CHECK(history.canvasOf(3).value().info.title == "Thursday");
}

TEST_CASE("A damaged version is an error for that version only", "[history]")
{
    Canvas canvas = test::fullCanvas();
    CanvasHistory history;
    REQUIRE(history.add(canvas, "One", kMonday));
    canvas.info.title = "Two";
    REQUIRE(history.add(canvas, "Two", kMonday + 1));
    test::TempDir dir;
    const std::string path = dir.file("damaged.mizan");
    DocumentRecords records{history, {}};
    REQUIRE(saveCanvasFile(canvas, path, &records));
    {
        sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
        db.exec("UPDATE version SET payload = x'00112233' WHERE id = 2");
    }
    DocumentRecords read;
    REQUIRE(loadCanvasFile(path, nullptr, &read));
    CHECK(read.history.canvasOf(1));
    auto two = read.history.canvasOf(2);
    REQUIRE(!two);
    CHECK(two.error().text.find("Version 2") != std::string::npos);
    // A version that points at a missing one makes the file invalid, with a clear message.
    {
        sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
        db.exec("UPDATE version SET base = 9 WHERE id = 2");
    }
    auto refused = loadCanvasFile(path, nullptr, &read);
    REQUIRE(!refused);
    CHECK(refused.error().text.find("missing version") != std::string::npos);
}

TEST_CASE("Merge conflicts left to resolve travel with the file", "[history]")
{
    test::TempDir dir;
    const std::string path = dir.file("merged.mizan");
    DocumentRecords records;
    records.conflicts.push_back({"seg-families", "Families", "segment/market", "\"mass\"", "\"niche\"", "\"segmented\""});
    REQUIRE(saveCanvasFile(test::fullCanvas(), path, &records));
    DocumentRecords read;
    REQUIRE(loadCanvasFile(path, nullptr, &read));
    REQUIRE(read.conflicts.size() == 1);
    CHECK(read.conflicts[0].field == "segment/market");
    CHECK(read.conflicts[0].theirs == "\"segmented\"");
}

TEST_CASE("Fifty versions of a large canvas take a few times the room of one", "[history][size]")
{
    std::mt19937 rng(3);
    Canvas canvas = test::syntheticCanvas(200);   // about 1,000 notes
    test::TempDir dir;
    const std::string one = dir.file("one.mizan");
    REQUIRE(saveCanvasFile(canvas, one));
    CanvasHistory history;
    for (int v = 0; v < 50; ++v) {
        for (int e = 0; e < 20; ++e)
            test::randomEdit(canvas, rng, "w", v * 100 + e);
        repair(canvas);
        REQUIRE(history.add(canvas, {}, kMonday + v * kDay));
    }
    const std::string fifty = dir.file("fifty.mizan");
    DocumentRecords records{history, {}};
    REQUIRE(saveCanvasFile(canvas, fifty, &records));
    const auto sizeOne = std::filesystem::file_size(one);
    const auto sizeFifty = std::filesystem::file_size(fifty);
    INFO("one version " << sizeOne << " bytes, fifty " << sizeFifty);
    CHECK(sizeFifty < 3 * sizeOne);
}

TEST_CASE("Combining two copies' histories keeps ours and adds the versions only theirs took", "[history]")
{
    Canvas canvas = test::fullCanvas();
    CanvasHistory shared;
    REQUIRE(shared.add(canvas, "Workshop 1", kMonday));
    CanvasHistory ours = shared, theirs = shared;
    canvas.info.title = "Ours";
    REQUIRE(ours.add(canvas, "Our pitch", kMonday + kDay));
    Canvas theirsCanvas = test::fullCanvas();
    theirsCanvas.info.title = "Theirs";
    REQUIRE(theirs.add(theirsCanvas, "Client review", kMonday + 2 * kDay));
    const CanvasHistory both = combinedHistory(ours, theirs);
    REQUIRE(both.versions().size() == 3);
    CHECK(both.versions()[0].name == "Workshop 1");
    CHECK(both.versions()[1].name == "Our pitch");
    CHECK(both.versions()[2].name == "Client review");
    CHECK(both.versions()[2].created == kMonday + 2 * kDay);
    CHECK(both.canvasOf(3).value().info.title == "Theirs");
}
