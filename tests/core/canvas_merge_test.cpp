// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/versions/canvas_diff.h"
#include "core/versions/canvas_merge.h"
#include "core/model/canvas_edit.h"
#include "core/model/canvas_validation.h"
#include "tests/support/random_edits.h"
#include "tests/support/sample_canvas.h"

#include <catch2/catch.hpp>


using namespace mizan;


TEST_CASE("Merging combines changes to different notes and fields, and reports the same field changed both ways",
          "[merge]")
{
    const Canvas base = test::fullCanvas();
    Canvas ours = base, theirs = base;
    Note seg = *ours.find("seg-families");
    seg.text = "Young families";
    ours.replaceNote(seg);
    Note plan = *theirs.find("plan-families");
    plan.plan->depth = Depth::Shallow;
    theirs.replaceNote(plan);
    Note segTheirs = *theirs.find("seg-families");
    segTheirs.segment->market = MarketType::Mass;
    theirs.replaceNote(segTheirs);

    MergeResult m = mergeCanvases(base, ours, theirs);
    CHECK(m.conflicts.empty());
    CHECK(m.canvas.find("seg-families")->text == "Young families");
    CHECK(m.canvas.find("seg-families")->segment->market == MarketType::Mass);
    CHECK(m.canvas.find("plan-families")->plan->depth == Depth::Shallow);

    // The same field both ways: a conflict, ours kept, the note tagged.
    segTheirs.text = "Families with toddlers";
    theirs.replaceNote(segTheirs);
    m = mergeCanvases(base, ours, theirs);
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts.front().note == "seg-families");
    CHECK(m.conflicts.front().field == "text");
    const Note& kept = *m.canvas.find("seg-families");
    CHECK(kept.text == "Young families");
    CHECK(std::find(kept.tags.begin(), kept.tags.end(), kConflictTag) != kept.tags.end());
}

TEST_CASE("A note deleted on one side and edited on the other is kept and reported", "[merge]")
{
    const Canvas base = test::fullCanvas();
    Canvas ours = base, theirs = base;
    edits::removeNotes(ours, {"ch-shop"}).apply(ours, true);
    Note ch = *theirs.find("ch-shop");
    ch.text = "Our shop, now open Sundays";
    theirs.replaceNote(ch);
    const MergeResult m = mergeCanvases(base, ours, theirs);
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts.front().field == "deleted");
    REQUIRE(m.canvas.find("ch-shop"));
    CHECK(m.canvas.find("ch-shop")->text == "Our shop, now open Sundays");
    CHECK(!firstBrokenReference(m.canvas));
}

TEST_CASE("Random edits on two copies merge into a valid canvas with every non-conflicting change", "[merge]")
{
    const Canvas base = test::fullCanvas();
    int conflicts = 0, changes = 0;
    for (unsigned seed = 1; seed <= 300; ++seed) {
        std::mt19937 rng(seed);
        Canvas ours = base, theirs = base;
        std::set<NoteId> touchedOurs, touchedTheirs;
        for (int step = 0; step < 4; ++step) {
            touchedOurs.insert(test::randomEdit(ours, rng, "ours", step));
            touchedTheirs.insert(test::randomEdit(theirs, rng, "theirs", step));
        }
        const MergeResult m = mergeCanvases(base, ours, theirs);
        INFO("seed " << seed);
        const auto broken = firstBrokenReference(m.canvas);
        INFO((broken ? m.canvas.notes(broken->block)[broken->index].id + " " + broken->field + " " + broken->message : ""));
        CHECK(!broken);
        CHECK(!firstInvalidValue(m.canvas));
        conflicts += int(m.conflicts.size());
        std::set<NoteId> conflicted;
        for (const auto& c : m.conflicts)
            conflicted.insert(c.note);
        // A note only one side touched is as that side left it (or gone
        // with it), up to references to notes the other side removed.
        for (const auto& [side, touched, other] :
             {std::tuple{&ours, &touchedOurs, &touchedTheirs}, std::tuple{&theirs, &touchedTheirs, &touchedOurs}}) {
            for (const NoteId& id : *touched) {
                if (other->count(id) || conflicted.count(id))
                    continue;
                ++changes;
                const Note* want = side->find(id);
                const Note* got = m.canvas.find(id);
                CHECK(bool(want) == bool(got));
                if (want && got) {
                    CHECK(got->text == want->text);
                    CHECK(m.canvas.locate(id)->block == side->locate(id)->block);
                }
            }
        }
    }
    WARN(changes << " one-sided changes checked over 300 seeds, " << conflicts << " conflicts reported");
}

TEST_CASE("Two copies with no common version merge without losing a note, and differing fields are conflicts",
          "[merge]")
{
    const Canvas start = test::fullCanvas();
    Canvas ours = start, theirs = start;
    ours.insertNote(BlockId::KeyResources, Note{.id = "ours-only", .text = "A van"});
    theirs.insertNote(BlockId::KeyPartners, Note{.id = "theirs-only", .text = "A bakery"});
    Note seg = *theirs.find("seg-families");
    seg.segment->market = MarketType::Niche;
    theirs.replaceNote(seg);
    Note ourSeg = *ours.find("seg-families");
    ourSeg.segment->market = MarketType::Segmented;
    ours.replaceNote(ourSeg);
    const MergeResult m = mergeWithoutBase(ours, theirs);
    CHECK(m.canvas.contains("ours-only"));
    CHECK(m.canvas.contains("theirs-only"));
    REQUIRE(m.conflicts.size() == 1);
    const MergeConflict& c = m.conflicts[0];
    CHECK(c.field == "segment/market");
    // Keeping theirs gives theirs' market.
    const auto loc = m.canvas.locate("seg-families");
    auto resolved = withTheirs(*m.canvas.find("seg-families"), loc->block, c);
    REQUIRE(resolved);
    CHECK(resolved.value().segment->market == MarketType::Niche);
    CHECK(!firstBrokenReference(m.canvas));
}
