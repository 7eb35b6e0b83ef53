// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading and writing a canvas by file extension (.mizan or .json), for the
// command line.

#include "core/model/canvas.h"
#include "core/storage/canvas_store.h"
#include "core/model/error.h"

#include <string>

namespace mizan::app {

enum class FileKind { Mizan, Json, Unknown };
FileKind fileKindOf(const std::string& path);

Result<Canvas> readCanvas(const std::string& path, LoadReport* report = nullptr);
Status writeCanvas(const Canvas& canvas, const std::string& path);

}  // namespace mizan::app
