// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/import_draft.h"

#include "core/model/timestamp.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

namespace mizan {

namespace {

// The code point starting at text[i] (text is valid UTF-8), and its length.
std::pair<char32_t, std::size_t> codePointAt(std::string_view text, std::size_t i)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    const unsigned char c = b(0);
    if (c < 0x80 || i + 1 >= text.size())
        return {c, 1};
    if (c < 0xE0)
        return {((c & 0x1Fu) << 6) | (b(1) & 0x3Fu), 2};
    if (c < 0xF0 && i + 2 < text.size())
        return {((c & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu), 3};
    if (i + 3 < text.size())
        return {((c & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu), 4};
    return {0xFFFD, 1};
}

struct ScriptCount {
    std::size_t arabic = 0, hebrew = 0, latin = 0, french = 0, otherAccents = 0;

    void add(std::string_view text)
    {
        static constexpr std::u32string_view kFrench = U"àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ";
        for (std::size_t i = 0; i < text.size();) {
            const auto [c, n] = codePointAt(text, i);
            i += n;
            if ((c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || (c >= 0x0750 && c <= 0x077F)
                || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
                ++arabic;
            else if ((c >= 0x05D0 && c <= 0x05EA) || (c >= 0xFB1D && c <= 0xFB4F))
                ++hebrew;
            else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                ++latin;
            else if (c >= 0x00C0 && c <= 0x024F && c != 0xD7 && c != 0xF7) {
                ++latin;
                ++(kFrench.find(c) != std::u32string_view::npos ? french : otherAccents);
            }
        }
    }
};

std::string fileStem(std::string_view fileName)
{
    if (const auto slash = fileName.find_last_of("/\\"); slash != std::string_view::npos)
        fileName.remove_prefix(slash + 1);
    if (const auto dot = fileName.rfind('.'); dot != std::string_view::npos && dot > 0)
        fileName = fileName.substr(0, dot);
    return std::string(fileName);
}

std::optional<BlockId> closestBlock(const CanvasDraft& draft, std::size_t i)
{
    const DraftNote& n = draft.notes[i];
    if (n.near)
        return n.near;
    // Anchors are in file order: the last one at or before the note, else the first after it.
    const auto next = std::upper_bound(draft.anchors.begin(), draft.anchors.end(), i,
                                       [](std::size_t index, const auto& anchor) { return index < anchor.first; });
    if (next != draft.anchors.begin())
        return std::prev(next)->second;
    if (next != draft.anchors.end())
        return next->second;
    for (std::size_t k = i; k-- > 0;)
        if (draft.notes[k].block)
            return draft.notes[k].block;
    for (std::size_t k = i + 1; k < draft.notes.size(); ++k)
        if (draft.notes[k].block)
            return draft.notes[k].block;
    return std::nullopt;
}

void addTag(std::vector<std::string>& tags, std::string tag)
{
    tag = trimmed(tag);
    if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) == tags.end())
        tags.push_back(std::move(tag));
}

// Puts every note without a block in its closest block; the report's lines.
Result<std::vector<Message>> placeNotes(CanvasDraft& draft)
{
    std::vector<Message> lines;
    std::vector<std::optional<BlockId>> chosen(draft.notes.size());
    for (std::size_t i = 0; i < draft.notes.size(); ++i)
        if (!draft.notes[i].block)
            chosen[i] = closestBlock(draft, i);
    for (std::size_t i = 0; i < draft.notes.size(); ++i) {
        DraftNote& n = draft.notes[i];
        if (n.block)
            continue;
        if (!chosen[i])
            return importError(ErrorCode::InvalidContent, countMessage("import.error.no_block", draft.notes.size()));
        n.block = chosen[i];
        addTag(n.tags, "unplaced");
        addTag(n.tags, n.section);
        Message line{n.section.empty() ? "import.unplaced" : "import.unplaced.section",
                     {phraseArg("where", n.where.id), quotedArg("excerpt", {excerpt(n.text)}), blockArg("block", *n.block),
                      quotedArg("tag", {"unplaced"})}};
        if (!n.section.empty())
            line.args.push_back(quotedArg("section", {n.section}));
        // The arguments of where ("line 12") are the line's own.
        line.args.insert(line.args.end(), n.where.args.begin(), n.where.args.end());
        lines.push_back(std::move(line));
    }
    return lines;
}

}  // namespace

std::string lineLabel(std::size_t line)
{
    return "line " + std::to_string(line);
}

Message lineWhere(std::size_t line)
{
    return {"import.where.line", {numberArg("line", line)}};
}

std::size_t lineAt(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::string excerpt(std::string_view text, std::size_t max)
{
    std::string_view first = text.substr(0, text.find('\n'));
    std::string out(first);
    if (out.size() > max) {
        std::size_t cut = max;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
            --cut;
        out = out.substr(0, cut) + "...";
    } else if (first.size() < text.size()) {
        out += "...";
    }
    return out;
}

Message importSummary(std::size_t notes, std::size_t blocks, std::string_view formatId)
{
    const char* id = notes == 1 && blocks == 1 ? "import.summary.one"
                     : blocks == 1             ? "import.summary.one_block"
                                               : "import.summary.many";
    return {id, {numberArg("notes", notes), numberArg("blocks", blocks), phraseArg("format", std::string(formatId))}};
}

std::string_view stripUtf8Bom(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    return text;
}

std::string trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return std::string(text);
}

std::string guessLanguage(const Canvas& canvas)
{
    ScriptCount count;
    count.add(canvas.info.title);
    count.add(canvas.info.description);
    for (BlockId b : allValues<BlockId>())
        for (const Note& n : canvas.notes(b))
            count.add(n.text);
    const std::size_t rtl = count.arabic + count.hebrew;
    if (rtl > 0 && rtl * 3 >= rtl + count.latin)
        return count.arabic >= count.hebrew ? "ar" : "he";
    if (count.french * 100 >= count.latin && count.french > 2 * count.otherAccents && count.french > 0)
        return "fr";
    return "en";
}

Result<ImportedCanvas> finishImport(CanvasDraft draft, ImportFormat format, std::string_view fileName)
{
    auto placed = placeNotes(draft);
    if (!placed)
        return placed.error();

    ImportedCanvas out;
    out.format = std::string(format.key);
    Canvas& canvas = out.canvas;
    std::vector<NoteId> ids;
    std::unordered_set<NoteId> used;
    while (ids.size() < draft.notes.size()) {
        NoteId id = canvas.newNoteId();
        if (used.insert(id).second)
            ids.push_back(std::move(id));
    }
    std::unordered_set<int> blocksUsed;
    for (std::size_t i = 0; i < draft.notes.size(); ++i) {
        DraftNote& d = draft.notes[i];
        Note note;
        note.id = ids[i];
        note.text = std::move(d.text);
        for (auto& tag : d.tags)
            addTag(note.tags, std::move(tag));
        for (std::size_t target : d.links)
            if (target < ids.size() && target != i
                && std::find(note.links.begin(), note.links.end(), ids[target]) == note.links.end())
                note.links.push_back(ids[target]);
        blocksUsed.insert(static_cast<int>(*d.block));
        canvas.insertNote(*d.block, std::move(note));
    }

    std::string title = trimmed(draft.title.substr(0, draft.title.find('\n')));
    const bool titleFromName = title.empty();
    canvas.info.title = titleFromName ? fileStem(fileName) : title;
    canvas.info.description = trimmed(draft.description);
    canvas.info.language = guessLanguage(canvas);
    canvas.info.created = canvas.info.modified = nowMs();

    if (draft.notes.empty())
        out.report.push_back({"import.summary.empty", {phraseArg("format", std::string(format.name))}});
    else
        out.report.push_back(importSummary(draft.notes.size(), blocksUsed.size(), format.name));
    for (auto& line : draft.report)
        out.report.push_back(std::move(line));
    for (auto& line : placed.value())
        out.report.push_back(std::move(line));
    if (titleFromName && !canvas.info.title.empty())
        out.report.push_back({"import.title_from_file", {quotedArg("title", {canvas.info.title})}});
    out.report.push_back({"import.language", {quotedArg("language", {canvas.info.language})}});
    return out;
}

}  // namespace mizan
