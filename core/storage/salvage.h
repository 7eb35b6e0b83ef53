// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A way back from a damaged .mizan document: every row that can still be
// read, in a new canvas. The damaged file is only read (from a copy), never
// changed. What references a note that was lost is dropped (a link, a
// plan's segment, a channel's segment...), and a note whose parts cannot be
// made valid is left out, so the result always opens.

#include "core/model/canvas.h"
#include "core/model/error.h"

#include <string>
#include <vector>

namespace mizan {

struct SalvageReport {
    int notesRecovered = 0;
    int notesSeen = 0;            // at least this many notes were in the file
    int rowsUnreadable = 0;       // rows of any table that could not be read
    int tablesUnreadable = 0;     // tables none of whose rows could be read
    int plansLostSegment = 0;     // relationship plans whose segment was lost
    int referencesDropped = 0;    // links and other references to lost notes
    std::vector<std::string> notesLeftOut;   // read, but not valid even alone
    // "412 of 420 notes; 2 plans lost their segment; 5 references to lost notes dropped"
    std::string summary() const;
};

struct Salvaged {
    Canvas canvas;
    SalvageReport report;
};

// Fails only when nothing of a canvas can be read (not a Mizan file, or its
// first page is gone).
Result<Salvaged> salvageCanvasFile(const std::string& path);

}  // namespace mizan
