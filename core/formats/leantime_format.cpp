// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/leantime_format.h"

#include "core/formats/html_text.h"
#include "core/formats/import_draft.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

namespace mizan {

namespace {

constexpr ImportFormat kLeantime{"leantime", "import.format.leantime"};
constexpr std::string_view kBoardKey = "obmcanvas";

// The boxes of Leantime's Business Model Canvas (app/Domain/Blueprints/
// Templates/definitions/obm.yaml, formerly the Obmcanvas repository).
constexpr std::pair<std::string_view, BlockId> kBoxes[] = {
    {"obm_kp", BlockId::KeyPartners},         {"obm_ka", BlockId::KeyActivities},
    {"obm_kr", BlockId::KeyResources},        {"obm_vp", BlockId::ValuePropositions},
    {"obm_cr", BlockId::CustomerRelationships}, {"obm_ch", BlockId::Channels},
    {"obm_cs", BlockId::CustomerSegments},    {"obm_fc", BlockId::CostStructure},
    {"obm_fr", BlockId::RevenueStreams},
};

// Leantime's default status labels (CanvasTemplate::DEFAULT_STATUS_LABELS).
constexpr std::pair<std::string_view, std::string_view> kStatuses[] = {
    {"status_draft", "Draft"}, {"status_review", "In review"}, {"status_valid", "Valid"},
    {"status_hold", "On hold"}, {"status_invalid", "Invalid"},
};

// The rich-text fields, in the order Leantime shows them, with its labels.
constexpr std::pair<std::string_view, std::string_view> kRichFields[] = {
    {"assumptions", "Assumptions"}, {"data", "Data"}, {"conclusion", "Conclusion"},
};

std::optional<BlockId> boxBlock(std::string_view key)
{
    for (const auto& [k, b] : kBoxes)
        if (k == key)
            return b;
    return std::nullopt;
}

struct Tag {
    std::string name;                 // as written
    bool closing = false;
    bool empty = false;               // <status key="" />
    std::string_view attributes;
    std::size_t start = 0;
};

struct CutShort {
    std::string element;
    std::size_t line;
};

// Walks the tags Leantime writes. Field contents are taken whole up to their
// closing tag, so whatever they hold (raw "<", "&", quotes, HTML) is never
// read as structure.
class Scanner {
public:
    explicit Scanner(std::string_view text) : text_(text) {}

    // Lines are counted on from the last offset asked for, so that a long
    // export is not counted from its start for every item.
    std::size_t line(std::size_t offset)
    {
        if (offset < countedTo_) {
            countedTo_ = 0;
            countedLines_ = 1;
        }
        offset = std::min(offset, text_.size());
        countedLines_ += static_cast<std::size_t>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(countedTo_),
                                                             text_.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
        countedTo_ = offset;
        return countedLines_;
    }
    std::size_t line() { return line(pos_); }

    // The next tag, after text, comments, declarations and processing
    // instructions; nullopt at the end of the text.
    std::optional<Tag> next()
    {
        for (;;) {
            pos_ = text_.find('<', pos_);
            if (pos_ == std::string_view::npos) {
                pos_ = text_.size();
                return std::nullopt;
            }
            const std::string_view rest = text_.substr(pos_);
            if (rest.starts_with("<!--"))
                skipPast("-->");
            else if (rest.starts_with("<?"))
                skipPast("?>");
            else if (rest.starts_with("<!"))
                skipPast(">");
            else if (auto tag = tagHere())
                return tag;
            else
                ++pos_;
        }
    }

    // The raw text of the field opened by tag, up to its closing tag.
    std::optional<std::string_view> content(const Tag& open)
    {
        const std::string close = "</" + open.name + ">";
        const std::size_t end = text_.find(close, pos_);
        if (end == std::string_view::npos)
            return std::nullopt;
        std::string_view raw = text_.substr(pos_, end - pos_);
        pos_ = end + close.size();
        if (raw.starts_with("<![CDATA[") && raw.ends_with("]]>"))
            raw = raw.substr(9, raw.size() - 12);
        return raw;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t countedTo_ = 0, countedLines_ = 1;

    void skipPast(std::string_view end)
    {
        const std::size_t at = text_.find(end, pos_ + 1);
        pos_ = at == std::string_view::npos ? text_.size() : at + end.size();
    }

    std::optional<Tag> tagHere()
    {
        Tag t;
        t.start = pos_;
        std::size_t i = pos_ + 1;
        if (i < text_.size() && text_[i] == '/') {
            t.closing = true;
            ++i;
        }
        const std::size_t nameStart = i;
        while (i < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[i])) || text_[i] == '_' || text_[i] == '-'))
            ++i;
        if (i == nameStart || i >= text_.size())
            return std::nullopt;
        t.name = std::string(text_.substr(nameStart, i - nameStart));
        const std::size_t end = tagEnd(i);
        if (end == std::string_view::npos)
            return std::nullopt;
        t.attributes = text_.substr(i, end - i);
        t.empty = !t.attributes.empty() && t.attributes.back() == '/';
        pos_ = end + 1;
        return t;
    }

    // Attribute values may hold a raw ">": a tag with attributes ends at the
    // first ">" followed by a line break, another tag or the end of the text,
    // as Leantime always writes it.
    std::size_t tagEnd(std::size_t i) const
    {
        if (text_[i] == '>')
            return i;
        for (std::size_t at = text_.find('>', i); at != std::string_view::npos; at = text_.find('>', at + 1)) {
            const std::size_t after = text_.find_first_not_of(" \t", at + 1);
            if (after == std::string_view::npos || text_[after] == '\n' || text_[after] == '\r' || text_[after] == '<')
                return at;
        }
        return text_.find('>', i);
    }
};

std::string attribute(std::string_view attributes, std::string_view name)
{
    const std::string key = std::string(name) + "=\"";
    std::size_t at = attributes.find(key);
    while (at != std::string_view::npos && at > 0 && !std::isspace(static_cast<unsigned char>(attributes[at - 1])))
        at = attributes.find(key, at + 1);
    if (at == std::string_view::npos)
        return {};
    const std::size_t start = at + key.size();
    const std::size_t end = attributes.find('"', start);
    return std::string(attributes.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
}

}  // namespace

namespace {

Error cutShort(std::string_view element, std::size_t line)
{
    return importError(ErrorCode::Corrupt,
                       {"import.error.leantime_cut_short",
                        {textArg("element", "<" + std::string(element) + ">"), numberArg("line", line)}},
                       {lineLabel(line)});
}

class LeantimeReader {
public:
    explicit LeantimeReader(std::string_view text) : scan_(text) {}

    CanvasDraft draft;
    std::string boardKey;

    std::optional<Error> read();

private:
    Scanner scan_;
    std::set<std::string> ignoredFields_;
    std::size_t emptyItems_ = 0;
    bool statusTags_ = false;

    std::optional<Error> readContent(std::size_t openLine);
    std::optional<Error> readElement(const Tag& open);
    std::optional<Error> readItem(std::string_view key, std::optional<BlockId> block, std::size_t openLine);
    std::optional<Error> skip(const Tag& open);
    void reportContent();
    void addItem(std::map<std::string, std::string>& fields, std::string_view key, std::optional<BlockId> block,
                 std::size_t line);
};

std::optional<Error> LeantimeReader::read()
{
    auto tag = scan_.next();
    if (!tag || tag->name != "canvas" || tag->closing)
        return importError(ErrorCode::ForeignFile,
                           {"import.error.not_leantime",
                            {textArg("element", "<canvas key=\"" + std::string(kBoardKey) + "\">"),
                             numberArg("line", scan_.line())}});
    const std::size_t canvasLine = scan_.line(tag->start);
    boardKey = attribute(tag->attributes, "key");
    if (boardKey.empty())
        draft.report.push_back({"import.leantime.no_key", {}});
    if (!boardKey.empty() && boardKey != kBoardKey)
        return importError(ErrorCode::ForeignFile,
                           {"import.error.leantime_board",
                            {quotedArg("board", {boardKey}), numberArg("line", canvasLine),
                             quotedArg("known", {std::string(kBoardKey)})}});
    while (auto t = scan_.next()) {
        if (t->closing && t->name == "canvas")
            return std::nullopt;
        if (t->closing || t->empty)
            continue;
        if (t->name == "title") {
            const auto raw = scan_.content(*t);
            if (!raw)
                return cutShort("title", scan_.line(t->start));
            draft.title = htmlToText(*raw);
        } else if (t->name == "content") {
            if (auto e = readContent(scan_.line(t->start)))
                return e;
        } else if (auto e = skip(*t)) {
            return e;
        }
    }
    return cutShort("canvas", canvasLine);
}

std::optional<Error> LeantimeReader::readContent(std::size_t openLine)
{
    while (auto t = scan_.next()) {
        if (t->closing && t->name == "content") {
            reportContent();
            return std::nullopt;
        }
        if (t->closing || t->empty)
            continue;
        if (t->name == "element") {
            if (auto e = readElement(*t))
                return e;
        } else if (auto e = skip(*t)) {
            return e;
        }
    }
    return cutShort("content", openLine);
}

// What the items had that their notes do not, once they are all read.
void LeantimeReader::reportContent()
{
    if (emptyItems_)
        draft.report.push_back(countMessage("import.leantime.empty_items", emptyItems_));
    if (statusTags_)
        draft.report.push_back({"import.leantime.statuses", {}});
    // Leantime's own fields by their names in the report, others by their elements'.
    MessageArg known{"fields", MessageArg::Kind::Phrase, {}};
    std::vector<std::string> others;
    for (const auto& f : ignoredFields_) {
        if (f == "authors" || f == "dates")
            known.values.push_back("import.leantime." + f);
        else
            others.push_back(f);
    }
    if (!known.values.empty())
        draft.report.push_back({"import.leantime.not_imported", {std::move(known)}});
    if (!others.empty())
        draft.report.push_back({"import.leantime.other_fields", {quotedArg("fields", std::move(others))}});
}

std::optional<Error> LeantimeReader::readElement(const Tag& open)
{
    const std::size_t openLine = scan_.line(open.start);
    const std::string key = attribute(open.attributes, "key");
    const auto block = boxBlock(key);
    if (block)
        draft.declareBlock(*block);
    while (auto t = scan_.next()) {
        if (t->closing && t->name == "element")
            return std::nullopt;
        if (t->closing || t->empty)
            continue;
        if (t->name == "item") {
            if (auto e = readItem(key, block, scan_.line(t->start)))
                return e;
        } else if (auto e = skip(*t)) {
            return e;
        }
    }
    return cutShort("element key=\"" + key + "\"", openLine);
}

std::optional<Error> LeantimeReader::readItem(std::string_view key, std::optional<BlockId> block, std::size_t openLine)
{
    std::map<std::string, std::string> fields;
    while (auto t = scan_.next()) {
        if (t->closing && t->name == "item") {
            addItem(fields, key, block, openLine);
            return std::nullopt;
        }
        if (t->closing)
            continue;
        if (t->empty) {
            if (t->name == "status")
                fields["status"] = attribute(t->attributes, "key");
            else if (t->name != "relates")
                ignoredFields_.insert(t->name == "author" ? "authors" : t->name);
            continue;
        }
        const auto raw = scan_.content(*t);
        if (!raw)
            return cutShort(t->name, scan_.line(t->start));
        fields[t->name] = std::string(*raw);
    }
    return cutShort("item", openLine);
}

std::optional<Error> LeantimeReader::skip(const Tag& open)
{
    if (!scan_.content(open))
        return cutShort(open.name, scan_.line(open.start));
    return std::nullopt;
}

void LeantimeReader::addItem(std::map<std::string, std::string>& fields, std::string_view key,
                             std::optional<BlockId> block, std::size_t line)
{
    std::string text = htmlToText(fields["title"]);
    const std::string headline = htmlToText(fields["description"]);
    if (!headline.empty())
        text += (text.empty() ? "" : "\n") + headline;
    for (const auto& [field, label] : kRichFields) {
        const std::string body = htmlToText(fields[std::string(field)]);
        if (!body.empty())
            text += (text.empty() ? "" : "\n") + std::string(label) + ": " + body;
    }
    for (const auto& [field, raw] : fields) {
        static const std::set<std::string, std::less<>> known = {"title", "description", "assumptions", "data",
                                                                 "conclusion", "status", "created", "modified"};
        const std::string body = known.count(field) ? std::string() : htmlToText(raw);
        if (!body.empty())
            text += (text.empty() ? "" : "\n") + field + ": " + body;
        if (field == "created" || field == "modified")
            ignoredFields_.insert("dates");
    }
    if (text.empty()) {
        ++emptyItems_;
        return;
    }
    DraftNote note;
    note.block = block;
    note.text = std::move(text);
    note.where = {"import.where.element", {textArg("element", std::string(key)), numberArg("line", line)}};
    if (!block)
        note.section = std::string(key);
    const std::string& status = fields["status"];
    if (!status.empty()) {
        const auto known = std::find_if(std::begin(kStatuses), std::end(kStatuses),
                                        [&](const auto& s) { return s.first == status; });
        note.tags.push_back(known != std::end(kStatuses) ? std::string(known->second)
                                                         : status.substr(status.starts_with("status_") ? 7 : 0));
        statusTags_ = true;
    }
    draft.notes.push_back(std::move(note));
}

}  // namespace

bool looksLikeLeantime(std::string_view text)
{
    text = stripUtf8Bom(text);
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || text[first] != '<')
        return false;
    const auto canvas = text.find("<canvas");
    return canvas != std::string_view::npos && canvas < 4096;
}

Result<ImportedCanvas> importLeantime(std::string_view text, std::string_view fileName)
{
    LeantimeReader reader(stripUtf8Bom(text));
    if (auto e = reader.read())
        return *e;
    return finishImport(std::move(reader.draft), kLeantime, fileName);
}

}  // namespace mizan
