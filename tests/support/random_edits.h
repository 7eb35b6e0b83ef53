// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/canvas.h"

#include <random>
#include <string>

namespace mizan::test {

// A random edit of one note of c (its text, a segment's market, a plan's
// depth, a move to another block), a new note, or a deletion; returns the id.
NoteId randomEdit(Canvas& c, std::mt19937& rng, const std::string& side, int step);

}  // namespace mizan::test
