// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/canvas_import.h"

#include "core/formats/csv_format.h"
#include "core/formats/import_draft.h"
#include "core/formats/json_format.h"
#include "core/formats/leantime_format.h"
#include "core/formats/markdown_format.h"
#include "core/formats/redphoenixq_format.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <optional>

namespace mizan {

namespace {

std::string extensionOf(std::string_view fileName)
{
    const auto dot = fileName.rfind('.');
    if (dot == std::string_view::npos || fileName.find_first_of("/\\", dot) != std::string_view::npos)
        return {};
    std::string ext(fileName.substr(dot + 1));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

// The offset of the first byte that is not part of valid UTF-8 (overlong
// forms, surrogates and code points past U+10FFFF are invalid).
std::optional<std::size_t> invalidUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        std::uint32_t cp = 0, min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1F; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0F; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07; min = 0x10000; }
        else return i;
        for (std::size_t k = 1; k <= n; ++k) {
            if (i + k >= s.size())
                return i;
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += n + 1;
    }
    return std::nullopt;
}

// UTF-16 with a byte order mark (Excel's "Unicode text") as UTF-8.
Result<std::string> fromUtf16(std::string_view bytes)
{
    const bool little = bytes[0] == '\xFF';
    std::string out;
    const auto unit = [&](std::size_t i) {
        const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<std::uint32_t>(little ? a | (b << 8) : (a << 8) | b);
    };
    for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
        std::uint32_t cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
            i += 2;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            return importError(ErrorCode::Corrupt, {"import.error.utf16", {numberArg("offset", i)}});
        }
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

Error notUtf8(std::string_view text, std::size_t offset)
{
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[offset]));
    return importError(ErrorCode::NotACanvas,
                       {"import.error.not_utf8",
                        {textArg("byte", byte), numberArg("offset", offset), numberArg("line", lineAt(text, offset))}},
                       {"offset " + std::to_string(offset)});
}

Result<ImportedCanvas> importJson(std::string_view text, std::string_view fileName)
{
    if (looksLikeRedPhoenixQ(text))
        return importRedPhoenixQ(text, fileName);
    auto canvas = fromJson(text);
    if (!canvas)
        return canvas.error();
    ImportedCanvas out;
    out.format = "mizan-json";
    std::size_t blocks = 0;
    for (BlockId b : allValues<BlockId>())
        blocks += !canvas->notes(b).empty();
    out.report.push_back(importSummary(canvas->noteCount(), blocks, "import.format.mizan_json"));
    out.canvas = std::move(canvas.value());
    return out;
}

Result<ImportedCanvas> importText(std::string_view text, std::string_view fileName)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (text[first] == '{' || text[first] == '[')
        return importJson(text, fileName);
    if (looksLikeLeantime(text))
        return importLeantime(text, fileName);
    if (text[first] == '<' && (text.substr(first).starts_with("<?xml") || text.substr(first).starts_with("<!DOCTYPE")
                               || text.substr(first).starts_with("<html")))
        return importError(ErrorCode::ForeignFile, {"import.error.xml", {}});
    const std::string ext = extensionOf(fileName);
    const bool csvName = ext == "csv" || ext == "tsv";
    if (looksLikeCsv(text) && !(hasMarkdownBlocks(text) && !csvName))
        return importCsv(text, fileName);
    if (hasMarkdownBlocks(text) || !csvName)
        return importMarkdown(text, fileName);
    return importCsv(text, fileName);
}

}  // namespace

Result<ImportedCanvas> importCanvas(std::string_view bytes, std::string_view fileName)
{
    if (bytes.size() > kImportMaxBytes)
        return importError(ErrorCode::TooLarge, {"import.error.too_large",
                                                 {numberArg("size", bytes.size() / (1024 * 1024)),
                                                  numberArg("limit", kImportMaxBytes / (1024 * 1024))}});
    if (bytes.starts_with(std::string_view("SQLite format 3\0", 16)))
        return importError(ErrorCode::ForeignFile, {"import.error.mizan_document", {}});
    std::string converted;
    std::vector<Message> notes;
    if (bytes.size() >= 2 && (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))) {
        auto utf8 = fromUtf16(bytes);
        if (!utf8)
            return utf8.error();
        converted = std::move(utf8.value());
        bytes = converted;
        notes.push_back({"import.utf16", {}});
    }
    const std::string_view text = stripUtf8Bom(bytes);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return importError(ErrorCode::NotACanvas, {"import.error.empty", {}});
    if (const auto bad = invalidUtf8(bytes))
        return notUtf8(bytes, *bad);
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos)
        return importError(ErrorCode::NotACanvas, {"import.error.binary", {numberArg("offset", nul)}});
    auto imported = importText(text, fileName);
    if (imported)
        imported->report.insert(imported->report.begin() + 1, notes.begin(), notes.end());
    return imported;
}

}  // namespace mizan
