// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The relationship planner's questions for one segment, in the method's
// order (CR4 depth, CR5 mechanism, CR6 focus, CR7 channel, CR9 means, CR10
// voice), as data the editor renders, with the CR8 verdict: does the
// segment's channel support the answers, and if not, what to change.

#include "core/model/canvas.h"
#include "core/checklist/finding.h"

#include <string>
#include <vector>

namespace mizan {

struct GuidedQuestion {
    enum class Kind : std::uint8_t { SingleChoice, MultipleChoice, Channels, Voice };
    std::string id;                       // "depth", "mechanism", "focus", "channel", "means", "voice"
    std::string methodRef;                // "CR4" ...
    Kind kind = Kind::SingleChoice;
    Message text;
    std::vector<std::string> options;     // vocabulary keys ("depth:deep"), or channel ids for Channels
    std::vector<std::string> selected;    // the current answer, same form as options
    bool answered = false;
};

struct Cr8Verdict {
    enum class Status : std::uint8_t { Incomplete, Supported, NotSupported };
    Status status = Status::Incomplete;
    Message question;                     // "Does the channel of ... support these answers?"
    Message message;
    std::vector<Finding> reasons;         // what does not fit, each with its suggestion
};

struct PlanGuide {
    NoteId segment;
    NoteId plan;                          // empty when the segment has no plan yet
    std::vector<GuidedQuestion> questions;
    Cr8Verdict verdict;
};

// The rules whose findings mean "the channel does not support the answers".
bool isChannelSupportRule(std::string_view ruleId);

// segmentFindings: the checklist's findings for this segment.
PlanGuide guidePlan(const Canvas& canvas, const NoteId& segment, const std::vector<Finding>& segmentFindings);
// Runs the checklist itself.
PlanGuide guidePlan(const Canvas& canvas, const NoteId& segment);

}  // namespace mizan
