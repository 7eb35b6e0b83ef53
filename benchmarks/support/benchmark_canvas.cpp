// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks/support/benchmark_canvas.h"

#include <array>
#include <random>
#include <string>

namespace mizan::bench {

namespace {

constexpr std::array kEnglish{"customers", "weekly",  "delivery", "subscription", "support", "app",
                              "partners",  "premium", "local",    "families",     "coffee",  "training",
                              "service",   "online",  "shop",     "fast",         "quality", "price"};
constexpr std::array kArabic{"العملاء", "أسبوعي", "توصيل",  "اشتراك", "دعم",  "تطبيق",
                             "شركاء",  "مميز",   "محلي",   "عائلات", "قهوة", "تدريب",
                             "خدمة",   "عبر الإنترنت", "متجر", "سريع", "جودة", "سعر"};
constexpr std::array kHebrew{"לקוחות", "שבועי", "משלוח", "מנוי", "תמיכה", "אפליקציה",
                             "שותפים", "פרימיום", "מקומי", "משפחות", "קפה", "הדרכה",
                             "שירות", "מקוון", "חנות", "מהיר", "איכות", "מחיר"};

// The blocks of the 17 plain notes of a group, in turn (segments and
// channels are the structured notes of each group).
constexpr std::array kPlainBlocks{BlockId::ValuePropositions, BlockId::ValuePropositions, BlockId::RevenueStreams,
                                  BlockId::KeyResources,      BlockId::KeyActivities,     BlockId::KeyActivities,
                                  BlockId::KeyPartners,       BlockId::CostStructure,     BlockId::CostStructure,
                                  BlockId::ValuePropositions, BlockId::RevenueStreams,    BlockId::ValuePropositions,
                                  BlockId::KeyResources,      BlockId::KeyPartners,       BlockId::RevenueStreams,
                                  BlockId::KeyActivities,     BlockId::CostStructure};

class Words {
public:
    explicit Words(unsigned seed) : rng_(seed) {}
    int pick(int n) { return static_cast<int>(rng_() % static_cast<unsigned>(n)); }
    // Three to twelve words of one script; 30% Arabic or Hebrew.
    std::string sentence()
    {
        const int script = pick(10);
        const int count = 3 + pick(10);
        std::string s;
        for (int i = 0; i < count; ++i) {
            if (i)
                s += ' ';
            const int w = pick(static_cast<int>(kEnglish.size()));
            s += script < 7 ? kEnglish[w] : script < 9 ? kArabic[w] : kHebrew[w];
        }
        return s;
    }

private:
    std::mt19937 rng_;
};

constexpr Mechanism kMechanisms[] = {Mechanism::PersonalAssistance, Mechanism::SelfService,
                                     Mechanism::AutomatedServices,  Mechanism::Communities,
                                     Mechanism::LoyaltyProgram,     Mechanism::Newsletters};

void addGroup(Canvas& c, Words& words, int g, int plainNotes)
{
    const std::string n = std::to_string(g);
    Note seg{.id = "seg-" + n, .text = words.sentence()};
    seg.segment = CustomerSegment{};
    seg.segment->market = static_cast<MarketType>(words.pick(5));
    seg.segment->estimatedSize = 100 + words.pick(20000);
    c.insertNote(BlockId::CustomerSegments, seg);

    Note ch{.id = "ch-" + n, .text = words.sentence()};
    ch.channel = Channel{};
    ch.channel->ownership = words.pick(3) ? ChannelOwnership::Owned : ChannelOwnership::Partner;
    ch.channel->segments = {seg.id};
    for (ChannelPhase p : allValues<ChannelPhase>())
        ch.channel->phases.set(p, words.pick(3) != 0);
    ch.channel->means = {Means::Email, Means::Chat};
    c.insertNote(BlockId::Channels, ch);

    Note plan{.id = planNoteId(g), .text = words.sentence()};
    plan.plan = RelationshipPlan{};
    plan.plan->segment = seg.id;
    plan.plan->depth = static_cast<Depth>(words.pick(3));
    plan.plan->mechanisms.insert(kMechanisms[words.pick(std::size(kMechanisms))]);
    plan.plan->focus.insert(static_cast<Focus>(words.pick(3)));
    plan.plan->channels = {ch.id};
    plan.plan->means = {Means::Email};
    c.insertNote(BlockId::CustomerRelationships, plan);

    for (int i = 0; i < plainNotes; ++i) {
        Note note{.id = i == 0 ? plainNoteId(g) : "n-" + n + "-" + std::to_string(i), .text = words.sentence()};
        if (words.pick(3) == 0)
            note.links = {seg.id};
        c.insertNote(kPlainBlocks[static_cast<std::size_t>(i) % kPlainBlocks.size()], note);
    }
}

}  // namespace

NoteId plainNoteId(int group) { return "n-" + std::to_string(group) + "-0"; }
NoteId planNoteId(int group) { return "plan-" + std::to_string(group); }

Canvas benchmarkCanvas(int notes, unsigned seed)
{
    Words words(seed);
    Canvas c;
    c.info.title = "Benchmark canvas, " + std::to_string(notes) + " notes";
    c.info.language = "en";
    Note team{.id = "res-team", .text = "Customer care team"};
    team.team = Team{TeamKind::Support, 4 + notes / 200, {}};
    c.insertNote(BlockId::KeyResources, team);
    int left = notes - 1;
    for (int g = 0; left > 0; ++g) {
        const int size = std::min(left, 20);
        if (size < 3) {
            for (int i = 0; i < size; ++i)
                c.insertNote(BlockId::KeyActivities, Note{.id = "tail-" + std::to_string(i), .text = words.sentence()});
            break;
        }
        addGroup(c, words, g, size - 3);
        left -= size;
    }
    return c;
}

}  // namespace mizan::bench
