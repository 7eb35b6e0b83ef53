// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/canvas_io.h"

#include "core/formats/canvas_import.h"
#include "core/formats/json_format.h"
#include "core/formats/markdown_format.h"
#include "core/storage/file_util.h"

#include <algorithm>
#include <cctype>
#include <iostream>
#include <string_view>

namespace mizan::app {

namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};

// A .mizan document by its header, or by its name when the content is not
// text another reader could take (so a damaged document gets the .mizan
// reader's diagnosis, not "not UTF-8").
bool isMizanDocument(const std::string& path)
{
    auto head = readFilePrefix(path, 64);
    if (!head)
        return fileKindOf(path) == FileKind::Mizan;
    const std::string& h = head.value();
    if (std::string_view(h).starts_with(kSqliteMagic))
        return true;
    const auto first = h.find_first_not_of(" \t\r\n");
    return fileKindOf(path) == FileKind::Mizan && (first == std::string::npos || h[first] != '{');
}

}  // namespace

FileKind fileKindOf(const std::string& path)
{
    const auto dot = path.find_last_of('.');
    if (dot == std::string::npos || path.find('/', dot) != std::string::npos)
        return FileKind::Unknown;
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == "mizan")
        return FileKind::Mizan;
    if (ext == "json")
        return FileKind::Json;
    if (ext == "md" || ext == "markdown")
        return FileKind::Markdown;
    return FileKind::Unknown;
}

Result<Canvas> readCanvas(const std::string& path, LoadReport* report, std::vector<Message>* importReport,
                          DocumentRecords* records)
{
    if (isMizanDocument(path))
        return loadCanvasFile(path, report, records);
    auto bytes = readFile(path, kImportMaxBytes);
    if (!bytes)
        return bytes.error();
    auto imported = importCanvas(bytes.value(), path);
    if (!imported)
        return imported.error();
    if (importReport && imported->format != "mizan-json")
        *importReport = std::move(imported->report);
    return std::move(imported->canvas);
}

Status writeCanvas(const Canvas& canvas, const std::string& path)
{
    return writeCanvas(canvas, path, fileKindOf(path));
}

FileKind fileKindByContent(const std::string& path)
{
    if (isMizanDocument(path))
        return FileKind::Mizan;
    const FileKind named = fileKindOf(path);
    return named == FileKind::Unknown ? FileKind::Json : named;
}

Status writeCanvas(const Canvas& canvas, const std::string& path, FileKind kind, const DocumentRecords* records)
{
    switch (kind) {
    case FileKind::Mizan:
        return saveCanvasFile(canvas, path, records);
    case FileKind::Json:
        return writeFileAtomically(path, toJson(canvas));
    case FileKind::Markdown:
        return writeFileAtomically(path, toMarkdown(canvas));
    case FileKind::Unknown:
        break;
    }
    return Error{ErrorCode::WriteFailed, "Unknown file type",
                 path + ": Mizan writes .mizan documents, .json canvases and .md Markdown.", {}};
}

namespace {
bool verboseErrors = false;
}  // namespace

void setVerbose(bool verbose)
{
    verboseErrors = verbose;
}

int failWith(const Error& error)
{
    printError(error);
    return 2;
}

int usageError(const std::string& message)
{
    std::cerr << "mizan: " << message << "\nTry 'mizan --help'.\n";
    return 2;
}

void printError(const Error& error)
{
    std::cerr << "mizan: " << error.oneLine()
              << (error.code == ErrorCode::Corrupt ? " 'mizan salvage' recovers what can still be read." : "") << '\n';
    if (verboseErrors && !error.trail.empty()) {
        std::string details = error.details();
        for (std::size_t at = 0; at < details.size();) {
            const auto end = details.find('\n', at);
            std::cerr << "  " << details.substr(at, end - at) << '\n';
            at = end == std::string::npos ? details.size() : end + 1;
        }
    }
}

}  // namespace mizan::app
