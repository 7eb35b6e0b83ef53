// SPDX-License-Identifier: GPL-3.0-or-later
// Importing other tools' canvases: Leantime, the RedPhoenixQ web app, CSV,
// detection by content, encodings. Markdown is in import_markdown_test.cpp.
#include "core/formats/block_names.h"
#include "core/formats/canvas_import.h"
#include "core/formats/html_text.h"
#include "core/formats/json_format.h"
#include "tests/support/import_fixtures.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

using namespace mizan;
using test::importedFixture;
using test::importFixture;
using test::importFixtureError;
using test::reportSays;
using test::reportSummary;
using test::textsOf;
using Texts = std::vector<std::string>;

TEST_CASE("A Leantime Business Model Canvas export becomes the canvas", "[import][leantime]")
{
    const auto imported = importedFixture("leantime/obmcanvas-12.xml");
    const Canvas& c = imported.canvas;
    CHECK(imported.format == "leantime");
    CHECK(reportSummary(imported) == "13 notes in 9 blocks from Leantime.");
    CHECK(c.info.title == "Corner bakery");
    CHECK(c.info.language == "en");
    CHECK(c.info.created > 0);
    CHECK(test::idsAreFresh(c));
    CHECK(textsOf(c, BlockId::KeyPartners)
          == Texts{"Moulin Vert flour mill\nAssumptions: They can deliver twice a week.\nData: Signed a 12-month contract.",
                   "Neighbourhood coffee roaster"});
    CHECK(textsOf(c, BlockId::KeyActivities) == Texts{"Baking from 4 a.m.\nData: Two bakers:\n- bread\n- pastries"});
    CHECK(textsOf(c, BlockId::CustomerSegments)
          == Texts{"Commuters", "Cafés of the district\nConclusion: Too few of them buy every day."});
    CHECK(textsOf(c, BlockId::CostStructure) == Texts{"Rent and energy"});
    CHECK(textsOf(c, BlockId::RevenueStreams) == Texts{"Counter sales"});
    // Statuses become tags.
    CHECK(c.notes(BlockId::KeyPartners)[0].tags == Texts{"Valid"});
    CHECK(c.notes(BlockId::Channels)[1].tags == Texts{"On hold"});
    CHECK(reportSays(imported, {"statuses", "tags"}));
    CHECK(reportSays(imported, {"Not imported", "authors", "dates"}));
}

TEST_CASE("Leantime's unescaped fields and HTML are read as Leantime shows them", "[import][leantime]")
{
    const auto imported = importedFixture("leantime/hostile.xml");
    const Canvas& c = imported.canvas;
    CHECK(c.info.title == "Bakery <draft> & \"plans\"");
    CHECK(textsOf(c, BlockId::KeyPartners)
          == Texts{"R&D partner \"Lab <3\" & co\nAssumptions: Costs < 5 % of sales & falling\n"
                   "Data: Line one\nLine two\nLine three"});
    CHECK(textsOf(c, BlockId::KeyResources)
          == Texts{"Recipes < 100 years old\nData: Café crème été … &unknown; AT&T"});
    CHECK(textsOf(c, BlockId::ValuePropositions) == Texts{"خبز طازج كل صباح\nData: للعائلات والمقاهي\n\nتوصيل مجاني"});
    CHECK(textsOf(c, BlockId::CustomerSegments) == Texts{"משפחות צעירות"});
    // The empty item is reported, not imported.
    CHECK(c.notes(BlockId::KeyActivities).empty());
    CHECK(reportSays(imported, {"1 empty item was left out"}));
    // An element that is not a box of the canvas keeps its notes in the closest block.
    REQUIRE(c.notes(BlockId::RevenueStreams).size() == 1);
    const Note& unplaced = c.notes(BlockId::RevenueStreams)[0];
    CHECK(unplaced.text == "Mornings are rushed");
    CHECK(unplaced.tags == Texts{"Draft", "unplaced", "lean_problem"});
    CHECK(reportSays(imported, {"element lean_problem", "\"Mornings are rushed\"", "not a block", "Revenue streams",
                                "unplaced"}));
    CHECK(reportSummary(imported) == "5 notes in 5 blocks from Leantime.");
}

TEST_CASE("A Leantime export cut short or of another board is refused", "[import][leantime][errors]")
{
    const Error cut = importFixtureError("leantime/truncated.xml");
    CHECK(cut.code == ErrorCode::Corrupt);
    CHECK(test::plain(cut.text).find("ends inside <description> opened at line 48") != std::string::npos);

    const Error lean = importFixtureError("leantime/leancanvas-4.xml");
    CHECK(lean.code == ErrorCode::ForeignFile);
    CHECK(test::plain(lean.text).find("\"leancanvas\" board") != std::string::npos);

    auto notCanvas = importCanvas("<?xml version=\"1.0\"?>\n<svg></svg>\n", "drawing.xml");
    REQUIRE_FALSE(notCanvas.ok());
    CHECK(test::plain(notCanvas.error().text).find("not a Leantime canvas export") != std::string::npos);
}

TEST_CASE("A RedPhoenixQ save becomes the canvas of its open page", "[import][redphoenixq]")
{
    const auto imported = importedFixture("redphoenixq/corner-bakery.json");
    const Canvas& c = imported.canvas;
    CHECK(imported.format == "redphoenixq");
    CHECK(reportSummary(imported) == "12 notes in 8 blocks from the Business Model Canvas app (RedPhoenixQ).");
    CHECK(c.info.title == "Corner bakery");
    CHECK(test::idsAreFresh(c));
    CHECK(textsOf(c, BlockId::KeyPartners) == Texts{"Organic mill\nDelivers flour twice a week", "Dairy co-op"});
    CHECK(c.notes(BlockId::KeyPartners)[0].tags == Texts{"Suppliers"});
    CHECK(textsOf(c, BlockId::ValuePropositions)
          == Texts{"Fresh sourdough\nBaked the same morning\nImpact: Customers come back daily",
                   "Pre-order online,\npick up on the way to work"});
    CHECK(textsOf(c, BlockId::KeyResources).empty());
    CHECK(reportSays(imported, {"1 item with no name or text (an icon only) was left out"}));
    CHECK(reportSays(imported, {"1 slider was left out"}));
    // An item outside every block goes to the nearest one on the page.
    CHECK(textsOf(c, BlockId::CustomerSegments) == Texts{"Commuters", "Cafés\nNeed 40 loaves a day", "Tourists\nIn summer only"});
    CHECK(c.notes(BlockId::CustomerSegments)[2].tags == Texts{"unplaced"});
    CHECK(reportSays(imported, {"\"Tourists...\" is in no block; kept in Customer segments"}));
    // Relations between items are links; one to a group is not kept.
    const Note& sourdough = c.notes(BlockId::ValuePropositions)[0];
    CHECK(sourdough.links == Texts{c.notes(BlockId::CustomerSegments)[0].id});
    CHECK(c.notes(BlockId::KeyPartners)[0].links == Texts{c.notes(BlockId::KeyActivities)[0].id});
    CHECK(reportSays(imported, {"2 relations between items became links"}));
    CHECK(reportSays(imported, {"1 relation", "could not be kept"}));
    CHECK(reportSays(imported, {"Page \"Growth\" (4 notes) was not imported"}));
}

TEST_CASE("The Extended BMC's blocks are read as the canvas's, and the guesses reported", "[import][redphoenixq]")
{
    const auto imported = importedFixture("redphoenixq/extended-bmc.json");
    const Canvas& c = imported.canvas;
    CHECK(textsOf(c, BlockId::KeyPartners) == Texts{"Bakers' guild"});
    CHECK(textsOf(c, BlockId::Channels) == Texts{"Instagram\nPhotos of the morning bake", "Bike delivery"});
    CHECK(textsOf(c, BlockId::CustomerSegments) == Texts{"Office workers"});
    CHECK(reportSays(imported, {"\"Key Support\" was read as Key partners"}));
    CHECK(reportSays(imported, {"\"Marketing\" was read as Channels"}));
    CHECK(reportSays(imported, {"Page \"Page 1\" (12 notes) was not imported"}));
}

TEST_CASE("Old RedPhoenixQ saves import; broken ones are refused", "[import][redphoenixq][errors]")
{
    const auto old = importedFixture("redphoenixq/unversioned.json");
    CHECK(textsOf(old.canvas, BlockId::KeyPartners) == Texts{"Flour mill"});
    CHECK(textsOf(old.canvas, BlockId::KeyActivities) == Texts{"Morning bake\nBread ready at 7"});
    CHECK(old.canvas.info.title == "unversioned");

    const Error cut = importFixtureError("redphoenixq/truncated.json");
    CHECK(cut.code == ErrorCode::Corrupt);
    CHECK(test::plain(cut.text).find("not valid JSON") != std::string::npos);
    CHECK(test::plain(cut.text).find("line 1, column ") != std::string::npos);

    const Error empty = importFixtureError("redphoenixq/empty-template.json");
    CHECK(empty.title == "No canvas on the page");
}

TEST_CASE("CSV from spreadsheets and databases", "[import][csv]")
{
    SECTION("Notion database: BOM, header, columns that are not notes")
    {
        const auto imported = importedFixture("csv/notion-database.csv");
        CHECK(imported.format == "csv");
        CHECK(reportSummary(imported) == "9 notes in 9 blocks from CSV.");
        CHECK(textsOf(imported.canvas, BlockId::CustomerSegments) == Texts{"Commuters, students"});
        CHECK(reportSays(imported, {"Columns not imported: \"Tags\" and \"Created\""}));
        CHECK(reportSays(imported, {"separated by commas, with a header row"}));
    }
    SECTION("Excel in French: semicolons, CRLF, quoted lines and doubled quotes")
    {
        const auto imported = importedFixture("csv/excel-french.csv");
        const Canvas& c = imported.canvas;
        CHECK(textsOf(c, BlockId::KeyActivities) == Texts{"Pétrir et cuire :\n- pain au levain\n- viennoiseries"});
        CHECK(textsOf(c, BlockId::ValuePropositions) == Texts{"Le pain \"du matin\" ; cuit sur place"});
        CHECK(textsOf(c, BlockId::CustomerSegments) == Texts{"Les cafés du quartier"});
        CHECK(textsOf(c, BlockId::RevenueStreams) == Texts{"Ventes au comptoir"});
        CHECK(c.notes(BlockId::Channels).empty());
        CHECK(reportSays(imported, {"1 row with no text was left out (line 9)"}));
        CHECK(reportSays(imported, {"semicolons"}));
        CHECK(c.info.language == "fr");
    }
    SECTION("Arabic and Hebrew headers, tabs")
    {
        const auto ar = importedFixture("csv/arabic.tsv");
        CHECK(textsOf(ar.canvas, BlockId::KeyPartners) == Texts{"مطحنة الطاحونة الخضراء"});
        CHECK(ar.canvas.info.language == "ar");
        CHECK(reportSays(ar, {"tabs"}));
        const auto he = importedFixture("csv/hebrew.csv");
        CHECK(textsOf(he.canvas, BlockId::CustomerSegments) == Texts{"אנשים בדרך לעבודה"});
        CHECK(he.canvas.info.language == "he");
    }
    SECTION("No header, Mizan's keys")
    {
        const auto imported = importedFixture("csv/keys-headerless.csv");
        CHECK(reportSummary(imported) == "6 notes in 6 blocks from CSV.");
        CHECK(textsOf(imported.canvas, BlockId::KeyActivities) == Texts{"Baking from 4 a.m."});
        CHECK(reportSays(imported, {"without a header row"}));
    }
    SECTION("Unknown block names are reported and their notes kept")
    {
        const auto imported = importedFixture("csv/unknown-blocks.csv");
        const Canvas& c = imported.canvas;
        CHECK(textsOf(c, BlockId::CustomerSegments) == Texts{"Mornings are rushed", "Commuters", "Pre-order online"});
        CHECK(textsOf(c, BlockId::ValuePropositions)
              == Texts{"Sourdough baked the same morning", "Loaves sold before 9 a.m."});
        CHECK(c.notes(BlockId::CustomerSegments)[0].tags == Texts{"unplaced", "Problem"});
        CHECK(reportSays(imported, {"line 2", "\"Problem\", which is not a block", "Customer segments"}));
        CHECK(reportSays(imported, {"line 6", "\"Key metrics\"", "Value propositions"}));
    }
    SECTION("UTF-16 from Excel's Unicode text")
    {
        const auto imported = importedFixture("csv/excel-unicode.txt");
        CHECK(textsOf(imported.canvas, BlockId::CustomerSegments) == Texts{"Cafés of the district"});
        CHECK(reportSays(imported, {"UTF-16"}));
    }
}

TEST_CASE("CSV that cannot be read is refused", "[import][csv][errors]")
{
    const Error cut = importFixtureError("csv/truncated.csv");
    CHECK(cut.code == ErrorCode::Corrupt);
    CHECK(test::plain(cut.text).find("opens at line 3 is never closed") != std::string::npos);

    auto noBlock = importCanvas("name,price\nbread,3\ncroissant,1.5\n", "prices.csv");
    REQUIRE_FALSE(noBlock.ok());
    CHECK(noBlock.error().title == "No block column");

    auto allUnknown = importCanvas("block,text\nProblem,Mornings\nSolution,Pre-order\n", "lean.csv");
    REQUIRE_FALSE(allUnknown.ok());
    CHECK(test::plain(allUnknown.error().text).find("\"Problem\" and \"Solution\"") != std::string::npos);
}

TEST_CASE("Encodings and empty files", "[import][errors]")
{
    const std::string latin1 = importFixture("encoding/latin1.md");
    const Error notUtf8 = importFixtureError("encoding/latin1.md");
    CHECK(notUtf8.title == "Not UTF-8 text");
    CHECK(test::plain(notUtf8.text).find("0xE9 at offset " + std::to_string(latin1.find('\xE9')) + " (line 1)") != std::string::npos);

    CHECK(importFixtureError("encoding/empty.md").title == "Empty file");
    CHECK(importFixtureError("encoding/blank.csv").title == "Empty file");
    CHECK(test::plain(importFixtureError("encoding/nul.md").text).find("NUL byte") != std::string::npos);

    auto sqlite = importCanvas(std::string("SQLite format 3\0rest", 20), "cafe.mizan");
    REQUIRE_FALSE(sqlite.ok());
    CHECK(sqlite.error().title == "A .mizan document");

    // A UTF-8 byte order mark is not part of the text.
    auto bom = importCanvas("\xEF\xBB\xBF## Channels\n\n- Shop\n", "bom.md");
    REQUIRE(bom.ok());
    CHECK(textsOf(bom->canvas, BlockId::Channels) == Texts{"Shop"});
}

TEST_CASE("The content decides the format; the extension only between Markdown and CSV", "[import][detect]")
{
    const std::string example = [] {
        std::ifstream in(std::string(MIZAN_EXAMPLES_DIR) + "/coffee-roastery.en.json", std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }();
    auto mizan = importCanvas(example, "roastery.txt");
    REQUIRE(mizan.ok());
    CHECK(mizan->format == "mizan-json");
    CHECK(mizan->canvas == fromJson(example).value());
    CHECK(reportSummary(*mizan) == "41 notes in 9 blocks from Mizan JSON.");

    CHECK(importCanvas(importFixture("markdown/obsidian-plugin.md"), "canvas.csv")->format == "markdown");
    CHECK(importCanvas(importFixture("csv/notion-database.csv"), "canvas.md")->format == "csv");
    CHECK(importCanvas(importFixture("leantime/obmcanvas-12.xml"), "export.json")->format == "leantime");
    CHECK(importCanvas(importFixture("redphoenixq/corner-bakery.json"), "save.md")->format == "redphoenixq");

    // Text that is neither: the extension chooses whose message to give.
    CHECK(importCanvas("hello, world\n", "notes.csv").error().title == "No block column");
    CHECK(importCanvas("hello, world\n", "notes.md").error().title == "No canvas blocks");
    // JSON of another kind gets the JSON reader's message.
    CHECK(importCanvas("{\"type\": \"FeatureCollection\"}", "map.json").error().title == "Not a Mizan canvas");
}

TEST_CASE("HTML fields become plain text", "[import][html]")
{
    CHECK(htmlToText("<p>One</p><p>Two</p>") == "One\nTwo");
    CHECK(htmlToText("<p>One</p><p></p><p>Two</p>") == "One\n\nTwo");
    CHECK(htmlToText("<ul><li><p>a</p></li><li>b</li></ul>") == "- a\n- b");
    CHECK(htmlToText("a<br>b<BR/>c<br />d") == "a\nb\nc\nd");
    CHECK(htmlToText("<p>x   y\n z</p>") == "x y z");
    CHECK(htmlToText("3 < 5 and R&D <x> & <3") == "3 < 5 and R&D <x> & <3");
    CHECK(htmlToText("plain\ntext  ") == "plain\ntext");
    CHECK(htmlToText("<p>a<!-- note -->b</p>") == "ab");
    CHECK(decodeEntities("&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&Eacute;&ccedil;&rsquo;&euro;") == "&<>\"'ABÉç’€");
    CHECK(decodeEntities("&#0; &#xD800; &nope; & ;") == "&#0; &#xD800; &nope; & ;");
}

TEST_CASE("Block names in four languages, with numbering, emoji and punctuation", "[import][names]")
{
    CHECK(blockFromName("Key Partners") == BlockId::KeyPartners);
    CHECK(blockFromName("1. 🤝 Key partnerships:") == BlockId::KeyPartners);
    CHECK(blockFromName("**KEY PARTNERS**") == BlockId::KeyPartners);
    CHECK(blockFromName("key_partners") == BlockId::KeyPartners);
    CHECK(blockFromName("Partenaires cles") == BlockId::KeyPartners);
    CHECK(blockFromName("الشركاء الرئيسيون") == BlockId::KeyPartners);
    CHECK(blockFromName("שותפים מרכזיים") == BlockId::KeyPartners);
    CHECK(blockFromName("Value Proposition") == BlockId::ValuePropositions);
    CHECK(blockFromName("Costs") == BlockId::CostStructure);
    CHECK(blockFromName("Revenue") == BlockId::RevenueStreams);
    CHECK(blockFromName("Channels (how we reach them)") == BlockId::Channels);
    CHECK(blockFromName("Block 7: Customer Segments") == BlockId::CustomerSegments);
    CHECK(blockFromName("الْقَنَوَات") == BlockId::Channels);
    CHECK_FALSE(blockFromName("Problem"));
    CHECK_FALSE(blockFromName("Key metrics"));
    CHECK_FALSE(blockFromExactName("Customers: families"));
    CHECK(blockFromExactName("Customers:") == BlockId::CustomerSegments);
}

TEST_CASE("Block titles are the translations' own", "[import][names]")
{
    for (const char* language : {"fr", "ar", "he"}) {
        std::ifstream in(std::string(MIZAN_TRANSLATIONS_DIR) + "/mizan_" + language + ".ts");
        const std::string ts{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        REQUIRE_FALSE(ts.empty());
        for (BlockId b : allValues<BlockId>()) {
            const std::string source = "<source>" + std::string(blockTitle(b)) + "</source>";
            const auto at = ts.find(source);
            REQUIRE(at != std::string::npos);
            const auto open = ts.find("<translation>", at) + 13;
            const std::string translation = ts.substr(open, ts.find("</translation>", open) - open);
            INFO(language << ": " << blockTitle(b));
            CHECK(blockTitle(b, language) == translation);
            CHECK(blockFromName(translation) == b);
        }
    }
}
