// SPDX-License-Identifier: GPL-3.0-or-later
// People for assistance (CR3, CR11, RM2, CR9), judged per segment from the
// people who serve that segment: a team in Key Resources says whom it
// serves; one that names nobody may serve anyone, and is asked.

#include "core/checklist/mechanisms.h"
#include "core/checklist/rule.h"
#include "core/checklist/segment_check.h"
#include "core/model/translate_noop.h"

#include <algorithm>

namespace mizan {

namespace {

bool hasPeople(const Note* t)
{
    return !t->team->headcount || *t->team->headcount > 0;
}

// A team that names nobody may serve any segment, unless its role says it
// meets no customer ("other": production, a warehouse, the kitchen).
bool mayServe(const Note* t)
{
    return hasPeople(t) && t->team->kind != TeamKind::Other;
}

// Whether anybody at all may serve the segment.
Known anyoneServes(SegmentCheck& c)
{
    const People& p = c.people();
    if (std::any_of(p.serving.begin(), p.serving.end(), hasPeople)
        || std::any_of(p.unassigned.begin(), p.unassigned.end(), mayServe))
        return Known::Yes;
    // An empty Key Resources, or notes there that may be people: not answered.
    if (p.resourcesEmpty || p.unknownNotes)
        return Known::Unknown;
    return Known::No;
}

void askForPeople(SegmentCheck& c, EnumSet<Mechanism> mechanisms, std::string_view refs)
{
    std::vector<std::string> tokens;
    for (Mechanism m : mechanisms.values())
        tokens.push_back(termKey(m));
    c.ask("ask.people", std::move(tokens), refs);
}

// Asks for what keeps a capacity from being known.
void askForCapacity(SegmentCheck& c, const Capacity& cap, std::string_view refs)
{
    if (!cap.sizeUnknown.empty())
        c.ask("ask.team_size", cap.sizeUnknown, refs);
    if (!cap.roleUnknown.empty())
        c.ask("ask.team_role", cap.roleUnknown, refs);
    if (!cap.maybe.empty())
        c.ask("ask.team_serves", cap.maybe, refs);
}

// Whether the people serving the segment, in the given roles, can cover its
// size at perPerson customers each; reports rule if they certainly cannot.
void judgeCapacity(SegmentCheck& c, std::string_view rule, EnumSet<TeamKind> roles, std::int64_t perPerson,
                   std::string_view refs, std::string_view noneRule = {})
{
    if (anyoneServes(c) != Known::Yes)
        return;
    const Capacity cap = c.capacity(roles, perPerson);
    // Nobody in these roles at all: the people who serve the segment do
    // something else (said by their roles).
    if (cap.most == 0) {
        if (!noneRule.empty()) {
            std::vector<NoteId> others;
            for (const Note* t : c.people().serving)
                if (hasPeople(t))
                    others.push_back(t->id);
            auto subjects = c.segmentAndPlan();
            subjects.insert(subjects.end(), others.begin(), others.end());
            c.report(c.finding(noneRule, subjects).note("segment", c.self()).note("teams", others));
        }
        return;
    }
    if (!c.segment.estimatedSize) {
        c.ask("ask.segment_size", {}, refs);
        return;
    }
    const std::int64_t size = *c.segment.estimatedSize;
    if (cap.most && *cap.most < size) {
        const std::int64_t people = *cap.most / perPerson;
        std::vector<NoteId> subjects = c.segmentAndPlan();
        subjects.insert(subjects.end(), cap.teams.begin(), cap.teams.end());
        subjects.insert(subjects.end(), cap.maybe.begin(), cap.maybe.end());
        c.report(c.finding(rule, subjects)
                     .note("segment", c.self())
                     .number("size", size)
                     .number("people", people)
                     .number("capacity", *cap.most)
                     .number("ratio", perPerson));
    } else if (cap.least < size) {
        askForCapacity(c, cap, refs);
    }
}

// Who can be each client's representative (CR3: "a sales or marketing
// team"; CR11: key accounts): anyone who meets customers, counted
// generously (support and service staff too), not community or other teams.
EnumSet<TeamKind> representativeRoles()
{
    return {TeamKind::Owners,  TeamKind::Sales,        TeamKind::AccountManagement,
            TeamKind::Support, TeamKind::ServiceStaff, TeamKind::Marketing};
}

bool isCost(const CanvasIndex& index, const NoteId& id)
{
    const NoteRecord* r = index.record(id);
    return r && r->block == BlockId::CostStructure;
}

const Rule kRules[] = {
    {{"dedicated.no_people", Severity::Error, "CR3",
      QT_TRANSLATE_NOOP("Checklist", "Dedicated personal assistance with nobody to give it."),
      QT_TRANSLATE_NOOP("Checklist", "Without people to give it (a seller, an account manager, the owner), dedicated "
                                     "personal assistance makes no sense: nobody exists to give it."),
      "The one error of this family: the plan promises each client a representative, and Key Resources, which list "
      "the people, hold nobody who serves the segment. Only when every note there is answered: a note that may be a "
      "person, or an empty block, is asked about.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} offers dedicated personal assistance, but nobody in Key Resources "
                                     "serves {segment}."),
      QT_TRANSLATE_NOOP("Checklist", "Add the people who will be each client's representative to Key Resources and say they "
                                     "serve {segment}, or offer personal assistance or self-service instead.")},
     [](SegmentCheck& c) {
         if (!c.mechanisms().contains(Mechanism::DedicatedPersonalAssistance))
             return;
         switch (anyoneServes(c)) {
         case Known::No: c.report(c.finding("dedicated.no_people", c.segmentAndPlan()).note("segment", c.self())); break;
         case Known::Unknown: askForPeople(c, {Mechanism::DedicatedPersonalAssistance}, "CR3"); break;
         case Known::Yes: break;
         }
     }},

    {{"assistance.no_people", Severity::Warning, "CR11 CR3",
      QT_TRANSLATE_NOOP("Checklist", "Personal assistance with nobody to give it."),
      QT_TRANSLATE_NOOP("Checklist", "Personal assistance is human interaction: at the point of sale, in a call centre, by "
                                     "e-mail; someone has to give it."),
      "A warning, not an error: anyone in the business can answer customers (the owner at the counter), and a canvas "
      "may not list every person; but one that lists people serving only other segments leaves this one to nobody.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} relies on {mechanisms}, but nobody in Key Resources serves "
                                     "{segment}."),
      QT_TRANSLATE_NOOP("Checklist", "Say in Key Resources who answers {segment} (a team, or the owner), or choose a mechanism "
                                     "that needs no people, such as self-service.")},
     [](SegmentCheck& c) {
         const auto personal = c.mechanisms().intersected(mechanisms::personal());
         if (personal.empty() || c.mechanisms().contains(Mechanism::DedicatedPersonalAssistance))
             return;
         switch (anyoneServes(c)) {
         case Known::No:
             c.report(c.finding("assistance.no_people", c.segmentAndPlan())
                          .note("segment", c.self())
                          .labels("mechanisms", personal.values()));
             break;
         case Known::Unknown: askForPeople(c, personal, "CR11"); break;
         case Known::Yes: break;
         }
     }},

    {{"dedicated.team_too_small", Severity::Warning, "CR3 CR11",
      QT_TRANSLATE_NOOP("Checklist", "Dedicated personal assistance for a segment far larger than its people can cover."),
      QT_TRANSLATE_NOOP("Checklist", "Dedicated assistance means one representative per client; the people who serve the "
                                     "segment must be able to cover it."),
      "A warning: the segment's size and the headcount of the people who serve it are both given, and even counting "
      "every team that may serve it (the owner, sales, marketing, account management, support, service staff), one "
      "representative per 50 accounts cannot cover it.",
      QT_TRANSLATE_NOOP("Checklist", "Segment {segment} has about {size} customers, but the people who could serve it "
                                     "({people}) give dedicated assistance to about {capacity} (one representative looks after "
                                     "about {ratio} accounts)."),
      QT_TRANSLATE_NOOP("Checklist", "Grow the team, keep dedicated assistance for key accounts only, or choose personal "
                                     "assistance for the rest.")},
     [](SegmentCheck& c) {
         if (c.mechanisms().contains(Mechanism::DedicatedPersonalAssistance))
             judgeCapacity(c, "dedicated.team_too_small", representativeRoles(), kAccountsPerRepresentative, "CR3 CR11",
                           "dedicated.no_representative");
     }},

    {{"dedicated.no_representative", Severity::Warning, "CR3 CR11",
      QT_TRANSLATE_NOOP("Checklist", "Dedicated personal assistance, but nobody who serves the segment can be each client's "
                                     "representative."),
      QT_TRANSLATE_NOOP("Checklist", "Dedicated assistance is one representative per client: someone who meets customers, "
                                     "not a community moderator or the production team."),
      "A warning: people serve the segment, and their roles (given) are community or other: none meets clients as "
      "the representative dedicated assistance promises. An unset role may be one, and is asked about.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} offers dedicated personal assistance, but the people who serve it "
                                     "({teams}) do not meet clients as their representative."),
      QT_TRANSLATE_NOOP("Checklist", "Name the representatives of {segment} (sales, account management, support, or the owner) "
                                     "in Key Resources, or choose a mechanism {teams} can carry.")},
     nullptr},

    {{"assistance.team_too_small", Severity::Warning, "CR3 CR11",
      QT_TRANSLATE_NOOP("Checklist", "Personal assistance promised to far more customers than its people can answer."),
      QT_TRANSLATE_NOOP("Checklist", "Personal assistance is human interaction: each person can only answer so many customers."),
      "A warning: size and headcount are both given, and even with every team that may serve the segment, each person "
      "would have to answer more than 5,000 customers (20,000 when self-service, automation or a community takes the "
      "routine questions).",
      QT_TRANSLATE_NOOP("Checklist", "Segment {segment} has about {size} customers, but the people who could serve it "
                                     "({people}) can give personal assistance to about {capacity} (about {ratio} customers "
                                     "each)."),
      QT_TRANSLATE_NOOP("Checklist", "Add people, or let self-service, automation or a community take the routine questions "
                                     "of {segment}.")},
     [](SegmentCheck& c) {
         const auto m = c.mechanisms();
         if (!m.intersects(mechanisms::personal()))
             return;
         const std::int64_t each =
             kCustomersPerAssistant * (m.intersects(mechanisms::selfServing()) ? kSelfServiceMultiplier : 1);
         judgeCapacity(c, "assistance.team_too_small",
                       {TeamKind::Owners, TeamKind::Sales, TeamKind::AccountManagement, TeamKind::Support,
                        TeamKind::ServiceStaff, TeamKind::Community},
                       each, "CR3 CR11");
     }},

    {{"assistance.not_costed", Severity::Warning, "CR3 RM2",
      QT_TRANSLATE_NOOP("Checklist", "People who give assistance, with no cost linked to them."),
      QT_TRANSLATE_NOOP("Checklist", "The people who give personal assistance are a cost; a model that leaves them out looks "
                                     "more profitable than it is."),
      "A warning for each team serving the segment with no cost linked to it, given only when every cost is linked "
      "to something else: a cost linked to nothing may be theirs, and is asked about. The owner's own work is not "
      "counted.",
      QT_TRANSLATE_NOOP("Checklist", "The plan for {segment} relies on {mechanisms} from {teams}, but no cost in Cost Structure "
                                     "is linked to them."),
      QT_TRANSLATE_NOOP("Checklist", "Link the cost that pays for {teams} to them, or add one to Cost Structure.")},
     [](SegmentCheck& c) {
         const auto used = c.mechanisms().intersected(mechanisms::needingPeople());
         if (used.empty())
             return;
         // Every team that serves the segment (the owner's own work and
         // marketing apart) needs a cost; one whose role is not given may be
         // the owner, and is asked.
         const EnumSet<TeamKind> assisting{TeamKind::Sales, TeamKind::AccountManagement, TeamKind::Support,
                                           TeamKind::ServiceStaff};
         std::vector<NoteId> teams, roleUnknown;
         for (const Note* t : c.people().serving) {
             // The people who give assistance: not the owner's own work, not
             // marketing, community or back-office teams.
             if (!hasPeople(t) || (t->team->kind && !assisting.contains(*t->team->kind)))
                 continue;
             const auto& from = c.index.linkedFrom(t->id);
             const bool costed = std::any_of(from.begin(), from.end(), [&](const NoteId& x) { return isCost(c.index, x); })
                 || std::any_of(t->links.begin(), t->links.end(), [&](const NoteId& x) { return isCost(c.index, x); });
             if (!costed)
                 (t->team->kind ? teams : roleUnknown).push_back(t->id);
         }
         if (teams.empty() && roleUnknown.empty() && c.people().serving.empty()) {
             // Nobody says they serve the segment: if none of the teams that
             // may serve it is costed, whoever serves it is not.
             bool anyCosted = false;
             for (const Note* t : c.people().unassigned) {
                 if (!hasPeople(t) || !t->team->kind || !assisting.contains(*t->team->kind))
                     continue;
                 const auto& from = c.index.linkedFrom(t->id);
                 if (std::any_of(from.begin(), from.end(), [&](const NoteId& x) { return isCost(c.index, x); })
                     || std::any_of(t->links.begin(), t->links.end(), [&](const NoteId& x) { return isCost(c.index, x); }))
                     anyCosted = true;
                 else
                     teams.push_back(t->id);
             }
             if (anyCosted)
                 teams.clear();
         }
         if (teams.empty()) {
             if (!roleUnknown.empty())
                 c.ask("ask.team_role", roleUnknown, "CR3 RM2");
             return;
         }
         c.read(fact::UnlinkedCosts | fact::blockFilled(BlockId::CostStructure));
         if (c.canvas.notes(BlockId::CostStructure).empty() || !c.index.unlinkedCosts().empty()) {
             c.ask("ask.cost", teams, "CR3 RM2");
             return;
         }
         auto subjects = c.segmentAndPlan();
         subjects.insert(subjects.end(), teams.begin(), teams.end());
         c.report(c.finding("assistance.not_costed", subjects)
                      .note("segment", c.self())
                      .labels("mechanisms", used.values())
                      .note("teams", teams));
     }},

    {{"assistance.mass_market", Severity::Warning, "CR3 CR11",
      QT_TRANSLATE_NOOP("Checklist", "Dedicated personal assistance for a mass-market segment."),
      QT_TRANSLATE_NOOP("Checklist", "Dedicated assistance is one representative per client, as for key accounts; a mass "
                                     "market cannot be served that way."),
      "A warning: both answers are given and pull apart (one representative per client, for a market defined by "
      "its numbers).",
      QT_TRANSLATE_NOOP("Checklist", "Segment {segment} is a mass market, yet its plan offers dedicated personal assistance."),
      QT_TRANSLATE_NOOP("Checklist", "Keep dedicated assistance for a smaller key-account segment; serve the mass market with "
                                     "personal assistance, self-service or automation.")},
     [](SegmentCheck& c) {
         if (c.mechanisms().contains(Mechanism::DedicatedPersonalAssistance) && c.segment.market == MarketType::Mass)
             c.report(c.finding("assistance.mass_market", c.segmentAndPlan()).note("segment", c.self()));
         // CR9: people reach customers through concrete means.
         const auto used = c.mechanisms().intersected(mechanisms::needingPeople());
         if (!used.empty() && c.plan->means.empty()) {
             std::vector<std::string> tokens;
             for (Mechanism m : used.values())
                 tokens.push_back(termKey(m));
             c.ask("ask.means", tokens, "CR9");
         }
     }},
};

}  // namespace

std::span<const Rule> peopleRules()
{
    return kRules;
}

}  // namespace mizan
