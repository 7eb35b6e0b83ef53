// SPDX-License-Identifier: GPL-3.0-or-later
// Means and voice (CR8, CR9, CR10, RM4, EX1, EX2): the concrete means must
// be offered by the channels, the voice must be one.

#include "core/checklist/mechanisms.h"
#include "core/checklist/rule.h"
#include "core/checklist/segment_check.h"
#include "core/model/translate_noop.h"

#include <algorithm>

namespace mizan {

namespace {

const Rule kRules[] = {
    {{"means.not_offered", Severity::Warning, "CR8 CR9",
      QT_TRANSLATE_NOOP("Checklist", "Means the plan uses that none of its channels offers."),
      QT_TRANSLATE_NOOP("Checklist", "The concrete means must fit the channel: a means no channel offers cannot be delivered."),
      "A warning, given only when every channel of the segment (the plan's and those that serve it) says which "
      "means it offers.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} counts on means that none of its channels offers: {means}."),
      QT_TRANSLATE_NOOP("Checklist", "Offer {means} in one of the plan's channels, or choose means the channels have.")},
     [](SegmentCheck& c) {
         if (!c.plan || c.plan->means.empty() || c.channels.empty())
             return;
         // Offered by any channel of the segment: the plan's, or one that serves it.
         EnumSet<Means> offered;
         std::vector<NoteId> unknown;
         for (const Note* ch : c.channels) {
             offered = offered.united(SegmentCheck::channelOf(ch).means);
             if (SegmentCheck::channelOf(ch).means.empty())
                 unknown.push_back(ch->id);
         }
         const auto missing = c.plan->means.minus(offered);
         if (missing.empty())
             return;
         if (!unknown.empty()) {
             c.ask("ask.means_offered", unknown, "CR8 CR9");
             return;
         }
         // A channel that names no segment may be one of this segment's.
         std::vector<NoteId> maybe;
         for (const Note* ch : c.unassignedChannels())
             if (SegmentCheck::channelOf(ch).means.empty() || SegmentCheck::channelOf(ch).means.intersects(missing))
                 maybe.push_back(ch->id);
         if (!maybe.empty()) {
             c.ask("ask.channel_segments", maybe, "CR8 CR9");
             return;
         }
         c.report(c.finding("means.not_offered", c.segmentAndPlan())
                      .note("segment", c.self())
                      .labels("means", missing.values()));
     }},

    {{"voice.clash", Severity::Warning, "RM4 CR10",
      QT_TRANSLATE_NOOP("Checklist", "Voices for one segment that contradict each other across its channels."),
      QT_TRANSLATE_NOOP("Checklist", "The messages of every channel must agree; a voice may adapt to each mechanism, but not "
                                     "swing from formal to playful."),
      "A warning only for tones at opposite ends of the register (formal or expert against playful): neighbouring "
      "tones are the voice fitting each mechanism, as CR10 asks.",
      QT_TRANSLATE_NOOP("Checklist", "Segment {segment} is spoken to in clashing voices on different channels: {tones}."),
      QT_TRANSLATE_NOOP("Checklist", "Keep one voice for {segment}: let it adapt to each channel without contradicting "
                                     "itself.")},
     [](SegmentCheck& c) {
         if (!c.plan)
             return;
         std::vector<std::pair<Tone, NoteId>> voices;  // a tone per plan channel
         bool everyChannelVoiced = !c.planChannels.empty();
         for (const Note* ch : c.planChannels) {
             const auto v = std::find_if(c.plan->channelVoices.begin(), c.plan->channelVoices.end(),
                                         [&](const ChannelVoice& cv) { return cv.channel == ch->id; });
             if (v != c.plan->channelVoices.end())
                 voices.push_back({v->tone, ch->id});
             else if (c.plan->voiceTone)
                 voices.push_back({*c.plan->voiceTone, ch->id});
             everyChannelVoiced = everyChannelVoiced && v != c.plan->channelVoices.end();
         }
         if (!c.plan->voiceTone && !everyChannelVoiced)
             c.ask("ask.voice", {}, "CR10");
         EnumSet<Tone> clashing;
         std::vector<NoteId> channels;
         for (const auto& [a, ca] : voices)
             for (const auto& [b, cb] : voices)
                 if (mechanisms::clash(a, b)) {
                     clashing.insert(a);
                     if (std::find(channels.begin(), channels.end(), ca) == channels.end())
                         channels.push_back(ca);
                 }
         if (clashing.empty())
             return;
         auto subjects = c.segmentAndPlan();
         subjects.insert(subjects.end(), channels.begin(), channels.end());
         c.report(c.finding("voice.clash", subjects).note("segment", c.self()).labels("tones", clashing.values()));
     }},

    {{"privacy.missing", Severity::Advice, "EX2 EX1",
      QT_TRANSLATE_NOOP("Checklist", "Data-hungry mechanisms with no stated privacy stance."),
      QT_TRANSLATE_NOOP("Checklist", "Customers value anonymity: 69% are very or extremely worried about losing control of their "
                                     "personal data."),
      "Advice: the stance is an answer not yet given; the mechanisms that need it are.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} uses {mechanisms}, which feed on personal data, but states no "
                                     "privacy stance."),
      QT_TRANSLATE_NOOP("Checklist", "State what data you collect from {segment}, why, and what they control.")},
     [](SegmentCheck& c) {
         const auto hungry = c.mechanisms().intersected(mechanisms::dataHungry());
         const auto blank = [](const std::string& s) {
             return std::all_of(s.begin(), s.end(), [](unsigned char ch) { return std::isspace(ch); });
         };
         if (!hungry.empty() && blank(c.plan->privacyStance))
             c.report(c.finding("privacy.missing", c.segmentAndPlan())
                          .note("segment", c.self())
                          .labels("mechanisms", hungry.values()));
     }},
};

}  // namespace

std::span<const Rule> meansAndVoiceRules()
{
    return kRules;
}

}  // namespace mizan
