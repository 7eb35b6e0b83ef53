// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown: what note-taking tools and people write, and Mizan's own export
// read back with every note in its block.
#include "core/formats/canvas_import.h"
#include "core/formats/block_names.h"
#include "core/formats/json_format.h"
#include "core/formats/markdown_format.h"
#include "tests/support/import_fixtures.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace mizan;
using test::importedFixture;
using test::importFixtureError;
using test::reportSays;
using test::reportSummary;
using test::textsOf;
using Texts = std::vector<std::string>;

namespace {

Canvas example(const std::string& name)
{
    std::ifstream in(std::string(MIZAN_EXAMPLES_DIR) + "/" + name, std::ios::binary);
    auto c = fromJson(std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
    REQUIRE(c.ok());
    return std::move(c.value());
}

void requireSameNotes(const Canvas& original, const Canvas& back)
{
    for (BlockId b : allValues<BlockId>()) {
        INFO(toKey(b));
        CHECK(textsOf(back, b) == textsOf(original, b));
    }
}

}  // namespace

TEST_CASE("The Obsidian plug-in's canvas: a heading per block, a bullet per note", "[import][markdown]")
{
    const auto imported = importedFixture("markdown/obsidian-plugin.md");
    const Canvas& c = imported.canvas;
    CHECK(imported.format == "markdown");
    CHECK(reportSummary(imported) == "14 notes in 9 blocks from Markdown.");
    CHECK(c.info.title == "obsidian-plugin");
    CHECK(textsOf(c, BlockId::KeyPartners) == Texts{"Moulin Vert flour mill", "Neighbourhood coffee roaster"});
    // A nested bullet is part of its note.
    CHECK(textsOf(c, BlockId::ValuePropositions)
          == Texts{"Sourdough baked the same morning\n- whole wheat and rye on Fridays",
                   "Pre-order online, pick up on the way to work"});
    CHECK(textsOf(c, BlockId::CustomerSegments) == Texts{"Commuters", "Cafés of the district"});
    // A section that is not a block keeps its note in the closest block before it.
    CHECK(textsOf(c, BlockId::RevenueStreams) == Texts{"Counter sales", "Open on Sundays?"});
    CHECK(c.notes(BlockId::RevenueStreams)[1].tags == Texts{"unplaced", "Open questions"});
    CHECK(reportSays(imported, {"line 44", "\"Open on Sundays?\"", "\"Open questions\", which is not a block",
                                "kept in Revenue streams"}));
    CHECK(test::idsAreFresh(c));
}

TEST_CASE("A Notion export: emoji headings, callouts, paragraphs and numbered lists", "[import][markdown]")
{
    const auto imported = importedFixture("markdown/notion-export.md");
    const Canvas& c = imported.canvas;
    CHECK(c.info.title == "Corner bakery");
    CHECK(c.info.description == "Owner: Dana Haddad\nStatus: Draft\n\n💡 One idea per line; move them around as the model changes.");
    CHECK(textsOf(c, BlockId::KeyActivities) == Texts{"Baking from 4 a.m.", "Training two apprentices\na year"});
    CHECK(textsOf(c, BlockId::ValuePropositions)
          == Texts{"Sourdough baked the same morning\n  - Whole wheat and rye on Fridays"});
    CHECK(textsOf(c, BlockId::Channels) == Texts{"Shop counter", "Web shop"});
    CHECK(reportSummary(imported) == "13 notes in 9 blocks from Markdown.");
}

TEST_CASE("Block headings in French, Arabic and Hebrew", "[import][markdown]")
{
    const auto fr = importedFixture("markdown/french.md");
    CHECK(reportSummary(fr) == "12 notes in 9 blocks from Markdown.");
    CHECK(fr.canvas.info.language == "fr");
    CHECK(fr.canvas.info.description == "Une boulangerie de quartier qui ouvre à 6 h.");
    CHECK(textsOf(fr.canvas, BlockId::KeyResources) == Texts{"Le four à sole"});

    const auto ar = importedFixture("markdown/arabic.md");
    CHECK(reportSummary(ar) == "9 notes in 9 blocks from Markdown.");
    CHECK(ar.canvas.info.language == "ar");
    CHECK(ar.canvas.info.title == "مخبز الحي");
    CHECK(textsOf(ar.canvas, BlockId::Channels) == Texts{"منضدة المحل"});

    const auto he = importedFixture("markdown/hebrew.md");
    CHECK(reportSummary(he) == "9 notes in 9 blocks from Markdown.");
    CHECK(he.canvas.info.language == "he");
    CHECK(textsOf(he.canvas, BlockId::RevenueStreams) == Texts{"מכירות בדלפק"});
}

TEST_CASE("A Lean Canvas in mdCanvas's shape: its own sections are kept and reported", "[import][markdown]")
{
    const auto imported = importedFixture("markdown/mdcanvas-lean.md");
    const Canvas& c = imported.canvas;
    CHECK(c.info.title == "Canvas");
    CHECK(c.info.description == "Lean Canvas for a corner bakery");
    // "Problem" comes before any block: its notes go to the first block after it.
    CHECK(textsOf(c, BlockId::CustomerSegments)
          == Texts{"Mornings are rushed", "Supermarket bread is stale", "Commuters", "Cafés of the district"});
    CHECK(textsOf(c, BlockId::ValuePropositions)
          == Texts{"Bread baked **the same morning**, ready when you pass", "Pre-order online", "Open at 6 a.m."});
    CHECK(textsOf(c, BlockId::RevenueStreams)
          == Texts{"Counter sales", "Loaves sold before 9 a.m.", "The only stone oven in town"});
    for (const char* section : {"Problem", "Solution", "Key-Metrics", "Unfair-advantage"})
        CHECK(reportSays(imported, {"\"" + std::string(section) + "\", which is not a block"}));
}

TEST_CASE("Labelled bullets, generators' keyed headings and plain text", "[import][markdown]")
{
    const auto labels = importedFixture("markdown/labelled-bullets.md");
    CHECK(labels.canvas.info.title == "Corner bakery");
    CHECK(reportSummary(labels) == "10 notes in 9 blocks from Markdown.");
    CHECK(textsOf(labels.canvas, BlockId::KeyActivities) == Texts{"Baking from 4 a.m.", "Training apprentices"});
    CHECK(textsOf(labels.canvas, BlockId::KeyPartners) == Texts{"Moulin Vert flour mill"});

    const auto generated = importedFixture("markdown/generator.md");
    CHECK(generated.canvas.info.description == "date: 2024-03-05\nversion: 1\nby: Dana Haddad\nfor: The bank");
    CHECK(textsOf(generated.canvas, BlockId::CustomerSegments)
          == Texts{"Good bread for the neighbourhood.", "Commuters"});
    CHECK(textsOf(generated.canvas, BlockId::KeyPartners) == Texts{"Moulin Vert flour mill"});
    CHECK(generated.canvas.notes(BlockId::Channels).empty());
    CHECK(reportSays(generated, {"the placeholder \"[How a company communicates", "left out"}));

    const auto plain = importedFixture("markdown/plain-text.txt");
    CHECK(reportSummary(plain) == "7 notes in 5 blocks from Markdown.");
    CHECK(textsOf(plain.canvas, BlockId::KeyPartners) == Texts{"Moulin Vert flour mill", "Neighbourhood coffee roaster"});
    CHECK(textsOf(plain.canvas, BlockId::CustomerSegments) == Texts{"Commuters", "Cafes of the district"});
    CHECK(plain.canvas.info.description == "CORNER BAKERY");
}

TEST_CASE("Markdown with no block heading is refused, naming its headings", "[import][markdown][errors]")
{
    const Error e = importFixtureError("markdown/no-blocks.md");
    CHECK(e.code == ErrorCode::NotACanvas);
    CHECK(e.title == "No canvas blocks");
    CHECK(test::plain(e.text).find("Its headings are \"Agenda\" and \"Decisions\".") != std::string::npos);
}

TEST_CASE("Mizan -> Markdown -> Mizan keeps every note's text and block", "[import][markdown][roundtrip]")
{
    for (const auto& entry : std::filesystem::directory_iterator(MIZAN_EXAMPLES_DIR)) {
        if (entry.path().extension() != ".json")
            continue;
        INFO(entry.path().filename().string());
        const Canvas original = example(entry.path().filename().string());
        const std::string md = toMarkdown(original);
        auto back = importMarkdown(md, "x.md");
        REQUIRE(back.ok());
        requireSameNotes(original, back->canvas);
        CHECK(back->canvas.info.title == original.info.title);
        CHECK(back->canvas.info.description == original.info.description);
        CHECK(back->canvas.info.language == original.info.language);
        // Headings in the canvas's language.
        CHECK(md.find("## " + std::string(blockTitle(BlockId::KeyPartners, original.info.language))) != std::string::npos);
        CHECK(back->report.size() == 2);     // the count and the language: nothing skipped or moved
    }
}

TEST_CASE("Notes that look like Markdown survive the round trip", "[import][markdown][roundtrip]")
{
    Canvas c;
    c.info.title = "Channels";           // a title that is a block's name
    c.info.language = "en";
    const Texts tricky = {
        "- starts like a bullet\n# and a heading\n1. and a list",
        "paragraphs\n\nwith a blank line\n\n\nand two",
        "  indented first line kept?",
        "indented\n    four spaces\n\ttab",
        "**Key partners:** a label inside a block",
        "Channels",
        "```\ncode fence\n```",
        "---\n***",
        "",
        "\nstarts with a line break",
        "شرائح العملاء\nעם שורה שנייה",
    };
    for (std::size_t i = 0; i < tricky.size(); ++i)
        c.insertNote(i % 2 ? BlockId::Channels : BlockId::CostStructure, Note{.id = "n" + std::to_string(i), .text = tricky[i]});
    auto back = importMarkdown(toMarkdown(c), "x.md");
    REQUIRE(back.ok());
    CHECK(back->canvas.info.title == "Channels");
    Canvas expected = c;
    // Leading white space of a note's first line is not kept.
    Note indented = *expected.find("n2");
    indented.text = "indented first line kept?";
    expected.replaceNote(indented);
    requireSameNotes(expected, back->canvas);
}

TEST_CASE("Markdown's details: sub-headings, fences, rules, underlined headings", "[import][markdown]")
{
    const std::string md = "Corner bakery\n"
                           "=============\n"
                           "\n"
                           "Key partners\n"
                           "------------\n"
                           "\n"
                           "### Suppliers\n"
                           "- Moulin Vert\n"
                           "- Dairy co-op\n"
                           "### Banks\n"
                           "\n"
                           "## Channels ##\n"
                           "Shop counter\n"
                           "---\n"
                           "Web shop\n"
                           "\n"
                           "```\n"
                           "## not a heading\n"
                           "```\n"
                           "* * *\n"
                           "+ Market stall\n"
                           "  continued\n"
                           "and lazily again\n";
    auto r = importMarkdown(md, "details.md");
    REQUIRE(r.ok());
    const Canvas& c = r->canvas;
    CHECK(c.info.title == "Corner bakery");
    CHECK(textsOf(c, BlockId::KeyPartners) == Texts{"Moulin Vert", "Dairy co-op", "Banks"});
    CHECK(c.notes(BlockId::KeyPartners)[0].tags == Texts{"Suppliers"});
    CHECK(c.notes(BlockId::KeyPartners)[2].tags.empty());
    CHECK(textsOf(c, BlockId::Channels)
          == Texts{"Shop counter", "Web shop", "```\n## not a heading\n```", "Market stall\ncontinued\nand lazily again"});
}

TEST_CASE("A description with heading, fence and rule lines survives Markdown and keeps the blocks", "[import][markdown]")
{
    // Found by fuzzing: a description line "~~~" opened a fence in the
    // written Markdown that swallowed every block after it.
    Canvas c;
    c.info.title = "Bakery";
    c.info.description = "Opens at 3.\n~~~ status\n## Channels are ours\n---\n\\ a backslash\n```";
    c.insertNote(BlockId::Channels, Note{.id = "n1", .text = "Counter"});
    c.insertNote(BlockId::CostStructure, Note{.id = "n2", .text = "Rent"});
    const std::string md = toMarkdown(c);
    auto back = importCanvas(md, "canvas.md");
    REQUIRE(back.ok());
    CHECK(back->canvas.info.description == c.info.description);
    REQUIRE(back->canvas.notes(BlockId::Channels).size() == 1);
    CHECK(back->canvas.notes(BlockId::Channels).front().text == "Counter");
    REQUIRE(back->canvas.notes(BlockId::CostStructure).size() == 1);
}
