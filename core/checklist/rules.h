// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The checklist's rules as data: id, severity and why it has that severity,
// the METHOD points they come from, and the texts a user reads (what the
// rule flags, why, and the message and suggestion templates of its
// findings). Each rule lives with its check in core/checklist/rules/; the
// reference in docs/checklist.md is generated from this table (`mizan rules`).

#include "core/checklist/finding.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace mizan {

struct RuleInfo {
    std::string_view id;
    Severity severity;
    std::string_view methodRefs;    // space-separated METHOD ids
    const char* title;              // what it flags
    const char* why;                // the source's reasoning, one sentence
    std::string_view severityReason;  // why it is an error, a warning or advice (for the reference)
    const char* message;            // template with {placeholders}
    const char* suggestion;         // template with {placeholders}
};

inline constexpr const char* kChecklistContext = "Checklist";

// Every rule, in the order findings of one subject are listed.
std::span<const RuleInfo> allRules();
const RuleInfo* findRule(std::string_view id);

// The one prompt a segment gets for the answers its checks still need.
inline constexpr std::string_view kUnansweredRule = "segment.unanswered";

// Assumptions behind the capacity rules (CR3, CR11). Dedicated assistance is
// one representative per client (key accounts): one person looks after
// about this many accounts.
inline constexpr std::int64_t kAccountsPerRepresentative = 50;
// Personal assistance (a counter, a call centre, a shop floor) is shared:
// one person can answer about this many customers, four times as many when
// self-service, automation or a community takes the routine questions.
inline constexpr std::int64_t kCustomersPerAssistant = 5'000;
inline constexpr std::int64_t kSelfServiceMultiplier = 4;
// RT1: below this share of customers kept each period, an acquisition-only
// plan on recurring revenue pours customers out as fast as it wins them.
inline constexpr double kLowRetentionRate = 75.0;

}  // namespace mizan
