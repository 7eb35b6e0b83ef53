// SPDX-License-Identifier: GPL-3.0-or-later
// Shows what the lexicons find in a text, reading the .lex files from disk
// so that a lexicon can be tried while it is written:
//   lexicon_probe [--dir resources/lexicon] "text" ...
//   lexicon_probe [--dir DIR] --canvas FILE.json   (every note of a canvas)

#include "core/formats/json_format.h"
#include "core/text/lexicon.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace mizan;

namespace {

std::string readAll(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void probe(const text::Lexicon& lexicon, const std::string& text, const std::string& label)
{
    const auto tokens = text::tokenize(text);
    std::cout << label << text << '\n';
    for (const auto& m : lexicon.find(tokens))
        std::cout << "    " << m.key << "  \"" << text.substr(m.begin, m.end - m.begin) << "\"\n";
}

}  // namespace

int main(int argc, char** argv)
{
    std::filesystem::path dir = MIZAN_LEXICON_DIR;
    std::vector<std::string> texts;
    std::string canvasFile;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--dir" && i + 1 < argc)
            dir = argv[++i];
        else if (a == "--canvas" && i + 1 < argc)
            canvasFile = argv[++i];
        else
            texts.push_back(a);
    }
    std::vector<std::string> contents;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".lex")
            contents.push_back(readAll(e.path()));
    std::vector<std::string_view> views(contents.begin(), contents.end());
    const text::Lexicon lexicon(views);
    for (const auto& t : texts)
        probe(lexicon, t, "");
    if (!canvasFile.empty()) {
        auto canvas = fromJson(readAll(canvasFile));
        if (!canvas) {
            std::cerr << canvas.error().oneLine() << '\n';
            return 2;
        }
        for (BlockId b : allValues<BlockId>())
            for (const Note& n : canvas->notes(b))
                probe(lexicon, n.text, "[" + std::string(toKey(b)) + " " + n.id + "] ");
    }
    return 0;
}
