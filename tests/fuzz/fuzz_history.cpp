// SPDX-License-Identifier: GPL-3.0-or-later
// A canvas's history as read from a file anyone may send: a version's
// payload (the record of differences from the version before, or any bytes
// where compressed data should be) never crashes or hangs, and what it
// rebuilds is a valid canvas that a new version of it records and rebuilds
// the same, and that deleting a version before it leaves as it was.
//   First byte even: the rest is the text of a difference from a base canvas.
//   First byte odd: the next four bytes are the size before compression
//   (little-endian), the rest a compressed payload, as stored.

#include "core/formats/json_format.h"
#include "core/model/canvas_validation.h"
#include "core/versions/canvas_history.h"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace mizan;

namespace {

const Canvas& base()
{
    static const Canvas canvas = [] {
        Canvas c;
        c.info.title = "Base";
        Note seg{.id = "seg-a", .text = "Families"};
        seg.segment.emplace();
        c.insertNote(BlockId::CustomerSegments, seg);
        c.insertNote(BlockId::ValuePropositions, Note{.id = "vp-a", .text = "Lunch boxes", .links = {"seg-a"}});
        c.insertNote(BlockId::KeyPartners, Note{.id = "kp-a", .text = "A bakery"});
        return c;
    }();
    return canvas;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1 || size > (1u << 20))
        return 0;
    const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    const std::string whole = toJson(base());
    Version first{.id = 1, .name = "base", .created = 0, .base = 0, .size = std::int64_t(whole.size())};
    first.payload = compressText(whole);
    Version second{.id = 2, .name = "", .created = 1, .base = 1};
    if (data[0] % 2 == 0) {
        second.size = std::int64_t(rest.size());
        second.payload = compressText(rest);
    } else {
        if (rest.size() < 4)
            return 0;
        second.size = std::int64_t(std::uint8_t(rest[0])) | std::int64_t(std::uint8_t(rest[1])) << 8
            | std::int64_t(std::uint8_t(rest[2])) << 16 | std::int64_t(std::uint8_t(rest[3]) & 0x3f) << 24;
        second.payload = rest.substr(4);
    }
    const CanvasHistory history({first, second});
    auto rebuilt = history.canvasOf(2);
    if (!rebuilt)
        return 0;
    if (firstBrokenReference(rebuilt.value()) || firstBrokenCalendarReference(rebuilt.value()))
        std::abort();
    CanvasHistory again({first});
    auto added = again.add(rebuilt.value(), "again", 2);
    if (!added)
        std::abort();
    auto back = again.canvasOf(added.value().id);
    if (!back || !(back.value() == rebuilt.value()))
        std::abort();
    // Deleting the version it differs from makes it a whole copy of itself.
    CanvasHistory pruned({first, second});
    if (!pruned.remove(1))
        std::abort();
    auto kept = pruned.canvasOf(2);
    if (!kept || !(kept.value() == rebuilt.value()))
        std::abort();
    // Deleting it keeps the version after it, recorded again against the first.
    Canvas later = rebuilt.value();
    later.info.title += " (later)";
    CanvasHistory three({first, second});
    if (!three.add(later, "later", 3) || !three.remove(2))
        std::abort();
    auto third = three.canvasOf(3);
    if (!third || !(third.value() == later))
        std::abort();
    return 0;
}
