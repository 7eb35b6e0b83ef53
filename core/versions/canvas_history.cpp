// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/versions/canvas_history.h"

#include "core/formats/json_format.h"
#include "core/model/canvas_validation.h"
#include "core/versions/canvas_diff.h"

#include <boost/json.hpp>
#include <zlib.h>

#include <algorithm>
#include <set>
#include <unordered_map>

namespace mizan {

namespace json = boost::json;

namespace {

Error unreadable(std::int64_t id, const std::string& why)
{
    return Error{ErrorCode::InvalidContent, "Version cannot be read",
                 "Version " + std::to_string(id) + " of this canvas's history cannot be read: " + why + ".", {}};
}

// The canvas without its notes: its own fields, calendar and dismissed
// suggestions, with an empty stand-in for each note these name (so that the
// JSON reader finds what they refer to).
Canvas headOf(const Canvas& c)
{
    Canvas head;
    head.info = c.info;
    head.calendar = c.calendar;
    head.dismissedSuggestions = c.dismissedSuggestions;
    const auto standIn = [&](const NoteId& id) {
        if (const auto loc = c.locate(id); loc && !head.contains(id))
            head.insertNote(loc->block, Note{.id = id});
    };
    for (const CalendarAction& a : c.calendar)
        standIn(a.segment);
    for (const std::string& key : c.dismissedSuggestions)
        standIn(key.substr(0, key.find('|')));
    return head;
}

// What `now` holds that `before` does not: notes changed or added, and the
// order of every block whose ids differ.
std::string deltaText(const Canvas& before, const Canvas& now)
{
    std::vector<BlockNote> notes;
    json::object order;
    for (BlockId b : allValues<BlockId>()) {
        const auto& was = before.notes(b);
        const auto& is = now.notes(b);
        bool sameOrder = was.size() == is.size();
        for (std::size_t i = 0; i < is.size(); ++i) {
            if (sameOrder && was[i].id != is[i].id)
                sameOrder = false;
            const Note* old = before.find(is[i].id);
            if (!old || !(*old == is[i]))
                notes.push_back({b, is[i]});
        }
        if (!sameOrder) {
            json::array ids;
            for (const Note& n : is)
                ids.emplace_back(n.id);
            order[toKey(b)] = std::move(ids);
        }
    }
    json::object root;
    root["head"] = toJson(headOf(now));
    root["notes"] = notesToJson(notes);
    root["order"] = std::move(order);
    return json::serialize(root);
}

Result<Canvas> applyDelta(const Canvas& base, std::string_view text)
{
    json::error_code ec;
    const json::value root = json::parse(text, ec);
    const json::object* o = ec ? nullptr : root.if_object();
    if (!o || !o->contains("head") || !o->at("head").is_string() || !o->contains("notes")
        || !o->at("notes").is_string() || !o->contains("order") || !o->at("order").is_object())
        return Error{ErrorCode::InvalidContent, "", "its record of differences is malformed", {}};
    auto head = fromJson(std::string_view(o->at("head").as_string()));
    if (!head)
        return head.error();
    auto notes = notesFromJson(std::string_view(o->at("notes").as_string()));
    if (!notes)
        return notes.error();
    std::unordered_map<NoteId, const Note*> changed;
    for (const auto& bn : notes.value())
        changed[bn.note.id] = &bn.note;
    const json::object& order = o->at("order").as_object();
    Canvas out;
    out.info = std::move(head.value().info);
    out.calendar = std::move(head.value().calendar);
    out.dismissedSuggestions = std::move(head.value().dismissedSuggestions);
    for (BlockId b : allValues<BlockId>()) {
        std::vector<NoteId> ids;
        if (const auto* listed = order.if_contains(toKey(b))) {
            if (!listed->is_array())
                return Error{ErrorCode::InvalidContent, "", "a block's order is malformed", {}};
            for (const auto& v : listed->as_array()) {
                if (!v.is_string())
                    return Error{ErrorCode::InvalidContent, "", "a block's order is malformed", {}};
                ids.emplace_back(v.as_string());
            }
        } else {
            for (const Note& n : base.notes(b))
                ids.push_back(n.id);
        }
        out.reserve(b, ids.size());
        for (const NoteId& id : ids) {
            const auto c = changed.find(id);
            const Note* n = c != changed.end() ? c->second : base.find(id);
            if (!n || !out.insertNote(b, *n))
                return Error{ErrorCode::InvalidContent, "", "note " + id + " is missing or repeated", {}};
            if (!(adaptedToBlock(*n, b) == *n))
                return Error{ErrorCode::InvalidContent, "", "note " + id + " has parts its block cannot hold", {}};
        }
    }
    if (auto broken = firstBrokenReference(out))
        return Error{ErrorCode::InvalidContent, "", broken->message, {}};
    if (auto broken = firstBrokenCalendarReference(out))
        return Error{ErrorCode::InvalidContent, "", *broken, {}};
    if (auto bad = firstInvalidValue(out))
        return Error{ErrorCode::InvalidContent, "", *bad, {}};
    return out;
}

void countChanges(const Canvas& before, const Canvas& now, Version& v)
{
    std::set<NoteId> changedNotes;
    bool canvasChanged = false;
    for (const CanvasChange& c : diffCanvases(before, now)) {
        switch (c.kind) {
        case CanvasChange::Kind::Added: ++v.added; break;
        case CanvasChange::Kind::Removed: ++v.removed; break;
        case CanvasChange::Kind::Moved: ++v.moved; break;
        case CanvasChange::Kind::Changed: changedNotes.insert(c.note); break;
        case CanvasChange::Kind::Canvas:
        case CanvasChange::Kind::Calendar: canvasChanged = true; break;
        }
    }
    v.changed = static_cast<int>(changedNotes.size()) + (canvasChanged ? 1 : 0);
}

}  // namespace

std::string compressText(std::string_view text)
{
    uLongf size = compressBound(text.size());
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(text.data()),
                  text.size(), 6)
        != Z_OK)
        return {};
    out.resize(size);
    return out;
}

std::optional<std::string> expandText(std::string_view data, std::int64_t size)
{
    // zlib shrinks by at most about 1,032 to 1: a size beyond that (or
    // beyond any canvas) is a damaged record, not an allocation to make.
    if (size < 0 || size > kMaxPayloadBytes || size > std::int64_t(data.size()) * 1032 + 64)
        return std::nullopt;
    std::string out(static_cast<std::size_t>(size), '\0');
    uLongf length = static_cast<uLongf>(size);
    if (uncompress(reinterpret_cast<Bytef*>(out.data()), &length, reinterpret_cast<const Bytef*>(data.data()),
                   data.size())
            != Z_OK
        || length != static_cast<uLongf>(size))
        return std::nullopt;
    return out;
}

const Version* CanvasHistory::find(std::int64_t id) const
{
    for (const auto& v : versions_)
        if (v.id == id)
            return &v;
    return nullptr;
}

Result<Canvas> CanvasHistory::canvasOf(std::int64_t id) const
{
    if (newest_ && newest_->first == id)
        return newest_->second;
    // The chain back to a whole copy.
    std::vector<const Version*> chain;
    for (const Version* v = find(id); v; v = v->base ? find(v->base) : nullptr) {
        if (chain.size() > versions_.size())
            return unreadable(id, "its differences go round in a circle");
        chain.push_back(v);
        if (!v->base)
            break;
    }
    if (chain.empty())
        return unreadable(id, "there is no such version");
    if (chain.back()->base)
        return unreadable(id, "the version it differs from is missing");
    Canvas canvas;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const Version& v = **it;
        auto text = expandText(v.payload, v.size);
        if (!text)
            return unreadable(v.id, "its data are damaged");
        auto next = v.base ? applyDelta(canvas, *text) : fromJson(*text);
        if (!next)
            return unreadable(v.id, next.error().text);
        canvas = std::move(next.value());
    }
    return canvas;
}

Result<Version> CanvasHistory::make(const Canvas& canvas, std::int64_t id, const Version* previous,
                                    const Canvas* before, bool whole) const
{
    Version v;
    v.id = id;
    v.noteCount = static_cast<std::int64_t>(canvas.noteCount());
    std::string text;
    if (previous) {
        Result<Canvas> rebuilt = Error{};
        if (!before && newest_ && newest_->first == previous->id)
            before = &newest_->second;
        if (!before) {
            rebuilt = canvasOf(previous->id);
            if (!rebuilt)
                return rebuilt.error();
            before = &rebuilt.value();
        }
        countChanges(*before, canvas, v);
        // A whole copy every kFullCopyEvery versions bounds the rebuilding.
        int depth = 0;
        for (const Version* p = previous; p && p->base; p = find(p->base))
            ++depth;
        if (!whole && depth + 1 < kFullCopyEvery) {
            v.base = previous->id;
            text = deltaText(*before, canvas);
        }
    }
    if (!v.base)
        text = toJson(canvas);
    v.size = static_cast<std::int64_t>(text.size());
    v.payload = compressText(text);
    if (v.payload.empty())
        return Error{ErrorCode::WriteFailed, "Could not record the version", "Compressing it failed.", {}};
    return v;
}

Result<Version> CanvasHistory::add(const Canvas& canvas, const std::string& name, std::int64_t now)
{
    const Version* previous = versions_.empty() ? nullptr : &versions_.back();
    auto v = make(canvas, previous ? previous->id + 1 : 1, previous);
    if (!v)
        return v;
    v.value().name = name;
    v.value().created = now;
    versions_.push_back(v.value());
    newest_.emplace(v.value().id, canvas);
    return v;
}

Status CanvasHistory::rename(std::int64_t id, const std::string& name)
{
    for (Version& v : versions_)
        if (v.id == id) {
            v.name = name;
            return success();
        }
    return unreadable(id, "there is no such version");
}

Result<std::vector<Version>> CanvasHistory::remove(std::int64_t id)
{
    const auto at = std::find_if(versions_.begin(), versions_.end(), [&](const Version& v) { return v.id == id; });
    if (at == versions_.end())
        return unreadable(id, "there is no such version");
    const std::size_t index = static_cast<std::size_t>(at - versions_.begin());
    const Version* before = index > 0 ? &versions_[index - 1] : nullptr;
    // Only the next version changes (the others' records of differences are
    // from canvases still held): it then differs from the version before
    // this one (its chain no longer than it was), or is a whole copy when
    // it was one or this one was (so no chain grows past kFullCopyEvery).
    // Any other version recorded as differences from this one (from a file
    // written elsewhere) becomes a whole copy.
    std::vector<Version> redone;
    std::optional<Canvas> beforeCanvas;
    for (std::size_t i = 0; i < versions_.size(); ++i) {
        const Version& v = versions_[i];
        // The next one's summary of what changed is told again, too.
        if (v.base != id && i != index + 1)
            continue;
        auto canvas = canvasOf(v.id);
        if (!canvas)
            return canvas.error();
        const bool follows = i == index + 1 && before;
        if (follows && !beforeCanvas) {
            auto held = canvasOf(before->id);
            if (!held)
                return held.error();
            beforeCanvas = std::move(held.value());
        }
        auto again = make(canvas.value(), v.id, follows ? before : nullptr, follows ? &*beforeCanvas : nullptr,
                          /*whole=*/!at->base || !follows || !v.base);
        if (!again)
            return again.error();
        again.value().name = v.name;
        again.value().created = v.created;
        redone.push_back(std::move(again.value()));
    }
    for (const Version& v : redone)
        *std::find_if(versions_.begin(), versions_.end(), [&](const Version& w) { return w.id == v.id; }) = v;
    versions_.erase(versions_.begin() + static_cast<std::ptrdiff_t>(index));
    newest_.reset();
    return redone;
}

bool CanvasHistory::newestHolds(const Canvas& canvas) const
{
    if (versions_.empty())
        return false;
    const std::int64_t id = versions_.back().id;
    if (!newest_ || newest_->first != id) {
        auto held = canvasOf(id);
        if (!held)
            return false;
        newest_.emplace(id, std::move(held.value()));
    }
    // The times change on every save: they do not make a new version.
    Canvas& newest = newest_->second;
    const std::int64_t modified = newest.info.modified;
    newest.info.modified = canvas.info.modified;
    const bool same = newest == canvas;
    newest.info.modified = modified;
    return same;
}

Result<std::optional<Version>> CanvasHistory::recordDay(const Canvas& previous, std::int64_t dayStart)
{
    if (previous.info.modified >= dayStart || newestHolds(previous))
        return std::optional<Version>();
    auto v = add(previous, {}, previous.info.modified);
    if (!v)
        return v.error();
    return std::optional<Version>(v.value());
}

CanvasHistory combinedHistory(const CanvasHistory& ours, const CanvasHistory& theirs)
{
    CanvasHistory out = ours;
    for (const Version& v : theirs.versions()) {
        const bool known = std::any_of(ours.versions().begin(), ours.versions().end(),
                                       [&](const Version& o) { return o.created == v.created && o.name == v.name; });
        if (known)
            continue;
        if (auto canvas = theirs.canvasOf(v.id))
            out.add(canvas.value(), v.name, v.created);
    }
    return out;
}

}  // namespace mizan
