// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/suggest/note_reader.h"

#include "core/text/lexicon.h"
#include "core/text/text_hints.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace mizan {

namespace {

using text::LexiconMatch;
using text::Token;

std::string_view familyOf(std::string_view key)
{
    return key.substr(0, key.find(':'));
}
std::string_view valueOf(std::string_view key)
{
    const auto colon = key.find(':');
    return colon == std::string_view::npos ? std::string_view() : key.substr(colon + 1);
}

std::size_t codePoints(const std::string& s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A note's words and what the lexicon finds in them, a match dropped when a
// longer one of the same family covers it ("after sales" over "sales").
struct Reading {
    std::string_view text;
    std::vector<Token> tokens;
    std::vector<LexiconMatch> matches;

    std::vector<LexiconMatch> all;  // every match, covered ones too

    Reading(std::string_view t, std::string_view language)
        : text(t), tokens(text::tokenize(t)), all(text::Lexicon::builtIn().find(tokens, language))
    {
        for (const auto& m : all) {
            const bool covered = std::any_of(all.begin(), all.end(), [&](const LexiconMatch& o) {
                return &o != &m && familyOf(o.key) == familyOf(m.key) && o.firstToken <= m.firstToken
                    && o.lastToken >= m.lastToken && (o.lastToken - o.firstToken) > (m.lastToken - m.firstToken);
            });
            if (!covered)
                matches.push_back(m);
        }
    }
    std::string words(const LexiconMatch& m) const { return std::string(text.substr(m.begin, m.end - m.begin)); }
    std::string words(std::size_t first, std::size_t last) const
    {
        return std::string(text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin));
    }
    // The matches of a family ("mechanism"), one per value, first found first.
    std::vector<const LexiconMatch*> family(std::string_view name) const
    {
        std::vector<const LexiconMatch*> out;
        std::set<std::string_view> seen;
        for (const auto& m : matches)
            if (familyOf(m.key) == name && seen.insert(valueOf(m.key)).second)
                out.push_back(&m);
        return out;
    }
    bool has(std::string_view key) const
    {
        return std::any_of(matches.begin(), matches.end(), [&](const LexiconMatch& m) { return m.key == key; });
    }
    bool covers(std::size_t token, std::string_view key) const
    {
        return std::any_of(matches.begin(), matches.end(), [&](const LexiconMatch& m) {
            return m.key == key && m.firstToken <= token && token <= m.lastToken;
        });
    }
    // The characters between two tokens (punctuation is not a token).
    std::string_view between(std::size_t a, std::size_t b) const
    {
        const std::size_t from = a < tokens.size() ? tokens[a].end : 0;
        const std::size_t to = b < tokens.size() ? tokens[b].begin : text.size();
        return from <= to ? text.substr(from, to - from) : std::string_view();
    }
    // Whether the number from token first to last is one end of a range
    // ("200-2,000", "3 to 5").
    bool inRange(std::size_t first, std::size_t last) const
    {
        const auto dash = [](std::string_view s) {
            return s.find('-') != std::string_view::npos || s.find("\u2013") != std::string_view::npos
                || s.find("\u2014") != std::string_view::npos;
        };
        if (first > 0 && tokens[first - 1].number && dash(between(first - 1, first)))
            return true;
        if (last + 1 < tokens.size() && tokens[last + 1].number && dash(between(last, last + 1)))
            return true;
        return (first > 1 && tokens[first - 2].number && covers(first - 1, "range"))
            || (last + 2 < tokens.size() && tokens[last + 2].number && covers(last + 1, "range"));
    }
    // A price or a share: a currency sign or word, or a per cent sign, next to it.
    bool priceOrShare(std::size_t first, std::size_t last) const
    {
        static constexpr std::string_view signs[] = {"\u00A3", "$", "\u20AC", "%", "\u066A", "\u20AA"};
        const auto before = first > 0 ? between(first - 1, first) : text.substr(0, tokens[first].begin);
        const auto after = between(last, last + 1);
        for (std::string_view sign : signs)
            if (before.find(sign) != std::string_view::npos || after.find(sign) != std::string_view::npos)
                return true;
        return (first > 0 && covers(first - 1, "currency")) || (last + 1 < tokens.size() && covers(last + 1, "currency"));
    }
    // "about", "~", "around" just before the number.
    bool approximate(std::size_t first) const
    {
        const auto before = first > 0 ? between(first - 1, first) : text.substr(0, tokens[first].begin);
        if (before.find('~') != std::string_view::npos || before.find("\u2248") != std::string_view::npos)
            return true;
        return first > 0 && covers(first - 1, "approx");
    }
    // A number written at token i (digits, or a number word), times a
    // following "thousand" or "million".
    std::optional<std::pair<double, std::size_t>> numberAt(std::size_t i) const
    {
        if (i >= tokens.size())
            return std::nullopt;
        double value = 0;
        std::size_t last = i;
        if (tokens[i].number) {
            value = tokens[i].value;
        } else {
            const auto word = std::find_if(matches.begin(), matches.end(), [&](const LexiconMatch& m) {
                return familyOf(m.key) == "number" && m.firstToken == i;
            });
            if (word == matches.end())
                return std::nullopt;
            value = std::stod(std::string(valueOf(word->key)));
            last = word->lastToken;
        }
        for (const auto& m : matches)
            if (familyOf(m.key) == "multiplier" && m.firstToken == last + 1) {
                // A lone letter multiplies only written against the number
                // ("20 k" yes; "90 m²" is square metres, not millions).
                if (codePoints(tokens[m.firstToken].word) == 1 && !between(last, m.firstToken).empty())
                    break;
                value *= std::stod(std::string(valueOf(m.key)));
                last = m.lastToken;
                break;
            }
        return std::pair(value, last);
    }
};

class Proposals {
public:
    Proposals(const Note& note, std::vector<Suggestion>& out) : note_(note), out_(out) {}
    void add(std::string_view field, std::string value, std::string words)
    {
        Suggestion s{note_.id, std::string(field), std::move(value), std::move(words)};
        // One suggestion per answer, with the first words that gave it.
        if (std::none_of(out_.begin(), out_.end(), [&](const Suggestion& o) { return o.key() == s.key(); }))
            out_.push_back(std::move(s));
    }
    // Every value of a family the answer does not hold yet.
    template <typename E>
    void addEach(const Reading& r, std::string_view family, std::string_view field, const EnumSet<E>& answered)
    {
        for (const LexiconMatch* m : r.family(family))
            if (auto v = fromKey<E>(valueOf(m->key)); v && !answered.contains(*v))
                add(field, std::string(toKey(*v)), r.words(*m));
    }
    // One value of a family, when the words name exactly one.
    template <typename E>
    void addOne(const Reading& r, std::string_view family, std::string_view field, bool answered)
    {
        const auto found = r.family(family);
        if (answered || found.size() != 1)
            return;
        if (auto v = fromKey<E>(valueOf(found.front()->key)))
            add(field, std::string(toKey(*v)), r.words(*found.front()));
    }

private:
    const Note& note_;
    std::vector<Suggestion>& out_;
};

bool segmentHasPlan(const Canvas& canvas, const NoteId& segment)
{
    for (const Note& n : canvas.notes(BlockId::CustomerRelationships))
        if (n.plan && n.plan->segment == segment)
            return true;
    return false;
}

// The aim a mechanism reveals, when the words do not say it: a referral
// programme wins customers (CR12, CR2); loyalty programmes, long-term
// commitments, lock-in, personal touches, someone responsible for each
// customer, communities and regular news keep them (CR12, RT7-RT10);
// tailored offers sell more to each (CR2).
std::optional<Focus> aimOf(Mechanism m)
{
    switch (m) {
    case Mechanism::ReferralProgram: return Focus::Acquisition;
    case Mechanism::LoyaltyProgram:
    case Mechanism::LongTermCommitment:
    case Mechanism::LockIn:
    case Mechanism::PersonalTouches:
    case Mechanism::DedicatedPersonalAssistance:
    case Mechanism::Communities:
    case Mechanism::Newsletters: return Focus::Retention;
    case Mechanism::TailoredOffers: return Focus::Growth;
    default: return std::nullopt;
    }
}

void readPlan(const Canvas& canvas, const NoteNames& names, const Reading& r, const Note& note, Proposals& p)
{
    static const RelationshipPlan none;
    const RelationshipPlan& plan = note.plan ? *note.plan : none;
    if (plan.segment.empty())
        if (const auto s = names.best(r.text, r.tokens); s && !segmentHasPlan(canvas, s->note))
            p.add(field::PlanSegment, s->note, s->words);
    p.addEach<Mechanism>(r, "mechanism", field::PlanMechanism, plan.mechanisms);
    p.addEach<Focus>(r, "focus", field::PlanFocus, plan.focus);
    // The aims the mechanisms found reveal, when the words name no aim.
    if (plan.focus.empty() && r.family("focus").empty()) {
        EnumSet<Focus> stated;
        for (const LexiconMatch* m : r.family("mechanism"))
            if (auto mech = fromKey<Mechanism>(valueOf(m->key)))
                if (auto aim = aimOf(*mech); aim && !stated.contains(*aim)) {
                    stated.insert(*aim);
                    p.add(field::PlanFocus, std::string(toKey(*aim)), r.words(*m));
                }
    }
    p.addEach<Means>(r, "means", field::PlanMeans, plan.means);
    p.addOne<Tone>(r, "tone", field::PlanTone, plan.voiceTone.has_value());
    p.addOne<Depth>(r, "depth", field::PlanDepth, plan.depth.has_value());
}

void readChannel(const NoteNames& names, const Reading& r, const Note& note, Proposals& p)
{
    static const Channel none;
    const Channel& channel = note.channel ? *note.channel : none;
    p.addOne<ChannelOwnership>(r, "ownership", field::ChannelOwnership, channel.ownership.has_value());
    p.addEach<ChannelPhase>(r, "phase", field::ChannelPhase, channel.phases);
    p.addEach<Means>(r, "means", field::ChannelMeans, channel.means);
    for (const auto& s : names.named(r.text, r.tokens))
        if (std::find(channel.segments.begin(), channel.segments.end(), s.note) == channel.segments.end())
            p.add(field::ChannelSegment, s.note, s.words);
}

// The role of the people a note names: the most specific one.
std::optional<const LexiconMatch*> roleOf(const Reading& r)
{
    static constexpr std::string_view order[] = {"owners",       "account_management", "community", "support",
                                                 "service_staff", "sales",             "marketing", "other"};
    const auto roles = r.family("team");
    for (std::string_view role : order)
        for (const LexiconMatch* m : roles)
            if (valueOf(m->key) == role)
                return m;
    return std::nullopt;
}

// How many people: a number next to the words for them ("3 account
// managers", "agents: 40", "two founders", "(4)").
std::optional<std::pair<std::int64_t, std::string>> headcountOf(const Reading& r)
{
    // Not a count of people: a number of days, hours or branches ("6 days a
    // week", "24/7"), or a ratio ("one per client", "~4 per branch").
    const auto counts = [&](std::size_t first, std::size_t last) {
        if (r.between(last, last + 1).find('/') != std::string_view::npos
            || (first > 0 && r.between(first - 1, first).find('/') != std::string_view::npos))
            return false;
        for (std::size_t k = last + 1; k <= last + 2 && k < r.tokens.size(); ++k)
            if (r.covers(k, "unit") || r.covers(k, "per"))
                return false;
        return true;
    };
    for (const auto& m : r.matches) {
        if (m.key != "people" && familyOf(m.key) != "team")
            continue;
        for (std::size_t back = 1; back <= 2 && back <= m.firstToken; ++back)
            if (const auto n = r.numberAt(m.firstToken - back);
                n && n->second < m.firstToken && counts(m.firstToken - back, n->second))
                return std::pair(static_cast<std::int64_t>(std::llround(n->first)), r.words(m.firstToken - back, m.lastToken));
        for (std::size_t ahead = 1; ahead <= 2; ++ahead)
            if (const auto n = r.numberAt(m.lastToken + ahead); n && counts(m.lastToken + ahead, n->second))
                return std::pair(static_cast<std::int64_t>(std::llround(n->first)), r.words(m.firstToken, n->second));
    }
    return std::nullopt;
}

void readResource(const NoteNames& names, const Reading& r, BlockId block, const Note& note, Proposals& p)
{
    const auto hints = text::hintsOf(r.all);
    // A measure of the activity ("reply time", "calls made") is not an
    // outcome measure, whatever else the note says; one of the outcome
    // ("solved", "renewal rate") is (EX5).
    const bool outcome = r.has("measure:outcome"), activity = r.has("measure:activity");
    EnumSet<Capability> skip = note.capabilities;
    if (activity && !outcome)
        skip.insert(Capability::OutcomeMeasurement);
    p.addEach<Capability>(r, "capability", field::Capability, skip);
    if (outcome && !activity && !skip.contains(Capability::OutcomeMeasurement))
        for (const LexiconMatch* m : r.family("measure"))
            if (m->key == "measure:outcome")
                p.add(field::Capability, std::string(toKey(Capability::OutcomeMeasurement)), r.words(*m));
    if (block != BlockId::KeyResources)
        return;
    const auto role = roleOf(r);
    const bool people = (note.team.has_value() || hints.people || role) && !hints.onlyThings();
    if (!people)
        return;
    const Team team = note.team.value_or(Team{});
    if (!team.kind && role)
        p.add(field::TeamKind, std::string(valueOf((*role)->key)), r.words(**role));
    if (!team.headcount) {
        if (const auto n = headcountOf(r); n && n->first > 0 && n->first < 1'000'000)
            p.add(field::TeamHeadcount, std::to_string(n->first), n->second);
        else if (const auto one = r.family("one_person"); role && valueOf((*role)->key) == "owners" && !one.empty())
            p.add(field::TeamHeadcount, "1", r.words(*one.front()));  // "the owner", "me", "أنا"
    }
    for (const auto& s : names.named(r.text, r.tokens))
        if (std::find(team.serves.begin(), team.serves.end(), s.note) == team.serves.end())
            p.add(field::TeamServes, s.note, s.words);
}

void readSegment(const Reading& r, const Note& note, Proposals& p)
{
    static const CustomerSegment none;
    const CustomerSegment& seg = note.segment ? *note.segment : none;
    p.addOne<MarketType>(r, "market", field::SegmentMarket, seg.market.has_value());
    if (seg.estimatedSize)
        return;
    // How many customers: a number that says "about", or is followed by the
    // words for customers ("~2,600 doors", "About 60,000 active boxes",
    // "35 farms"); not a range ("200-2,000 staff", "4-12"), a duration, a
    // distance, a price or a share.
    std::optional<std::pair<double, std::string>> size;
    int best = 0;
    for (std::size_t i = 0; i < r.tokens.size(); ++i) {
        const auto n = r.numberAt(i);
        if (!n)
            continue;
        const std::size_t first = i, last = n->second;
        i = last;
        // "two children", "a couple of cafés": a number word alone counts
        // a few things, not a segment's customers.
        if (!r.tokens[first].number && n->first < 100)
            continue;
        if (r.inRange(first, last) || r.priceOrShare(first, last))
            continue;
        int score = r.approximate(first) ? 2 : 0;
        bool unit = false;
        for (std::size_t k = last + 1; k <= last + 2 && k < r.tokens.size(); ++k) {
            // "(65+) customers" is an age: a bracket closes between them.
            if (r.between(k - 1, k).find(')') != std::string_view::npos)
                break;
            // Customers first: "3,000 pet owners" counts owners of pets.
            if (r.covers(k, "customers")) {
                score += 2;
                break;
            }
            if (r.covers(k, "unit") || r.covers(k, "people")) {
                unit = true;
                break;
            }
        }
        if (unit || score < 2)
            continue;
        if (score > best || (score == best && size && n->first > size->first)) {
            best = score;
            size = std::pair(n->first, r.words(first, std::min(last + 1, r.tokens.size() - 1)));
        }
    }
    if (size && size->first >= 1 && size->first < 1e10)
        p.add(field::SegmentSize, std::to_string(static_cast<std::int64_t>(std::llround(size->first))), size->second);
}

void readOffer(const NoteNames& names, const Reading& r, const Note& note, Proposals& p)
{
    for (const auto& s : names.named(r.text, r.tokens))
        if (std::find(note.links.begin(), note.links.end(), s.note) == note.links.end())
            p.add(field::LinkSegment, s.note, s.words);
}

}  // namespace

std::vector<Suggestion> readNote(const Canvas& canvas, const NoteNames& names, BlockId block, const Note& note)
{
    std::vector<Suggestion> out;
    if (note.text.find_first_not_of(" \t\r\n") == std::string::npos)
        return out;
    // The words the user wrote about the note: its text, and a segment's
    // description or a plan's voice.
    std::string words = note.text;
    if (note.segment && !note.segment->description.empty())
        words += "\n" + note.segment->description;
    if (note.plan && !note.plan->voiceText.empty())
        words += "\n" + note.plan->voiceText;
    const Reading r(words, canvas.info.language);
    Proposals p(note, out);
    switch (block) {
    case BlockId::CustomerRelationships: readPlan(canvas, names, r, note, p); break;
    case BlockId::Channels: readChannel(names, r, note, p); break;
    case BlockId::KeyResources:
    case BlockId::KeyActivities:
    case BlockId::KeyPartners: readResource(names, r, block, note, p); break;
    case BlockId::CustomerSegments: readSegment(r, note, p); break;
    case BlockId::ValuePropositions:
    case BlockId::RevenueStreams: readOffer(names, r, note, p); break;
    default: break;
    }
    return out;
}

}  // namespace mizan
