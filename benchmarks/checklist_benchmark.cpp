// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist's speed on synthetic canvases of 10, 100 and 1,000 segments
// (about five notes each): a full check, and the re-check after one edit of
// each kind. Run: build/default/benchmarks/checklist_benchmark

#include "core/checklist/checklist.h"
#include "tests/support/synthetic_canvas.h"

#include <benchmark/benchmark.h>

using namespace mizan;

namespace {

void fullCheck(benchmark::State& state)
{
    const Canvas canvas = test::syntheticCanvas(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        Checklist checklist(canvas);
        benchmark::DoNotOptimize(checklist.count(Severity::Error));
    }
    state.counters["notes"] = static_cast<double>(canvas.noteCount());
}

// Alternates a note between two versions and re-checks after each change.
template <typename Edit>
void perEdit(benchmark::State& state, const NoteId& id, Edit edit)
{
    Canvas canvas = test::syntheticCanvas(static_cast<int>(state.range(0)));
    Checklist checklist(canvas);
    const Note before = *canvas.find(id);
    Note after = before;
    edit(after);
    bool flip = false;
    std::size_t units = 0;
    for (auto _ : state) {
        canvas.replaceNote(flip ? before : after);
        flip = !flip;
        checklist.update(canvas, {id});
        units += checklist.lastEvaluatedUnits();
    }
    state.counters["units"] = benchmark::Counter(static_cast<double>(units), benchmark::Counter::kAvgIterations);
}

void editPlan(benchmark::State& state)
{
    perEdit(state, test::planId(static_cast<int>(state.range(0)) / 2), [](Note& n) {
        n.plan->depth = n.plan->depth == Depth::Deep ? Depth::Shallow : Depth::Deep;
        n.plan->mechanisms.insert(Mechanism::DedicatedPersonalAssistance);
    });
}

void editChannel(benchmark::State& state)
{
    perEdit(state, test::channelId(static_cast<int>(state.range(0)) / 2),
            [](Note& n) { n.channel->phases.set(ChannelPhase::AfterSales, !n.channel->phases.contains(ChannelPhase::AfterSales)); });
}

void editSegmentText(benchmark::State& state)
{
    perEdit(state, test::segmentId(static_cast<int>(state.range(0)) / 2), [](Note& n) { n.text += " (renamed)"; });
}

// Adds a capability no rule reads on any synthetic plan: the facts are
// recomputed, and no segment needs re-running.
void editActivity(benchmark::State& state)
{
    perEdit(state, "act-data", [](Note& n) { n.capabilities.insert(Capability::SharedCustomerRecord); });
}

// Changes the headcount every plan with personal assistance depends on:
// those segments are re-checked, so this one grows with the canvas.
void editTeam(benchmark::State& state)
{
    perEdit(state, "res-support", [](Note& n) { n.team->headcount = 1; });
}

}  // namespace

BENCHMARK(fullCheck)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(editPlan)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(editChannel)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(editSegmentText)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(editActivity)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(editTeam)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
