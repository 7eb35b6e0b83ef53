// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/versions/canvas_diff.h"

#include "core/formats/json_canonical.h"
#include "core/formats/json_format.h"

#include <boost/json.hpp>

#include <map>

namespace mizan {

namespace json = boost::json;

namespace {

// Objects open into their members ("segment/market"); a list or a value is
// one field.
void flatten(const json::value& v, const std::string& path, NoteFields& out)
{
    if (const auto* o = v.if_object(); o && !path.empty() && !o->empty()) {
        for (const auto& kv : *o)
            flatten(kv.value(), path + "/" + std::string(kv.key()), out);
        return;
    }
    if (const auto* o = v.if_object(); o && path.empty()) {
        for (const auto& kv : *o)
            flatten(kv.value(), std::string(kv.key()), out);
        return;
    }
    out[path] = json::serialize(v);
}


void compareInfo(const CanvasInfo& a, const CanvasInfo& b, std::vector<CanvasChange>& out)
{
    const auto field = [&](const char* name, const std::string& x, const std::string& y) {
        if (x != y)
            out.push_back({CanvasChange::Kind::Canvas, {}, BlockId::CustomerSegments, {}, name, x, y});
    };
    field("title", a.title, b.title);
    field("description", a.description, b.description);
    field("language", a.language, b.language);
    field("currency", a.currency, b.currency);
}

void compareNote(BlockId fromBlock, const Note& was, BlockId block, const Note& now, std::vector<CanvasChange>& out)
{
    if (fromBlock != block)
        out.push_back({CanvasChange::Kind::Moved, now.id, block, displayName(now), "block",
                       std::string(toKey(fromBlock)), std::string(toKey(block))});
    if (was == now)
        return;
    const NoteFields a = noteFields(was), b = noteFields(now);
    auto i = a.begin();
    auto j = b.begin();
    // Both maps in key order: a merge walk.
    while (i != a.end() || j != b.end()) {
        if (j == b.end() || (i != a.end() && i->first < j->first)) {
            out.push_back({CanvasChange::Kind::Changed, now.id, block, displayName(now), i->first, fieldText(i->second), {}});
            ++i;
        } else if (i == a.end() || j->first < i->first) {
            out.push_back({CanvasChange::Kind::Changed, now.id, block, displayName(now), j->first, {}, fieldText(j->second)});
            ++j;
        } else {
            if (i->second != j->second)
                out.push_back({CanvasChange::Kind::Changed, now.id, block, displayName(now), i->first, fieldText(i->second),
                               fieldText(j->second)});
            ++i;
            ++j;
        }
    }
}

}  // namespace

std::string fieldText(const std::string& value)
{
    std::error_code ec;
    const json::value v = json::parse(value, ec);
    if (const auto* s = v.if_string(); s && !ec)
        return std::string(*s);
    return value;
}

NoteFields noteFields(const Note& note)
{
    NoteFields out;
    // The block does not change a note's JSON: any will do.
    const json::value parsed = json::parse(notesToJson({{BlockId::KeyPartners, note}}));
    flatten(parsed.at("notes").at(0).at("note"), "", out);
    return out;
}

std::string noteJsonOf(const NoteFields& fields)
{
    json::object note;
    for (const auto& [path, value] : fields) {
        json::object* at = &note;
        std::size_t start = 0;
        for (auto slash = path.find('/'); slash != std::string::npos; slash = path.find('/', start)) {
            json::value& next = (*at)[path.substr(start, slash - start)];
            if (!next.is_object())
                next = json::object();
            at = &next.as_object();
            start = slash + 1;
        }
        (*at)[path.substr(start)] = json::parse(value);
    }
    return json::serialize(note);
}

Result<Note> noteFromFields(BlockId block, const NoteFields& fields)
{
    json::object one{{"block", toKey(block)}, {"note", json::parse(noteJsonOf(fields))}};
    const json::object root{{"format", "mizan-notes"}, {"version", kJsonFormatVersion},
                            {"notes", json::array{std::move(one)}}};
    auto read = notesFromJson(json::serialize(root));
    if (!read)
        return read.error();
    return std::move(read.value().front().note);
}

const char* changeKindKey(CanvasChange::Kind kind)
{
    switch (kind) {
    case CanvasChange::Kind::Added: return "added";
    case CanvasChange::Kind::Removed: return "removed";
    case CanvasChange::Kind::Moved: return "moved";
    case CanvasChange::Kind::Changed: return "changed";
    case CanvasChange::Kind::Canvas: return "canvas";
    case CanvasChange::Kind::Calendar: return "calendar";
    }
    return "";
}

std::vector<CanvasChange> diffCanvases(const Canvas& before, const Canvas& after)
{
    std::vector<CanvasChange> out;
    compareInfo(before.info, after.info, out);
    for (BlockId b : allValues<BlockId>()) {
        for (const Note& was : before.notes(b))
            if (!after.contains(was.id))
                out.push_back({CanvasChange::Kind::Removed, was.id, b, displayName(was), {}, was.text, {}});
        for (const Note& now : after.notes(b)) {
            const auto loc = before.locate(now.id);
            if (!loc) {
                out.push_back({CanvasChange::Kind::Added, now.id, b, displayName(now), {}, {}, now.text});
                continue;
            }
            compareNote(loc->block, before.notes(loc->block)[loc->index], b, now, out);
        }
    }
    if (before.calendar != after.calendar)
        out.push_back({CanvasChange::Kind::Calendar, {}, BlockId::CustomerSegments, {}, "calendar",
                       std::to_string(before.calendar.size()), std::to_string(after.calendar.size())});
    return out;
}

std::string changesToJson(const std::vector<CanvasChange>& changes)
{
    json::array list;
    for (const CanvasChange& c : changes) {
        json::object o{{"change", changeKindKey(c.kind)}, {"field", c.field}, {"before", c.before}, {"after", c.after}};
        if (!c.note.empty()) {
            o["note"] = c.note;
            o["block"] = toKey(c.block);
            o["name"] = c.name;
        }
        list.emplace_back(std::move(o));
    }
    return canonicalJsonText(json::object{{"same", changes.empty()}, {"changes", std::move(list)}});
}

}  // namespace mizan
