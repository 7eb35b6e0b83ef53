// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command line: parses arguments and runs one command. Exit codes:
// 0 success, 1 the command worked and found errors (check), 2 the input
// could not be read or the arguments are wrong.

namespace mizan::app {

int run(int argc, char** argv);

}  // namespace mizan::app
