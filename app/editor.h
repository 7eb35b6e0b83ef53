// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace mizan::app {

// Starts the editor on files (or on a new canvas). With no display to show
// it on, says so and prints the findings of the files instead.
int runEditor(int argc, char** argv, const std::vector<std::string>& files);

}  // namespace mizan::app
