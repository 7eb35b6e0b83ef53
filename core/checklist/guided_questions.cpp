// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/guided_questions.h"

#include "core/checklist/checklist.h"
#include "core/model/vocabulary.h"

#include <algorithm>

namespace mizan {

namespace {

template <typename E>
std::vector<std::string> keysOf(const std::vector<E>& values)
{
    std::vector<std::string> out;
    for (E v : values)
        out.push_back(termKey(v));
    return out;
}

template <typename E>
std::vector<std::string> allKeys()
{
    const auto values = allValues<E>();
    return keysOf(std::vector<E>(values.begin(), values.end()));
}

Message segmentMessage(const char* id, const NoteId& segment)
{
    return {id, {{"segment", MessageArg::Kind::Note, {segment}}}};
}

const Note* planOf(const Canvas& canvas, const NoteId& segment)
{
    for (const Note& n : canvas.notes(BlockId::CustomerRelationships))
        if (n.plan && n.plan->segment == segment)
            return &n;
    return nullptr;
}

}  // namespace

bool isChannelSupportRule(std::string_view ruleId)
{
    static constexpr std::string_view ids[] = {"segment.no_channel",       "plan.channel_not_serving",
                                               "deep.partner_only",        "partner.holds_customer",
                                               "acquisition.no_awareness", "retention.no_after_sales",
                                               "means.not_offered",        "community.no_place"};
    return std::find(std::begin(ids), std::end(ids), ruleId) != std::end(ids);
}

PlanGuide guidePlan(const Canvas& canvas, const NoteId& segment, const std::vector<Finding>& segmentFindings)
{
    PlanGuide guide;
    guide.segment = segment;
    const Note* planNote = planOf(canvas, segment);
    const RelationshipPlan plan = planNote ? *planNote->plan : RelationshipPlan{};
    if (planNote)
        guide.plan = planNote->id;

    using Kind = GuidedQuestion::Kind;
    const auto add = [&](const char* id, const char* ref, Kind kind, std::vector<std::string> options,
                         std::vector<std::string> selected) {
        GuidedQuestion q;
        q.id = id;
        q.methodRef = ref;
        q.kind = kind;
        q.text = segmentMessage((std::string("question.") + id).c_str(), segment);
        q.options = std::move(options);
        q.answered = !selected.empty();
        q.selected = std::move(selected);
        guide.questions.push_back(std::move(q));
    };

    add("depth", "CR4", Kind::SingleChoice, allKeys<Depth>(),
        plan.depth ? std::vector<std::string>{termKey(*plan.depth)} : std::vector<std::string>{});
    add("mechanism", "CR5", Kind::MultipleChoice, allKeys<Mechanism>(), keysOf(plan.mechanisms.values()));
    add("focus", "CR6", Kind::MultipleChoice, allKeys<Focus>(), keysOf(plan.focus.values()));
    std::vector<std::string> channels;
    for (const Note& n : canvas.notes(BlockId::Channels))
        channels.push_back(n.id);
    add("channel", "CR7", Kind::Channels, std::move(channels), plan.channels);
    add("means", "CR9", Kind::MultipleChoice, allKeys<Means>(), keysOf(plan.means.values()));
    add("voice", "CR10", Kind::Voice, allKeys<Tone>(),
        plan.voiceTone ? std::vector<std::string>{termKey(*plan.voiceTone)} : std::vector<std::string>{});

    Cr8Verdict& v = guide.verdict;
    v.question = segmentMessage("verdict.question", segment);
    const bool complete = std::all_of(guide.questions.begin(), guide.questions.begin() + 4,
                                      [](const GuidedQuestion& q) { return q.answered; });
    if (!complete) {
        v.status = Cr8Verdict::Status::Incomplete;
        v.message = {"verdict.incomplete", {}};
        return guide;
    }
    for (const Finding& f : segmentFindings)
        if (isChannelSupportRule(f.ruleId))
            v.reasons.push_back(f);
    if (v.reasons.empty()) {
        v.status = Cr8Verdict::Status::Supported;
        v.message = {"verdict.supported", {{"channels", MessageArg::Kind::Note, plan.channels}}};
    } else {
        v.status = Cr8Verdict::Status::NotSupported;
        v.message = {"verdict.not_supported", {}};
    }
    return guide;
}

PlanGuide guidePlan(const Canvas& canvas, const NoteId& segment)
{
    return guidePlan(canvas, segment, Checklist(canvas).findingsOfSegment(segment));
}

}  // namespace mizan
