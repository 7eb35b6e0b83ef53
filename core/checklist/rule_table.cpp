// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/rule.h"

#include <vector>

namespace mizan {

std::span<const Rule> ruleTable()
{
    static const std::vector<Rule> table = [] {
        std::vector<Rule> all;
        for (auto family : {planRules(), channelRules(), peopleRules(), depthRules(), focusRules(), meansAndVoiceRules(),
                            mechanismRules(), touchpointRules(), economicsRules(), canvasRules()})
            all.insert(all.end(), family.begin(), family.end());
        return all;
    }();
    return table;
}

std::span<const RuleInfo> allRules()
{
    static const std::vector<RuleInfo> infos = [] {
        std::vector<RuleInfo> out;
        for (const Rule& r : ruleTable())
            out.push_back(r.info);
        return out;
    }();
    return infos;
}

const RuleInfo* findRule(std::string_view id)
{
    for (const RuleInfo& r : allRules())
        if (r.id == id)
            return &r;
    return nullptr;
}

}  // namespace mizan
