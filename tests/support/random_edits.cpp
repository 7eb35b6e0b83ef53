// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/random_edits.h"

#include "core/model/canvas_edit.h"

namespace mizan::test {

NoteId randomEdit(Canvas& c, std::mt19937& rng, const std::string& side, int step)
{
    std::vector<NoteId> ids;
    for (BlockId b : allValues<BlockId>())
        for (const Note& n : c.notes(b))
            ids.push_back(n.id);
    const auto pick = [&](std::size_t n) { return rng() % n; };
    const int what = int(pick(5));
    if (what == 0 || ids.empty()) {
        const NoteId id = side + "-new-" + std::to_string(step);
        c.insertNote(BlockId(pick(kBlockCount)), Note{.id = id, .text = side + " idea " + std::to_string(step)});
        return id;
    }
    const NoteId id = ids[pick(ids.size())];
    if (what == 1) {
        edits::removeNotes(c, {id}).apply(c, true);
        return id;
    }
    if (what == 2) {
        edits::moveNotes(c, {id}, BlockId(pick(kBlockCount)), 0).apply(c, true);
        return id;
    }
    Note n = *c.find(id);
    if (what == 3 && n.plan)
        n.plan->depth = Depth(pick(3));
    else if (what == 3 && n.segment)
        n.segment->market = MarketType(pick(5));
    else
        n.text += " (" + side + " " + std::to_string(step) + ")";
    edits::changeNotes(c, {n}).apply(c, true);
    return id;
}

}  // namespace mizan::test
