// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/canvas_validation.h"

namespace mizan {

namespace {

std::optional<std::string> checkTarget(const Canvas& canvas, const NoteId& id, std::optional<BlockId> block,
                                       const char* what)
{
    const auto loc = canvas.locate(id);
    if (!loc)
        return "refers to note \"" + id + "\", which does not exist";
    if (block && loc->block != *block)
        return "\"" + id + "\" must be " + what + " (a note in " + std::string(toKey(*block)) + "), but it is in "
            + std::string(toKey(loc->block));
    return std::nullopt;
}

}  // namespace

std::optional<ReferenceProblem> firstBrokenReference(const Canvas& canvas)
{
    for (BlockId b : allValues<BlockId>()) {
        const auto& notes = canvas.notes(b);
        for (std::size_t i = 0; i < notes.size(); ++i) {
            const Note& n = notes[i];
            const auto list = [&](const std::vector<NoteId>& ids, const std::string& field,
                                  std::optional<BlockId> block, const char* what) -> std::optional<ReferenceProblem> {
                for (std::size_t k = 0; k < ids.size(); ++k) {
                    if (ids[k] == n.id)
                        return ReferenceProblem{b, i, field + "/" + std::to_string(k), "a note cannot refer to itself"};
                    if (auto m = checkTarget(canvas, ids[k], block, what))
                        return ReferenceProblem{b, i, field + "/" + std::to_string(k), *m};
                }
                return std::nullopt;
            };
            if (auto p = list(n.links, "links", std::nullopt, "a note"))
                return p;
            if (n.channel)
                if (auto p = list(n.channel->segments, "channel/segments", BlockId::CustomerSegments,
                                  "a customer segment"))
                    return p;
            if (n.plan) {
                if (!n.plan->segment.empty())
                    if (auto m = checkTarget(canvas, n.plan->segment, BlockId::CustomerSegments, "a customer segment"))
                        return ReferenceProblem{b, i, "relationship_plan/segment", *m};
                if (auto p = list(n.plan->channels, "relationship_plan/channels", BlockId::Channels, "a channel"))
                    return p;
                for (std::size_t k = 0; k < n.plan->channelVoices.size(); ++k)
                    if (auto m = checkTarget(canvas, n.plan->channelVoices[k].channel, BlockId::Channels, "a channel"))
                        return ReferenceProblem{b, i, "relationship_plan/channel_voices/" + std::to_string(k) + "/channel",
                                                *m};
            }
        }
    }
    return std::nullopt;
}

}  // namespace mizan
