// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Integrity rules every canvas read from a file must meet, whatever the
// format: each reference points at an existing note of the right block.

#include "core/canvas.h"

#include <optional>
#include <string>

namespace mizan {

struct ReferenceProblem {
    BlockId block;
    std::size_t index;        // the note's position in its block
    std::string field;        // JSON-pointer style path inside the note, e.g. "channel/segments/2"
    std::string message;
};

std::optional<ReferenceProblem> firstBrokenReference(const Canvas& canvas);

}  // namespace mizan
