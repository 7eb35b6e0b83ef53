// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A rule: its metadata and its check side by side. Rules live in families
// under core/checklist/rules/, one small unit each; rule_table.cpp lists
// the families in the order findings are reported.

#include "core/checklist/rules.h"

#include <span>
#include <vector>

namespace mizan {

class SegmentCheck;

struct Rule {
    RuleInfo info;
    // What the rule judges: one customer segment, one channel, or one
    // relationship note; the other two are unset.
    void (*segment)(SegmentCheck&) = nullptr;
    void (*channel)(const Note& channel, std::vector<Finding>& out) = nullptr;
    void (*plan)(const Note& planNote, std::vector<Finding>& out) = nullptr;
};

std::span<const Rule> ruleTable();

// The families, in reporting order.
std::span<const Rule> planRules();
std::span<const Rule> channelRules();
std::span<const Rule> peopleRules();
std::span<const Rule> depthRules();
std::span<const Rule> focusRules();
std::span<const Rule> meansAndVoiceRules();
std::span<const Rule> mechanismRules();
std::span<const Rule> touchpointRules();
std::span<const Rule> economicsRules();
std::span<const Rule> canvasRules();

}  // namespace mizan
