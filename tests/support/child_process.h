// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs a function in a forked child, so a test can change what the process
// may do (drop root, cap file sizes) without affecting the test runner.

#include <functional>

namespace mizan::test {

// Returns the child's exit status, or -1 if it did not exit normally.
int runInChild(const std::function<int()>& body);

// In a child: gives up root (becomes "nobody") so permission checks apply.
// Returns false if that was impossible.
bool dropRoot();

}  // namespace mizan::test
