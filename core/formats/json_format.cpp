// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/json_format.h"

#include "core/model/canvas_validation.h"
#include "core/formats/json_canonical.h"
#include "core/formats/json_duplicate_keys.h"
#include "core/formats/json_extras.h"
#include "core/formats/json_reader.h"
#include "core/model/timestamp.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_set>

namespace json = boost::json;

namespace mizan {

using jsonio::Reader;
using jsonio::SchemaError;
using jsonio::Scope;

namespace {

constexpr std::string_view kFormatName = "mizan-canvas";

// ---------------------------------------------------------------- writing

template <typename E>
json::array keysOf(const EnumSet<E>& set)
{
    json::array a;
    for (E v : set.values())
        a.emplace_back(toKey(v));
    return a;
}

json::array stringsOf(const std::vector<std::string>& v)
{
    json::array a;
    for (const auto& s : v)
        a.emplace_back(s);
    return a;
}

json::object segmentToJson(const CustomerSegment& s)
{
    json::object o;
    o["description"] = s.description;
    if (s.market)
        o["market"] = toKey(*s.market);
    if (s.estimatedSize)
        o["estimated_size"] = *s.estimatedSize;
    if (s.revenuePerCustomer)
        o["revenue_per_customer"] = *s.revenuePerCustomer;
    if (!s.colour.empty())
        o["colour"] = s.colour;
    o["touchpoints"] = jsonio::touchpointsToJson(s.touchpoints);
    if (s.economics)
        o["economics"] = jsonio::economicsToJson(*s.economics);
    o["personas"] = jsonio::personasToJson(s.personas);
    return o;
}

json::object channelToJson(const Channel& c)
{
    json::object o;
    if (c.ownership)
        o["ownership"] = toKey(*c.ownership);
    if (c.reach)
        o["reach"] = toKey(*c.reach);
    o["phases"] = keysOf(c.phases);
    o["segments"] = stringsOf(c.segments);
    o["means"] = keysOf(c.means);
    return o;
}

json::object planToJson(const RelationshipPlan& p)
{
    json::object o;
    if (!p.segment.empty())
        o["segment"] = p.segment;
    if (p.depth)
        o["depth"] = toKey(*p.depth);
    o["mechanisms"] = keysOf(p.mechanisms);
    o["focus"] = keysOf(p.focus);
    o["channels"] = stringsOf(p.channels);
    o["means"] = keysOf(p.means);
    json::object voice;
    if (p.voiceTone)
        voice["tone"] = toKey(*p.voiceTone);
    voice["text"] = p.voiceText;
    o["voice"] = std::move(voice);
    json::array cv;
    for (const auto& v : p.channelVoices)
        cv.emplace_back(json::object{{"channel", v.channel}, {"tone", toKey(v.tone)}});
    o["channel_voices"] = std::move(cv);
    o["privacy_stance"] = p.privacyStance;
    return o;
}

json::object teamToJson(const Team& t)
{
    json::object o;
    if (t.kind)
        o["kind"] = toKey(*t.kind);
    if (t.headcount)
        o["headcount"] = *t.headcount;
    o["serves"] = stringsOf(t.serves);
    return o;
}

json::object noteToJson(const Note& n)
{
    json::object o;
    o["id"] = n.id;
    o["text"] = n.text;
    if (!n.colour.empty())
        o["colour"] = n.colour;
    o["direction"] = toKey(n.direction);
    o["tags"] = stringsOf(n.tags);
    o["links"] = stringsOf(n.links);
    if (n.segment)
        o["segment"] = segmentToJson(*n.segment);
    if (n.channel)
        o["channel"] = channelToJson(*n.channel);
    if (n.plan)
        o["relationship_plan"] = planToJson(*n.plan);
    if (n.team)
        o["team"] = teamToJson(*n.team);
    if (!n.capabilities.empty())
        o["capabilities"] = keysOf(n.capabilities);
    return o;
}

json::value canvasToJson(const Canvas& c)
{
    json::object info;
    info["title"] = c.info.title;
    info["description"] = c.info.description;
    info["language"] = c.info.language;
    info["currency"] = c.info.currency;
    info["created"] = formatTimestamp(c.info.created);
    info["modified"] = formatTimestamp(c.info.modified);

    json::object blocks;
    for (BlockId b : allValues<BlockId>()) {
        json::array notes;
        for (const Note& n : c.notes(b))
            notes.emplace_back(noteToJson(n));
        blocks[toKey(b)] = std::move(notes);
    }

    json::object root;
    root["format"] = kFormatName;
    root["version"] = kJsonFormatVersion;
    root["canvas"] = std::move(info);
    root["blocks"] = std::move(blocks);
    root["calendar"] = jsonio::calendarToJson(c.calendar);
    json::array dismissed;
    for (const std::string& key : c.dismissedSuggestions) {
        const auto a = key.find('|'), b = key.find('|', a + 1);
        if (b == std::string::npos || !c.contains(key.substr(0, a)))
            continue;  // a note deleted since: nothing to remember
        dismissed.emplace_back(
            json::object{{"note", key.substr(0, a)}, {"field", key.substr(a + 1, b - a - 1)}, {"value", key.substr(b + 1)}});
    }
    root["dismissed_suggestions"] = std::move(dismissed);
    return root;
}

// ---------------------------------------------------------------- reading


std::string colourAt(Reader& r, const json::value& v)
{
    const std::string c = r.string(v);
    if (!isValidColour(c))
        r.fail("expected a colour as \"#rrggbb\" in lower-case hex, found \"" + c + "\"");
    return c;
}

std::string idAt(Reader& r, const json::value& v)
{
    std::string id = r.string(v);
    if (!isValidNoteId(id))
        r.fail("expected a note id of 1 to 64 letters, digits, '-' or '_', found \"" + id + "\"");
    return id;
}

std::vector<NoteId> idsAt(Reader& r, const json::value& v)
{
    std::vector<NoteId> out;
    const auto& a = r.array(v);
    for (std::size_t i = 0; i < a.size(); ++i) {
        Scope s(r, std::to_string(i));
        NoteId id = idAt(r, a[i]);
        if (std::find(out.begin(), out.end(), id) != out.end())
            r.fail("\"" + id + "\" is listed twice");
        out.push_back(std::move(id));
    }
    return out;
}

CustomerSegment readSegment(Reader& r, const json::value& v)
{
    const auto& o = r.object(v);
    r.members(o, {"description"},
              {"market", "estimated_size", "revenue_per_customer", "colour", "touchpoints", "economics", "personas"});
    CustomerSegment s;
    {
        Scope sc(r, "description");
        s.description = r.string(o.at("description"));
    }
    if (auto* m = o.if_contains("market")) {
        Scope sc(r, "market");
        s.market = r.key<MarketType>(*m);
    }
    if (auto* m = o.if_contains("estimated_size")) {
        Scope sc(r, "estimated_size");
        s.estimatedSize = r.nonNegativeInteger(*m);
    }
    if (auto* m = o.if_contains("revenue_per_customer")) {
        Scope sc(r, "revenue_per_customer");
        const double amount = r.nonNegativeNumber(*m);
        if (amount > kMaxMoney)
            r.fail("expected an amount of at most 10000000000000");
        s.revenuePerCustomer = normaliseMoney(amount);
    }
    if (auto* m = o.if_contains("colour")) {
        Scope sc(r, "colour");
        s.colour = colourAt(r, *m);
    }
    if (auto* m = o.if_contains("touchpoints")) {
        Scope sc(r, "touchpoints");
        s.touchpoints = jsonio::readTouchpoints(r, *m);
    }
    if (auto* m = o.if_contains("economics")) {
        Scope sc(r, "economics");
        s.economics = jsonio::readEconomics(r, *m);
    }
    if (auto* m = o.if_contains("personas")) {
        Scope sc(r, "personas");
        s.personas = jsonio::readPersonas(r, *m);
    }
    return s;
}

Channel readChannel(Reader& r, const json::value& v)
{
    const auto& o = r.object(v);
    r.members(o, {"phases", "segments", "means"}, {"ownership", "reach"});
    Channel c;
    if (auto* m = o.if_contains("ownership")) {
        Scope sc(r, "ownership");
        c.ownership = r.key<ChannelOwnership>(*m);
    }
    if (auto* m = o.if_contains("reach")) {
        Scope sc(r, "reach");
        c.reach = r.key<ChannelReach>(*m);
    }
    {
        Scope sc(r, "phases");
        c.phases = r.keySet<ChannelPhase>(o.at("phases"));
    }
    {
        Scope sc(r, "segments");
        c.segments = idsAt(r, o.at("segments"));
    }
    {
        Scope sc(r, "means");
        c.means = r.keySet<Means>(o.at("means"));
    }
    return c;
}

RelationshipPlan readPlan(Reader& r, const json::value& v)
{
    const auto& o = r.object(v);
    r.members(o, {"mechanisms", "focus", "channels", "means", "voice", "channel_voices", "privacy_stance"},
              {"segment", "depth"});
    RelationshipPlan p;
    if (auto* m = o.if_contains("segment")) {
        Scope sc(r, "segment");
        p.segment = idAt(r, *m);
    }
    if (auto* m = o.if_contains("depth")) {
        Scope sc(r, "depth");
        p.depth = r.key<Depth>(*m);
    }
    {
        Scope sc(r, "mechanisms");
        p.mechanisms = r.keySet<Mechanism>(o.at("mechanisms"));
    }
    {
        Scope sc(r, "focus");
        p.focus = r.keySet<Focus>(o.at("focus"));
    }
    {
        Scope sc(r, "channels");
        p.channels = idsAt(r, o.at("channels"));
    }
    {
        Scope sc(r, "means");
        p.means = r.keySet<Means>(o.at("means"));
    }
    {
        Scope sc(r, "voice");
        const auto& vo = r.object(o.at("voice"));
        r.members(vo, {"text"}, {"tone"});
        if (auto* t = vo.if_contains("tone")) {
            Scope st(r, "tone");
            p.voiceTone = r.key<Tone>(*t);
        }
        Scope st(r, "text");
        p.voiceText = r.string(vo.at("text"));
    }
    {
        Scope sc(r, "channel_voices");
        const auto& a = r.array(o.at("channel_voices"));
        for (std::size_t i = 0; i < a.size(); ++i) {
            Scope si(r, std::to_string(i));
            const auto& cv = r.object(a[i]);
            r.members(cv, {"channel", "tone"}, {});
            ChannelVoice voice;
            {
                Scope sk(r, "channel");
                voice.channel = idAt(r, cv.at("channel"));
                for (const auto& other : p.channelVoices)
                    if (other.channel == voice.channel)
                        r.fail("channel \"" + voice.channel + "\" has two voices");
            }
            {
                Scope sk(r, "tone");
                voice.tone = r.key<Tone>(cv.at("tone"));
            }
            p.channelVoices.push_back(std::move(voice));
        }
    }
    {
        Scope sc(r, "privacy_stance");
        p.privacyStance = r.string(o.at("privacy_stance"));
    }
    return p;
}

Team readTeam(Reader& r, const json::value& v)
{
    const auto& o = r.object(v);
    r.members(o, {}, {"kind", "headcount", "serves"});
    Team t;
    if (auto* m = o.if_contains("kind")) {
        Scope sc(r, "kind");
        t.kind = r.key<TeamKind>(*m);
    }
    if (auto* m = o.if_contains("headcount")) {
        Scope sc(r, "headcount");
        t.headcount = r.nonNegativeInteger(*m);
    }
    if (auto* m = o.if_contains("serves")) {
        Scope sc(r, "serves");
        t.serves = idsAt(r, *m);
    }
    return t;
}

Note readNote(Reader& r, const json::value& v, BlockId block)
{
    const auto& o = r.object(v);
    r.members(o, {"id", "text", "direction", "tags", "links"},
              {"colour", "segment", "channel", "relationship_plan", "team", "capabilities"});
    Note n;
    {
        Scope sc(r, "id");
        n.id = idAt(r, o.at("id"));
    }
    {
        Scope sc(r, "text");
        n.text = r.string(o.at("text"));
    }
    if (auto* m = o.if_contains("colour")) {
        Scope sc(r, "colour");
        n.colour = colourAt(r, *m);
    }
    {
        Scope sc(r, "direction");
        n.direction = r.key<TextDirection>(o.at("direction"));
    }
    {
        Scope sc(r, "tags");
        n.tags = r.strings(o.at("tags"));
    }
    {
        Scope sc(r, "links");
        n.links = idsAt(r, o.at("links"));
    }
    const auto part = [&](const char* name, bool allowed, auto reader, auto& out) {
        if (auto* m = o.if_contains(name)) {
            Scope sc(r, name);
            if (!allowed)
                r.fail(std::string("a note in ") + std::string(toKey(block)) + " cannot have \"" + name + "\"");
            out = reader(r, *m);
        }
    };
    part("segment", blockAllowsSegment(block), readSegment, n.segment);
    part("channel", blockAllowsChannel(block), readChannel, n.channel);
    part("relationship_plan", blockAllowsPlan(block), readPlan, n.plan);
    part("team", blockAllowsTeam(block), readTeam, n.team);
    if (auto* m = o.if_contains("capabilities")) {
        Scope sc(r, "capabilities");
        if (!blockAllowsCapabilities(block))
            r.fail("a note in " + std::string(toKey(block)) + " cannot have \"capabilities\"");
        n.capabilities = r.keySet<Capability>(*m);
    }
    return n;
}

// Checks the document is a Mizan canvas of a version this reader knows,
// before judging its shape: a newer or foreign file gets its own message.
void readIdentity(Reader& r, const json::object& o)
{
    {
        const auto* format = o.if_contains("format");
        Scope s(r, "format");
        if (!format)
            throw SchemaError{"/format", "missing member \"format\": this is not a Mizan canvas"};
        if (!format->is_string() || format->get_string() != kFormatName)
            r.fail("expected \"" + std::string(kFormatName) + "\", found " + Reader::describe(*format)
                   + ": this is not a Mizan canvas");
    }
    {
        const auto* version = o.if_contains("version");
        Scope s(r, "version");
        if (!version)
            r.fail("missing member \"version\"");
        if (!version->is_int64() || version->get_int64() < 1)
            r.fail("expected a format version of 1 or more, found " + Reader::describe(*version));
        if (version->get_int64() > kJsonFormatVersion)
            throw SchemaError{"/version", "", version->get_int64()};
        r.formatVersion = version->get_int64();
    }
}

CanvasInfo readInfo(Reader& r, const json::value& value)
{
    CanvasInfo result;
    const auto& info = r.object(value);
    r.members(info, {"title", "description", "language", "currency", "created", "modified"}, {});
    const auto str = [&](const char* name) {
        Scope m(r, name);
        return r.string(info.at(name));
    };
    result.title = str("title");
    result.description = str("description");
    result.language = str("language");
    if (!isValidLanguageTag(result.language)) {
        Scope m(r, "language");
        r.fail("expected a language tag such as \"en\", \"ar\" or \"he\", found \"" + result.language + "\"");
    }
    result.currency = str("currency");
    if (!isValidCurrency(result.currency)) {
        Scope m(r, "currency");
        r.fail("expected an ISO 4217 currency code such as \"EUR\", or \"\", found \"" + result.currency
               + "\"");
    }
    const auto time = [&](const char* name) {
        const std::string t = str(name);
        auto ms = parseTimestamp(t);
        if (!ms || !isValidTimestamp(*ms)) {
            Scope m(r, name);
            r.fail("expected a UTC time such as \"2026-01-31T09:30:00.000Z\", found \"" + t + "\"");
        }
        return *ms;
    };
    result.created = time("created");
    result.modified = time("modified");
    return result;
}

void readBlocks(Reader& r, const json::value& value, Canvas& canvas)
{
    const auto& blocks = r.object(value);
    std::vector<std::string_view> names;
    for (BlockId b : allValues<BlockId>())
        names.push_back(toKey(b));
    for (const auto& kv : blocks)
        if (std::find(names.begin(), names.end(), std::string_view(kv.key())) == names.end()) {
            Scope m(r, std::string(kv.key()));
            r.fail("unknown block \"" + std::string(kv.key()) + "\"; the blocks are the canvas's nine");
        }
    for (BlockId b : allValues<BlockId>()) {
        const auto* arr = blocks.if_contains(toKey(b));
        if (!arr)
            r.fail("missing block \"" + std::string(toKey(b)) + "\"");
        Scope sb(r, std::string(toKey(b)));
        const auto& notes = r.array(*arr);
        canvas.reserve(b, notes.size());
        for (std::size_t i = 0; i < notes.size(); ++i) {
            Scope sn(r, std::to_string(i));
            Note n = readNote(r, notes[i], b);
            if (canvas.contains(n.id)) {
                Scope si(r, "id");
                r.fail("the id \"" + n.id + "\" is used by another note");
            }
            canvas.insertNote(b, std::move(n));
        }
    }
}

void readDismissed(Reader& r, const json::value& value, Canvas& canvas)
{
    const auto& list = r.array(value);
    for (std::size_t i = 0; i < list.size(); ++i) {
        Scope si(r, std::to_string(i));
        const auto& d = r.object(list[i]);
        r.members(d, {"note", "field", "value"}, {});
        const auto text = [&](const char* name) {
            Scope sm(r, name);
            std::string v = r.string(d.at(name));
            if (v.empty() || v.find('|') != std::string::npos || v.size() > 256)
                r.fail("expected a word of 1 to 256 characters without '|'");
            return v;
        };
        const std::string note = text("note");
        if (!canvas.contains(note)) {
            Scope sm(r, "note");
            r.fail("refers to note \"" + note + "\", which does not exist");
        }
        const std::string key = note + '|' + text("field") + '|' + text("value");
        if (!canvas.dismissedSuggestions.insert(key).second)
            r.fail("this suggestion is listed twice");
    }
}

Canvas readCanvas(Reader& r, const json::value& root)
{
    const auto& o = r.object(root);
    readIdentity(r, o);
    r.members(o, {"format", "version", "canvas", "blocks"}, {"calendar", "dismissed_suggestions"});

    Canvas canvas;
    {
        Scope s(r, "canvas");
        canvas.info = readInfo(r, o.at("canvas"));
    }
    {
        Scope s(r, "blocks");
        readBlocks(r, o.at("blocks"), canvas);
    }
    if (auto* calendar = o.if_contains("calendar")) {
        Scope s(r, "calendar");
        canvas.calendar = jsonio::readCalendar(r, *calendar);
    }
    if (auto* dismissed = o.if_contains("dismissed_suggestions")) {
        Scope s(r, "dismissed_suggestions");
        readDismissed(r, *dismissed, canvas);
    }
    if (const auto problem = firstBrokenCalendarReference(canvas))
        throw SchemaError{problem->substr(0, problem->find(": ")), problem->substr(problem->find(": ") + 2)};
    if (const auto problem = firstBrokenReference(canvas))
        throw SchemaError{"/blocks/" + std::string(toKey(problem->block)) + "/" + std::to_string(problem->index) + "/"
                              + problem->field,
                          problem->message};
    return canvas;
}

// Line and column (1-based, in bytes) of an offset, for syntax errors.
std::string lineColumn(std::string_view text, std::size_t offset)
{
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

}  // namespace

std::string toJson(const Canvas& canvas)
{
    return canonicalJsonText(canvasToJson(canvas));
}

std::string notesToJson(const std::vector<BlockNote>& notes)
{
    json::array list;
    for (const auto& bn : notes)
        list.emplace_back(json::object{{"block", toKey(bn.block)}, {"note", noteToJson(bn.note)}});
    json::object root;
    root["format"] = "mizan-notes";
    root["version"] = kJsonFormatVersion;
    root["notes"] = std::move(list);
    return canonicalJsonText(root);
}

Result<std::vector<BlockNote>> notesFromJson(std::string_view text)
{
    if (text.size() > kJsonMaxBytes)
        return Error{ErrorCode::TooLarge, "Too large", "The clipboard holds too much.", {}};
    json::parse_options options;
    options.max_depth = kJsonMaxDepth;
    json::error_code ec;
    const json::value root = json::parse(text, ec, {}, options);
    if (ec)
        return Error{ErrorCode::NotACanvas, "Not Mizan notes", ec.message(), {}};
    Reader r;
    try {
        const auto& o = r.object(root);
        r.members(o, {"format", "version", "notes"}, {});
        if (o.at("format") != "mizan-notes" || !o.at("version").is_int64() || o.at("version").get_int64() != kJsonFormatVersion)
            return Error{ErrorCode::ForeignFile, "Not Mizan notes", "The clipboard does not hold Mizan notes.", {}};
        r.formatVersion = kJsonFormatVersion;
        std::vector<BlockNote> out;
        Reader::Scope sn(r, "notes");
        const auto& list = r.array(o.at("notes"));
        for (std::size_t i = 0; i < list.size(); ++i) {
            Reader::Scope si(r, std::to_string(i));
            const auto& item = r.object(list[i]);
            r.members(item, {"block", "note"}, {});
            BlockId block;
            {
                Reader::Scope sb(r, "block");
                block = r.key<BlockId>(item.at("block"));
            }
            Reader::Scope sn2(r, "note");
            out.push_back({block, readNote(r, item.at("note"), block)});
        }
        return out;
    } catch (const SchemaError& e) {
        return Error{ErrorCode::InvalidContent, "Invalid notes", "At " + e.pointer + ": " + e.message + ".", {}};
    }
}

Result<Canvas> fromJson(std::string_view text)
{
    if (text.size() > kJsonMaxBytes)
        return Error{ErrorCode::TooLarge, "File too large",
                     "The JSON file is " + std::to_string(text.size() / (1024 * 1024))
                         + " MiB; Mizan reads canvases of up to " + std::to_string(kJsonMaxBytes / (1024 * 1024))
                         + " MiB.",
                     {}};

    json::parse_options options;
    options.max_depth = kJsonMaxDepth;
    options.allow_comments = false;
    options.allow_trailing_commas = false;
    options.allow_invalid_utf8 = false;
    json::stream_parser parser({}, options);
    json::error_code ec;
    std::size_t consumed = parser.write(text.data(), text.size(), ec);
    if (!ec)
        parser.finish(ec);
    if (ec) {
        const std::string where = lineColumn(text, consumed);
        if (ec == json::error::too_deep)
            return Error{ErrorCode::TooDeep, "JSON nested too deeply",
                         "The file nests more than " + std::to_string(kJsonMaxDepth)
                             + " levels of arrays or objects, at " + where + ".",
                         {ec.message()}};
        std::string hint;
        const auto rest = text.substr(std::min(consumed, text.size()));
        if (rest.starts_with("NaN") || rest.starts_with("Infinity") || rest.starts_with("-Infinity"))
            hint = " NaN and Infinity are not JSON numbers.";
        return Error{ErrorCode::NotACanvas, "Not valid JSON",
                     "The file is not valid JSON: " + ec.message() + " at " + where + "." + hint,
                     {ec.message(), where}};
    }
    const json::value root = parser.release();
    if (const auto duplicate = findDuplicateKey(text, kJsonMaxDepth))
        return Error{ErrorCode::InvalidContent, "Invalid canvas",
                     "At " + *duplicate + ": this member appears twice; each name may appear once in an object.",
                     {*duplicate}};

    Reader reader;
    try {
        return readCanvas(reader, root);
    } catch (const SchemaError& e) {
        if (e.newerVersion)
            return Error{ErrorCode::NewerVersion, "Made by a newer Mizan",
                         "This canvas uses format version " + std::to_string(e.newerVersion)
                             + ", but this Mizan reads up to version " + std::to_string(kJsonFormatVersion)
                             + ". Update Mizan to open it.",
                         {"/version"}};
        const bool foreign = e.pointer == "/format";
        return Error{foreign ? ErrorCode::ForeignFile : ErrorCode::InvalidContent,
                     foreign ? "Not a Mizan canvas" : "Invalid canvas",
                     "At " + e.pointer + ": " + e.message + ".", {e.pointer}};
    }
}

}  // namespace mizan
