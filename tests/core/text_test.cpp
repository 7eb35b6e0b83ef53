// SPDX-License-Identifier: GPL-3.0-or-later
// The text readers: words found in any of the four languages, whatever
// particles are attached, and what a note's words say.

#include "core/text/lexicon.h"
#include "core/text/text_hints.h"

#include <catch2/catch.hpp>

using namespace mizan;
using namespace mizan::text;

namespace {

std::vector<std::string> words(std::string_view s)
{
    std::vector<std::string> out;
    for (const Token& t : tokenize(s))
        out.push_back(t.word);
    return out;
}

bool hasStem(std::string_view s, const std::string& stem)
{
    for (const Token& t : tokenize(s))
        for (const auto& x : t.stems)
            if (x == stem)
                return true;
    return false;
}

}  // namespace

TEST_CASE("Words are split and normalised in the four languages", "[text]")
{
    CHECK(words("Call-centre: 40 agents!") == std::vector<std::string>{"call", "centre", "40", "agents"});
    // Digits of any script; numbers know their value.
    const auto value = [](std::string_view s) { return tokenize(s).front().value; };
    CHECK(words("٢٬٠٠٠ عميل").back() == "عميل");
    CHECK(value("٢٬٠٠٠ عميل") == 2000);
    CHECK(value("2,000 clients") == 2000);
    CHECK(value("2.000 clients") == 2000);
    // Thousands spaced as French and Hebrew write them are one number; two
    // numbers side by side stay two.
    CHECK(value("2 000 clients") == 2000);
    CHECK(value("1\u202F800 établissements") == 1800);
    CHECK(value("45\u00A0000") == 45000);
    CHECK(value("1 200 000 abonnés") == 1200000);
    CHECK(words("2023 450 clients") == std::vector<std::string>{"2023", "450", "clients"});
    CHECK(words("entre 4 et 12") == std::vector<std::string>{"entre", "4", "et", "12"});
    CHECK(words("3 12") == std::vector<std::string>{"3", "12"});
    CHECK(value("1.5") == 1.5);
    CHECK(value("1,5") == 1.5);
    CHECK(value("20k") == 20000);
    CHECK(value("1.2m") == 1200000);
    CHECK(value("۳۵ کارمند") == 35);
    CHECK_FALSE(tokenize("ISO").front().number);
    // Case, and the forms of alef, yaa and taa marbuta, diacritics and tatweel.
    CHECK(words("ÉQUIPE") == words("équipe"));
    CHECK(normalise("أَحْمَد") == normalise("احمد"));
    CHECK(normalise("مكتبة") == normalise("مكتبه"));
    CHECK(normalise("مســـتشار") == normalise("مستشار"));
    CHECK(normalise("שָׁלוֹם") == normalise("שלום"));
}

TEST_CASE("Word offsets stay inside the text, broken UTF-8 included", "[text]")
{
    // A stray continuation byte, a cut sequence, a lone lead byte.
    for (const std::string& text : {std::string("\xd7\xa8\xd7\x90\x99\xd7\xa2 ok"), std::string("caf\xc3"),
                                   std::string("\xe2\x82 twenty"), std::string("a\xff\xfe b")}) {
        const auto tokens = tokenize(text);
        REQUIRE_FALSE(tokens.empty());
        for (const auto& t : tokens) {
            CHECK(t.begin < t.end);
            CHECK(t.end <= text.size());
        }
        CHECK(text.substr(tokens.back().begin, tokens.back().end - tokens.back().begin).back() != '\xff');
    }
}

TEST_CASE("Attached particles are taken off before matching", "[text]")
{
    CHECK(hasStem("والموظفين", "موظفين"));     // و + ال
    CHECK(hasStem("للعملاء", "عملاء"));         // ل + ال
    CHECK(hasStem("بالاستبيان", "استبيان"));   // ب + ال
    CHECK(hasStem("והצוות", "צוות"));           // ו + ה
    CHECK(hasStem("שבקהילה", "קהילה"));         // ש + ב
    CHECK(hasStem("l'équipe", "équipe"));
    CHECK(hasStem("d’accueil", "accueil"));     // typographic apostrophe
}

TEST_CASE("A note's words say whether it may be people, and which capabilities it names", "[text]")
{
    CHECK(hintsOf("Ahmed (founder) does sales").people);
    CHECK(hintsOf("3 support girls").people == false);  // no word for people; not plainly a thing either
    CHECK_FALSE(hintsOf("3 support girls").onlyThings());
    CHECK(hintsOf("ISO 27001, CREST, Cyber Essentials Plus certifying body").onlyThings());
    CHECK(hintsOf("Our brand and reputation").onlyThings());
    CHECK_FALSE(hintsOf("Sarah").onlyThings());
    CHECK(hintsOf("موظفات الاستقبال والمبيعات في المحل").people);
    CHECK(hintsOf("برنامج المحاسبة").onlyThings());
    CHECK(hintsOf("הצוות שלנו: 3 מזכירות").people);
    CHECK(hintsOf("מערכת ניהול תורים").onlyThings());
    CHECK(hintsOf("L'équipe d'accueil").people);
    CHECK(hintsOf("Logiciel de caisse").onlyThings());

    CHECK(hintsOf("Club member survey every 6 months (SurveyMonkey)").capabilities.contains(Capability::SatisfactionSurveys));
    CHECK(hintsOf("Jess - marketing, emails, runs the FB group").capabilities.contains(Capability::CommunityManagement));
    CHECK(hintsOf("RxWorks practice software sends vaccine reminders").capabilities.contains(Capability::Platform));
    CHECK(hintsOf("استبيان رضا بعد التسليم").capabilities.contains(Capability::SatisfactionSurveys));
    CHECK(hintsOf("סקר שביעות רצון אחרי כל ביקור").capabilities.contains(Capability::SatisfactionSurveys));
    CHECK(hintsOf("Enquête de satisfaction en fin de formation").capabilities.contains(Capability::SatisfactionSurveys));
    CHECK(hintsOf("Client history in HubSpot").capabilities.contains(Capability::SharedCustomerRecord));
    CHECK(hintsOf("Roasting and cupping, three days a week").capabilities.empty());
}

TEST_CASE("Every lexicon names the same keys", "[text]")
{
    const auto keys = Lexicon::builtIn().keys();
    for (const char* key : {"people", "resource", "capability:satisfaction_surveys", "capability:outcome_measurement",
                            "capability:review_collection", "capability:community_management",
                            "capability:shared_customer_record", "capability:customer_data", "capability:platform"})
        CHECK(std::find(keys.begin(), keys.end(), key) != keys.end());
}
