// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/suggest/suggestion_text.h"

#include "core/model/translate_noop.h"

#include <utility>

namespace mizan {

namespace {

struct FieldInfo {
    std::string_view field;
    std::string_view vocabulary;  // prefix of the value's vocabulary key; empty for notes and numbers
    const char* label;
};

constexpr FieldInfo kFields[] = {
    {field::PlanSegment, "", QT_TRANSLATE_NOOP("Suggestions", "Segment it is for")},
    {field::PlanMechanism, "mechanism", QT_TRANSLATE_NOOP("Suggestions", "Mechanism")},
    {field::PlanFocus, "focus", QT_TRANSLATE_NOOP("Suggestions", "Focus")},
    {field::PlanDepth, "depth", QT_TRANSLATE_NOOP("Suggestions", "Depth")},
    {field::PlanMeans, "means", QT_TRANSLATE_NOOP("Suggestions", "Means")},
    {field::PlanTone, "tone", QT_TRANSLATE_NOOP("Suggestions", "Voice")},
    {field::ChannelOwnership, "ownership", QT_TRANSLATE_NOOP("Suggestions", "Ownership")},
    {field::ChannelPhase, "phase", QT_TRANSLATE_NOOP("Suggestions", "Phase it covers")},
    {field::ChannelMeans, "means", QT_TRANSLATE_NOOP("Suggestions", "Means it offers")},
    {field::ChannelSegment, "", QT_TRANSLATE_NOOP("Suggestions", "Segment it serves")},
    {field::TeamKind, "team", QT_TRANSLATE_NOOP("Suggestions", "Role")},
    {field::TeamHeadcount, "", QT_TRANSLATE_NOOP("Suggestions", "Headcount")},
    {field::TeamServes, "", QT_TRANSLATE_NOOP("Suggestions", "Whom the team serves")},
    {field::SegmentMarket, "market", QT_TRANSLATE_NOOP("Suggestions", "Market")},
    {field::SegmentSize, "", QT_TRANSLATE_NOOP("Suggestions", "Estimated customers")},
    {field::Capability, "capability", QT_TRANSLATE_NOOP("Suggestions", "What it provides")},
    {field::LinkSegment, "", QT_TRANSLATE_NOOP("Suggestions", "Segment it serves")},
};

const FieldInfo* infoOf(std::string_view field)
{
    for (const FieldInfo& f : kFields)
        if (f.field == field)
            return &f;
    return nullptr;
}

}  // namespace

std::string fieldLabel(std::string_view field, const RenderOptions& o)
{
    const FieldInfo* f = infoOf(field);
    if (!f)
        return std::string(field);
    return o.translate ? o.translate(kSuggestionContext, f->label) : std::string(f->label);
}

std::string_view fieldVocabulary(std::string_view field)
{
    const FieldInfo* f = infoOf(field);
    return f ? std::string_view(f->vocabulary) : std::string_view();
}

std::string valueKey(const Suggestion& s)
{
    const FieldInfo* f = infoOf(s.field);
    return f && !f->vocabulary.empty() ? std::string(f->vocabulary) + ":" + s.value : std::string();
}

std::string valueText(const Suggestion& s, const Canvas& canvas, const RenderOptions& o)
{
    if (const std::string key = valueKey(s); !key.empty())
        return termLabel(key, o);
    if (s.field == field::TeamHeadcount || s.field == field::SegmentSize)
        return o.formatNumber ? o.formatNumber(std::stoll(s.value)) : s.value;
    return noteName(canvas, s.value, o);
}

}  // namespace mizan
