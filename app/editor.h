// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace mizan::app {

struct EditorOptions {
    // Print the time from start to the first painted canvas, then quit
    // (no hand-off to a running Mizan, no recovery offer).
    bool reportStartup = false;
};

// Starts the editor on files (or on a new canvas). With no display to show
// it on, says so and prints the findings of the files instead.
int runEditor(int argc, char** argv, const std::vector<std::string>& files, const EditorOptions& options = {});

}  // namespace mizan::app
