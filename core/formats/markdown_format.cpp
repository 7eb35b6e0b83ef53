// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/markdown_format.h"

#include "core/formats/block_names.h"
#include "core/formats/import_draft.h"
#include "core/formats/markdown_lines.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace mizan {

using namespace markdown;

namespace {

// A description line toMarkdown escaped: "\## x" reads back as "## x".
std::string unescapedDescriptionLine(std::string_view line)
{
    if (line.starts_with('\\')) {
        const std::string_view rest = line.substr(1);
        if (atxHeading(rest) || fenceOpening(rest) || isThematicBreak(rest) || rest.starts_with('\\'))
            return std::string(rest);
    }
    return std::string(line);
}


constexpr ImportFormat kMarkdown{"markdown", "import.format.markdown"};
constexpr int kLineHeading = 7;     // a line that is only a block's name, below every real heading

enum class Where { Preamble, Block, Elsewhere };

struct Section {
    Where where = Where::Preamble;
    BlockId block = BlockId::CustomerSegments;
    int level = 0;
    std::string name;
    bool keyed = false;          // its heading had a {key}: a [placeholder] may follow
    bool linePerNote = false;    // a plain-text canvas: a line per note
    bool labels = false;         // opened by "- **Key partners:**": further labels open blocks
    bool fresh = true;           // nothing read under it yet
};

class MarkdownReader {
public:
    CanvasDraft draft;
    bool anyBlock = false;
    std::vector<std::string> otherHeadings;

    void read(std::string_view text);

private:
    Section sec_;
    std::string subTag_;                       // a sub-heading inside a section
    std::optional<std::pair<std::string, std::size_t>> pendingSub_;  // until a note comes under it
    std::vector<std::string> para_;
    std::size_t paraLine_ = 0;
    std::optional<std::size_t> bullet_;        // the note the open bullet writes to
    std::size_t bulletColumn_ = 0, pendingBlank_ = 0, dedent_ = 0;
    std::optional<std::string> fence_;
    bool titleFromHeading_ = false;
    std::size_t lineHeadingAt_ = 0;            // the last line that was a block's name on its own
    std::vector<std::string> description_;

    void line(std::string_view raw, std::size_t n);
    bool continueBullet(std::string_view line);
    bool structural(std::string_view line, std::size_t n);
    void heading(const Heading& h, std::size_t n, bool plainLine);
    bool label(std::string_view text, std::size_t n, std::optional<std::size_t> contentColumn);
    void openBullet(std::string_view content, std::size_t column, std::size_t n);
    void addNote(std::string text, std::size_t n);
    void flushParagraph();
    void closeSub();
    std::size_t frontMatter(const std::vector<std::string_view>& lines);
};

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view l = text.substr(start, end - start);
        if (l.ends_with('\r'))
            l.remove_suffix(1);
        lines.push_back(l);
        start = end + 1;
    }
    return lines;
}

void MarkdownReader::read(std::string_view text)
{
    const auto lines = splitLines(text);
    for (std::size_t i = frontMatter(lines); i < lines.size(); ++i)
        line(lines[i], i + 1);
    if (bullet_)
        bullet_.reset();
    flushParagraph();
    closeSub();
    std::string description;
    for (const auto& l : description_)
        description += unescapedDescriptionLine(l) + "\n";
    draft.description = trimmed(description);
}

// YAML front matter (Obsidian, static site generators): only its title is read.
std::size_t MarkdownReader::frontMatter(const std::vector<std::string_view>& lines)
{
    if (lines.empty() || trimView(lines[0]) != "---")
        return 0;
    std::string title;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const std::string_view l = trimView(lines[i]);
        if (l == "---" || l == "...") {
            draft.title = std::move(title);
            return i + 1;
        }
        if (!l.starts_with("title:"))
            continue;
        std::string_view t = trimView(l.substr(6));
        const bool quoted = t.size() >= 2 && (t.front() == '"' || t.front() == '\'') && t.back() == t.front();
        title = quoted ? std::string() : std::string(t);
        for (std::size_t k = 1; quoted && k + 1 < t.size(); ++k) {
            if (t.front() == '"' && t[k] == '\\' && k + 2 < t.size())
                ++k;      // \" and \\ in double quotes
            title += t[k];
        }
    }
    return 0;    // never closed: not front matter
}

void MarkdownReader::line(std::string_view raw, std::size_t n)
{
    std::string_view l = raw;
    if (dedent_ && !isBlank(l)) {
        if (indentOf(l) >= dedent_)
            l = dedented(l, dedent_);
        else
            dedent_ = 0;
    }
    if (fence_) {
        const bool closing = trimView(l).starts_with(*fence_)
                             && trimView(l).find_first_not_of((*fence_)[0]) == std::string_view::npos;
        if (sec_.where == Where::Preamble) {
            description_.emplace_back(l);
            if (closing)
                fence_.reset();
            return;
        }
        para_.emplace_back(l);
        if (closing)
            flushParagraph();
        return;
    }
    if (bullet_ && continueBullet(l))
        return;
    bullet_.reset();
    pendingBlank_ = 0;
    if (isBlank(l)) {
        flushParagraph();
        if (sec_.where == Where::Preamble)
            description_.emplace_back();
        return;
    }
    if (l.find("aside>") != std::string_view::npos && nameKey(withoutAside(l)).empty()) {
        flushParagraph();      // a callout's tags, with at most an emoji: no text
        return;
    }
    if (structural(l, n))
        return;
    const std::string_view text = withoutAside(l);
    if ((sec_.where == Where::Preamble || sec_.labels) && label(text, n, std::nullopt))
        return;
    if (sec_.where == Where::Preamble) {
        description_.emplace_back(trimView(raw));
        return;
    }
    if (para_.empty())
        paraLine_ = n;
    para_.emplace_back(text);
}

// Lines under an open bullet: indented ones, blank ones between them, and
// unindented ones right after it (Markdown's lazy continuation).
bool MarkdownReader::continueBullet(std::string_view l)
{
    if (isBlank(l)) {
        ++pendingBlank_;
        return true;
    }
    const bool indented = indentOf(l) >= 1;
    if (!indented && (pendingBlank_ > 0 || atxHeading(l) || bulletAt(l) || fenceOpening(l) || isThematicBreak(l)
                      || boldOnly(l) || blockFromExactName(l)))
        return false;
    std::string& text = draft.notes[*bullet_].text;
    text.append(pendingBlank_, '\n');
    pendingBlank_ = 0;
    text += '\n';
    text += indented ? dedented(l, bulletColumn_) : l;
    return true;
}

// Headings, breaks, fences and bullets; false for a line of text.
bool MarkdownReader::structural(std::string_view l, std::size_t n)
{
    if (const auto h = atxHeading(l)) {
        heading(*h, n, false);
        return true;
    }
    if (isSetextUnderline(l) && lineHeadingAt_ + 1 == n && sec_.where == Where::Block && sec_.fresh) {
        // "Key partners" read as a heading on its own, underlined: a real heading.
        sec_.level = trimView(l)[0] == '=' ? 1 : 2;
        sec_.linePerNote = false;
        return true;
    }
    if (isSetextUnderline(l)) {
        // The text line just before, alone in its paragraph, is a heading.
        auto& lines = sec_.where == Where::Preamble ? description_ : para_;
        const bool alone = sec_.where == Where::Preamble
                               ? !lines.empty() && !lines.back().empty() && (lines.size() == 1 || lines[lines.size() - 2].empty())
                               : lines.size() == 1;
        // "---" under a line is also how people separate notes: it makes a
        // heading only of a block's name.
        if (alone && (trimView(l)[0] == '=' || blockFromName(lines.back()))) {
            Heading h{trimView(l)[0] == '=' ? 1 : 2, trimmed(lines.back()), false};
            lines.pop_back();
            heading(h, n - 1, false);
            return true;
        }
    }
    if (isThematicBreak(l)) {
        flushParagraph();
        return true;
    }
    if (auto f = fenceOpening(l)) {
        flushParagraph();
        if (sec_.where == Where::Preamble)
            description_.emplace_back(l);
        else
            para_.emplace_back(l);
        paraLine_ = n;
        fence_ = std::move(f);
        return true;
    }
    if (const auto b = bulletAt(l)) {
        flushParagraph();
        if ((sec_.where == Where::Preamble || sec_.labels) && label(b->content, n, b->contentColumn))
            return true;
        if (sec_.where == Where::Preamble) {
            description_.emplace_back(trimView(l));
            return true;
        }
        openBullet(b->content, b->contentColumn, n);
        return true;
    }
    const std::string_view text = withoutAside(l);
    if (const auto bold = boldOnly(text); bold && blockFromExactName(*bold)) {
        heading({kLineHeading, std::string(*bold), false}, n, false);
        lineHeadingAt_ = n;
        return true;
    }
    if (indentOf(l) < 4 && blockFromExactName(text)) {
        heading({kLineHeading, std::string(text), false}, n, true);
        lineHeadingAt_ = n;
        return true;
    }
    return false;
}

void MarkdownReader::heading(const Heading& h, std::size_t n, bool plainLine)
{
    flushParagraph();
    bullet_.reset();
    closeSub();
    subTag_.clear();
    dedent_ = 0;
    if (const auto b = h.level == kLineHeading ? blockFromExactName(h.text) : blockFromName(h.text)) {
        sec_ = Section{Where::Block, *b, h.level, h.text, h.keyed, plainLine, false, true};
        draft.declareBlock(*b);
        anyBlock = true;
        return;
    }
    if (sec_.where != Where::Preamble && h.level > sec_.level) {
        subTag_ = h.text;
        pendingSub_ = std::make_pair(h.text, n);
        return;
    }
    if (h.level == 1 && !anyBlock && !titleFromHeading_ && sec_.where == Where::Preamble) {
        if (draft.title.empty())      // front matter's title comes first
            draft.title = h.text;
        titleFromHeading_ = true;
        return;
    }
    otherHeadings.push_back(h.text);
    sec_ = Section{Where::Elsewhere, BlockId::CustomerSegments, h.level, h.text, h.keyed, false, false, true};
}

// "- **Key partners:** Supplier A" and "Key partners: Supplier A" outside a
// block's section: a note in that block, and the lines indented under the
// label belong to that block.
bool MarkdownReader::label(std::string_view text, std::size_t n, std::optional<std::size_t> contentColumn)
{
    const auto found = labelled(text);
    if (!found)
        return false;
    if (!contentColumn && found->second.empty() && sec_.where != Where::Preamble)
        return false;     // a bare name as text is a heading, seen in structural()
    flushParagraph();
    closeSub();
    subTag_.clear();
    sec_ = Section{Where::Block, found->first, kLineHeading, std::string(text), false, false, true, true};
    draft.declareBlock(found->first);
    anyBlock = true;
    if (contentColumn)
        dedent_ = *contentColumn;
    if (!found->second.empty()) {
        if (contentColumn)
            openBullet(found->second, *contentColumn, n);
        else
            addNote(std::string(found->second), n);
    }
    return true;
}

void MarkdownReader::openBullet(std::string_view content, std::size_t column, std::size_t n)
{
    addNote(std::string(trimView(content)), n);
    bullet_ = draft.notes.size() - 1;
    bulletColumn_ = column;
    pendingBlank_ = 0;
}

void MarkdownReader::addNote(std::string text, std::size_t n)
{
    DraftNote note;
    note.text = std::move(text);
    note.where = lineWhere(n);
    if (sec_.where == Where::Block)
        note.block = sec_.block;
    else
        note.section = sec_.name;
    if (!subTag_.empty())
        note.tags.push_back(subTag_);
    draft.notes.push_back(std::move(note));
    pendingSub_.reset();
    sec_.fresh = false;
}

void MarkdownReader::flushParagraph()
{
    if (para_.empty())
        return;
    std::vector<std::string> lines = std::move(para_);
    para_.clear();
    fence_.reset();
    // The generator writes "[placeholder]" under each heading, with a stray "}"
    // after it when the section has content.
    const std::string first = lines.empty() ? std::string() : std::string(trimView(lines[0]));
    if (sec_.keyed && sec_.fresh && first.size() > 2 && first.front() == '['
        && (first.ends_with(']') || first.ends_with("]}"))) {
        lines.erase(lines.begin());
        draft.report.push_back({"import.markdown.placeholder",
                                {numberArg("line", paraLine_), quotedArg("excerpt", {excerpt(first)}),
                                 quotedArg("section", {sec_.name})}});
        sec_.fresh = false;
        ++paraLine_;
        if (lines.empty())
            return;
    }
    if (sec_.linePerNote) {
        for (std::size_t i = 0; i < lines.size(); ++i)
            addNote(trimmed(lines[i]), paraLine_ + i);
        return;
    }
    std::string text;
    for (const auto& l : lines)
        text += (text.empty() ? "" : "\n") + l;
    addNote(std::move(text), paraLine_);
}

// A sub-heading with nothing under it is a note itself.
void MarkdownReader::closeSub()
{
    if (!pendingSub_)
        return;
    auto [text, n] = std::move(*pendingSub_);
    pendingSub_.reset();
    subTag_.clear();
    addNote(std::move(text), n);
}

}  // namespace

Result<ImportedCanvas> importMarkdown(std::string_view text, std::string_view fileName)
{
    MarkdownReader reader;
    reader.read(stripUtf8Bom(text));
    if (!reader.anyBlock) {
        const auto& headings = reader.otherHeadings;
        if (headings.empty())
            return importError(ErrorCode::NotACanvas, {"import.error.markdown", {}});
        // The first three, which say what the file is about.
        return importError(ErrorCode::NotACanvas,
                           {headings.size() > 3 ? "import.error.markdown.more_headings" : "import.error.markdown.headings",
                            {quotedArg("headings", {headings.begin(), headings.begin() + std::min<std::size_t>(3, headings.size())})}});
    }
    return finishImport(std::move(reader.draft), kMarkdown, fileName);
}

bool hasMarkdownBlocks(std::string_view text)
{
    MarkdownReader reader;
    reader.read(stripUtf8Bom(text));
    return reader.anyBlock;
}

namespace {

bool onlyDashes(std::string_view line)
{
    return line.find_first_not_of("- \t") == std::string_view::npos;
}

}  // namespace

std::string toMarkdown(const Canvas& canvas)
{
    std::string out;
    std::string title = canvas.info.title;
    for (char& c : title)
        if (c == '\n' || c == '\r')
            c = ' ';
    title = trimmed(title);
    if (!title.empty() && blockFromName(title)) {
        // "# Channels" would open the block: the title goes in front matter.
        std::string quoted;
        for (char c : title)
            quoted += c == '"' ? std::string("\\\"") : std::string(1, c);
        out += "---\ntitle: \"" + quoted + "\"\n---\n\n";
    } else if (!title.empty()) {
        out += "# " + title + "\n\n";
    }
    if (!trimmed(canvas.info.description).empty()) {
        // A line that would read as a heading, a fence or a rule is escaped,
        // or it would take the blocks after it (the reader unescapes it).
        const std::string description = trimmed(canvas.info.description);
        for (std::size_t start = 0; start <= description.size();) {
            const auto end = std::min(description.find('\n', start), description.size());
            const std::string_view line = std::string_view(description).substr(start, end - start);
            if (atxHeading(line) || fenceOpening(line) || isThematicBreak(line) || line.starts_with('\\'))
                out += '\\';
            out += line;
            out += '\n';
            start = end + 1;
        }
        out += '\n';
    }
    for (BlockId b : allValues<BlockId>()) {
        out += "## " + std::string(blockTitle(b, canvas.info.language)) + "\n\n";
        for (const Note& n : canvas.notes(b)) {
            std::size_t start = 0;
            bool firstLine = true;
            while (start <= n.text.size()) {
                std::size_t end = n.text.find('\n', start);
                if (end == std::string::npos)
                    end = n.text.size();
                const std::string_view line = std::string_view(n.text).substr(start, end - start);
                if (firstLine)
                    out += line.empty() ? "-" : onlyDashes(line) ? "* " : "- ";   // "- ---" would be a rule
                else if (!line.empty())
                    out += "  ";
                out += line;
                out += '\n';
                firstLine = false;
                start = end + 1;
            }
        }
        if (!canvas.notes(b).empty())
            out += '\n';
    }
    while (out.ends_with("\n\n"))
        out.pop_back();
    return out;
}

}  // namespace mizan
