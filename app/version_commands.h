// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The history kept inside a .mizan document, from the command line.

#include "core/model/canvas.h"
#include "core/model/error.h"

#include <string>
#include <vector>

namespace mizan::app {

// mizan versions FILE [--format text|json]: the versions, oldest first.
int versionsCommand(const std::vector<std::string>& args);
// mizan version FILE NAME: records the canvas as it is as a named version.
int saveVersionCommand(const std::vector<std::string>& args);
// A canvas named on the command line: a file, or one of its versions as
// FILE@ID or FILE@NAME ("canvas.mizan@Workshop 3").
Result<Canvas> readCanvasOrVersion(const std::string& spec);

}  // namespace mizan::app
