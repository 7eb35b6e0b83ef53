// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/canvas.h"
#include "tests/support/sample_canvas.h"

#include <catch2/catch.hpp>

using namespace mizan;

TEST_CASE("Notes are found by id after inserts, moves and removals", "[canvas]")
{
    Canvas c;
    for (int i = 0; i < 5; ++i)
        REQUIRE(c.insertNote(BlockId::KeyActivities, Note{.id = "a" + std::to_string(i)}));
    CHECK_FALSE(c.insertNote(BlockId::KeyPartners, Note{.id = "a3"}));  // ids are unique canvas-wide
    CHECK_FALSE(c.insertNote(BlockId::KeyPartners, Note{}));

    REQUIRE(c.insertNote(BlockId::KeyActivities, Note{.id = "first"}, 0));
    CHECK(c.locate("a4")->index == 5);
    REQUIRE(c.moveNote("a0", BlockId::KeyPartners, 0));
    CHECK(c.locate("a0")->block == BlockId::KeyPartners);
    CHECK(c.locate("a4")->index == 4);
    auto taken = c.takeNote("a2");
    REQUIRE(taken);
    CHECK(taken->id == "a2");
    CHECK_FALSE(c.contains("a2"));
    CHECK(c.find("a4")->id == "a4");
    CHECK(c.locate("a4")->index == 3);
    CHECK(c.noteCount() == 5);
}

TEST_CASE("Removing references to a note clears every kind of reference", "[canvas]")
{
    Canvas c = test::fullCanvas();
    const auto changedSeg = c.removeReferencesTo("seg-families");
    CHECK(std::find(changedSeg.begin(), changedSeg.end(), "vp-1") != changedSeg.end());
    CHECK(std::find(changedSeg.begin(), changedSeg.end(), "ch-shop") != changedSeg.end());
    CHECK(c.find("plan-families")->plan->segment.empty());
    CHECK(c.find("ch-shop")->channel->segments == std::vector<NoteId>{"seg-all"});

    c.removeReferencesTo("ch-partner");
    CHECK(c.find("plan-families")->plan->channels == std::vector<NoteId>{"ch-shop"});
    CHECK(c.find("plan-families")->plan->channelVoices.size() == 1);
}

TEST_CASE("New ids are valid and unused", "[canvas]")
{
    Canvas c = test::fullCanvas();
    for (int i = 0; i < 100; ++i) {
        const NoteId id = c.newNoteId();
        CHECK(isValidNoteId(id));
        REQUIRE(c.insertNote(BlockId::KeyResources, Note{.id = id}));
    }
}

TEST_CASE("A note's display name is its first line, trimmed", "[canvas]")
{
    CHECK(displayName(Note{.text = "  Web shop \nwith chat"}) == "Web shop");
    CHECK(displayName(Note{.text = "متجر"}) == "متجر");
    CHECK(displayName(Note{}) == "");
}
