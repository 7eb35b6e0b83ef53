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

std::string plain(std::string text)
{
    for (std::string_view mark : {kIsolateStart, kIsolateEnd})
        for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark, at))
            text.erase(at, mark.size());
    return text;
}

std::vector<std::string> reportLines(const ImportedCanvas& imported, const RenderOptions& options)
{
    std::vector<std::string> lines;
    for (const Message& m : imported.report)
        lines.push_back(renderMessage(m, options));
    return lines;
}

std::string reportSummary(const ImportedCanvas& imported)
{
    return imported.report.empty() ? std::string() : plain(renderMessage(imported.report.front()));
}

bool reportSays(const ImportedCanvas& imported, const std::vector<std::string>& words)
{
    std::vector<std::string> lines = reportLines(imported);
    for (auto& line : lines)
        line = plain(std::move(line));
    for (const auto& line : lines) {
        bool all = true;
        for (const auto& w : words)
            all = all && line.find(w) != std::string::npos;
        if (all)
            return true;
    }
    std::ostringstream report;
    for (const auto& line : lines)
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
