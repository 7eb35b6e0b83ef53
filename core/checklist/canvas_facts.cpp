// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/canvas_facts.h"

namespace mizan {

CanvasFacts computeFacts(const Canvas& canvas)
{
    CanvasFacts f;
    for (const Note& n : canvas.notes(BlockId::KeyResources)) {
        f.capabilities = f.capabilities.united(n.capabilities);
        if (!n.team || !n.team->kind)
            continue;
        const TeamKind kind = *n.team->kind;
        const bool hasPeople = !n.team->headcount || *n.team->headcount > 0;
        if (kind == TeamKind::Community && hasPeople)
            f.communityTeam = true;
        if ((kind == TeamKind::Sales || kind == TeamKind::Support || kind == TeamKind::Marketing) && hasPeople)
            f.assistTeams.push_back(n.id);
        if (kind == TeamKind::Sales || kind == TeamKind::Support) {
            if (n.team->headcount)
                f.dedicatedHeadcount += *n.team->headcount;
            else
                f.dedicatedHeadcountUnknown = true;
        }
    }
    for (BlockId b : {BlockId::KeyActivities, BlockId::KeyPartners})
        for (const Note& n : canvas.notes(b))
            f.capabilities = f.capabilities.united(n.capabilities);
    for (const Note& n : canvas.notes(BlockId::CostStructure))
        f.costed.insert(n.links.begin(), n.links.end());
    return f;
}

FactMask differingFacts(const CanvasFacts& a, const CanvasFacts& b)
{
    FactMask m = 0;
    if (a.assistTeams != b.assistTeams || a.dedicatedHeadcount != b.dedicatedHeadcount
        || a.dedicatedHeadcountUnknown != b.dedicatedHeadcountUnknown)
        m |= fact::People;
    if (a.communityTeam != b.communityTeam)
        m |= fact::CommunityTeam;
    if (a.costed != b.costed)
        m |= fact::Costs;
    for (Capability c : allValues<Capability>())
        if (a.capabilities.contains(c) != b.capabilities.contains(c))
            m |= fact::capability(c);
    return m;
}

}  // namespace mizan
