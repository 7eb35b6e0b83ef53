// SPDX-License-Identifier: GPL-3.0-or-later
// Golden cases: tests/checks/<case>/canvas.json with the findings it must
// produce in expected.txt, one line per finding:
//   <severity> <rule-id> <subject-id>...
// Every rule has a case that triggers it and a close one that does not.

#include "core/checklist/checklist.h"
#include "core/checklist/findings_json.h"
#include "core/formats/json_format.h"
#include "core/checklist/rules.h"
#include "tests/support/sample_canvas.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <sstream>

using namespace mizan;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> linesOf(const std::vector<Finding>& findings)
{
    std::vector<std::string> lines;
    for (const Finding& f : findings) {
        std::string line = std::string(severityKey(f.severity)) + " " + f.ruleId;
        for (const auto& s : f.subjects)
            line += " " + s;
        lines.push_back(line);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::vector<std::string> expectedLines(const fs::path& file)
{
    std::istringstream in(test::readAll(file.string()));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        if (!line.empty() && line[0] != '#')
            lines.push_back(line);
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::vector<fs::path> caseFolders()
{
    std::vector<fs::path> folders;
    for (const auto& e : fs::directory_iterator(MIZAN_CHECKS_DIR))
        if (e.is_directory())
            folders.push_back(e.path());
    std::sort(folders.begin(), folders.end());
    return folders;
}

Canvas loadCase(const fs::path& folder)
{
    auto canvas = fromJson(test::readAll((folder / "canvas.json").string()));
    INFO(folder.string() << ": " << (canvas.ok() ? "" : canvas.error().oneLine()));
    REQUIRE(canvas.ok());
    return std::move(canvas.value());
}

// The same canvas with every text rewritten in another script, except the
// notes of Key Resources, Activities and Partners, whose words the checklist
// reads (tests/core/text_test.cpp checks those words in the four languages).
Canvas inScript(Canvas c, const std::string& word)
{
    c.info.title = word;
    c.info.language = word == "ملاحظة" ? "ar" : "he";
    for (BlockId b : allValues<BlockId>())
        for (Note n : c.notes(b)) {
            const bool read = b == BlockId::KeyResources || b == BlockId::KeyActivities || b == BlockId::KeyPartners;
            if (!n.text.empty() && !read)
                n.text = word + " " + std::to_string(c.locate(n.id)->index);
            if (n.plan) {
                if (!n.plan->voiceText.empty())
                    n.plan->voiceText = word;
                if (!n.plan->privacyStance.empty())
                    n.plan->privacyStance = word;
            }
            if (n.segment && !n.segment->description.empty())
                n.segment->description = word;
            c.replaceNote(n);
        }
    return c;
}

}  // namespace

TEST_CASE("Every golden canvas produces exactly its expected findings", "[checklist][golden]")
{
    const auto folders = caseFolders();
    REQUIRE(folders.size() >= 2);
    for (const auto& folder : folders) {
        DYNAMIC_SECTION(folder.filename().string())
        {
            const Canvas canvas = loadCase(folder);
            CHECK(linesOf(runChecklist(canvas)) == expectedLines(folder / "expected.txt"));
        }
    }
}

TEST_CASE("Every rule has a golden case that triggers it and one that does not", "[checklist][golden]")
{
    std::set<std::string> names;
    for (const auto& folder : caseFolders())
        names.insert(folder.filename().string());
    for (const RuleInfo& rule : allRules()) {
        std::string base(rule.id);
        std::replace(base.begin(), base.end(), '.', '-');
        INFO(rule.id);
        CHECK(names.count(base + "-fires"));
        CHECK(names.count(base + "-passes"));
    }
}

TEST_CASE("Arabic and Hebrew canvases check the same as English ones", "[checklist][golden][rtl]")
{
    for (const auto& folder : caseFolders()) {
        DYNAMIC_SECTION(folder.filename().string())
        {
            const Canvas canvas = loadCase(folder);
            const auto expected = linesOf(runChecklist(canvas));
            CHECK(linesOf(runChecklist(inScript(canvas, "ملاحظة"))) == expected);
            CHECK(linesOf(runChecklist(inScript(canvas, "הערה"))) == expected);
        }
    }
}
