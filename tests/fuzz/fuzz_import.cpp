// SPDX-License-Identifier: GPL-3.0-or-later
// Files from anyone: every importer (Markdown, CSV, Leantime XML, the web
// app's JSON saves, Mizan JSON) reads arbitrary bytes without crashing,
// hanging or reading out of bounds, and what it accepts is a canvas Mizan
// can write and read back. The first byte picks the file name's extension,
// which decides between Markdown and CSV.

#include "core/formats/canvas_import.h"
#include "core/formats/json_format.h"
#include "core/formats/markdown_format.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    static constexpr std::string_view names[] = {"canvas.md", "canvas.csv", "canvas.xml", "canvas.json", "canvas.txt",
                                                 "canvas.tsv", "canvas"};
    const std::string_view name = names[data[0] % std::size(names)];
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    auto imported = mizan::importCanvas(bytes, name);
    if (!imported)
        return 0;
    // What was accepted writes and reads back, as JSON and as Markdown.
    const std::string json = mizan::toJson(imported->canvas);
    if (!mizan::fromJson(json))
        std::abort();
    const std::string md = mizan::toMarkdown(imported->canvas);
    if (imported->canvas.noteCount() > 0 && !mizan::importCanvas(md, "canvas.md"))
        std::abort();
    return 0;
}
