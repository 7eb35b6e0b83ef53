// SPDX-License-Identifier: GPL-3.0-or-later
// How fast suggestions are read from the notes' words, on canvases of 10,
// 100 and 1,000 segments whose notes are written like real sticky notes in
// the four languages (about seven notes per segment): every suggestion of
// the canvas (what the editor computes after an edit), and the checklist
// run with them. Run: build/default/benchmarks/suggest_benchmark

#include "core/checklist/checklist.h"
#include "core/suggest/suggestions.h"

#include <benchmark/benchmark.h>

#include <array>
#include <string>

using namespace mizan;

namespace {

struct Words {
    const char* segment;
    const char* plan;
    const char* channel;
    const char* team;
    const char* offer;
};

// One canvas's worth of notes per language; {n} is replaced by a number
// that makes each segment's name its own.
constexpr std::array<Words, 4> kWords{{
    {"Families in district {n} - about 2,000 households", "Families {n}: stamp card, WhatsApp group, monthly newsletter",
     "Our shop on street {n} and Instagram page", "3 account managers for district {n}", "Fresh bread for district {n} families"},
    {"عائلات حي {n} حوالي ٢٠٠٠ أسرة", "عائلات {n}: بطاقة نقاط، مجموعة واتساب، نشرة شهرية", "محلنا في شارع {n} وصفحة إنستغرام",
     "٣ موظفين خدمة عملاء لحي {n}", "خبز طازج لعائلات حي {n}"},
    {"משפחות בשכונה {n} - כ-2,000 משקי בית", "משפחות {n}: כרטיס מועדון, קבוצת וואטסאפ, ניוזלטר חודשי", "החנות שלנו ברחוב {n} ועמוד אינסטגרם",
     "3 מנהלי לקוחות לשכונה {n}", "לחם טרי למשפחות בשכונה {n}"},
    {"Familles du quartier {n} - environ 2 000 foyers", "Familles {n} : carte de fidélité, groupe WhatsApp, newsletter mensuelle",
     "Notre boutique rue {n} et page Instagram", "3 chargés de clientèle pour le quartier {n}", "Pain frais pour les familles du quartier {n}"},
}};

std::string fill(const char* text, int n)
{
    std::string s = text;
    const std::string tag = "{n}";
    const std::string word = "Q" + std::to_string(n);
    for (auto at = s.find(tag); at != std::string::npos; at = s.find(tag, at + word.size()))
        s.replace(at, tag.size(), word);
    return s;
}

Canvas wordyCanvas(int segments)
{
    Canvas c;
    c.info.title = "Sticky notes";
    for (int i = 0; i < segments; ++i) {
        const Words& w = kWords[static_cast<std::size_t>(i) % kWords.size()];
        const std::string n = std::to_string(i);
        c.insertNote(BlockId::CustomerSegments, Note{.id = "seg-" + n, .text = fill(w.segment, i)});
        c.insertNote(BlockId::CustomerRelationships, Note{.id = "plan-" + n, .text = fill(w.plan, i)});
        c.insertNote(BlockId::Channels, Note{.id = "ch-" + n, .text = fill(w.channel, i)});
        c.insertNote(BlockId::KeyResources, Note{.id = "res-" + n, .text = fill(w.team, i)});
        c.insertNote(BlockId::ValuePropositions, Note{.id = "vp-" + n, .text = fill(w.offer, i)});
        c.insertNote(BlockId::RevenueStreams, Note{.id = "rev-" + n, .text = fill(w.offer, i)});
        c.insertNote(BlockId::KeyActivities, Note{.id = "act-" + n, .text = "Satisfaction survey after each visit"});
    }
    return c;
}

void allSuggestions(benchmark::State& state)
{
    const Canvas canvas = wordyCanvas(static_cast<int>(state.range(0)));
    std::size_t found = 0;
    for (auto _ : state)
        found = suggest(canvas).size();
    state.counters["notes"] = static_cast<double>(canvas.noteCount());
    state.counters["suggestions"] = static_cast<double>(found);
}

void checkWithThem(benchmark::State& state)
{
    const Canvas canvas = wordyCanvas(static_cast<int>(state.range(0)));
    const auto confirmed = runChecklist(canvas);
    for (auto _ : state)
        benchmark::DoNotOptimize(checkWithSuggestions(canvas, &confirmed).size());
    state.counters["notes"] = static_cast<double>(canvas.noteCount());
}

}  // namespace

BENCHMARK(allSuggestions)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(checkWithThem)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
