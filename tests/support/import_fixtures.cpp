// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/import_fixtures.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

namespace mizan::test {

std::string importFixture(const std::string& relative)
{
    std::ifstream in(std::string(MIZAN_IMPORT_FIXTURES_DIR) + "/" + relative, std::ios::binary);
    REQUIRE(in.good());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

ImportedCanvas importedFixture(const std::string& relative)
{
    auto r = importCanvas(importFixture(relative), relative);
    INFO(relative << ": " << (r ? std::string() : r.error().oneLine()));
    REQUIRE(r.ok());
    return std::move(r.value());
}

Error importFixtureError(const std::string& relative)
{
    auto r = importCanvas(importFixture(relative), relative);
    INFO(relative);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

std::vector<std::string> textsOf(const Canvas& canvas, BlockId block)
{
    std::vector<std::string> out;
    for (const Note& n : canvas.notes(block))
        out.push_back(n.text);
    return out;
}

bool reportSays(const ImportedCanvas& imported, const std::vector<std::string>& words)
{
    for (const auto& line : imported.report) {
        bool all = true;
        for (const auto& w : words)
            all = all && line.find(w) != std::string::npos;
        if (all)
            return true;
    }
    std::ostringstream report;
    for (const auto& line : imported.report)
        report << "  " << line << "\n";
    UNSCOPED_INFO("report:\n" << report.str());
    return false;
}

bool idsAreFresh(const Canvas& canvas)
{
    std::set<NoteId> seen;
    for (BlockId b : allValues<BlockId>())
        for (const Note& n : canvas.notes(b))
            if (!isValidNoteId(n.id) || !seen.insert(n.id).second)
                return false;
    return true;
}

}  // namespace mizan::test
