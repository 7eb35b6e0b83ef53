// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/versions/canvas_merge.h"

#include "core/versions/canvas_diff.h"
#include "core/model/canvas_validation.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

namespace mizan {

namespace json = boost::json;

namespace {

struct Placed {
    BlockId block;
    std::size_t index;
    const Note* note;
};

std::optional<Placed> placed(const Canvas& c, const NoteId& id)
{
    const auto loc = c.locate(id);
    if (!loc)
        return std::nullopt;
    return Placed{loc->block, loc->index, &c.notes(loc->block)[loc->index]};
}

// The three-way rule for one value; a conflict keeps ours.
template <typename T>
T pick(const T& base, const T& ours, const T& theirs, bool* conflict)
{
    if (ours == theirs || theirs == base)
        return ours;
    if (ours == base)
        return theirs;
    *conflict = true;
    return ours;
}

class Merger {
public:
    Merger(const Canvas& base, const Canvas& ours, const Canvas& theirs) : base_(base), ours_(ours), theirs_(theirs) {}

    MergeResult run()
    {
        mergeInfo();
        for (BlockId b : allValues<BlockId>()) {
            for (const Note& n : ours_.notes(b))
                takeNote(n.id);
            for (const Note& n : theirs_.notes(b))
                if (!ours_.contains(n.id))
                    takeNote(n.id);
        }
        for (BlockId b : allValues<BlockId>())
            for (const Note& n : base_.notes(b))
                if (!ours_.contains(n.id) && !theirs_.contains(n.id))
                    gone_.insert(n.id);  // deleted both ways
        placeNotes();
        dropDanglingReferences();
        return std::move(result_);
    }

private:
    void conflict(const NoteId& id, const std::string& name, std::string field, std::string b, std::string o,
                  std::string t, std::string theirsJson = {})
    {
        result_.conflicts.push_back(
            {id, name, std::move(field), std::move(b), std::move(o), std::move(t), std::move(theirsJson)});
        conflicted_.insert(id);
    }

    void mergeInfo()
    {
        const CanvasInfo &b = base_.info, &o = ours_.info, &t = theirs_.info;
        CanvasInfo& out = result_.canvas.info;
        out = o;
        const auto field = [&](const char* name, const std::string& x, const std::string& y, const std::string& z,
                               std::string& into) {
            bool clash = false;
            into = pick(x, y, z, &clash);
            if (clash)
                conflict({}, {}, name, x, y, z, json::serialize(json::value(z)));
        };
        field("title", b.title, o.title, t.title, out.title);
        field("description", b.description, o.description, t.description, out.description);
        field("language", b.language, o.language, t.language, out.language);
        field("currency", b.currency, o.currency, t.currency, out.currency);
        out.created = b.created ? b.created : o.created;
        out.modified = std::max(o.modified, t.modified);
        bool clash = false;
        result_.canvas.calendar = pick(base_.calendar, ours_.calendar, theirs_.calendar, &clash);
        if (clash)
            conflict({}, {}, "calendar", std::to_string(base_.calendar.size()), std::to_string(ours_.calendar.size()),
                     std::to_string(theirs_.calendar.size()));
        result_.canvas.dismissedSuggestions = ours_.dismissedSuggestions;
        result_.canvas.dismissedSuggestions.insert(theirs_.dismissedSuggestions.begin(),
                                                   theirs_.dismissedSuggestions.end());
    }

    // Decides one note: kept (merged) or gone.
    void takeNote(const NoteId& id)
    {
        const auto b = placed(base_, id), o = placed(ours_, id), t = placed(theirs_, id);
        if (!b) {
            // New: on one side, or the same id made on both (then field by
            // field, as if from an empty note).
            if (o && t && !(*o->note == *t->note)) {
                if (o->block != t->block)
                    conflict(id, displayName(*o->note), "block", {}, toKey(o->block).data(), toKey(t->block).data(),
                             json::serialize(json::value(toKey(t->block))));
                keep(*o, mergedNote(id, o->block, Note{.id = id}, *o->note, *t->note));
                return;
            }
            keep(o ? *o : *t, o ? *o->note : *t->note);
            return;
        }
        if (!o || !t) {
            // Deleted on one side: gone if the other left it as it was, else
            // kept as edited, and said.
            const Placed& other = o ? *o : *t;
            if (*other.note == *b->note && other.block == b->block) {
                gone_.insert(id);
                return;
            }
            conflict(id, displayName(*other.note), "deleted", b->note->text, o ? o->note->text : std::string(),
                     t ? t->note->text : std::string());
            keep(other, *other.note);
            return;
        }
        bool moved = false;
        const BlockId block = pick(b->block, o->block, t->block, &moved);
        if (moved)
            conflict(id, displayName(*o->note), "block", toKey(b->block).data(), toKey(o->block).data(),
                     toKey(t->block).data(), json::serialize(json::value(toKey(t->block))));
        keep(block == o->block ? *o : *t, mergedNote(id, block, *b->note, *o->note, *t->note));
    }

    Note mergedNote(const NoteId& id, BlockId block, const Note& b, const Note& o, const Note& t)
    {
        if (o == t || t == b)
            return o;
        if (o == b)
            return t;
        const NoteFields fb = noteFields(b), fo = noteFields(o), ft = noteFields(t);
        std::set<std::string> paths;
        for (const auto* f : {&fb, &fo, &ft})
            for (const auto& kv : *f)
                paths.insert(kv.first);
        NoteFields out;
        const auto get = [](const NoteFields& f, const std::string& p) {
            const auto it = f.find(p);
            return it == f.end() ? std::optional<std::string>() : std::optional<std::string>(it->second);
        };
        for (const auto& p : paths) {
            bool clash = false;
            const auto v = pick(get(fb, p), get(fo, p), get(ft, p), &clash);
            if (clash)
                conflict(id, displayName(o), p, fieldText(get(fb, p).value_or("")), fieldText(get(fo, p).value_or("")),
                         fieldText(get(ft, p).value_or("")), get(ft, p).value_or(""));
            if (v)
                out[p] = *v;
        }
        auto merged = noteFromFields(block, out);
        if (!merged) {
            // Fields that do not make a note together: ours, whole.
            conflict(id, displayName(o), "note", b.text, o.text, t.text);
            return o;
        }
        return std::move(merged.value());
    }

    void keep(const Placed& where, Note note)
    {
        kept_.push_back({where.block, std::move(note)});
    }

    // Ours' order, each of theirs' new notes after the note before it in theirs.
    // The note without the reference at path: the key dropped (an optional
    // reference), else the list element holding it (a channel voice).
    static std::optional<Note> withoutReference(const Note& n, BlockId block, const std::string& path)
    {
        std::vector<std::string> parts;
        for (std::size_t start = 0;;) {
            const auto slash = path.find('/', start);
            parts.push_back(path.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
            if (slash == std::string::npos)
                break;
            start = slash + 1;
        }
        const auto isIndex = [](const std::string& p) {
            return !p.empty() && std::all_of(p.begin(), p.end(), [](unsigned char ch) { return std::isdigit(ch) != 0; });
        };
        // Try erasing at the reference itself, then at each list element above it.
        for (std::size_t depth = parts.size(); depth-- > 0;) {
            if (depth + 1 != parts.size() && !isIndex(parts[depth]))
                continue;
            json::value note = json::parse(noteJsonOf(noteFields(n)));
            json::value* holder = &note;
            for (std::size_t i = 0; holder && i < depth; ++i)
                holder = isIndex(parts[i]) && holder->is_array()
                    ? (std::stoul(parts[i]) < holder->as_array().size() ? &holder->as_array()[std::stoul(parts[i])] : nullptr)
                    : holder->is_object() ? holder->as_object().if_contains(parts[i]) : nullptr;
            if (!holder)
                continue;
            if (auto* arr = holder->if_array(); arr && isIndex(parts[depth]) && std::stoul(parts[depth]) < arr->size())
                arr->erase(arr->begin() + std::stol(parts[depth]));
            else if (auto* obj = holder->if_object())
                obj->erase(parts[depth]);
            else
                continue;
            NoteFields fields;
            for (const auto& kv : note.as_object())
                fields[std::string(kv.key())] = json::serialize(kv.value());
            if (auto fixed = noteFromFields(block, fields))
                return std::move(fixed.value());
        }
        return std::nullopt;
    }

    void placeNotes()
    {
        for (auto& k : kept_) {
            Note n = std::move(k.note);
            if (conflicted_.count(n.id) && std::find(n.tags.begin(), n.tags.end(), kConflictTag) == n.tags.end())
                n.tags.push_back(kConflictTag);
            std::optional<std::size_t> at;
            if (!ours_.contains(n.id))
                if (const auto t = theirs_.locate(n.id); t && t->index > 0) {
                    const NoteId& before = theirs_.notes(t->block)[t->index - 1].id;
                    if (const auto loc = result_.canvas.locate(before); loc && loc->block == k.block)
                        at = loc->index + 1;
                }
            result_.canvas.insertNote(k.block, adaptedToBlock(std::move(n), k.block), at);
        }
    }

    // References to notes gone, or to notes no longer of the block they
    // must be in, are dropped.
    void dropDanglingReferences()
    {
        Canvas& c = result_.canvas;
        for (const NoteId& id : gone_)
            c.removeReferencesTo(id);
        for (int guard = 0; guard < 100000; ++guard) {
            const auto problem = firstBrokenReference(c);
            if (!problem)
                break;
            const Note& n = c.notes(problem->block)[problem->index];
            auto fixed = withoutReference(n, problem->block, problem->field);
            if (!fixed)
                break;
            c.replaceNote(*fixed);
        }
    }

    struct Kept {
        BlockId block;
        Note note;
    };
    const Canvas &base_, &ours_, &theirs_;
    MergeResult result_;
    std::vector<Kept> kept_;
    std::set<NoteId> gone_;
    std::set<NoteId> conflicted_;
};

}  // namespace

MergeResult mergeCanvases(const Canvas& base, const Canvas& ours, const Canvas& theirs)
{
    return Merger(base, ours, theirs).run();
}

MergeResult mergeWithoutBase(const Canvas& ours, const Canvas& theirs)
{
    // An empty base: every note is new on its side, and the same note on
    // both merges field by field.
    Canvas base;
    base.info.created = ours.info.created;
    return Merger(base, ours, theirs).run();
}

Result<Note> withTheirs(const Note& note, BlockId block, const MergeConflict& conflict)
{
    NoteFields fields = noteFields(note);
    if (conflict.theirsJson.empty())
        fields.erase(conflict.field);
    else
        fields[conflict.field] = conflict.theirsJson;
    return noteFromFields(block, fields);
}

}  // namespace mizan
