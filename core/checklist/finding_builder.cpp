// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/finding_builder.h"

#include <cmath>
#include <sstream>
#include <unordered_map>

namespace mizan {

const std::vector<std::string>& methodRefsOf(std::string_view ruleId)
{
    static const auto table = [] {
        std::unordered_map<std::string_view, std::vector<std::string>> m;
        for (const RuleInfo& r : allRules()) {
            std::istringstream refs{std::string(r.methodRefs)};
            auto& list = m[r.id];
            for (std::string ref; refs >> ref;)
                list.push_back(ref);
        }
        return m;
    }();
    return table.at(ruleId);
}

FindingBuilder::FindingBuilder(std::string_view ruleId, std::vector<NoteId> subjects)
{
    const RuleInfo* rule = findRule(ruleId);
    f_.ruleId = std::string(ruleId);
    f_.severity = rule->severity;
    f_.methodRefs = methodRefsOf(ruleId);
    f_.subjects = std::move(subjects);
    f_.message.id = f_.ruleId;
    f_.suggestion.id = f_.ruleId + ".fix";
}

FindingBuilder& FindingBuilder::decimal(std::string name, double value)
{
    const long tenths = std::lround(value * 10);
    const long magnitude = std::labs(tenths);
    return arg({std::move(name), MessageArg::Kind::Number,
                {std::string(tenths < 0 ? "-" : "") + std::to_string(magnitude / 10) + "."
                 + std::to_string(magnitude % 10)}});
}

}  // namespace mizan
