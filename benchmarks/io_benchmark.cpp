// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing canvases next to their floors, on the benchmark
// canvases of 100 to 30,000 notes (benchmarks/support/benchmark_canvas.h):
//   jsonParse      Boost.JSON's parse of the canvas's JSON bytes (floor)
//   jsonImport     Mizan's JSON import of the same bytes (to a canvas)
//   jsonSerialize  Boost.JSON's serialisation of the parsed value (floor)
//   jsonExport     Mizan's JSON export of the canvas
//   sqliteSelect   every row of the .mizan file's tables, read with SQLite (floor)
//   mizanLoad      Mizan's reading of the .mizan file (to a canvas)
//   mizanOpen      the same plus the first full check (what opening costs)
//   check          the checklist over the canvas (`mizan check` without I/O)
// Run: build/default/benchmarks/io_benchmark (benchmarks/run prints the
// ratios).

#include "benchmarks/support/benchmark_canvas.h"
#include "core/checklist/checklist.h"
#include "core/formats/canvas_import.h"
#include "core/formats/json_format.h"
#include "core/storage/canvas_store.h"

#include <benchmark/benchmark.h>
#include <boost/json.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <string>

using namespace mizan;
namespace json = boost::json;

namespace {

struct Sample {
    Canvas canvas;
    std::string json;
    std::string mizanPath;
};

const Sample& sample(benchmark::State& state)
{
    static std::map<int, Sample> samples;
    const int notes = static_cast<int>(state.range(0));
    auto [it, added] = samples.try_emplace(notes);
    if (added) {
        it->second.canvas = bench::benchmarkCanvas(notes);
        it->second.json = toJson(it->second.canvas);
        const auto dir = std::filesystem::temp_directory_path() / "mizan-io-benchmark";
        std::filesystem::create_directories(dir);
        it->second.mizanPath = (dir / (std::to_string(notes) + ".mizan")).string();
        std::filesystem::remove(it->second.mizanPath);
        if (!saveCanvasFile(it->second.canvas, it->second.mizanPath))
            state.SkipWithError("cannot write the .mizan sample");
    }
    state.counters["notes"] = notes;
    return it->second;
}

void jsonParse(benchmark::State& state)
{
    const Sample& s = sample(state);
    for (auto _ : state)
        benchmark::DoNotOptimize(json::parse(s.json));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * s.json.size()));
}

void jsonImport(benchmark::State& state)
{
    const Sample& s = sample(state);
    for (auto _ : state) {
        auto imported = importCanvas(s.json, "canvas.json");
        if (!imported)
            state.SkipWithError(imported.error().oneLine().c_str());
        benchmark::DoNotOptimize(imported);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * s.json.size()));
}

void jsonSerialize(benchmark::State& state)
{
    const Sample& s = sample(state);
    const json::value value = json::parse(s.json);
    for (auto _ : state)
        benchmark::DoNotOptimize(json::serialize(value));
}

void jsonExport(benchmark::State& state)
{
    const Sample& s = sample(state);
    for (auto _ : state)
        benchmark::DoNotOptimize(toJson(s.canvas));
}

// Opens the file and reads every column of every row of every table.
void sqliteSelect(benchmark::State& state)
{
    const Sample& s = sample(state);
    for (auto _ : state) {
        sqlite3* db = nullptr;
        sqlite3_open_v2(s.mizanPath.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt* tables = nullptr;
        sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table'", -1, &tables, nullptr);
        std::size_t bytes = 0;
        while (sqlite3_step(tables) == SQLITE_ROW) {
            const std::string select =
                "SELECT * FROM \"" + std::string(reinterpret_cast<const char*>(sqlite3_column_text(tables, 0))) + '"';
            sqlite3_stmt* rows = nullptr;
            sqlite3_prepare_v2(db, select.c_str(), -1, &rows, nullptr);
            while (sqlite3_step(rows) == SQLITE_ROW)
                for (int c = 0; c < sqlite3_column_count(rows); ++c) {
                    benchmark::DoNotOptimize(sqlite3_column_text(rows, c));
                    bytes += static_cast<std::size_t>(sqlite3_column_bytes(rows, c));
                }
            sqlite3_finalize(rows);
        }
        sqlite3_finalize(tables);
        sqlite3_close(db);
        benchmark::DoNotOptimize(bytes);
    }
}

void mizanLoad(benchmark::State& state)
{
    const Sample& s = sample(state);
    for (auto _ : state) {
        auto loaded = loadCanvasFile(s.mizanPath);
        if (!loaded)
            state.SkipWithError(loaded.error().oneLine().c_str());
        benchmark::DoNotOptimize(loaded);
    }
}

void mizanOpen(benchmark::State& state)
{
    const Sample& s = sample(state);
    for (auto _ : state) {
        auto loaded = loadCanvasFile(s.mizanPath);
        if (!loaded)
            state.SkipWithError(loaded.error().oneLine().c_str());
        Checklist checklist(loaded.value());
        benchmark::DoNotOptimize(checklist.count(Severity::Error));
    }
}

void check(benchmark::State& state)
{
    const Sample& s = sample(state);
    for (auto _ : state) {
        Checklist checklist(s.canvas);
        benchmark::DoNotOptimize(checklist.findings(s.canvas));
    }
}

void sizes(benchmark::internal::Benchmark* b)
{
    b->Arg(100)->Arg(1000)->Arg(10000)->Arg(30000)->Unit(benchmark::kMillisecond);
}

}  // namespace

BENCHMARK(jsonParse)->Apply(sizes);
BENCHMARK(jsonImport)->Apply(sizes);
BENCHMARK(jsonSerialize)->Apply(sizes);
BENCHMARK(jsonExport)->Apply(sizes);
BENCHMARK(sqliteSelect)->Apply(sizes);
BENCHMARK(mizanLoad)->Apply(sizes);
BENCHMARK(mizanOpen)->Apply(sizes);
BENCHMARK(check)->Apply(sizes);

BENCHMARK_MAIN();
