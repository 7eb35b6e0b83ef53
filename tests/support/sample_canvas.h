// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Canvases for tests: one with every field of every part set, in several
// scripts, and helpers for temporary folders.

#include "core/model/canvas.h"

#include <string>

namespace mizan::test {

// Every field set at least once: Arabic, Hebrew, emoji, multi-line and very
// long text, unset answers next to set ones.
Canvas fullCanvas();

// A folder under the system temp folder, removed with its content on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

std::string readAll(const std::string& path);
void writeAll(const std::string& path, const std::string& bytes);

}  // namespace mizan::test
