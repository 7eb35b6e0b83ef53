// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/sample_canvas.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace mizan::test {

Canvas fullCanvas()
{
    Canvas c;
    c.info.title = "Café & مقهى & בית קפה ☕";
    c.info.description = "A canvas with every field.\nSecond line: نص عربي، ועברית.";
    c.info.language = "ar";
    c.info.currency = "EUR";
    c.info.created = 1'700'000'000'123;
    c.info.modified = 1'760'000'000'456;

    Note seg;
    seg.id = "seg-families";
    seg.text = "العائلات الشابة";
    seg.colour = "#ffd54f";
    seg.direction = TextDirection::RightToLeft;
    seg.tags = {"B2C", "وسم", "תגית", "🏷️"};
    seg.segment = CustomerSegment{"Young families in the city\nwith kids under 6", MarketType::Niche, 12000, 249.5,
                                  "#1e88e5"};
    seg.segment->touchpoints = {
        Touchpoint{LifecycleStage::Purchase, "ch-shop", "Checkout with saved cards", Office::Front, "Web team",
                   "Two clicks, no surprises", MeasureKind::Outcome, "Orders completed", true},
        Touchpoint{LifecycleStage::AfterSales, "", "خدمة ما بعد البيع", Office::Back, "", "", std::nullopt, "", false},
    };
    seg.segment->economics = RetentionInputs{1200, 80.0, 60.0, std::nullopt, 25.5, LeavingReasons{}};
    seg.segment->personas = {Persona{"Dana", "Parent of two", "Save time", "Orders on the phone at night",
                                     "Less stress", "First box on time", "Remembers allergies", "Second child",
                                     "Surveys after delivery", "Refers friends"}};
    c.insertNote(BlockId::CustomerSegments, seg);

    Note seg2;
    seg2.id = "seg-empty";
    seg2.text = "";
    seg2.segment = CustomerSegment{};
    c.insertNote(BlockId::CustomerSegments, seg2);

    Note seg3;
    seg3.id = "seg-all";
    seg3.text = "עסקים קטנים";
    seg3.segment = CustomerSegment{"", MarketType::MultiSided, 0, 0.0, ""};
    c.insertNote(BlockId::CustomerSegments, seg3);

    Note vp;
    vp.id = "vp-1";
    vp.text = std::string(100'000, 'x') + "\nend 😀";
    vp.direction = TextDirection::LeftToRight;
    vp.links = {"seg-families", "seg-all"};
    c.insertNote(BlockId::ValuePropositions, vp);

    Note ch;
    ch.id = "ch-shop";
    ch.text = "Web shop";
    ch.channel = Channel{ChannelOwnership::Owned, ChannelReach::Direct,
                         {ChannelPhase::AfterSales, ChannelPhase::Awareness},
                         {"seg-families", "seg-all"},
                         {Means::Email, Means::Chat, Means::WebSelfService}};
    c.insertNote(BlockId::Channels, ch);
    Note ch2;
    ch2.id = "ch-partner";
    ch2.text = "Marketplace";
    ch2.channel = Channel{ChannelOwnership::Partner, std::nullopt, {}, {}, {}};
    c.insertNote(BlockId::Channels, ch2);

    Note plan;
    plan.id = "plan-families";
    plan.text = "Plan: families";
    plan.plan = RelationshipPlan{};
    plan.plan->segment = "seg-families";
    plan.plan->depth = Depth::InBetween;
    plan.plan->mechanisms = {Mechanism::Communities, Mechanism::PersonalAssistance, Mechanism::TailoredOffers};
    plan.plan->focus = {Focus::Retention, Focus::Acquisition};
    plan.plan->channels = {"ch-shop", "ch-partner"};
    plan.plan->means = {Means::Chat, Means::Email};
    plan.plan->voiceTone = Tone::Caring;
    plan.plan->voiceText = "Warm, \"quoted\", back\\slash, tab\t, صوت دافئ";
    plan.plan->channelVoices = {{"ch-partner", Tone::Formal}, {"ch-shop", Tone::Friendly}};
    plan.plan->privacyStance = "Only what we need.";
    c.insertNote(BlockId::CustomerRelationships, plan);
    Note plan2;
    plan2.id = "plan-unset";
    plan2.text = "Unanswered";
    plan2.plan = RelationshipPlan{};
    c.insertNote(BlockId::CustomerRelationships, plan2);

    Note rev;
    rev.id = "rev-1";
    rev.text = "Subscriptions";
    rev.links = {"seg-families"};
    c.insertNote(BlockId::RevenueStreams, rev);

    Note team;
    team.id = "res-team";
    team.text = "Support team";
    team.team = Team{TeamKind::Support, 4, {"seg-families", "ch-shop"}};
    team.capabilities = {Capability::SatisfactionSurveys, Capability::SharedCustomerRecord};
    c.insertNote(BlockId::KeyResources, team);
    Note team2;
    team2.id = "res-empty-team";
    team2.text = "People";
    team2.team = Team{};
    c.insertNote(BlockId::KeyResources, team2);

    Note act;
    act.id = "act-1";
    act.text = "Roasting";
    act.capabilities = {Capability::Platform};
    c.insertNote(BlockId::KeyActivities, act);

    Note partner;
    partner.id = "kp-1";
    partner.text = "Green coffee importer";
    partner.colour = "#00ff00";
    c.insertNote(BlockId::KeyPartners, partner);

    c.calendar = {
        CalendarAction{"act-newsletter", "Monthly newsletter", ActionKind::Newsletter, "seg-families",
                       Mechanism::Newsletters, 1'767'225'600'000, Recurrence::Monthly, "Marketing"},
        CalendarAction{"act-survey", "استبيان الرضا", ActionKind::Survey, "", std::nullopt, 1'775'001'600'000,
                       Recurrence::Once, ""},
    };

    c.dismissedSuggestions = {"plan-families|plan.mechanism|loyalty_program", "res-team|team.kind|support"};

    Note cost;
    cost.id = "cost-1";
    cost.text = "Salaries";
    cost.links = {"res-team"};
    c.insertNote(BlockId::CostStructure, cost);
    return c;
}

TempDir::TempDir()
{
    std::string tmpl = (std::filesystem::temp_directory_path() / "mizan-test-XXXXXX").string();
    if (!::mkdtemp(tmpl.data()))
        throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ec);
    std::filesystem::remove_all(path_, ec);
}

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeAll(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

}  // namespace mizan::test
