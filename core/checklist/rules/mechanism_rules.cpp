// SPDX-License-Identifier: GPL-3.0-or-later
// What each mechanism needs (CR11, RT8): a community needs someone to run
// it and a place to meet, automation a platform and data, co-creation a
// way to collect what customers add. Found for the segment, not anywhere.

#include "core/checklist/rule.h"
#include "core/checklist/segment_check.h"
#include "core/model/translate_noop.h"

namespace mizan {

namespace {

const Rule kRules[] = {
    {{"community.unmanaged", Severity::Warning, "CR11",
      QT_TRANSLATE_NOOP("Checklist", "A community with nobody running it."),
      QT_TRANSLATE_NOOP("Checklist", "A community is a place where users help each other; someone has to run it."),
      "A warning, judged for the segment: a community team or community management serving another segment does not "
      "count; one that names no segment is asked about.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} builds a community, but no team or activity runs one for "
                                     "{segment}."),
      QT_TRANSLATE_NOOP("Checklist", "Add community management to Key Activities, or a community team to Key Resources, and "
                                     "say it serves {segment}.")},
     [](SegmentCheck& c) {
         if (!c.mechanisms().contains(Mechanism::Communities))
             return;
         const auto found = c.capability(Capability::CommunityManagement);
         if (found.known == Known::Unknown)
             c.askAbout(found, "CR11");
         else if (found.known == Known::No)
             c.report(c.finding("community.unmanaged", c.segmentAndPlan()).note("segment", c.self()));
     }},

    {{"community.no_place", Severity::Advice, "CR11 RT8",
      QT_TRANSLATE_NOOP("Checklist", "A community with no place to meet."),
      QT_TRANSLATE_NOOP("Checklist", "Users can only help each other where they meet: a forum, social networks, events."),
      "Advice: given when every channel of the segment says which means it offers and none is a forum, social "
      "networks or events.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} builds a community, but none of its channels offers a forum, "
                                     "social networks or events."),
      QT_TRANSLATE_NOOP("Checklist", "Offer a forum, social networks or events in one of the plan's channels.")},
     [](SegmentCheck& c) {
         if (!c.mechanisms().contains(Mechanism::Communities) || c.channels.empty())
             return;
         const EnumSet<Means> places{Means::Forum, Means::SocialNetworks, Means::Events};
         if (c.plan->means.intersects(places))
             return;
         std::vector<NoteId> unknown;
         for (const Note* ch : c.channels) {
             if (SegmentCheck::channelOf(ch).means.intersects(places))
                 return;
             if (SegmentCheck::channelOf(ch).means.empty())
                 unknown.push_back(ch->id);
         }
         if (!unknown.empty())
             c.ask("ask.means_offered", unknown, "CR11");
         else
             c.report(c.finding("community.no_place", c.segmentAndPlan()).note("segment", c.self()));
     }},

    {{"automation.missing_support", Severity::Warning, "CR11",
      QT_TRANSLATE_NOOP("Checklist", "Automated services with no platform or no customer data."),
      QT_TRANSLATE_NOOP("Checklist", "Automated services recognise the user and recommend: they need a platform to run on and "
                                     "data to learn from."),
      "A warning: a platform or customer data linked to nothing counts for every segment (it is shared "
      "infrastructure); one linked only to other segments does not.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} uses automated services, but nothing serving {segment} provides "
                                     "{missing}."),
      QT_TRANSLATE_NOOP("Checklist", "Add {missing} to Key Resources, Activities or Partners.")},
     [](SegmentCheck& c) {
         if (!c.mechanisms().contains(Mechanism::AutomatedServices))
             return;
         std::vector<Capability> missing;
         for (Capability cap : {Capability::Platform, Capability::CustomerData}) {
             const auto found = c.capability(cap);
             if (found.known == Known::No)
                 missing.push_back(cap);
             else if (found.known == Known::Unknown)
                 c.askAbout(found, "CR11");
         }
         if (!missing.empty())
             c.report(c.finding("automation.missing_support", c.segmentAndPlan())
                          .note("segment", c.self())
                          .labels("missing", missing));
     }},

    {{"cocreation.no_collection", Severity::Warning, "CR11",
      QT_TRANSLATE_NOOP("Checklist", "Co-creation with no way to collect reviews or ideas."),
      QT_TRANSLATE_NOOP("Checklist", "Co-creation means customers add value, for example with reviews; something has to gather "
                                     "them."),
      "A warning, judged for the segment; a collection linked to nothing in a canvas of several segments is asked "
      "about.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} relies on co-creation, but nothing collects reviews or ideas from "
                                     "{segment}."),
      QT_TRANSLATE_NOOP("Checklist", "Add review and idea collection to Key Activities or Key Resources, linked to {segment}.")},
     [](SegmentCheck& c) {
         if (!c.mechanisms().contains(Mechanism::CoCreation))
             return;
         const auto found = c.capability(Capability::ReviewCollection);
         if (found.known == Known::Unknown)
             c.askAbout(found, "CR11");
         else if (found.known == Known::No)
             c.report(c.finding("cocreation.no_collection", c.segmentAndPlan()).note("segment", c.self()));
     }},
};

}  // namespace

std::span<const Rule> mechanismRules()
{
    return kRules;
}

}  // namespace mizan
