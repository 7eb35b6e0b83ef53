// SPDX-License-Identifier: GPL-3.0-or-later
// Suggested answers read from sticky notes' words, in the four languages:
// what a user sees proposed, where it comes from, and what accepting or
// dismissing it does.
#include "core/checklist/checklist.h"
#include "core/model/canvas_edit.h"
#include "core/suggest/suggestions.h"

#include <catch2/catch.hpp>

using namespace mizan;

namespace {

// A canvas of sticky notes: text only, in one language.
struct Sticky {
    Canvas canvas;
    explicit Sticky(const std::string& language) { canvas.info.language = language; }
    Sticky& note(BlockId block, const std::string& id, const std::string& text)
    {
        canvas.insertNote(block, Note{.id = id, .text = text});
        return *this;
    }
};

const Suggestion* find(const std::vector<Suggestion>& all, const NoteId& note, std::string_view field, const std::string& value)
{
    for (const Suggestion& s : all)
        if (s.note == note && s.field == field && s.value == value)
            return &s;
    return nullptr;
}

bool proposes(const Canvas& c, const NoteId& note, std::string_view field, const std::string& value)
{
    return find(suggest(c), note, field, value) != nullptr;
}

}  // namespace

TEST_CASE("A relationship note's words suggest its segment, mechanisms and means, with the words they come from", "[suggest]")
{
    Sticky s("en");
    s.note(BlockId::CustomerSegments, "seg-locals", "Men in the neighbourhood\nRegulars, about 600 of them")
        .note(BlockId::CustomerSegments, "seg-kids", "Kids on Saturday mornings")
        .note(BlockId::CustomerRelationships, "plan", "Regulars: stamp card, 10th cut free; WhatsApp me to book");
    const auto all = suggest(s.canvas);
    const Suggestion* segment = find(all, "plan", field::PlanSegment, "seg-locals");
    REQUIRE(segment);
    CHECK(segment->words == "Regulars");
    const Suggestion* loyalty = find(all, "plan", field::PlanMechanism, "loyalty_program");
    REQUIRE(loyalty);
    CHECK(loyalty->words == "stamp card");
    CHECK(find(all, "plan", field::PlanMeans, "chat"));
    // A loyalty card keeps customers: the aim it reveals (CR12, RT10).
    CHECK(find(all, "plan", field::PlanFocus, "retention"));
    // The segment's size from "about 600".
    CHECK(find(all, "seg-locals", field::SegmentSize, "600"));
    // Nothing about the kids: their name is not in the note.
    CHECK_FALSE(find(all, "plan", field::PlanSegment, "seg-kids"));
}

TEST_CASE("Suggestions read Arabic, Hebrew and French with their particles and digits", "[suggest]")
{
    SECTION("Arabic: attached particles, Arabic-Indic digits")
    {
        Sticky s("ar");
        s.note(BlockId::KeyResources, "res", "٣ موظفين خدمة عملاء على الواتساب")
            .note(BlockId::CustomerSegments, "seg", "عائلات الحي، حوالي ٢٠٠٠ أسرة");
        CHECK(proposes(s.canvas, "res", field::TeamHeadcount, "3"));
        CHECK(proposes(s.canvas, "res", field::TeamKind, "support"));
        CHECK(proposes(s.canvas, "seg", field::SegmentSize, "2000"));
    }
    SECTION("Hebrew: prefixes taken off")
    {
        Sticky s("he");
        s.note(BlockId::Channels, "ch", "החנות שלנו ברחוב הרצל")
            .note(BlockId::CustomerRelationships, "plan", "כרטיס מועדון וניוזלטר חודשי");
        CHECK(proposes(s.canvas, "ch", field::ChannelOwnership, "owned"));
        CHECK(proposes(s.canvas, "plan", field::PlanMechanism, "loyalty_program"));
        CHECK(proposes(s.canvas, "plan", field::PlanMechanism, "newsletters"));
    }
    SECTION("French: elision, spaced thousands, and words that are English elsewhere")
    {
        Sticky s("fr");
        s.note(BlockId::CustomerSegments, "seg", "Entreprises de la région, environ 1 800 établissements")
            .note(BlockId::CustomerRelationships, "plan", "Livraison des courses à domicile, carte de fidélité");
        CHECK(proposes(s.canvas, "seg", field::SegmentSize, "1800"));
        CHECK(proposes(s.canvas, "plan", field::PlanMechanism, "loyalty_program"));
        // "courses" is the shopping in French, not a course: the English
        // lexicon does not read a French canvas.
        CHECK_FALSE(proposes(s.canvas, "plan", field::PlanMechanism, "tutorials"));
        Canvas english = s.canvas;
        english.info.language = "en";
        CHECK(proposes(english, "plan", field::PlanMechanism, "tutorials"));
    }
}

TEST_CASE("Numbers that are not counts of people or customers are not read as such", "[suggest]")
{
    Sticky s("en");
    s.note(BlockId::KeyResources, "me", "Me, the owner: I cut every head myself, 6 days a week")
        .note(BlockId::KeyResources, "am", "Account managers - one per client")
        .note(BlockId::CustomerSegments, "kids", "Kids 4-12 brought by a parent")
        .note(BlockId::CustomerSegments, "seniors", "Seniors (65+) customers")
        .note(BlockId::CustomerSegments, "shop", "Shops of 90 m2 and more");
    const auto all = suggest(s.canvas);
    CHECK(find(all, "me", field::TeamHeadcount, "1"));
    CHECK_FALSE(find(all, "me", field::TeamHeadcount, "6"));
    CHECK_FALSE(find(all, "am", field::TeamHeadcount, "1"));
    for (const Suggestion& x : all)
        CHECK(x.field != field::SegmentSize);
}

TEST_CASE("A measure of the activity is not suggested as an outcome measure (EX5)", "[suggest]")
{
    Sticky s("en");
    s.note(BlockId::KeyActivities, "speed", "Dashboard: reply time and tickets closed per agent")
        .note(BlockId::KeyActivities, "solved", "We track the share of problems solved within a day");
    CHECK_FALSE(proposes(s.canvas, "speed", field::Capability, "outcome_measurement"));
    CHECK(proposes(s.canvas, "solved", field::Capability, "outcome_measurement"));
}

TEST_CASE("Answers already given are not suggested again, nor a dismissed suggestion", "[suggest]")
{
    Sticky s("en");
    s.note(BlockId::Channels, "ch", "Our own webshop");
    REQUIRE(proposes(s.canvas, "ch", field::ChannelOwnership, "owned"));
    Canvas answered = s.canvas;
    Note ch = *answered.find("ch");
    ch.channel = Channel{.ownership = ChannelOwnership::Partner};
    answered.replaceNote(ch);
    // The user said partner: the words do not argue.
    CHECK_FALSE(proposes(answered, "ch", field::ChannelOwnership, "owned"));

    const auto waiting = suggestFor(s.canvas, "ch");
    const Suggestion owned = *find(waiting, "ch", field::ChannelOwnership, "owned");
    CanvasEdit dismiss = edits::settleSuggestions(s.canvas, {}, {owned.key()});
    dismiss.apply(s.canvas, true);
    CHECK_FALSE(proposes(s.canvas, "ch", field::ChannelOwnership, "owned"));
    // Undoing the dismissal proposes it again.
    dismiss.apply(s.canvas, false);
    CHECK(proposes(s.canvas, "ch", field::ChannelOwnership, "owned"));
}

TEST_CASE("Accepting suggestions writes them as answers in one edit, undone as one", "[suggest]")
{
    Sticky s("en");
    s.note(BlockId::CustomerSegments, "seg", "Cafés in town")
        .note(BlockId::CustomerRelationships, "plan", "Cafés: a dedicated account manager and a 12-month contract");
    const Canvas before = s.canvas;
    const auto all = suggest(s.canvas);
    REQUIRE(all.size() >= 3);
    CanvasEdit accept = edits::settleSuggestions(s.canvas, acceptedNotes(s.canvas, all), {});
    accept.apply(s.canvas, true);
    const Note& plan = *s.canvas.find("plan");
    REQUIRE(plan.plan);
    CHECK(plan.plan->segment == "seg");
    CHECK(plan.plan->mechanisms.contains(Mechanism::DedicatedPersonalAssistance));
    CHECK(plan.plan->mechanisms.contains(Mechanism::LongTermCommitment));
    CHECK(suggestFor(s.canvas, "plan").empty());
    accept.apply(s.canvas, false);
    CHECK(s.canvas.find("plan")->plan == before.find("plan")->plan);
}

TEST_CASE("The checklist with suggestions says which findings rest on them", "[suggest]")
{
    // A consultant's first pass on sticky notes: a personal call to every
    // customer of a segment nobody on the team serves.
    Sticky s("en");
    s.note(BlockId::CustomerSegments, "seg", "Families in the district")
        .note(BlockId::CustomerRelationships, "plan", "Families: a dedicated account manager for each family")
        .note(BlockId::Channels, "ch", "Our shop for families")
        .note(BlockId::KeyResources, "team", "Production team of 4 bakers");
    const auto confirmed = runChecklist(s.canvas);
    const auto with = checkWithSuggestions(s.canvas, &confirmed);
    REQUIRE_FALSE(with.empty());
    bool resting = false;
    for (const Finding& f : with) {
        const bool before = std::any_of(confirmed.begin(), confirmed.end(), [&](const Finding& c) {
            return c.ruleId == f.ruleId && c.subjects == f.subjects && c.message == f.message;
        });
        CHECK(f.restsOnSuggestion == (!before && f.ruleId != "segment.unanswered"));
        resting = resting || f.restsOnSuggestion;
    }
    CHECK(resting);
}
