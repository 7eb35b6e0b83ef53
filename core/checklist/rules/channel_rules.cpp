// SPDX-License-Identifier: GPL-3.0-or-later
// Channels (CR7, CR8): a segment needs a channel, and the plan's channels
// must reach the segment.

#include "core/checklist/rule.h"
#include "core/checklist/segment_check.h"
#include "core/model/translate_noop.h"

#include <algorithm>

namespace mizan {

namespace {

const Rule kRules[] = {
    {{"segment.no_channel", Severity::Warning, "CR8",
      QT_TRANSLATE_NOOP("Checklist", "A customer segment that no channel serves."),
      QT_TRANSLATE_NOOP("Checklist", "The relationship runs through the segment's channel: without one, none of the answers can "
                                     "be delivered."),
      "A warning, given only when every channel says whom it serves and none names the segment: the relationship has "
      "nothing to run through. A channel that names no segment is asked about instead.",
      QT_TRANSLATE_NOOP("Checklist", "No channel serves segment {segment}."),
      QT_TRANSLATE_NOOP("Checklist", "Add {segment} to the segments served by one of your channels, or add a channel for it.")},
     [](SegmentCheck& c) {
         if (!c.channels.empty())
             return;
         c.read(fact::UnassignedChannels | fact::blockFilled(BlockId::Channels));
         if (c.canvas.notes(BlockId::Channels).empty())
             c.ask("ask.channel_for", {}, "CR8");
         else if (c.index.unassignedChannels().empty())
             c.report(c.finding("segment.no_channel", c.self()).note("segment", c.self()));
         // Otherwise a channel that names no segment may be this one's: the
         // channel is asked (channel.no_segment).
     }},

    {{"plan.channel_not_serving", Severity::Warning, "CR7 CR8",
      QT_TRANSLATE_NOOP("Checklist", "A plan that runs through a channel which does not serve its segment."),
      QT_TRANSLATE_NOOP("Checklist", "The segment's current channel must support the answers; a channel that does not reach the "
                                     "segment cannot."),
      "A warning: the channel lists the segments it serves and this one is not among them, so the plan and the "
      "channel say different things.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} runs through {channels}, which do not serve {segment}."),
      QT_TRANSLATE_NOOP("Checklist", "Add {segment} to the segments {channels} serve, or pick channels that do.")},
     [](SegmentCheck& c) {
         std::vector<NoteId> notServing;
         for (const Note* ch : c.planChannels) {
             const auto& served = SegmentCheck::channelOf(ch).segments;
             if (!served.empty() && std::find(served.begin(), served.end(), c.id) == served.end())
                 notServing.push_back(ch->id);
         }
         if (notServing.empty())
             return;
         auto subjects = c.segmentAndPlan();
         subjects.insert(subjects.end(), notServing.begin(), notServing.end());
         c.report(c.finding("plan.channel_not_serving", subjects).note("segment", c.self()).note("channels", notServing));
     }},

    {{"channel.no_segment", Severity::Advice, "CR8",
      QT_TRANSLATE_NOOP("Checklist", "A channel that names no customer segment."),
      QT_TRANSLATE_NOOP("Checklist", "A channel exists to reach segments: say which ones, so the checklist can judge what it "
                                     "supports."),
      "Advice: whom the channel serves is a question not yet answered.",
      QT_TRANSLATE_NOOP("Checklist", "Channel {channel} names no customer segment."),
      QT_TRANSLATE_NOOP("Checklist", "Choose the segments {channel} serves, or remove it if it serves none.")},
     nullptr,
     [](const Note& n, std::vector<Finding>& out) {
         if (!n.channel || n.channel->segments.empty())
             out.push_back(FindingBuilder("channel.no_segment", {n.id}).note("channel", {n.id}).take());
     }},
};

}  // namespace

std::span<const Rule> channelRules()
{
    return kRules;
}

}  // namespace mizan
