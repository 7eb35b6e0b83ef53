// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Measures start-up for the benchmarks (`mizan --report-startup FILE`): the
// time from the start of the program to the end of the first paint of a
// graphics view showing something (the canvas; in the benchmark's bare
// window, its one item). Prints the figure and quits the application.

#include <chrono>

namespace mizan::ui {

using StartClock = std::chrono::steady_clock;

// The moment the program started (the first call, made early in main()).
StartClock::time_point programStart();

// Once the first non-empty graphics view has painted, prints
// "first paint: N ms" on standard output and quits the event loop.
void reportFirstPaintAndQuit();

}  // namespace mizan::ui
