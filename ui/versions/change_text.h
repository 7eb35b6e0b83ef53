// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A change between two versions of a canvas (core/versions/canvas_diff.h)
// in the interface's words: the field's name ("Depth", "Ownership"...) and
// each value as the user reads it (a vocabulary label, a note's name).

#include "core/model/canvas.h"
#include "core/versions/canvas_diff.h"

#include <QString>

namespace mizan::ui {

// "Depth" for "relationship_plan/depth"; the path itself when unknown.
QString changeFieldLabel(const std::string& path);
// A field's value (its text, or JSON for lists and numbers) in words; ids
// of notes are looked up in canvas.
QString changeValueText(const std::string& path, const std::string& value, const Canvas& canvas);
// One line: "Depth: shallow → deep", "Added to Channels", "Moved from Key
// Partners"... before and after are the canvases compared.
QString changeLine(const CanvasChange& change, const Canvas& before, const Canvas& after);

}  // namespace mizan::ui
