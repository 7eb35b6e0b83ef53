// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What changed in a document, as the views need to know it: the notes that
// were added, changed, moved or removed, the blocks whose order changed,
// and whether the canvas's own description did. Sent after every edit,
// undo and redo.

#include "core/model/enums.h"
#include "core/model/note.h"

#include <vector>

namespace mizan::ui {

struct ChangeEvent {
    std::vector<NoteId> notes;      // present now or removed
    std::vector<BlockId> blocks;    // order changed
    bool info = false;
    bool everything = false;        // a new canvas: rebuild the views
};

}  // namespace mizan::ui
