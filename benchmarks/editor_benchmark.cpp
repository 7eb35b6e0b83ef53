// SPDX-License-Identifier: GPL-3.0-or-later
// One edit in the editor, on the benchmark canvases of 100 to 30,000 notes,
// as the user pays for it: the command (the edit applied, written to the
// working copy, the checklist re-run, the scene told), then the events it
// posts, among them the repaint of what changed on the canvas view. The
// findings panel re-reads the findings once a burst of edits pauses:
// measured on its own. fullRepaint is the whole view drawn again (a
// scroll, a window uncovered) at the zoom that shows the whole canvas.
//   typeWord     a word added to (then removed from) a note's text
//   moveNote     a note moved to the end of its block and back
//   planAnswer   a relationship plan's depth changed
//   findings     the findings panel's refresh after an edit
// Run (any Qt platform; offscreen needs no screen):
//   QT_QPA_PLATFORM=offscreen build/default/benchmarks/editor_benchmark

#include "benchmarks/support/benchmark_canvas.h"
#include "core/model/canvas_edit.h"
#include "core/storage/canvas_store.h"
#include "ui/canvas/canvas_view.h"
#include "ui/document/document.h"
#include "ui/document/document_tab.h"
#include "ui/main_window.h"
#include "ui/panels/findings_panel.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QTemporaryDir>
#include <QUndoStack>

#include <map>
#include <memory>

using namespace mizan;
using namespace mizan::ui;

namespace {

struct Editor {
    QTemporaryDir dir;
    std::unique_ptr<RecoveryArea> recovery;
    std::unique_ptr<MainWindow> window;
};

// One window per canvas size, kept open across the benchmarks (closed
// before the application ends).
std::map<int, Editor> editors;

Editor& editor(benchmark::State& state)
{
    const int notes = static_cast<int>(state.range(0));
    auto [it, added] = editors.try_emplace(notes);
    Editor& e = it->second;
    if (added) {
        const QString path = e.dir.filePath(QStringLiteral("canvas.mizan"));
        if (!saveCanvasFile(bench::benchmarkCanvas(notes), path.toStdString()))
            state.SkipWithError("cannot write the canvas");
        e.recovery = std::make_unique<RecoveryArea>(e.dir.filePath(QStringLiteral("recovery")));
        e.window = std::make_unique<MainWindow>(*e.recovery);
        e.window->resize(1600, 1000);
        e.window->show();
        QString error;
        if (!e.window->openFile(path, &error))
            state.SkipWithError(error.toUtf8().constData());
        QApplication::processEvents();
    }
    state.counters["notes"] = notes;
    return e;
}

Document& documentOf(Editor& e) { return e.window->currentTab()->document(); }

// The edit, its posted events, and a repaint of the whole view.
template <typename MakeEdit>
void timeEdits(benchmark::State& state, MakeEdit makeEdit)
{
    Editor& e = editor(state);
    Document& doc = documentOf(e);
    bool flip = false;
    for (auto _ : state) {
        doc.apply(makeEdit(doc.canvas(), flip), QStringLiteral("Edit"));
        flip = !flip;
        // Twice: the scene's change notice posts the view's update.
        QApplication::processEvents();
        QApplication::processEvents();
    }
    doc.undoStack()->clear();
}

void typeWord(benchmark::State& state)
{
    const NoteId id = bench::plainNoteId(0);
    timeEdits(state, [&](const Canvas& c, bool flip) {
        Note note = *c.find(id);
        if (flip)
            note.text.resize(note.text.size() - 5);
        else
            note.text += " more";
        return edits::changeNotes(c, {note});
    });
}

void moveNote(benchmark::State& state)
{
    const NoteId id = bench::plainNoteId(0);
    timeEdits(state, [&](const Canvas& c, bool flip) {
        const BlockId block = c.locate(id)->block;
        return edits::moveNotes(c, {id}, block, flip ? 0 : c.notes(block).size() - 1);
    });
}

void planAnswer(benchmark::State& state)
{
    const NoteId id = bench::planNoteId(0);
    timeEdits(state, [&](const Canvas& c, bool flip) {
        Note note = *c.find(id);
        note.plan->depth = flip ? Depth::Shallow : Depth::Deep;
        return edits::changeNotes(c, {note});
    });
}

void fullRepaint(benchmark::State& state)
{
    Editor& e = editor(state);
    CanvasView& view = e.window->currentTab()->view();
    for (auto _ : state)
        view.viewport()->repaint();
}

void findings(benchmark::State& state)
{
    Editor& e = editor(state);
    FindingsPanel& panel = *e.window->findingsPanel();
    for (auto _ : state)
        panel.refresh();
}

void sizes(benchmark::internal::Benchmark* b)
{
    b->Arg(100)->Arg(1000)->Arg(10000)->Arg(30000)->Unit(benchmark::kMillisecond)->Iterations(30);
}

}  // namespace

BENCHMARK(typeWord)->Apply(sizes);
BENCHMARK(moveNote)->Apply(sizes);
BENCHMARK(planAnswer)->Apply(sizes);
BENCHMARK(fullRepaint)->Apply(sizes);
BENCHMARK(findings)->Apply(sizes);

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mizan"));
    QApplication::setApplicationName(QStringLiteral("Mizan benchmark"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    editors.clear();
    return 0;
}
