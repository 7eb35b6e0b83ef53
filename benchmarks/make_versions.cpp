// SPDX-License-Identifier: GPL-3.0-or-later
// make_versions N DIR: the files the versions benchmark needs, from the
// benchmark canvas of N notes:
//   DIR/base.mizan, DIR/ours.mizan, DIR/theirs.mizan: the canvas, then two
//     copies each with 5% of the notes edited (different notes, plus 1% of
//     the same notes changed both ways, for conflicts), a few added, a few removed;
//   DIR/one.mizan: the canvas alone; DIR/history.mizan: the canvas after 50
//     versions, each taken after 1% of the notes were edited.
// Prints "versions SECONDS" (the time taken to record the 50 versions) and
// "delete SECONDS" (deleting the second of them: the 48 after it recorded again).

#include "benchmarks/support/benchmark_canvas.h"
#include "core/model/canvas_edit.h"
#include "core/storage/canvas_store.h"

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <random>
#include <string>

using namespace mizan;

namespace {

std::vector<NoteId> allIds(const Canvas& c)
{
    std::vector<NoteId> ids;
    for (BlockId b : allValues<BlockId>())
        for (const Note& n : c.notes(b))
            ids.push_back(n.id);
    return ids;
}

// Edits `count` notes picked from ids[from, from + span): words appended.
void editNotes(Canvas& c, const std::vector<NoteId>& ids, std::size_t from, std::size_t span, std::size_t count,
               std::mt19937& rng, const std::string& who)
{
    for (std::size_t i = 0; i < count; ++i) {
        const NoteId& id = ids[from + rng() % span];
        if (Note n = *c.find(id); true) {
            n.text += " (" + who + " " + std::to_string(i) + ")";
            c.replaceNote(n);
        }
    }
}

void addAndRemove(Canvas& c, std::size_t count, std::mt19937& rng, const std::string& who)
{
    for (std::size_t i = 0; i < count; ++i)
        c.insertNote(BlockId::KeyActivities, Note{.id = who + "-new-" + std::to_string(i), .text = "New idea " + std::to_string(i)});
    const auto& plain = c.notes(BlockId::CostStructure);
    std::vector<NoteId> gone;
    for (std::size_t i = 0; i < count && i < plain.size(); ++i)
        gone.push_back(plain[rng() % plain.size()].id);
    std::sort(gone.begin(), gone.end());
    gone.erase(std::unique(gone.begin(), gone.end()), gone.end());
    edits::removeNotes(c, gone).apply(c, true);
}

int fail(const Error& e)
{
    std::cerr << "make_versions: " << e.oneLine() << '\n';
    return 2;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc != 3 || std::atoi(argv[1]) < 20) {
        std::cerr << "usage: make_versions NOTES DIR\n";
        return 2;
    }
    const int notes = std::atoi(argv[1]);
    const std::string dir = argv[2];
    const Canvas base = bench::benchmarkCanvas(notes);
    const std::vector<NoteId> ids = allIds(base);
    const std::size_t n = ids.size(), half = n / 2;
    std::mt19937 rng(11);
    Canvas ours = base, theirs = base;
    editNotes(ours, ids, 0, half, n / 20, rng, "ours");
    editNotes(theirs, ids, half, n - half, n / 20, rng, "theirs");
    editNotes(ours, ids, half, n - half, n / 100, rng, "both ours");
    editNotes(theirs, ids, half, n - half, n / 100, rng, "both theirs");
    addAndRemove(ours, n / 200 + 1, rng, "ours");
    addAndRemove(theirs, n / 200 + 1, rng, "theirs");
    for (const auto& [name, canvas] : {std::pair{"base", &base}, {"ours", &ours}, {"theirs", &theirs}, {"one", &base}})
        if (auto st = saveCanvasFile(*canvas, dir + "/" + name + ".mizan"); !st)
            return fail(st.error());

    Canvas c = base;
    CanvasHistory history;
    const auto start = std::chrono::steady_clock::now();
    for (int v = 0; v < 50; ++v) {
        editNotes(c, allIds(c), 0, c.noteCount(), std::max<std::size_t>(1, c.noteCount() / 100), rng, "v" + std::to_string(v));
        if (auto added = history.add(c, v % 10 == 0 ? "Workshop " + std::to_string(v / 10 + 1) : "", 1796169600000 + v * 86400000LL);
            !added)
            return fail(added.error());
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    DocumentRecords records{history, {}};
    if (auto st = saveCanvasFile(c, dir + "/history.mizan", &records); !st)
        return fail(st.error());
    CanvasHistory pruned = history;
    const auto deleting = std::chrono::steady_clock::now();
    if (auto removed = pruned.remove(2); !removed)
        return fail(removed.error());
    const double deleted = std::chrono::duration<double>(std::chrono::steady_clock::now() - deleting).count();
    std::cout << "versions " << seconds << "\ndelete " << deleted << '\n';
    return 0;
}
