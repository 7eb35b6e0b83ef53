// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace mizan::app {

// mizan check FILE [--format text|json]: exit 0 with no error-level
// finding, 1 with one or more, 2 when the file cannot be read.
int checkCommand(const std::vector<std::string>& args);

// mizan rules: the rule reference as Markdown (docs/checklist.md's table).
int rulesCommand(const std::vector<std::string>& args);

}  // namespace mizan::app
