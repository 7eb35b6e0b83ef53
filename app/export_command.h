// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace mizan::app {

// mizan export FILE --to OUT [--page-size A4|A3|Letter]
//   [--orientation landscape|portrait] [--dpi N]
// The format comes from OUT's extension: .pdf, .png, .svg or .json. Works
// with no display. Exit 0 on success, 2 with a reason otherwise; never
// leaves a partial file at OUT.
int exportCommand(int argc, char** argv, const std::vector<std::string>& args);

}  // namespace mizan::app
