// SPDX-License-Identifier: GPL-3.0-or-later
// A .mizan document from anyone (an e-mail attachment, a synced folder):
// opening arbitrary bytes as one never crashes or hangs, and what opens
// saves and opens again as the same canvas, with the same history and
// conflicts; every version rebuilds into a valid canvas or says it cannot. The bytes are written to a
// temporary copy first, as SQLite reads files, not memory.

#include "core/model/canvas_validation.h"
#include "core/storage/canvas_store.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace {

std::string tempDir()
{
    static const std::string dir = [] {
        char name[] = "/tmp/mizan-fuzz-open-XXXXXX";
        const char* made = ::mkdtemp(name);
        if (!made)
            std::abort();
        return std::string(made);
    }();
    return dir;
}

void removeAll(const std::string& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        ::unlink((path + suffix).c_str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string in = tempDir() + "/in.mizan";
    const std::string out = tempDir() + "/out.mizan";
    removeAll(in);
    removeAll(out);
    if (FILE* f = std::fopen(in.c_str(), "wb")) {
        if (size && std::fwrite(data, 1, size, f) != size)
            std::abort();
        std::fclose(f);
    } else {
        std::abort();
    }
    mizan::LoadReport report;
    mizan::DocumentRecords records;
    auto loaded = mizan::loadCanvasFile(in, &report, &records);
    if (!loaded)
        return 0;
    for (const auto& v : records.history.versions())
        if (auto c = records.history.canvasOf(v.id); c && mizan::firstBrokenReference(c.value()))
            std::abort();
    if (!mizan::saveCanvasFile(loaded.value(), out, &records))
        std::abort();
    mizan::DocumentRecords recordsAgain;
    auto again = mizan::loadCanvasFile(out, nullptr, &recordsAgain);
    if (!again || !(again.value() == loaded.value())
        || recordsAgain.history.versions().size() != records.history.versions().size()
        || recordsAgain.conflicts.size() != records.conflicts.size())
        std::abort();
    return 0;
}
