// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/versions/canvas_diff.h"
#include "core/model/canvas_edit.h"
#include "tests/support/sample_canvas.h"

#include <catch2/catch.hpp>

using namespace mizan;

namespace {

const CanvasChange* find(const std::vector<CanvasChange>& changes, CanvasChange::Kind kind, const NoteId& id,
                         const std::string& field = {})
{
    for (const auto& c : changes)
        if (c.kind == kind && c.note == id && (field.empty() || c.field == field))
            return &c;
    return nullptr;
}

}  // namespace

TEST_CASE("A canvas compared with itself has no change", "[diff]")
{
    const Canvas c = test::fullCanvas();
    CHECK(diffCanvases(c, c).empty());
    CHECK(changesToJson({}).find(R"("same": true)") != std::string::npos);
}

TEST_CASE("Added, removed, moved and changed notes, field by field, in the canvas's words", "[diff]")
{
    const Canvas before = test::fullCanvas();
    Canvas after = before;
    after.info.title = "Roastery, week 3";
    after.info.modified += 1000;  // a save: not a change
    Note plan = *after.find("plan-families");
    plan.plan->depth = plan.plan->depth == Depth::Deep ? Depth::Shallow : Depth::Deep;
    after.replaceNote(plan);
    Note seg = *after.find("seg-families");
    seg.text = "Young families";
    seg.segment->market = MarketType::Mass;
    after.replaceNote(seg);
    edits::removeNotes(after, {"ch-shop"}).apply(after, true);
    after.insertNote(BlockId::KeyPartners, Note{.id = "par-new", .text = "Courier"});
    const NoteId moved = after.notes(BlockId::KeyActivities).front().id;
    after.moveNote(moved, BlockId::KeyResources, 0);

    const auto changes = diffCanvases(before, after);
    REQUIRE(!changes.empty());
    CHECK(changes.front().kind == CanvasChange::Kind::Canvas);
    CHECK(changes.front().field == "title");
    CHECK(changes.front().after == "Roastery, week 3");

    const auto* depth = find(changes, CanvasChange::Kind::Changed, "plan-families", "relationship_plan/depth");
    REQUIRE(depth);
    CHECK(depth->before != depth->after);
    CHECK(depth->block == BlockId::CustomerRelationships);
    const auto* text = find(changes, CanvasChange::Kind::Changed, "seg-families", "text");
    REQUIRE(text);
    CHECK(text->after == "Young families");
    CHECK(text->name == "Young families");
    const auto* market = find(changes, CanvasChange::Kind::Changed, "seg-families", "segment/market");
    REQUIRE(market);
    CHECK(market->after == "mass");
    CHECK(find(changes, CanvasChange::Kind::Removed, "ch-shop"));
    CHECK(find(changes, CanvasChange::Kind::Added, "par-new"));
    const auto* move = find(changes, CanvasChange::Kind::Moved, moved);
    REQUIRE(move);
    CHECK(move->before == "key_activities");
    CHECK(move->after == "key_resources");
    // Removing the channel dropped the references to it: those notes changed too.
    bool referenceDropped = false;
    for (const auto& c : changes)
        referenceDropped = referenceDropped || (c.kind == CanvasChange::Kind::Changed && c.before.find("ch-shop") != std::string::npos);
    CHECK(referenceDropped);

    const std::string json = changesToJson(changes);
    CHECK(json.find(R"("same": false)") != std::string::npos);
    CHECK(json.find(R"("field": "relationship_plan/depth")") != std::string::npos);
}
