// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/canvas_diff.h"

#include "core/formats/json_canonical.h"
#include "core/formats/json_format.h"

#include <boost/json.hpp>

#include <map>

namespace mizan {

namespace json = boost::json;

namespace {

using Fields = std::map<std::string, std::string>;

// Objects open into their members ("segment/market"); a list or a value is
// one field, a string as its text, anything else as JSON.
void flatten(const json::value& v, const std::string& path, Fields& out)
{
    if (const auto* o = v.if_object()) {
        for (const auto& kv : *o)
            flatten(kv.value(), path.empty() ? std::string(kv.key()) : path + "/" + std::string(kv.key()), out);
        return;
    }
    if (const auto* s = v.if_string())
        out[path] = std::string(*s);
    else
        out[path] = json::serialize(v);
}

Fields fieldsOf(BlockId block, const Note& note)
{
    Fields out;
    const json::value parsed = json::parse(notesToJson({{block, note}}));
    flatten(parsed.at("notes").at(0).at("note"), "", out);
    out.erase("id");
    return out;
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
    const Fields a = fieldsOf(fromBlock, was), b = fieldsOf(block, now);
    auto i = a.begin();
    auto j = b.begin();
    // Both maps in key order: a merge walk.
    while (i != a.end() || j != b.end()) {
        if (j == b.end() || (i != a.end() && i->first < j->first)) {
            out.push_back({CanvasChange::Kind::Changed, now.id, block, displayName(now), i->first, i->second, {}});
            ++i;
        } else if (i == a.end() || j->first < i->first) {
            out.push_back({CanvasChange::Kind::Changed, now.id, block, displayName(now), j->first, {}, j->second});
            ++j;
        } else {
            if (i->second != j->second)
                out.push_back(
                    {CanvasChange::Kind::Changed, now.id, block, displayName(now), i->first, i->second, j->second});
            ++i;
            ++j;
        }
    }
}

}  // namespace

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
