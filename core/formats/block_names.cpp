// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/block_names.h"

#include "core/model/vocabulary.h"
#include "core/text/text_tokens.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace mizan {

namespace {

struct BlockTitles {
    BlockId block;
    std::string_view fr, ar, he;      // as resources/translations/mizan_{fr,ar,he}.ts write them
};

constexpr BlockTitles kTitles[] = {
    {BlockId::CustomerSegments, "Segments de clientèle", "شرائح العملاء", "פלחי לקוחות"},
    {BlockId::ValuePropositions, "Propositions de valeur", "القيمة المقدمة", "הצעת ערך"},
    {BlockId::Channels, "Canaux", "القنوات", "ערוצים"},
    {BlockId::CustomerRelationships, "Relations avec les clients", "العلاقات مع العملاء", "קשרי לקוחות"},
    {BlockId::RevenueStreams, "Flux de revenus", "مصادر الإيرادات", "זרמי הכנסה"},
    {BlockId::KeyResources, "Ressources clés", "الموارد الرئيسية", "משאבים מרכזיים"},
    {BlockId::KeyActivities, "Activités clés", "الأنشطة الرئيسية", "פעילויות מרכזיות"},
    {BlockId::KeyPartners, "Partenaires clés", "الشركاء الرئيسيون", "שותפים מרכזיים"},
    {BlockId::CostStructure, "Structure de coûts", "هيكل التكاليف", "מבנה עלויות"},
};

// Variants met in other tools' files and templates, in the four languages.
// The titles above and the English titles of the vocabulary are added to
// these, and so are the blocks' keys.
const std::pair<BlockId, std::string_view> kVariants[] = {
    {BlockId::KeyPartners, "Key partnerships"}, {BlockId::KeyPartners, "Key partner"},
    {BlockId::KeyPartners, "Key partnership"}, {BlockId::KeyPartners, "Partners"},
    {BlockId::KeyPartners, "Partnerships"}, {BlockId::KeyPartners, "Strategic partners"},
    {BlockId::KeyPartners, "Partenaires"}, {BlockId::KeyPartners, "Partenariats clés"},
    {BlockId::KeyPartners, "Partenaires stratégiques"}, {BlockId::KeyPartners, "Partenaires clé"},
    {BlockId::KeyPartners, "الشركاء الرئيسيين"}, {BlockId::KeyPartners, "الشركاء"},
    {BlockId::KeyPartners, "الشراكات الرئيسية"}, {BlockId::KeyPartners, "شركاء رئيسيون"},
    {BlockId::KeyPartners, "الشركاء الأساسيون"}, {BlockId::KeyPartners, "שותפים עיקריים"},
    {BlockId::KeyPartners, "שותפים"}, {BlockId::KeyPartners, "שותפי מפתח"},
    {BlockId::KeyPartners, "שותפויות מרכזיות"},

    {BlockId::KeyActivities, "Key activity"}, {BlockId::KeyActivities, "Activities"},
    {BlockId::KeyActivities, "Activités"}, {BlockId::KeyActivities, "Activités clé"},
    {BlockId::KeyActivities, "الأنشطة"}, {BlockId::KeyActivities, "الأنشطة الأساسية"},
    {BlockId::KeyActivities, "פעילויות עיקריות"}, {BlockId::KeyActivities, "פעילויות"},
    {BlockId::KeyActivities, "פעילויות מפתח"},

    {BlockId::KeyResources, "Key resource"}, {BlockId::KeyResources, "Resources"},
    {BlockId::KeyResources, "Ressources"}, {BlockId::KeyResources, "Ressources clé"},
    {BlockId::KeyResources, "الموارد"}, {BlockId::KeyResources, "الموارد الأساسية"},
    {BlockId::KeyResources, "משאבים עיקריים"}, {BlockId::KeyResources, "משאבים"},
    {BlockId::KeyResources, "משאבי מפתח"},

    {BlockId::ValuePropositions, "Value proposition"}, {BlockId::ValuePropositions, "Value props"},
    {BlockId::ValuePropositions, "Value prop"}, {BlockId::ValuePropositions, "Unique value proposition"},
    {BlockId::ValuePropositions, "Proposition de valeur"}, {BlockId::ValuePropositions, "عرض القيمة"},
    {BlockId::ValuePropositions, "القيمة المقترحة"}, {BlockId::ValuePropositions, "عروض القيمة"},
    {BlockId::ValuePropositions, "الاقتراح القيمي"}, {BlockId::ValuePropositions, "הצעות ערך"},
    {BlockId::ValuePropositions, "הצעת הערך"},

    {BlockId::CustomerRelationships, "Customer relationship"}, {BlockId::CustomerRelationships, "Relationships"},
    {BlockId::CustomerRelationships, "Customer relations"}, {BlockId::CustomerRelationships, "Customer relation"},
    {BlockId::CustomerRelationships, "Relations clients"}, {BlockId::CustomerRelationships, "Relation client"},
    {BlockId::CustomerRelationships, "Relations client"}, {BlockId::CustomerRelationships, "Relation clients"},
    {BlockId::CustomerRelationships, "Relations avec la clientèle"},
    {BlockId::CustomerRelationships, "العلاقة مع العملاء"}, {BlockId::CustomerRelationships, "علاقات العملاء"},
    {BlockId::CustomerRelationships, "קשר עם לקוחות"}, {BlockId::CustomerRelationships, "קשרים עם לקוחות"},
    {BlockId::CustomerRelationships, "יחסי לקוחות"}, {BlockId::CustomerRelationships, "קשרי לקוח"},

    {BlockId::Channels, "Channel"}, {BlockId::Channels, "Distribution channels"},
    {BlockId::Channels, "Canal"}, {BlockId::Channels, "Canaux de distribution"},
    {BlockId::Channels, "قنوات التوزيع"}, {BlockId::Channels, "القناة"},
    {BlockId::Channels, "ערוצי הפצה"}, {BlockId::Channels, "ערוץ"},

    {BlockId::CustomerSegments, "Customer segment"}, {BlockId::CustomerSegments, "Segments"},
    {BlockId::CustomerSegments, "Customers"}, {BlockId::CustomerSegments, "Segments clients"},
    {BlockId::CustomerSegments, "Segments de clients"}, {BlockId::CustomerSegments, "Segment de clientèle"},
    {BlockId::CustomerSegments, "Clients"}, {BlockId::CustomerSegments, "Clientèle"},
    {BlockId::CustomerSegments, "العملاء"}, {BlockId::CustomerSegments, "فئات العملاء"},
    {BlockId::CustomerSegments, "شريحة العملاء"}, {BlockId::CustomerSegments, "פלחי שוק"},
    {BlockId::CustomerSegments, "לקוחות"}, {BlockId::CustomerSegments, "פלח לקוחות"},

    {BlockId::CostStructure, "Costs"}, {BlockId::CostStructure, "Cost"},
    {BlockId::CostStructure, "Structure des coûts"}, {BlockId::CostStructure, "Coûts"},
    {BlockId::CostStructure, "التكاليف"}, {BlockId::CostStructure, "هيكل التكلفة"},
    {BlockId::CostStructure, "بنية التكاليف"}, {BlockId::CostStructure, "מבנה העלויות"},
    {BlockId::CostStructure, "עלויות"},

    {BlockId::RevenueStreams, "Revenue stream"}, {BlockId::RevenueStreams, "Revenue"},
    {BlockId::RevenueStreams, "Revenues"}, {BlockId::RevenueStreams, "Sources de revenus"},
    {BlockId::RevenueStreams, "Revenus"}, {BlockId::RevenueStreams, "Flux de revenu"},
    {BlockId::RevenueStreams, "تدفقات الإيرادات"}, {BlockId::RevenueStreams, "الإيرادات"},
    {BlockId::RevenueStreams, "مصادر الدخل"}, {BlockId::RevenueStreams, "זרמי הכנסות"},
    {BlockId::RevenueStreams, "מקורות הכנסה"}, {BlockId::RevenueStreams, "הכנסות"},
};

const std::unordered_map<std::string, BlockId>& namesByKey()
{
    static const std::unordered_map<std::string, BlockId> names = [] {
        std::unordered_map<std::string, BlockId> m;
        for (const auto& t : kTitles) {
            m.emplace(nameKey(blockInfo(t.block).title), t.block);
            m.emplace(nameKey(toKey(t.block)), t.block);
            m.emplace(nameKey(t.fr), t.block);
            m.emplace(nameKey(t.ar), t.block);
            m.emplace(nameKey(t.he), t.block);
        }
        for (const auto& [block, name] : kVariants)
            m.emplace(nameKey(name), block);
        return m;
    }();
    return names;
}

std::optional<BlockId> lookUp(std::string_view name)
{
    const std::string key = nameKey(name);
    if (key.empty())
        return std::nullopt;
    const auto& names = namesByKey();
    const auto it = names.find(key);
    if (it == names.end())
        return std::nullopt;
    return it->second;
}

}  // namespace

std::string nameKey(std::string_view name)
{
    const std::string folded = text::normalise(name);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(folded.data(), static_cast<int32_t>(folded.size())));
    if (U_SUCCESS(status))
        u = nfd->normalize(u, status);
    icu::UnicodeString kept;
    bool space = true;                // no leading space
    for (int32_t i = 0; i < u.length();) {
        const UChar32 c = u.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK)
            continue;
        if (u_isalnum(c)) {
            kept.append(c);
            space = false;
        } else if (!space) {
            kept.append(UChar32(' '));
            space = true;
        }
    }
    std::string out;
    kept.toUTF8String(out);
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    // Numbering: "1. Key partners", "02 - Channels".
    std::size_t start = 0;
    for (;;) {
        std::size_t end = out.find(' ', start);
        if (end == std::string::npos)
            break;
        bool digits = end > start;
        for (std::size_t i = start; i < end; ++i)
            digits = digits && out[i] >= '0' && out[i] <= '9';
        if (!digits)
            break;
        start = end + 1;
    }
    return out.substr(start);
}

std::optional<BlockId> blockFromName(std::string_view name)
{
    if (name.size() > 200)
        return std::nullopt;
    if (auto b = lookUp(name))
        return b;
    // "Key partners: who helps us?", "Channels (how we reach them)", "Costs - fixed".
    std::size_t cut = std::string_view::npos;
    for (std::string_view stop : {":", "(", "{", "|", " - ", " – ", " — "})
        cut = std::min(cut, name.find(stop));
    if (cut != std::string_view::npos && cut > 0)
        if (auto b = lookUp(name.substr(0, cut)))
            return b;
    // "Block 1: Key partners".
    if (const auto colon = name.find(':'); colon != std::string_view::npos)
        return lookUp(name.substr(colon + 1));
    return std::nullopt;
}

std::optional<BlockId> blockFromExactName(std::string_view name)
{
    if (name.size() > 200)
        return std::nullopt;
    return lookUp(name);
}

std::string_view blockTitle(BlockId block, std::string_view language)
{
    for (const auto& t : kTitles) {
        if (t.block != block)
            continue;
        if (language == "fr")
            return t.fr;
        if (language == "ar")
            return t.ar;
        if (language == "he")
            return t.he;
    }
    return blockInfo(block).title;
}

}  // namespace mizan
