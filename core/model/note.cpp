// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/note.h"

#include <algorithm>

namespace mizan {

bool blockAllowsSegment(BlockId block) { return block == BlockId::CustomerSegments; }
bool blockAllowsChannel(BlockId block) { return block == BlockId::Channels; }
bool blockAllowsPlan(BlockId block) { return block == BlockId::CustomerRelationships; }
bool blockAllowsTeam(BlockId block) { return block == BlockId::KeyResources; }
bool blockAllowsCapabilities(BlockId block)
{
    return block == BlockId::KeyResources || block == BlockId::KeyActivities
        || block == BlockId::KeyPartners;
}

Note adaptedToBlock(Note note, BlockId block)
{
    if (!blockAllowsSegment(block))
        note.segment.reset();
    if (!blockAllowsChannel(block))
        note.channel.reset();
    if (!blockAllowsPlan(block))
        note.plan.reset();
    if (!blockAllowsTeam(block))
        note.team.reset();
    if (!blockAllowsCapabilities(block))
        note.capabilities.clear();
    return note;
}

std::string displayName(const Note& note)
{
    const auto end = note.text.find('\n');
    std::string line = note.text.substr(0, end);
    const auto notSpace = [](unsigned char c) { return c != ' ' && c != '\t' && c != '\r'; };
    line.erase(line.begin(), std::find_if(line.begin(), line.end(), notSpace));
    line.erase(std::find_if(line.rbegin(), line.rend(), notSpace).base(), line.end());
    return line;
}

}  // namespace mizan
