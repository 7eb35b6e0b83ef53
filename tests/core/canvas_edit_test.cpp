// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/canvas_edit.h"
#include "core/model/canvas_validation.h"
#include "core/storage/canvas_store.h"
#include "core/formats/json_format.h"
#include "tests/support/random_edits.h"
#include "tests/support/sample_canvas.h"
#include "tests/support/synthetic_canvas.h"

#include <catch2/catch.hpp>

#include <random>

using namespace mizan;

namespace {

// What an edit must do, done directly on a copy of the canvas.
struct Expectation {
    Canvas canvas;
};

std::vector<NoteId> idsIn(const Canvas& c, BlockId b)
{
    std::vector<NoteId> ids;
    for (const Note& n : c.notes(b))
        ids.push_back(n.id);
    return ids;
}

}  // namespace

TEST_CASE("Edits apply forward and back to exactly the canvas they describe", "[edit]")
{
    Canvas canvas = test::syntheticCanvas(8, 3);
    const Canvas original = canvas;
    std::mt19937 rng(5);
    std::vector<CanvasEdit> history;
    for (int step = 0; step < 400; ++step) {
        Canvas expected = canvas;
        CanvasEdit edit;
        const auto block = static_cast<BlockId>(rng() % kBlockCount);
        const auto& notes = canvas.notes(block);
        const auto pickId = [&] { return notes[rng() % notes.size()].id; };
        switch (rng() % 5) {
        case 0: {
            Note n{.id = canvas.newNoteId(), .text = "new " + std::to_string(step)};
            const std::size_t at = rng() % (notes.size() + 1);
            edit = edits::insertNotes(canvas, block, at, {n});
            expected.insertNote(block, n, at);
            break;
        }
        case 1: {
            if (notes.empty())
                continue;
            Note n = *canvas.find(pickId());
            n.text += " changed";
            n.tags.push_back("t");
            edit = edits::changeNotes(canvas, {n});
            expected.replaceNote(n);
            break;
        }
        case 2: {
            if (notes.empty())
                continue;
            const NoteId id = pickId();
            edit = edits::removeNotes(canvas, {id});
            expected.removeReferencesTo(id);
            expected.takeNote(id);
            break;
        }
        case 3: {
            if (notes.empty())
                continue;
            const NoteId id = pickId();
            const auto target = static_cast<BlockId>(rng() % kBlockCount);
            const std::size_t at = rng() % (canvas.notes(target).size() + 1);
            edit = edits::moveNotes(canvas, {id}, target, at);
            auto n = expected.takeNote(id);
            expected.insertNote(target, adaptedToBlock(*n, target), std::min(at, expected.notes(target).size()));
            break;
        }
        default: {
            CanvasInfo info = canvas.info;
            info.title = "Title " + std::to_string(step);
            edit = edits::changeInfo(canvas, info);
            expected.info = info;
            break;
        }
        }
        edit.apply(canvas, true);
        INFO("step " << step);
        REQUIRE(canvas == expected);
        for (BlockId b : allValues<BlockId>())
            REQUIRE(idsIn(canvas, b) == idsIn(expected, b));
        history.push_back(std::move(edit));
    }
    for (auto it = history.rbegin(); it != history.rend(); ++it)
        it->apply(canvas, false);
    CHECK(canvas == original);
}

TEST_CASE("Deleting a segment drops every reference to it, and undo brings them back", "[edit]")
{
    Canvas canvas = test::fullCanvas();
    const Canvas original = canvas;
    const CanvasEdit edit = edits::removeNotes(canvas, {"seg-families"});
    edit.apply(canvas, true);
    CHECK_FALSE(canvas.contains("seg-families"));
    CHECK(canvas.find("plan-families")->plan->segment.empty());
    CHECK(canvas.find("vp-1")->links == std::vector<NoteId>{"seg-all"});
    edit.apply(canvas, false);
    CHECK(canvas == original);
}

TEST_CASE("Typing merges into one edit whose undo restores the text before the first key", "[edit]")
{
    Canvas canvas = test::fullCanvas();
    Note n = *canvas.find("rev-1");
    const std::string before = n.text;
    n.text = before + "a";
    CanvasEdit first = edits::changeNotes(canvas, {n});
    first.apply(canvas, true);
    n.text = before + "ab";
    CanvasEdit second = edits::changeNotes(canvas, {n});
    second.apply(canvas, true);
    REQUIRE(first.mergeWith(second));
    first.apply(canvas, false);
    CHECK(canvas.find("rev-1")->text == before);
    first.apply(canvas, true);
    CHECK(canvas.find("rev-1")->text == before + "ab");
    CHECK_FALSE(first.mergeWith(edits::changeNotes(canvas, {*canvas.find("vp-1")})));
}

TEST_CASE("An edit that changes nothing is empty", "[edit]")
{
    const Canvas canvas = test::fullCanvas();
    CHECK(edits::changeNotes(canvas, {*canvas.find("vp-1")}).empty());
    CHECK(edits::moveNotes(canvas, {"vp-1"}, BlockId::ValuePropositions, 0).empty());
    CHECK(edits::changeInfo(canvas, canvas.info).empty());
    CHECK_FALSE(edits::moveNotes(canvas, {"vp-1"}, BlockId::KeyPartners, 0).empty());
}

TEST_CASE("What an edit writes to the working copy reproduces the canvas", "[edit][store]")
{
    test::TempDir dir;
    Canvas canvas = test::syntheticCanvas(6, 9);
    auto store = CanvasStore::create(dir.file("wc.mizan"), canvas);
    REQUIRE(store.ok());
    std::mt19937 rng(11);
    for (int step = 0; step < 120; ++step) {
        const auto block = static_cast<BlockId>(rng() % kBlockCount);
        const auto& notes = canvas.notes(block);
        CanvasEdit edit;
        if (notes.empty() || rng() % 3 == 0)
            edit = edits::insertNotes(canvas, block, rng() % (notes.size() + 1), {Note{.id = canvas.newNoteId(), .text = "x"}});
        else if (rng() % 2)
            edit = edits::removeNotes(canvas, {notes[rng() % notes.size()].id});
        else
            edit = edits::moveNotes(canvas, {notes[rng() % notes.size()].id}, static_cast<BlockId>(rng() % kBlockCount), rng() % 4);
        const StoreEdit writes = edit.apply(canvas, true);
        REQUIRE(store.value()->commit(canvas, writes).ok());
    }
    auto read = store.value()->read();
    INFO((read.ok() ? "" : read.error().oneLine()));
    REQUIRE(read.ok());
    CHECK(read.value() == canvas);
}

TEST_CASE("Pasted notes get new ids, keep references among themselves and to this canvas", "[edit][clipboard]")
{
    const Canvas source = test::fullCanvas();
    std::vector<BlockNote> copied;
    for (const char* id : {"seg-families", "ch-shop", "plan-families"}) {
        const auto loc = source.locate(id);
        copied.push_back({loc->block, *source.find(id)});
    }
    auto clip = notesFromJson(notesToJson(copied));
    REQUIRE(clip.ok());
    REQUIRE(clip->size() == 3);

    // Into another canvas that has none of these notes.
    Canvas target;
    target.insertNote(BlockId::Channels, Note{.id = "ch-partner", .text = "Their partner"});
    std::vector<std::pair<BlockId, Note>> notes;
    for (auto& bn : clip.value())
        notes.emplace_back(bn.block, bn.note);
    const CanvasEdit edit = edits::pasteNotes(target, notes);
    edit.apply(target, true);
    REQUIRE(target.notes(BlockId::CustomerSegments).size() == 1);
    const Note& seg = target.notes(BlockId::CustomerSegments).front();
    const Note& plan = target.notes(BlockId::CustomerRelationships).front();
    const Note& ch = target.notes(BlockId::Channels).back();
    CHECK(seg.id != "seg-families");
    CHECK(plan.plan->segment == seg.id);
    CHECK(ch.channel->segments == std::vector<NoteId>{seg.id});
    // ch-partner exists here too, so the plan keeps it; seg-all does not.
    CHECK(plan.plan->channels == std::vector<NoteId>{ch.id, "ch-partner"});
    CHECK(std::find(seg.links.begin(), seg.links.end(), "seg-all") == seg.links.end());

    // All into Key Partners: they are no longer segments, channels or plans.
    Canvas flat;
    edits::pasteNotes(flat, notes, BlockId::KeyPartners).apply(flat, true);
    CHECK(flat.notes(BlockId::KeyPartners).size() == 3);
    for (const Note& n : flat.notes(BlockId::KeyPartners))
        CHECK((!n.segment && !n.channel && !n.plan));
}

TEST_CASE("A pasted segment's touchpoints follow its channel or lose a channel the canvas lacks", "[edit][clipboard]")
{
    // Found by fuzzing the clipboard: a touchpoint kept naming a channel of
    // the canvas it was copied from, and the pasted canvas could not be saved.
    const Canvas source = test::fullCanvas();
    const Note& families = *source.find("seg-families");
    REQUIRE(!families.segment->touchpoints.empty());
    REQUIRE(!families.segment->touchpoints.front().channel.empty());
    const NoteId channel = families.segment->touchpoints.front().channel;

    // Alone: the touchpoint stays, on no channel.
    Canvas alone;
    edits::pasteNotes(alone, {{BlockId::CustomerSegments, families}}).apply(alone, true);
    CHECK(!firstBrokenReference(alone));
    const Note& pasted = alone.notes(BlockId::CustomerSegments).front();
    REQUIRE(pasted.segment->touchpoints.size() == families.segment->touchpoints.size());
    CHECK(pasted.segment->touchpoints.front().channel.empty());
    CHECK(pasted.segment->touchpoints.front().activity == families.segment->touchpoints.front().activity);

    // With its channel: the touchpoint follows the channel's new id.
    Canvas both;
    edits::pasteNotes(both, {{BlockId::CustomerSegments, families}, {BlockId::Channels, *source.find(channel)}})
        .apply(both, true);
    CHECK(!firstBrokenReference(both));
    CHECK(both.notes(BlockId::CustomerSegments).front().segment->touchpoints.front().channel
          == both.notes(BlockId::Channels).front().id);
}

TEST_CASE("A note copied with a link to itself is pasted without it", "[edit][clipboard]")
{
    // Found by fuzzing the clipboard: the link followed the note to its new
    // id, and the canvas held a note referring to itself.
    Note looped{.id = "res-loop", .text = "Fabrics", .links = {"res-loop", "seg-families"}};
    Canvas target = test::fullCanvas();
    edits::pasteNotes(target, {{BlockId::KeyResources, looped}}).apply(target, true);
    const Note& pasted = target.notes(BlockId::KeyResources).back();
    CHECK(pasted.links == std::vector<NoteId>{"seg-families"});
    CHECK(!firstBrokenReference(target));
}

TEST_CASE("Replacing a canvas by another is one edit whose undo gives the first back exactly", "[edit]")
{
    std::mt19937 rng(11);
    for (int seed = 0; seed < 200; ++seed) {
        const Canvas start = test::fullCanvas();
        Canvas target = start;
        for (int e = 0; e < 1 + seed % 12; ++e)
            test::randomEdit(target, rng, "t", e);
        Canvas c = start;
        const CanvasEdit edit = edits::replaceCanvas(c, target);
        edit.apply(c, true);
        REQUIRE(c == target);
        edit.apply(c, false);
        REQUIRE(c == start);
        CHECK(edits::replaceCanvas(target, target).empty());
    }
}
