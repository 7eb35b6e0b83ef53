// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The checklist's rules as data: id, severity, the METHOD points they come
// from, and the texts a user reads (what the rule flags, why, how to fix it,
// and the message and suggestion templates of its findings). The reference
// in docs/checklist.md is generated from this table (`mizan rules`).

#include "core/checklist/finding.h"

#include <span>
#include <string_view>

namespace mizan {

struct RuleInfo {
    std::string_view id;
    Severity severity;
    std::string_view methodRefs;    // space-separated METHOD ids
    const char* title;              // what it flags
    const char* why;                // the source's reasoning, one sentence
    const char* message;            // template with {placeholders}
    const char* suggestion;         // template with {placeholders}
};

inline constexpr const char* kChecklistContext = "Checklist";

std::span<const RuleInfo> allRules();
const RuleInfo* findRule(std::string_view id);

// Assumption behind "dedicated assistance for a segment larger than the team
// can cover" (CR3, CR11: one representative per key account): how many
// accounts one person can look after.
inline constexpr std::int64_t kAccountsPerRepresentative = 50;

}  // namespace mizan
