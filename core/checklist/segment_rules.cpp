// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/segment_rules.h"

#include "core/checklist/rules.h"
#include "core/model/vocabulary.h"

#include <algorithm>
#include <sstream>
#include <unordered_map>

namespace mizan {

EnumSet<Mechanism> personalMechanisms()
{
    return {Mechanism::PersonalAssistance, Mechanism::DedicatedPersonalAssistance, Mechanism::CallCentre};
}

EnumSet<Mechanism> shallowMechanisms()
{
    // One-way or no contact: the customer meets a tool, a document or a broadcast.
    return {Mechanism::SelfService, Mechanism::AutomatedServices, Mechanism::Transactional, Mechanism::Manuals,
            Mechanism::Newsletters, Mechanism::Blogs,       Mechanism::Tutorials};
}

EnumSet<Mechanism> retentionMechanisms()
{
    return {Mechanism::LoyaltyProgram,   Mechanism::Communities,        Mechanism::DedicatedPersonalAssistance,
            Mechanism::LongTermCommitment, Mechanism::LockIn,           Mechanism::PersonalTouches};
}

EnumSet<Mechanism> dataHungryMechanisms()
{
    return {Mechanism::AutomatedServices, Mechanism::TailoredOffers};
}

namespace {

// The rule's METHOD ids as a list, split once per rule.
const std::vector<std::string>& methodRefsOf(const RuleInfo& rule)
{
    static const auto table = [] {
        std::unordered_map<std::string_view, std::vector<std::string>> m;
        for (const RuleInfo& r : allRules()) {
            std::istringstream refs{std::string(r.methodRefs)};
            for (std::string ref; refs >> ref;)
                m[r.id].push_back(ref);
        }
        return m;
    }();
    return table.at(rule.id);
}

// Builds one finding from the rule table.
class FindingBuilder {
public:
    FindingBuilder(std::string_view ruleId, std::vector<NoteId> subjects) : rule_(findRule(ruleId))
    {
        f_.ruleId = std::string(ruleId);
        f_.severity = rule_->severity;
        f_.methodRefs = methodRefsOf(*rule_);
        f_.subjects = std::move(subjects);
        f_.message.id = f_.ruleId;
        f_.suggestion.id = f_.ruleId + ".fix";
    }

    FindingBuilder& note(std::string name, std::vector<NoteId> ids)
    {
        return arg({std::move(name), MessageArg::Kind::Note, std::move(ids)});
    }
    template <typename E>
    FindingBuilder& labels(std::string name, const std::vector<E>& values)
    {
        MessageArg a{std::move(name), MessageArg::Kind::Label, {}};
        for (E v : values)
            a.values.push_back(termKey(v));
        return arg(std::move(a));
    }
    FindingBuilder& labelKeys(std::string name, std::vector<std::string> keys)
    {
        return arg({std::move(name), MessageArg::Kind::Label, std::move(keys)});
    }
    FindingBuilder& number(std::string name, std::int64_t value)
    {
        return arg({std::move(name), MessageArg::Kind::Number, {std::to_string(value)}});
    }
    void into(std::vector<Finding>& out) { out.push_back(std::move(f_)); }

private:
    FindingBuilder& arg(MessageArg a)
    {
        // Message and suggestion share their arguments.
        f_.message.args.push_back(a);
        f_.suggestion.args.push_back(std::move(a));
        return *this;
    }

    const RuleInfo* rule_;
    Finding f_;
};

const std::set<NoteId>& lookup(const std::unordered_map<NoteId, std::set<NoteId>>& map, const NoteId& key)
{
    static const std::set<NoteId> none;
    const auto it = map.find(key);
    return it == map.end() ? none : it->second;
}

// Ids in canvas order (the indexes hold sets ordered by id).
std::vector<NoteId> inCanvasOrder(const Canvas& canvas, const std::set<NoteId>& ids)
{
    std::vector<NoteId> out(ids.begin(), ids.end());
    std::sort(out.begin(), out.end(), [&](const NoteId& a, const NoteId& b) {
        const auto la = canvas.locate(a), lb = canvas.locate(b);
        return std::pair(la->block, la->index) < std::pair(lb->block, lb->index);
    });
    return out;
}

bool isBlank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

std::vector<NoteId> concat(std::vector<NoteId> a, const std::vector<NoteId>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

}  // namespace

FactMask checkSegment(const Canvas& canvas, const SegmentIndex& index, const CanvasFacts& facts,
                      const NoteId& segmentId, std::vector<Finding>& out)
{
    FactMask reads = 0;
    const Note& segment = *canvas.find(segmentId);
    static const CustomerSegment noSegment;
    const CustomerSegment& seg = segment.segment ? *segment.segment : noSegment;
    const std::vector<NoteId> self{segmentId};

    // Channels (CR8) and the canvas around the segment (TP2, RM2).
    if (lookup(index.channelsServing, segmentId).empty())
        FindingBuilder("segment.no_channel", self).note("segment", self).into(out);
    // A link counts whichever way it was drawn.
    bool hasValueProposition = false, hasRevenueStream = false;
    const auto linked = [&](const NoteId& other) {
        if (const auto loc = canvas.locate(other)) {
            hasValueProposition |= loc->block == BlockId::ValuePropositions;
            hasRevenueStream |= loc->block == BlockId::RevenueStreams;
        }
    };
    for (const NoteId& from : lookup(index.linkedFrom, segmentId))
        linked(from);
    for (const NoteId& to : segment.links)
        linked(to);
    if (!hasValueProposition)
        FindingBuilder("segment.no_value_proposition", self).note("segment", self).into(out);
    if (!hasRevenueStream && seg.revenuePerCustomer.value_or(0) > 0)
        FindingBuilder("segment.no_revenue_stream", self).note("segment", self).into(out);

    // Touchpoints (TP3, TP4, RM5, RT7, EX5): judged once the segment has some.
    if (!seg.touchpoints.empty()) {
        EnumSet<LifecycleStage> covered;
        bool backOffice = false, anyOutcome = false, anyMeasured = false;
        EnumSet<LifecycleStage> unowned;
        int unownedCount = 0;
        std::vector<NoteId> channelsMet;
        for (const Touchpoint& t : seg.touchpoints) {
            covered.insert(t.stage);
            backOffice |= t.office == Office::Back;
            anyMeasured |= t.measureKind.has_value();
            anyOutcome |= t.measureKind == MeasureKind::Outcome;
            if (isBlank(t.owner)) {
                unowned.insert(t.stage);
                ++unownedCount;
            }
            if (!t.channel.empty() && std::find(channelsMet.begin(), channelsMet.end(), t.channel) == channelsMet.end())
                channelsMet.push_back(t.channel);
        }
        const auto missing = EnumSet<LifecycleStage>::fromBits((1u << enumCount<LifecycleStage>()) - 1).minus(covered);
        if (!missing.empty())
            FindingBuilder("touchpoints.stage_missing", self).note("segment", self).labels("stages", missing.values()).into(out);
        if (!backOffice)
            FindingBuilder("touchpoints.no_back_office", self).note("segment", self).into(out);
        if (unownedCount)
            FindingBuilder("touchpoint.no_owner", self)
                .note("segment", self)
                .number("count", unownedCount)
                .labels("stages", unowned.values())
                .into(out);
        if (anyMeasured && !anyOutcome)
            FindingBuilder("touchpoints.activity_only", self).note("segment", self).into(out);
        if (channelsMet.size() >= 2) {
            reads |= fact::capability(Capability::SharedCustomerRecord);
            if (!facts.capabilities.contains(Capability::SharedCustomerRecord))
                FindingBuilder("channels.no_shared_record", concat(self, channelsMet))
                    .note("segment", self)
                    .number("count", static_cast<std::int64_t>(channelsMet.size()))
                    .into(out);
        }
    }

    // The plan (CR1).
    const std::vector<NoteId> plans = inCanvasOrder(canvas, lookup(index.plansOf, segmentId));
    if (plans.empty()) {
        FindingBuilder("plan.missing", self).note("segment", self).into(out);
        return reads;
    }
    if (plans.size() > 1)
        FindingBuilder("plan.duplicate", concat(self, plans))
            .note("segment", self)
            .number("count", static_cast<std::int64_t>(plans.size()))
            .note("plans", plans)
            .into(out);
    const NoteId& planId = plans.front();
    const RelationshipPlan& plan = *canvas.find(planId)->plan;
    const std::vector<NoteId> segPlan{segmentId, planId};

    std::vector<const Note*> channels;
    for (const NoteId& id : plan.channels)
        if (const Note* c = canvas.find(id))
            channels.push_back(c);
    static const Channel noChannel;
    const auto channelOf = [](const Note* n) -> const Channel& { return n->channel ? *n->channel : noChannel; };
    const auto anyChannel = [&](auto&& pred) {
        return std::any_of(channels.begin(), channels.end(), [&](const Note* n) { return pred(channelOf(n)); });
    };
    const auto coversPhase = [&](std::initializer_list<ChannelPhase> phases) {
        return anyChannel([&](const Channel& c) {
            return std::any_of(phases.begin(), phases.end(), [&](ChannelPhase p) { return c.phases.contains(p); });
        });
    };
    const auto mech = plan.mechanisms;

    // Unanswered questions (CR4-CR7).
    std::vector<std::string> unanswered;
    if (!plan.depth)
        unanswered.push_back("question:depth");
    if (mech.empty())
        unanswered.push_back("question:mechanism");
    if (plan.focus.empty())
        unanswered.push_back("question:focus");
    if (channels.empty())
        unanswered.push_back("question:channel");
    else if (anyChannel([](const Channel& c) { return !c.ownership; }))
        unanswered.push_back("question:ownership");
    if (!unanswered.empty())
        FindingBuilder("plan.unanswered", segPlan).note("segment", self).labelKeys("questions", unanswered).into(out);

    // Plan channels that do not reach the segment (CR7, CR8).
    std::vector<NoteId> notServing;
    for (const Note* c : channels) {
        const auto& served = channelOf(c).segments;
        if (std::find(served.begin(), served.end(), segmentId) == served.end())
            notServing.push_back(c->id);
    }
    if (!notServing.empty())
        FindingBuilder("plan.channel_not_serving", concat(segPlan, notServing))
            .note("segment", self)
            .note("channels", notServing)
            .into(out);

    // People for personal assistance (CR3, RM2, CR9).
    const auto personal = mech.intersected(personalMechanisms());
    if (!personal.empty()) {
        reads |= fact::People;
        if (facts.assistTeams.empty()) {
            FindingBuilder("assistance.no_people", segPlan)
                .note("segment", self)
                .labels("mechanisms", personal.values())
                .into(out);
        } else {
            reads |= fact::Costs;
            const bool costed = std::any_of(facts.assistTeams.begin(), facts.assistTeams.end(),
                                            [&](const NoteId& t) { return facts.costed.count(t) != 0; });
            if (!costed)
                FindingBuilder("assistance.not_costed", concat(segPlan, facts.assistTeams))
                    .note("segment", self)
                    .labels("mechanisms", personal.values())
                    .note("teams", facts.assistTeams)
                    .into(out);
        }
        if (plan.means.empty())
            FindingBuilder("assistance.no_means", segPlan)
                .note("segment", self)
                .labels("mechanisms", personal.values())
                .into(out);
    }
    if (mech.contains(Mechanism::DedicatedPersonalAssistance)) {
        if (seg.market == MarketType::Mass)
            FindingBuilder("assistance.mass_market", segPlan).note("segment", self).into(out);
        const std::int64_t capacity = facts.dedicatedHeadcount * kAccountsPerRepresentative;
        // Dedicated representatives come from sales and support; with people
        // only in marketing, nobody covers the accounts one by one.
        if (seg.estimatedSize && !facts.dedicatedHeadcountUnknown && !facts.assistTeams.empty()
            && *seg.estimatedSize > capacity)
            FindingBuilder("assistance.team_too_small", segPlan)
                .note("segment", self)
                .number("size", *seg.estimatedSize)
                .number("people", facts.dedicatedHeadcount)
                .number("capacity", capacity)
                .into(out);
        if (plan.depth == Depth::Shallow)
            FindingBuilder("shallow.dedicated", segPlan).note("segment", self).into(out);
    }

    // Depth (CR4, CR7, CR11).
    if (plan.depth == Depth::Deep) {
        if (!channels.empty()
            && std::all_of(channels.begin(), channels.end(),
                           [&](const Note* c) { return channelOf(c).ownership == ChannelOwnership::Partner; })) {
            std::vector<NoteId> ids;
            for (const Note* c : channels)
                ids.push_back(c->id);
            FindingBuilder("deep.partner_only", concat(segPlan, ids)).note("segment", self).note("channels", ids).into(out);
        }
        if (!mech.empty() && mech.isSubsetOf(shallowMechanisms()))
            FindingBuilder("deep.shallow_mechanisms", segPlan)
                .note("segment", self)
                .labels("mechanisms", mech.values())
                .into(out);
    }

    // Focus (CR2, TP3, RT7, RT9, RT12, RM6, EX5).
    const auto keeping = plan.focus.intersected({Focus::Retention, Focus::Growth});
    if (!keeping.empty()) {
        if (!mech.empty() && !mech.intersects(retentionMechanisms()))
            FindingBuilder("retention.no_mechanism", segPlan)
                .note("segment", self)
                .labels("focus", keeping.values())
                .into(out);
        if (!channels.empty() && !coversPhase({ChannelPhase::AfterSales}))
            FindingBuilder("retention.no_after_sales", segPlan)
                .note("segment", self)
                .labels("focus", keeping.values())
                .into(out);
    }
    if (plan.focus.contains(Focus::Retention)) {
        reads |= fact::capability(Capability::SatisfactionSurveys) | fact::capability(Capability::OutcomeMeasurement);
        if (!facts.capabilities.contains(Capability::SatisfactionSurveys)
            && !facts.capabilities.contains(Capability::OutcomeMeasurement))
            FindingBuilder("retention.no_measure", segPlan).note("segment", self).into(out);
    }
    if (plan.focus.contains(Focus::Acquisition) && !channels.empty()
        && !coversPhase({ChannelPhase::Awareness, ChannelPhase::Evaluation}))
        FindingBuilder("acquisition.no_awareness", segPlan).note("segment", self).into(out);

    // Means the channels must offer (CR8, CR9).
    if (!channels.empty()) {
        EnumSet<Means> offered;
        for (const Note* c : channels)
            offered = offered.united(channelOf(c).means);
        const auto missing = plan.means.minus(offered);
        if (!missing.empty())
            FindingBuilder("means.not_offered", segPlan).note("segment", self).labels("means", missing.values()).into(out);
    }

    // Voice (CR10, RM4): the tone each of the plan's channels speaks in is
    // its own voice if it has one, else the plan's.
    EnumSet<Tone> tones;
    std::vector<NoteId> voiced;
    bool everyChannelVoiced = !channels.empty();
    for (const Note* c : channels) {
        const auto v = std::find_if(plan.channelVoices.begin(), plan.channelVoices.end(),
                                    [&](const ChannelVoice& cv) { return cv.channel == c->id; });
        if (v != plan.channelVoices.end()) {
            tones.insert(v->tone);
            voiced.push_back(c->id);
        } else {
            everyChannelVoiced = false;
            if (plan.voiceTone)
                tones.insert(*plan.voiceTone);
        }
    }
    if (!plan.voiceTone && !everyChannelVoiced)
        FindingBuilder("voice.missing", segPlan).note("segment", self).into(out);
    if (tones.size() > 1)
        FindingBuilder("voice.inconsistent", concat(segPlan, voiced))
            .note("segment", self)
            .labels("tones", tones.values())
            .into(out);

    // What the mechanisms need (CR11, RT8).
    if (mech.contains(Mechanism::Communities)) {
        reads |= fact::CommunityTeam | fact::capability(Capability::CommunityManagement);
        if (!facts.communityTeam && !facts.capabilities.contains(Capability::CommunityManagement))
            FindingBuilder("community.unmanaged", segPlan).note("segment", self).into(out);
        if (!channels.empty()
            && !anyChannel([](const Channel& c) {
                   return c.means.intersects({Means::Forum, Means::SocialNetworks, Means::Events});
               }))
            FindingBuilder("community.no_place", segPlan).note("segment", self).into(out);
    }
    if (mech.contains(Mechanism::AutomatedServices)) {
        reads |= fact::capability(Capability::Platform) | fact::capability(Capability::CustomerData);
        std::vector<Capability> missing;
        for (Capability c : {Capability::Platform, Capability::CustomerData})
            if (!facts.capabilities.contains(c))
                missing.push_back(c);
        if (!missing.empty())
            FindingBuilder("automation.missing_support", segPlan)
                .note("segment", self)
                .labels("missing", missing)
                .into(out);
    }
    if (mech.contains(Mechanism::CoCreation)) {
        reads |= fact::capability(Capability::ReviewCollection);
        if (!facts.capabilities.contains(Capability::ReviewCollection))
            FindingBuilder("cocreation.no_collection", segPlan).note("segment", self).into(out);
    }

    // Data (EX1, EX2).
    const auto hungry = mech.intersected(dataHungryMechanisms());
    if (!hungry.empty() && isBlank(plan.privacyStance))
        FindingBuilder("privacy.missing", segPlan).note("segment", self).labels("mechanisms", hungry.values()).into(out);
    return reads;
}

void checkChannel(const Canvas& canvas, const NoteId& channelId, std::vector<Finding>& out)
{
    const Note& n = *canvas.find(channelId);
    if (!n.channel || n.channel->segments.empty())
        FindingBuilder("channel.no_segment", {channelId}).note("channel", {channelId}).into(out);
}

void checkOrphanPlan(const Canvas& canvas, const NoteId& planId, std::vector<Finding>& out)
{
    const Note& n = *canvas.find(planId);
    if (n.plan && n.plan->segment.empty())
        FindingBuilder("plan.no_segment", {planId}).note("plan", {planId}).into(out);
}

void sortFindings(const Canvas& canvas, std::vector<Finding>& findings)
{
    const auto rules = allRules();
    const auto ruleOrder = [&](const std::string& id) {
        return std::find_if(rules.begin(), rules.end(), [&](const RuleInfo& r) { return r.id == id; }) - rules.begin();
    };
    const auto position = [&](const Finding& f) {
        if (f.subjects.empty())
            return std::pair<int, std::size_t>(-1, 0);
        const auto loc = canvas.locate(f.subjects.front());
        return loc ? std::pair<int, std::size_t>(static_cast<int>(loc->block), loc->index)
                   : std::pair<int, std::size_t>(-1, 0);
    };
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        const auto pa = position(a), pb = position(b);
        if (pa != pb)
            return pa < pb;
        return ruleOrder(a.ruleId) < ruleOrder(b.ruleId);
    });
}

}  // namespace mizan
