// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/canvas_io.h"

#include "core/storage/file_util.h"
#include "core/formats/json_format.h"

#include <algorithm>
#include <cctype>

namespace mizan::app {

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
    return FileKind::Unknown;
}

Result<Canvas> readCanvas(const std::string& path, LoadReport* report)
{
    switch (fileKindOf(path)) {
    case FileKind::Mizan:
        return loadCanvasFile(path, report);
    case FileKind::Json: {
        auto text = readFile(path, kJsonMaxBytes);
        if (!text)
            return text.error();
        return fromJson(text.value());
    }
    case FileKind::Unknown:
        break;
    }
    return Error{ErrorCode::NotACanvas, "Unknown file type",
                 path + ": Mizan reads .mizan documents and .json canvases.", {}};
}

Status writeCanvas(const Canvas& canvas, const std::string& path)
{
    switch (fileKindOf(path)) {
    case FileKind::Mizan:
        return saveCanvasFile(canvas, path);
    case FileKind::Json:
        return writeFileAtomically(path, toJson(canvas));
    case FileKind::Unknown:
        break;
    }
    return Error{ErrorCode::WriteFailed, "Unknown file type",
                 path + ": Mizan writes .mizan documents and .json canvases.", {}};
}

}  // namespace mizan::app
