// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace mizan::app {

// mizan suggest FILE [--format text|json] [--language L] [--apply -o OUT]
int suggestCommand(const std::vector<std::string>& args);

}  // namespace mizan::app
