// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/canvas_rows.h"

#include "core/storage/canvas_store.h"
#include "core/model/canvas_validation.h"
#include "core/storage/history_rows.h"
#include "core/storage/sqlite_db.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <sstream>

namespace mizan::rows {

using sqlite::Database;
using sqlite::Statement;

namespace {

// Schema version 1. Enum sets are stored as space-separated keys (readable
// in the sqlite3 shell); references between notes are rows with foreign
// keys, deferred so an edit can write notes in any order.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE canvas (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    language TEXT NOT NULL,
    currency TEXT NOT NULL,
    created INTEGER NOT NULL,
    modified INTEGER NOT NULL,
    app_version TEXT NOT NULL
) STRICT;
CREATE TABLE note (
    id TEXT PRIMARY KEY,
    block TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    colour TEXT NOT NULL,
    direction TEXT NOT NULL,
    capabilities TEXT NOT NULL
) STRICT;
CREATE INDEX note_by_block ON note (block, position);
CREATE TABLE note_tag (
    note_id TEXT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (note_id, position)
) STRICT;
CREATE TABLE note_link (
    note_id TEXT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    target_id TEXT NOT NULL REFERENCES note (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (note_id, position)
) STRICT;
CREATE INDEX note_link_by_target ON note_link (target_id);
CREATE TABLE segment (
    note_id TEXT PRIMARY KEY REFERENCES note (id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    market TEXT,
    estimated_size INTEGER,
    revenue_per_customer REAL,
    colour TEXT NOT NULL
) STRICT;
CREATE TABLE channel (
    note_id TEXT PRIMARY KEY REFERENCES note (id) ON DELETE CASCADE,
    ownership TEXT,
    reach TEXT,
    phases TEXT NOT NULL,
    means TEXT NOT NULL
) STRICT;
CREATE TABLE channel_segment (
    channel_id TEXT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    segment_id TEXT NOT NULL REFERENCES note (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (channel_id, position)
) STRICT;
CREATE INDEX channel_segment_by_segment ON channel_segment (segment_id);
CREATE TABLE relationship_plan (
    note_id TEXT PRIMARY KEY REFERENCES note (id) ON DELETE CASCADE,
    segment_id TEXT REFERENCES note (id) DEFERRABLE INITIALLY DEFERRED,
    depth TEXT,
    mechanisms TEXT NOT NULL,
    focus TEXT NOT NULL,
    means TEXT NOT NULL,
    voice_tone TEXT,
    voice_text TEXT NOT NULL,
    privacy_stance TEXT NOT NULL
) STRICT;
CREATE INDEX relationship_plan_by_segment ON relationship_plan (segment_id);
CREATE TABLE plan_channel (
    plan_id TEXT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    channel_id TEXT NOT NULL REFERENCES note (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (plan_id, position)
) STRICT;
CREATE INDEX plan_channel_by_channel ON plan_channel (channel_id);
CREATE TABLE plan_channel_voice (
    plan_id TEXT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    channel_id TEXT NOT NULL REFERENCES note (id) DEFERRABLE INITIALLY DEFERRED,
    tone TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
) STRICT;
CREATE INDEX plan_channel_voice_by_channel ON plan_channel_voice (channel_id);
CREATE TABLE team (
    note_id TEXT PRIMARY KEY REFERENCES note (id) ON DELETE CASCADE,
    kind TEXT,
    headcount INTEGER
) STRICT;
)sql";

// Schema version 2: what lies beyond the nine blocks.
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE touchpoint (
    segment_id TEXT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    stage TEXT NOT NULL,
    channel_id TEXT REFERENCES note (id) DEFERRABLE INITIALLY DEFERRED,
    activity TEXT NOT NULL,
    office TEXT,
    owner TEXT NOT NULL,
    experience TEXT NOT NULL,
    measure_kind TEXT,
    measure TEXT NOT NULL,
    surveyed INTEGER NOT NULL,
    PRIMARY KEY (segment_id, position)
) STRICT;
CREATE INDEX touchpoint_by_channel ON touchpoint (channel_id);
CREATE TABLE segment_economics (
    segment_id TEXT PRIMARY KEY REFERENCES note (id) ON DELETE CASCADE,
    customers INTEGER,
    retention_rate REAL,
    acquisition_cost REAL,
    retention_cost REAL,
    margin_per_period REAL,
    leave_service REAL NOT NULL,
    leave_product REAL NOT NULL,
    leave_competitors REAL NOT NULL,
    leave_other REAL NOT NULL
) STRICT;
CREATE TABLE persona (
    segment_id TEXT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    who TEXT NOT NULL,
    goals TEXT NOT NULL,
    means TEXT NOT NULL,
    motivation TEXT NOT NULL,
    first_experience TEXT NOT NULL,
    personalisation TEXT NOT NULL,
    change TEXT NOT NULL,
    satisfaction TEXT NOT NULL,
    loyalty TEXT NOT NULL,
    PRIMARY KEY (segment_id, position)
) STRICT;
CREATE TABLE calendar_action (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    segment_id TEXT REFERENCES note (id) DEFERRABLE INITIALLY DEFERRED,
    mechanism TEXT,
    day INTEGER NOT NULL,
    recurrence TEXT NOT NULL,
    owner TEXT NOT NULL
) STRICT;
)sql";

// Schema version 3: whom each team serves (CR3), and a survey question that
// may be left unanswered. Schema 2 stored an unticked survey as 0, which
// could not tell "no" from "not answered": it becomes NULL (not answered).
constexpr const char* kSchemaV3 = R"sql(
CREATE TABLE team_serves (
    team_id TEXT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    target_id TEXT NOT NULL REFERENCES note (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (team_id, position)
) STRICT;
CREATE INDEX team_serves_by_target ON team_serves (target_id);
CREATE TABLE touchpoint_v3 (
    segment_id TEXT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    stage TEXT NOT NULL,
    channel_id TEXT REFERENCES note (id) DEFERRABLE INITIALLY DEFERRED,
    activity TEXT NOT NULL,
    office TEXT,
    owner TEXT NOT NULL,
    experience TEXT NOT NULL,
    measure_kind TEXT,
    measure TEXT NOT NULL,
    surveyed INTEGER CHECK (surveyed IN (0, 1)),
    PRIMARY KEY (segment_id, position)
) STRICT;
INSERT INTO touchpoint_v3 SELECT segment_id, position, stage, channel_id, activity, office, owner, experience,
    measure_kind, measure, CASE WHEN surveyed = 0 THEN NULL ELSE 1 END FROM touchpoint;
DROP TABLE touchpoint;
ALTER TABLE touchpoint_v3 RENAME TO touchpoint;
CREATE INDEX touchpoint_by_channel ON touchpoint (channel_id);
)sql";

// Schema version 4: the suggestions read from notes' words that the user
// dismissed, so they are not proposed again.
constexpr const char* kSchemaV4 = R"sql(
CREATE TABLE dismissed_suggestion (
    note_id TEXT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (note_id, field, value)
) STRICT;
)sql";

// Every table a note owns rows in, keyed by the column naming the note.
constexpr std::pair<const char*, const char*> kOwnedRows[] = {
    {"note_tag", "note_id"},         {"note_link", "note_id"},    {"segment", "note_id"},
    {"channel", "note_id"},          {"channel_segment", "channel_id"}, {"relationship_plan", "note_id"},
    {"plan_channel", "plan_id"},     {"plan_channel_voice", "plan_id"}, {"team", "note_id"},
    {"team_serves", "team_id"},
    {"touchpoint", "segment_id"},    {"segment_economics", "segment_id"}, {"persona", "segment_id"},
};



template <typename E>
std::string setToText(const EnumSet<E>& set)
{
    std::string out;
    for (E v : set.values()) {
        if (!out.empty())
            out += ' ';
        out += toKey(v);
    }
    return out;
}

template <typename E>
std::optional<std::string> keyOrNull(const std::optional<E>& v)
{
    if (!v)
        return std::nullopt;
    return std::string(toKey(*v));
}

template <typename E>
E keyFromText(const std::string& text, const NoteId& note, const char* field)
{
    if (auto v = fromKey<E>(text))
        return *v;
    throw InvalidContent{"note \"" + note + "\": unknown " + field + " \"" + text + "\""};
}

template <typename E>
std::optional<E> optionalKey(const std::optional<std::string>& text, const NoteId& note, const char* field)
{
    if (!text)
        return std::nullopt;
    return keyFromText<E>(*text, note, field);
}

template <typename E>
EnumSet<E> setFromText(const std::string& text, const NoteId& note, const char* field)
{
    EnumSet<E> set;
    std::istringstream in(text);
    std::string word;
    while (in >> word)
        set.insert(keyFromText<E>(word, note, field));
    return set;
}

std::int64_t nonNegative(std::optional<std::int64_t> v, const NoteId& note, const char* field)
{
    if (v && *v < 0)
        throw InvalidContent{"note \"" + note + "\": " + field + " is negative"};
    return v.value_or(0);
}

}  // namespace

void applySchemaV2(Database& db)
{
    db.exec(kSchemaV2);
}

void applySchemaV3(Database& db)
{
    db.exec(kSchemaV3);
}

void applySchemaV4(Database& db)
{
    db.exec(kSchemaV4);
}

void createSchema(Database& db)
{
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    db.exec(kSchemaV1);
    db.exec(kSchemaV2);
    db.exec(kSchemaV3);
    db.exec(kSchemaV4);
    db.exec(kSchemaV5);
}

void writeInfoRow(Database& db, const CanvasInfo& info)
{
    db.prepare("INSERT INTO canvas (id, title, description, language, currency, created, modified, app_version) "
               "VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
               "description = excluded.description, language = excluded.language, currency = excluded.currency, "
               "created = excluded.created, modified = excluded.modified, app_version = excluded.app_version")
        .bind(1, info.title)
        .bind(2, info.description)
        .bind(3, info.language)
        .bind(4, info.currency)
        .bind(5, info.created)
        .bind(6, info.modified)
        .bind(7, std::string_view(MIZAN_VERSION))
        .run();
}

std::span<const std::pair<const char*, const char*>> ownedRowTables()
{
    return kOwnedRows;
}

void deleteOwnedRows(Database& db, const NoteId& id)
{
    for (const auto& [table, column] : kOwnedRows)
        db.cached(std::string("DELETE FROM ") + table + " WHERE " + column + " = ?").bind(1, id).run();
}

static void writeIdList(Database& db, const char* table, const char* owner, const char* target, const NoteId& id,
                 const std::vector<NoteId>& ids)
{
    auto& st = db.cached(std::string("INSERT INTO ") + table + " (" + owner + ", position, " + target
                         + ") VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < ids.size(); ++i)
        st.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, ids[i]).run();
}

static void writeSegmentExtras(Database& db, const NoteId& id, const CustomerSegment& s)
{
    auto& tp = db.cached("INSERT INTO touchpoint (segment_id, position, stage, channel_id, activity, office, owner, "
                         "experience, measure_kind, measure, surveyed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < s.touchpoints.size(); ++i) {
        const Touchpoint& t = s.touchpoints[i];
        tp.bind(1, id)
            .bind(2, static_cast<std::int64_t>(i))
            .bind(3, toKey(t.stage))
            .bind(4, t.channel.empty() ? std::optional<std::string>() : t.channel)
            .bind(5, t.activity)
            .bind(6, keyOrNull(t.office))
            .bind(7, t.owner)
            .bind(8, t.experience)
            .bind(9, keyOrNull(t.measureKind))
            .bind(10, t.measure)
            .bind(11, t.satisfactionSurveyed ? std::optional<std::int64_t>(*t.satisfactionSurveyed) : std::nullopt)
            .run();
    }
    if (const auto& e = s.economics)
        db.cached("INSERT INTO segment_economics (segment_id, customers, retention_rate, acquisition_cost, retention_cost, "
                   "margin_per_period, leave_service, leave_product, leave_competitors, leave_other) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, id)
            .bind(2, e->customers)
            .bind(3, e->retentionRate)
            .bind(4, e->acquisitionCost)
            .bind(5, e->retentionCost)
            .bind(6, e->marginPerPeriod)
            .bind(7, e->leavingReasons.service)
            .bind(8, e->leavingReasons.product)
            .bind(9, e->leavingReasons.competitors)
            .bind(10, e->leavingReasons.other)
            .run();
    auto& pp = db.cached("INSERT INTO persona (segment_id, position, name, who, goals, means, motivation, first_experience, "
                         "personalisation, change, satisfaction, loyalty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < s.personas.size(); ++i) {
        const Persona& p = s.personas[i];
        pp.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, p.name).bind(4, p.who).bind(5, p.goals)
            .bind(6, p.means).bind(7, p.motivation).bind(8, p.firstExperience).bind(9, p.personalisation)
            .bind(10, p.change).bind(11, p.satisfaction).bind(12, p.loyalty).run();
    }
}

void writeCalendar(Database& db, const std::vector<CalendarAction>& calendar)
{
    db.exec("DELETE FROM calendar_action");
    auto& st = db.cached("INSERT INTO calendar_action (id, position, title, kind, segment_id, mechanism, day, recurrence, "
                         "owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < calendar.size(); ++i) {
        const CalendarAction& c = calendar[i];
        st.bind(1, c.id)
            .bind(2, static_cast<std::int64_t>(i))
            .bind(3, c.title)
            .bind(4, toKey(c.kind))
            .bind(5, c.segment.empty() ? std::optional<std::string>() : c.segment)
            .bind(6, keyOrNull(c.mechanism))
            .bind(7, c.date)
            .bind(8, toKey(c.recurrence))
            .bind(9, c.owner)
            .run();
    }
}

void writeDismissed(Database& db, const Canvas& canvas)
{
    const std::set<std::string>& keys = canvas.dismissedSuggestions;
    db.exec("DELETE FROM dismissed_suggestion");
    auto& st = db.cached("INSERT INTO dismissed_suggestion (note_id, field, value) VALUES (?, ?, ?)");
    for (const std::string& key : keys) {
        const auto a = key.find('|'), b = key.find('|', a + 1);
        if (a == std::string::npos || b == std::string::npos || !canvas.contains(key.substr(0, a)))
            continue;
        st.bind(1, key.substr(0, a)).bind(2, key.substr(a + 1, b - a - 1)).bind(3, key.substr(b + 1)).run();
    }
}

void writeNoteRows(Database& db, BlockId block, std::size_t position, const Note& n, bool replacing)
{
    db.cached("INSERT INTO note (id, block, position, text, colour, direction, capabilities) "
               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET block = excluded.block, "
               "position = excluded.position, text = excluded.text, colour = excluded.colour, "
               "direction = excluded.direction, capabilities = excluded.capabilities")
        .bind(1, n.id)
        .bind(2, toKey(block))
        .bind(3, static_cast<std::int64_t>(position))
        .bind(4, n.text)
        .bind(5, n.colour)
        .bind(6, toKey(n.direction))
        .bind(7, setToText(n.capabilities))
        .run();
    if (replacing)
        deleteOwnedRows(db, n.id);
    {
        auto& st = db.cached("INSERT INTO note_tag (note_id, position, tag) VALUES (?, ?, ?)");
        for (std::size_t i = 0; i < n.tags.size(); ++i)
            st.bind(1, n.id).bind(2, static_cast<std::int64_t>(i)).bind(3, n.tags[i]).run();
    }
    writeIdList(db, "note_link", "note_id", "target_id", n.id, n.links);
    if (const auto& s = n.segment) {
        db.cached("INSERT INTO segment (note_id, description, market, estimated_size, revenue_per_customer, colour) "
                   "VALUES (?, ?, ?, ?, ?, ?)")
            .bind(1, n.id)
            .bind(2, s->description)
            .bind(3, keyOrNull(s->market))
            .bind(4, s->estimatedSize)
            .bind(5, s->revenuePerCustomer)
            .bind(6, s->colour)
            .run();
    }
    if (const auto& s = n.segment)
        writeSegmentExtras(db, n.id, *s);
    if (const auto& c = n.channel) {
        db.cached("INSERT INTO channel (note_id, ownership, reach, phases, means) VALUES (?, ?, ?, ?, ?)")
            .bind(1, n.id)
            .bind(2, keyOrNull(c->ownership))
            .bind(3, keyOrNull(c->reach))
            .bind(4, setToText(c->phases))
            .bind(5, setToText(c->means))
            .run();
        writeIdList(db, "channel_segment", "channel_id", "segment_id", n.id, c->segments);
    }
    if (const auto& p = n.plan) {
        db.cached("INSERT INTO relationship_plan (note_id, segment_id, depth, mechanisms, focus, means, voice_tone, "
                   "voice_text, privacy_stance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, n.id)
            .bind(2, p->segment.empty() ? std::optional<std::string>() : p->segment)
            .bind(3, keyOrNull(p->depth))
            .bind(4, setToText(p->mechanisms))
            .bind(5, setToText(p->focus))
            .bind(6, setToText(p->means))
            .bind(7, keyOrNull(p->voiceTone))
            .bind(8, p->voiceText)
            .bind(9, p->privacyStance)
            .run();
        writeIdList(db, "plan_channel", "plan_id", "channel_id", n.id, p->channels);
        auto& st = db.cached("INSERT INTO plan_channel_voice (plan_id, position, channel_id, tone) VALUES (?, ?, ?, ?)");
        for (std::size_t i = 0; i < p->channelVoices.size(); ++i)
            st.bind(1, n.id)
                .bind(2, static_cast<std::int64_t>(i))
                .bind(3, p->channelVoices[i].channel)
                .bind(4, toKey(p->channelVoices[i].tone))
                .run();
    }
    if (const auto& t = n.team) {
        db.cached("INSERT INTO team (note_id, kind, headcount) VALUES (?, ?, ?)")
            .bind(1, n.id)
            .bind(2, keyOrNull(t->kind))
            .bind(3, t->headcount)
            .run();
        writeIdList(db, "team_serves", "team_id", "target_id", n.id, t->serves);
    }
}

void writeEverything(Database& db, const Canvas& canvas)
{
    for (const auto& [table, column] : kOwnedRows)
        db.exec(std::string("DELETE FROM ") + table);
    db.exec("DELETE FROM note");
    writeInfoRow(db, canvas.info);
    writeCalendar(db, canvas.calendar);
    for (BlockId b : allValues<BlockId>()) {
        const auto& notes = canvas.notes(b);
        for (std::size_t i = 0; i < notes.size(); ++i)
            writeNoteRows(db, b, i, notes[i], false);  // the tables were emptied above
    }
    writeDismissed(db, canvas);
}

// Reads the canvas from a database already checked to be a Mizan file.
namespace {

// The notes' rows as read, before they are placed in their blocks, and
// the lists of the other tables that belong to them.
struct NoteRows {
    struct Row {
        BlockId block;
        std::int64_t position;
        Note note;
    };
    std::vector<Row> rows;
    std::unordered_map<NoteId, std::size_t> byId;

    Row& owner(const std::string& id, const char* table)
    {
        const auto it = byId.find(id);
        if (it == byId.end())
            throw InvalidContent{std::string(table) + " refers to the missing note \"" + id + "\""};
        return rows[it->second];
    }
    // Runs add on each row of sql, whose first column names its note.
    template <typename Add>
    void readList(Database& db, const char* sql, const char* table, Add&& add)
    {
        auto st = db.prepare(sql);
        while (st.step())
            add(owner(st.text(0), table), st);
    }
};
using Row = NoteRows::Row;

CanvasInfo readInfo(Database& db)
{
    CanvasInfo info;
    auto st = db.prepare("SELECT title, description, language, currency, created, modified FROM canvas WHERE id = 1");
    if (!st.step())
        throw InvalidContent{"the canvas row is missing"};
    info.title = st.text(0);
    info.description = st.text(1);
    info.language = st.text(2);
    info.currency = st.text(3);
    info.created = st.integer(4);
    info.modified = st.integer(5);
    return info;
}

NoteRows readNotes(Database& db)
{
    NoteRows out;
    auto& rows = out.rows;
    auto& byId = out.byId;
    if (auto count = db.prepare("SELECT count(*) FROM note"); count.step()) {
        rows.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, count.integer(0))));
        byId.reserve(rows.capacity());
    }
    auto st = db.prepare("SELECT id, block, position, text, colour, direction, capabilities FROM note");
    while (st.step()) {
        Note n;
        n.id = st.text(0);
        if (!isValidNoteId(n.id))
            throw InvalidContent{"a note has the invalid id \"" + n.id + "\""};
        const auto block = keyFromText<BlockId>(st.text(1), n.id, "block");
        n.text = st.text(3);
        n.colour = st.text(4);
        n.direction = keyFromText<TextDirection>(st.text(5), n.id, "text direction");
        n.capabilities = setFromText<Capability>(st.text(6), n.id, "capability");
        if (!n.capabilities.empty() && !blockAllowsCapabilities(block))
            throw InvalidContent{"note \"" + n.id + "\": capabilities in the wrong block"};
        byId[n.id] = rows.size();
        rows.push_back({block, st.integer(2), std::move(n)});
    }
    return out;
}

// What notes carry beyond their text: tags, links, and their segment,
// channel, plan or team.
void readNoteParts(Database& db, NoteRows& notes)
{
    const auto readList = [&](const char* sql, const char* table, auto&& add) { notes.readList(db, sql, table, add); };
    readList("SELECT note_id, tag FROM note_tag ORDER BY note_id, position", "note_tag",
             [](Row& r, Statement& st) { r.note.tags.push_back(st.text(1)); });
    readList("SELECT note_id, target_id FROM note_link ORDER BY note_id, position", "note_link",
             [](Row& r, Statement& st) { r.note.links.push_back(st.text(1)); });
    readList("SELECT note_id, description, market, estimated_size, revenue_per_customer, colour FROM segment",
             "segment", [](Row& r, Statement& st) {
                 if (!blockAllowsSegment(r.block))
                     throw InvalidContent{"note \"" + r.note.id + "\": a segment outside Customer Segments"};
                 CustomerSegment s;
                 s.description = st.text(1);
                 s.market = optionalKey<MarketType>(st.optionalText(2), r.note.id, "market type");
                 s.estimatedSize = st.optionalInteger(3);
                 nonNegative(s.estimatedSize, r.note.id, "estimated size");
                 s.revenuePerCustomer = st.optionalReal(4);
                 if (s.revenuePerCustomer && (!std::isfinite(*s.revenuePerCustomer) || *s.revenuePerCustomer < 0))
                     throw InvalidContent{"note \"" + r.note.id + "\": invalid revenue per customer"};
                 s.colour = st.text(5);
                 r.note.segment = std::move(s);
             });
    readList("SELECT note_id, ownership, reach, phases, means FROM channel", "channel", [](Row& r, Statement& st) {
        if (!blockAllowsChannel(r.block))
            throw InvalidContent{"note \"" + r.note.id + "\": a channel outside Channels"};
        Channel c;
        c.ownership = optionalKey<ChannelOwnership>(st.optionalText(1), r.note.id, "ownership");
        c.reach = optionalKey<ChannelReach>(st.optionalText(2), r.note.id, "reach");
        c.phases = setFromText<ChannelPhase>(st.text(3), r.note.id, "phase");
        c.means = setFromText<Means>(st.text(4), r.note.id, "means");
        r.note.channel = std::move(c);
    });
    readList("SELECT note_id, segment_id, depth, mechanisms, focus, means, voice_tone, voice_text, privacy_stance "
             "FROM relationship_plan",
             "relationship_plan", [](Row& r, Statement& st) {
                 if (!blockAllowsPlan(r.block))
                     throw InvalidContent{"note \"" + r.note.id + "\": a relationship plan outside Customer Relationships"};
                 RelationshipPlan p;
                 p.segment = st.optionalText(1).value_or("");
                 p.depth = optionalKey<Depth>(st.optionalText(2), r.note.id, "depth");
                 p.mechanisms = setFromText<Mechanism>(st.text(3), r.note.id, "mechanism");
                 p.focus = setFromText<Focus>(st.text(4), r.note.id, "focus");
                 p.means = setFromText<Means>(st.text(5), r.note.id, "means");
                 p.voiceTone = optionalKey<Tone>(st.optionalText(6), r.note.id, "tone");
                 p.voiceText = st.text(7);
                 p.privacyStance = st.text(8);
                 r.note.plan = std::move(p);
             });
    readList("SELECT note_id, kind, headcount FROM team", "team", [](Row& r, Statement& st) {
        if (!blockAllowsTeam(r.block))
            throw InvalidContent{"note \"" + r.note.id + "\": a team outside Key Resources"};
        Team t;
        t.kind = optionalKey<TeamKind>(st.optionalText(1), r.note.id, "team kind");
        t.headcount = st.optionalInteger(2);
        nonNegative(t.headcount, r.note.id, "headcount");
        r.note.team = t;
    });
}

// The lists the structured parts hold: a channel's segments, a team's
// served segments or channels, a plan's channels and voices.
void readPartLists(Database& db, NoteRows& notes)
{
    const auto readList = [&](const char* sql, const char* table, auto&& add) { notes.readList(db, sql, table, add); };
    readList("SELECT channel_id, segment_id FROM channel_segment ORDER BY channel_id, position", "channel_segment",
             [](Row& r, Statement& st) {
                 if (!r.note.channel)
                     throw InvalidContent{"note \"" + r.note.id + "\" serves segments but is not a channel"};
                 r.note.channel->segments.push_back(st.text(1));
             });
    readList("SELECT team_id, target_id FROM team_serves ORDER BY team_id, position", "team_serves",
             [](Row& r, Statement& st) {
                 if (!r.note.team)
                     throw InvalidContent{"note \"" + r.note.id + "\" serves segments but is not a team"};
                 r.note.team->serves.push_back(st.text(1));
             });
    readList("SELECT plan_id, channel_id FROM plan_channel ORDER BY plan_id, position", "plan_channel",
             [](Row& r, Statement& st) {
                 if (!r.note.plan)
                     throw InvalidContent{"note \"" + r.note.id + "\" lists plan channels but has no plan"};
                 r.note.plan->channels.push_back(st.text(1));
             });
    readList("SELECT plan_id, channel_id, tone FROM plan_channel_voice ORDER BY plan_id, position",
             "plan_channel_voice", [](Row& r, Statement& st) {
                 if (!r.note.plan)
                     throw InvalidContent{"note \"" + r.note.id + "\" lists channel voices but has no plan"};
                 r.note.plan->channelVoices.push_back(
                     {st.text(1), keyFromText<Tone>(st.text(2), r.note.id, "tone")});
             });
}

// A segment's touchpoints, retention economics and personas.
void readSegmentExtras(Database& db, NoteRows& notes)
{
    const auto readList = [&](const char* sql, const char* table, auto&& add) { notes.readList(db, sql, table, add); };
    const auto segmentOf = [](Row& r, const char* what) -> CustomerSegment& {
        if (!r.note.segment)
            throw InvalidContent{"note \"" + r.note.id + "\" has " + what + " but is not a customer segment"};
        return *r.note.segment;
    };
    readList("SELECT segment_id, stage, channel_id, activity, office, owner, experience, measure_kind, measure, surveyed "
             "FROM touchpoint ORDER BY segment_id, position",
             "touchpoint", [&](Row& r, Statement& st) {
                 Touchpoint t;
                 t.stage = keyFromText<LifecycleStage>(st.text(1), r.note.id, "lifecycle stage");
                 t.channel = st.optionalText(2).value_or("");
                 t.activity = st.text(3);
                 t.office = optionalKey<Office>(st.optionalText(4), r.note.id, "office");
                 t.owner = st.text(5);
                 t.experience = st.text(6);
                 t.measureKind = optionalKey<MeasureKind>(st.optionalText(7), r.note.id, "measure kind");
                 t.measure = st.text(8);
                 if (const auto surveyed = st.optionalInteger(9))
                     t.satisfactionSurveyed = *surveyed != 0;
                 segmentOf(r, "touchpoints").touchpoints.push_back(std::move(t));
             });
    readList("SELECT segment_id, customers, retention_rate, acquisition_cost, retention_cost, margin_per_period, "
             "leave_service, leave_product, leave_competitors, leave_other FROM segment_economics",
             "segment_economics", [&](Row& r, Statement& st) {
                 RetentionInputs e;
                 e.customers = st.optionalInteger(1);
                 e.retentionRate = st.optionalReal(2);
                 e.acquisitionCost = st.optionalReal(3);
                 e.retentionCost = st.optionalReal(4);
                 e.marginPerPeriod = st.optionalReal(5);
                 e.leavingReasons = {st.real(6), st.real(7), st.real(8), st.real(9)};
                 segmentOf(r, "retention economics").economics = e;
             });
    readList("SELECT segment_id, name, who, goals, means, motivation, first_experience, personalisation, change, "
             "satisfaction, loyalty FROM persona ORDER BY segment_id, position",
             "persona", [&](Row& r, Statement& st) {
                 segmentOf(r, "personas").personas.push_back(Persona{st.text(1), st.text(2), st.text(3), st.text(4),
                                                                       st.text(5), st.text(6), st.text(7), st.text(8),
                                                                       st.text(9), st.text(10)});
             });
}

std::vector<CalendarAction> readCalendar(Database& db)
{
    std::vector<CalendarAction> calendar;
    auto st = db.prepare("SELECT id, title, kind, segment_id, mechanism, day, recurrence, owner FROM calendar_action "
                         "ORDER BY position");
    while (st.step()) {
        CalendarAction c;
        c.id = st.text(0);
        if (!isValidNoteId(c.id))
            throw InvalidContent{"a calendar action has the invalid id \"" + c.id + "\""};
        c.title = st.text(1);
        c.kind = keyFromText<ActionKind>(st.text(2), c.id, "action kind");
        c.segment = st.optionalText(3).value_or("");
        c.mechanism = optionalKey<Mechanism>(st.optionalText(4), c.id, "mechanism");
        c.date = st.integer(5);
        c.recurrence = keyFromText<Recurrence>(st.text(6), c.id, "recurrence");
        c.owner = st.text(7);
        calendar.push_back(std::move(c));
    }
    return calendar;
}

}  // namespace

Canvas readEverything(Database& db)
{
    Canvas canvas;
    canvas.info = readInfo(db);
    NoteRows notes = readNotes(db);
    readNoteParts(db, notes);
    readPartLists(db, notes);
    readSegmentExtras(db, notes);
    canvas.calendar = readCalendar(db);
    {
        auto st = db.prepare("SELECT note_id, field, value FROM dismissed_suggestion");
        while (st.step()) {
            notes.owner(st.text(0), "dismissed_suggestion");
            canvas.dismissedSuggestions.insert(st.text(0) + '|' + st.text(1) + '|' + st.text(2));
        }
    }
    // Placed by block and position, the notes moved once (they are large).
    auto& rows = notes.rows;
    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return rows[a].block != rows[b].block ? rows[a].block < rows[b].block : rows[a].position < rows[b].position;
    });
    std::array<std::size_t, kBlockCount> perBlock{};
    for (const Row& row : rows)
        ++perBlock[static_cast<std::size_t>(row.block)];
    for (BlockId b : allValues<BlockId>())
        canvas.reserve(b, perBlock[static_cast<std::size_t>(b)]);
    for (std::size_t i : order)
        canvas.insertNote(rows[i].block, std::move(rows[i].note));
    if (const auto problem = firstInvalidValue(canvas))
        throw InvalidContent{*problem};
    if (const auto problem = firstBrokenCalendarReference(canvas))
        throw InvalidContent{"the relationship calendar" + problem->substr(problem->find(':'))};
    if (const auto problem = firstBrokenReference(canvas)) {
        const Note& n = canvas.notes(problem->block)[problem->index];
        throw InvalidContent{"note \"" + n.id + "\" (" + problem->field + ") " + problem->message};
    }
    return canvas;
}

}  // namespace mizan::rows
