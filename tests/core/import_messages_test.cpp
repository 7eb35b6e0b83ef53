// SPDX-License-Identifier: GPL-3.0-or-later
// The importers' reports and refusals in the user's language: every line of
// a report and every refusal is a message rendered through the translator,
// with numbers in the language's digits and the file's words isolated.
#include "core/checklist/message_catalog.h"
#include "core/formats/canvas_import.h"
#include "core/formats/import_messages.h"
#include "tests/support/import_fixtures.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace mizan;

namespace {

struct Input {
    std::string bytes;
    std::string name;
};

Input fixture(const std::string& relative)
{
    return {test::importFixture(relative), relative};
}

// Files of every format, and files that make the report say more than its
// summary: unplaced notes, placeholders, statuses, sliders, guesses, other
// pages, columns and rows left out, UTF-16, a title from the file name.
std::vector<Input> accepted()
{
    std::vector<Input> in;
    for (const char* f : {"leantime/obmcanvas-12.xml", "leantime/hostile.xml", "redphoenixq/corner-bakery.json",
                          "redphoenixq/extended-bmc.json", "redphoenixq/unversioned.json", "markdown/obsidian-plugin.md",
                          "markdown/generator.md", "markdown/mdcanvas-lean.md", "markdown/plain-text.txt",
                          "csv/notion-database.csv", "csv/excel-french.csv", "csv/excel-unicode.txt",
                          "csv/unknown-blocks.csv", "csv/keys-headerless.csv"})
        in.push_back(fixture(f));
    std::string rows = "block,text\nChannels,Shop\n";
    for (int i = 0; i < 12; ++i)
        rows += "Channels,\n";
    in.push_back({rows, "rows.csv"});
    in.push_back({"<canvas key=\"obmcanvas\"><content><element key=\"obm_ch\"><item><title>Shop</title><milestone />"
                  "</item></element></content></canvas>",
                  "fields.xml"});
    return in;
}

// Files refused, each for another reason.
std::vector<Input> refused()
{
    std::vector<Input> in;
    for (const char* f : {"csv/truncated.csv", "encoding/blank.csv", "encoding/latin1.md", "encoding/nul.md",
                          "leantime/leancanvas-4.xml", "leantime/truncated.xml", "markdown/no-blocks.md",
                          "redphoenixq/empty-template.json", "redphoenixq/truncated.json"})
        in.push_back(fixture(f));
    in.push_back({std::string("SQLite format 3\0rest", 20), "cafe.mizan"});
    in.push_back({std::string("\xFF\xFE\x00\xD8", 4), "half.txt"});
    in.push_back({"hello, world\n", "notes.csv"});
    in.push_back({"hello, world\n", "notes.md"});
    in.push_back({"# Plan\n\n## Agenda\n\n## Goals\n\n## Risks\n\n## Budget\n", "plan.md"});
    in.push_back({"block,text\nProblem,Mornings\n", "lean.csv"});
    in.push_back({"<?xml version=\"1.0\"?>\n<svg></svg>\n", "drawing.xml"});
    in.push_back({"<?xml version=\"1.0\"?>\n<root><canvas key=\"obmcanvas\"></canvas></root>\n", "root.xml"});
    in.push_back({"<canvas key=\"obmcanvas\"><content><element key=\"lean_problem\"><item><title>Queues</title></item>"
                  "</element></content></canvas>",
                  "lean.xml"});
    in.push_back({"{\"pages\": 3, \"nodes\": []}", "a.json"});
    in.push_back({"{\"pages\": [], \"nodes\": []}", "b.json"});
    in.push_back({"{\"pages\": [{\"x\": 1}], \"nodes\": []}", "c.json"});
    return in;
}

// A translator that is not the identity: the template in capitals, its
// {placeholders} as they are.
std::string shouted(const char* text)
{
    std::string out;
    bool inPlaceholder = false;
    for (const char* c = text; *c; ++c) {
        inPlaceholder = *c == '{' ? true : *c == '}' ? false : inPlaceholder;
        out += !inPlaceholder && *c >= 'a' && *c <= 'z' ? static_cast<char>(*c - 'a' + 'A') : *c;
    }
    return out;
}

// The text without the file's words, which stand between isolates.
std::string outsideIsolates(const std::string& text)
{
    std::string out;
    int depth = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, kIsolateStart.size(), kIsolateStart) == 0) {
            ++depth;
            i += kIsolateStart.size();
        } else if (text.compare(i, kIsolateEnd.size(), kIsolateEnd) == 0) {
            --depth;
            i += kIsolateEnd.size();
        } else {
            if (depth == 0)
                out += text[i];
            ++i;
        }
    }
    return out;
}

bool hasAny(const std::string& text, char first, char last)
{
    return std::any_of(text.begin(), text.end(), [&](char c) { return c >= first && c <= last; });
}

// Arabic-Indic digits, as an Arabic locale writes numbers.
std::string arabicDigits(std::int64_t n)
{
    std::string out;
    for (char c : std::to_string(n)) {
        out += '\xD9';
        out += static_cast<char>(0xA0 + (c - '0'));
    }
    return out;
}

}  // namespace

TEST_CASE("Every line of an import's report goes through the translator", "[import][messages]")
{
    std::set<std::string> contexts;
    RenderOptions loud;
    loud.translate = [&](const char* context, const char* text) {
        contexts.insert(context);
        return shouted(text);
    };
    std::set<std::string> ids;
    for (const Input& in : accepted()) {
        auto imported = importCanvas(in.bytes, in.name);
        INFO(in.name << ": " << (imported ? std::string() : imported.error().oneLine()));
        REQUIRE(imported.ok());
        CHECK(imported->report.size() >= 2);      // the summary and the language at least
        for (const Message& m : imported->report) {
            INFO(m.id);
            REQUIRE(findTemplate(m.id));
            ids.insert(m.id);
            const std::string line = renderMessage(m, loud);
            CHECK(line != renderMessage(m));
            CHECK_FALSE(hasAny(outsideIsolates(line), 'a', 'z'));
            CHECK(line.find('{') == std::string::npos);
        }
    }
    // The templates, the blocks' titles and the lists' words are the translator's.
    CHECK(contexts == std::set<std::string>{kImportContext, "Vocabulary", "Checklist"});
    for (const char* id : {"import.unplaced", "import.unplaced.section", "import.markdown.placeholder",
                           "import.leantime.other_fields", "import.csv.empty_rows.more", "import.utf16",
                           "import.redphoenixq.guessed", "import.redphoenixq.other_page.many", "import.title_from_file"})
        CHECK(ids.count(id));
}

TEST_CASE("Every refusal of a file goes through the translator, its title too", "[import][messages][errors]")
{
    RenderOptions loud;
    loud.translate = [](const char*, const char* text) { return shouted(text); };
    std::set<std::string> ids;
    for (const Input& in : refused()) {
        const auto imported = importCanvas(in.bytes, in.name);
        INFO(in.name);
        REQUIRE_FALSE(imported.ok());
        const Error& e = imported.error();
        INFO(e.oneLine());
        REQUIRE(findTemplate(e.message.id));
        ids.insert(e.message.id);
        // The English text and title are the message's.
        CHECK(e.text == renderMessage(e.message));
        const Message title = errorTitle(e.message);
        REQUIRE_FALSE(title.id.empty());
        CHECK(e.title == renderMessage(title));
        for (const Message& m : {e.message, title}) {
            const std::string text = renderMessage(m, loud);
            CHECK(text != renderMessage(m));
            CHECK_FALSE(hasAny(outsideIsolates(text), 'a', 'z'));
        }
    }
    CHECK(ids.size() == refused().size());      // each for another reason
}

TEST_CASE("Numbers in an import's messages are in the language's digits", "[import][messages]")
{
    RenderOptions arabic;
    arabic.formatNumber = arabicDigits;
    const auto hostile = test::importedFixture("leantime/hostile.xml");
    CHECK(test::plain(renderMessage(hostile.report.front(), arabic)) == "٥ notes in ٥ blocks from Leantime.");
    const auto columns = test::importedFixture("csv/notion-database.csv");
    for (const auto* imported : {&hostile, &columns})
        for (const std::string& line : test::reportLines(*imported, arabic)) {
            INFO(line);
            CHECK_FALSE(hasAny(outsideIsolates(line), '0', '9'));
        }
    CHECK(test::plain(renderMessage(columns.report[1], arabic)).find("blocks in column ٢, text in column ١") != std::string::npos);

    const Error notUtf8 = test::importFixtureError("encoding/latin1.md");
    CHECK(test::plain(renderMessage(notUtf8.message, arabic)).find("0xE9 at offset ١٧ (line ١)") != std::string::npos);
}
