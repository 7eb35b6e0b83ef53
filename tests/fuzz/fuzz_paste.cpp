// SPDX-License-Identifier: GPL-3.0-or-later
// The clipboard: another program (or another Mizan) may put any bytes
// under Mizan's notes type. Reading them never crashes, and pasting what
// was read into a canvas keeps the canvas valid (every reference resolves,
// every value allowed), as the editor's paste does.

#include "core/formats/json_format.h"
#include "core/model/canvas_edit.h"
#include "core/model/canvas_validation.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto parsed = mizan::notesFromJson(bytes);
    if (!parsed)
        return 0;
    static const mizan::Canvas target = [] {
        mizan::Canvas c;
        mizan::Note segment{.id = "seg", .text = "Families"};
        segment.segment = mizan::CustomerSegment{};
        c.insertNote(mizan::BlockId::CustomerSegments, segment);
        c.insertNote(mizan::BlockId::ValuePropositions, mizan::Note{.id = "vp", .text = "Fresh", .links = {"seg"}});
        return c;
    }();
    std::vector<std::pair<mizan::BlockId, mizan::Note>> notes;
    for (auto& bn : parsed.value())
        notes.emplace_back(bn.block, std::move(bn.note));
    mizan::Canvas canvas = target;
    const mizan::CanvasEdit edit = mizan::edits::pasteNotes(canvas, std::move(notes));
    edit.apply(canvas, true);
    if (mizan::firstBrokenReference(canvas) || mizan::firstInvalidValue(canvas))
        std::abort();
    // Undone, the canvas is as it was.
    edit.apply(canvas, false);
    if (!(canvas == target))
        std::abort();
    return 0;
}
