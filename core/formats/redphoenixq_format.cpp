// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/redphoenixq_format.h"

#include "core/formats/import_draft.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

namespace json = boost::json;

namespace mizan {

namespace {

constexpr ImportFormat kRedPhoenixQ{"redphoenixq", "import.format.redphoenixq"};
constexpr std::string_view kKnownVersions[] = {"0.0.0", "0.0.1", "0.0.2", "0.0.3", "0.0.4", "0.0.5", "0.0.6", "0.0.7"};

// The segment ids of the app's templates (src/lib/info/segments/BMC.ts and
// ExtendedBMC.ts); the Extended BMC's Key Support and Marketing have no block
// of their own in the canvas, so they are read as the nearest one.
struct Segment {
    std::string_view id;
    BlockId block;
    std::string_view guessedFrom;    // the Extended BMC's title, when the block is a reading
};
constexpr Segment kSegments[] = {
    {"key-partners", BlockId::KeyPartners, ""},       {"key-activities", BlockId::KeyActivities, ""},
    {"key-resources", BlockId::KeyResources, ""},     {"value", BlockId::ValuePropositions, ""},
    {"customer-relations", BlockId::CustomerRelationships, ""}, {"channels", BlockId::Channels, ""},
    {"customers", BlockId::CustomerSegments, ""},     {"costs", BlockId::CostStructure, ""},
    {"revenue", BlockId::RevenueStreams, ""},         {"distribution", BlockId::Channels, ""},
    {"users", BlockId::CustomerSegments, ""},         {"key-support", BlockId::KeyPartners, "Key Support"},
    {"marketing", BlockId::Channels, "Marketing"},
};

const Segment* segmentOf(std::string_view id)
{
    for (const auto& s : kSegments)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::string stringAt(const json::object& o, std::string_view key)
{
    if (const auto* v = o.if_contains(key); v && v->is_string())
        return std::string(v->get_string());
    return {};
}

double numberAt(const json::object& o, std::string_view key, double fallback = 0)
{
    if (const auto* v = o.if_contains(key)) {
        if (v->is_double())
            return v->get_double();
        if (v->is_int64())
            return static_cast<double>(v->get_int64());
        if (v->is_uint64())
            return static_cast<double>(v->get_uint64());
    }
    return fallback;
}

const json::object* objectAt(const json::object& o, std::string_view key)
{
    const auto* v = o.if_contains(key);
    return v ? v->if_object() : nullptr;
}

struct Node {
    std::string id, type, parent;
    const json::object* data = nullptr;
    const json::object* raw = nullptr;
};

struct Point {
    double x = 0, y = 0;
};

// A note's text from an item ("name", "description", "impactText") or a
// text node ("text"; old saves: "name" and "description").
std::string nodeText(const json::object* data)
{
    if (!data)
        return {};
    std::string text;
    const auto add = [&](std::string part) {
        part = trimmed(part);
        if (!part.empty() && part != text)
            text += (text.empty() ? "" : "\n") + part;
    };
    add(stringAt(*data, "name"));
    add(stringAt(*data, "text"));
    add(stringAt(*data, "description"));
    const std::string impact = trimmed(stringAt(*data, "impactText"));
    if (!impact.empty())
        add("Impact: " + impact);
    return text;
}

}  // namespace

namespace {

class PageReader {
public:
    PageReader(const json::array& nodes, CanvasDraft& draft);

    void read(const json::array* edges);
    bool hasBlocks() const { return !blockSegments_.empty(); }

private:
    CanvasDraft& draft_;
    std::vector<Node> nodes_;
    std::unordered_map<std::string, std::size_t> byId_, noteOf_;
    std::vector<const Node*> blockSegments_;
    std::set<std::pair<std::string, BlockId>> guessed_;
    std::set<std::string> groupsUsed_, groupsNamed_;
    std::size_t sliders_ = 0, iconOnly_ = 0, unknown_ = 0;

    void readNode(const Node& node);
    Point absolute(const Node& node, int depth = 0) const;
    std::optional<BlockId> nearestBlock(Point p) const;
    void readEdges(const json::array& edges);
    void reportSkipped();
};

PageReader::PageReader(const json::array& nodes, CanvasDraft& draft) : draft_(draft)
{
    for (const auto& v : nodes) {
        const auto* o = v.if_object();
        if (!o)
            continue;
        Node n;
        n.id = stringAt(*o, "id");
        n.type = stringAt(*o, "type");
        n.parent = o->contains("parentNode") ? stringAt(*o, "parentNode") : stringAt(*o, "parentId");
        n.data = objectAt(*o, "data");
        n.raw = o;
        nodes_.push_back(std::move(n));
    }
    for (std::size_t i = 0; i < nodes_.size(); ++i)
        byId_.emplace(nodes_[i].id, i);
    for (const auto& n : nodes_)
        if (n.type == "segment")
            if (const Segment* s = segmentOf(n.id)) {
                blockSegments_.push_back(&n);
                draft_.declareBlock(s->block);
            }
}

void PageReader::read(const json::array* edges)
{
    for (const auto& n : nodes_) {
        if (n.type == "item" || n.type == "text")
            readNode(n);
        else if (n.type == "slider")
            ++sliders_;
        else if (n.type == "customGroup" && n.data && !trimmed(stringAt(*n.data, "name")).empty())
            groupsNamed_.insert(trimmed(stringAt(*n.data, "name")));
        else if (n.type != "segment" && n.type != "customGroup")
            ++unknown_;
    }
    if (edges)
        readEdges(*edges);
    reportSkipped();
}

void PageReader::readNode(const Node& node)
{
    DraftNote note;
    note.text = nodeText(node.data);
    if (note.text.empty()) {
        ++iconOnly_;
        return;
    }
    const Segment* segment = nullptr;
    std::string unknownSegment;
    std::string parent = node.parent;
    for (int depth = 0; !parent.empty() && depth < 32; ++depth) {
        const auto it = byId_.find(parent);
        if (it == byId_.end())
            break;
        const Node& p = nodes_[it->second];
        if (p.type == "segment") {
            segment = segmentOf(p.id);
            if (!segment)
                unknownSegment = p.id;
            break;
        }
        if (p.type == "customGroup" && p.data) {
            const std::string name = trimmed(stringAt(*p.data, "name"));
            if (!name.empty()) {
                note.tags.push_back(name);
                groupsUsed_.insert(name);
            }
        }
        parent = p.parent;
    }
    note.where = {"import.where.item", {textArg("item", node.id.substr(0, 8))}};
    if (segment) {
        note.block = segment->block;
        if (!segment->guessedFrom.empty())
            guessed_.emplace(std::string(segment->guessedFrom), segment->block);
    } else {
        note.section = unknownSegment;    // empty: on the page, outside every block
        note.near = nearestBlock(absolute(node));
    }
    noteOf_.emplace(node.id, draft_.notes.size());
    draft_.notes.push_back(std::move(note));
}

Point PageReader::absolute(const Node& node, int depth) const
{
    if (const auto* computed = objectAt(*node.raw, "computed"))
        if (const auto* abs = objectAt(*computed, "positionAbsolute"))
            return {numberAt(*abs, "x"), numberAt(*abs, "y")};
    Point p;
    if (const auto* pos = objectAt(*node.raw, "position"))
        p = {numberAt(*pos, "x"), numberAt(*pos, "y")};
    if (const auto it = byId_.find(node.parent); it != byId_.end() && depth < 32) {
        const Point origin = absolute(nodes_[it->second], depth + 1);
        p.x += origin.x;
        p.y += origin.y;
    }
    return p;
}

std::optional<BlockId> PageReader::nearestBlock(Point p) const
{
    std::optional<BlockId> best;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (const Node* s : blockSegments_) {
        const Point origin = absolute(*s);
        const auto* computed = objectAt(*s->raw, "computed");
        const double w = numberAt(*s->raw, "width", computed ? numberAt(*computed, "width") : 0);
        const double h = numberAt(*s->raw, "height", computed ? numberAt(*computed, "height") : 0);
        const double dx = std::max({origin.x - p.x, 0.0, p.x - (origin.x + w)});
        const double dy = std::max({origin.y - p.y, 0.0, p.y - (origin.y + h)});
        const double d = dx * dx + dy * dy;
        if (d < bestDistance) {
            bestDistance = d;
            best = segmentOf(s->id)->block;
        }
    }
    return best;
}

void PageReader::readEdges(const json::array& edges)
{
    std::size_t linked = 0, dropped = 0;
    for (const auto& v : edges) {
        const auto* e = v.if_object();
        if (!e)
            continue;
        const auto from = noteOf_.find(stringAt(*e, "source"));
        const auto to = noteOf_.find(stringAt(*e, "target"));
        if (from == noteOf_.end() || to == noteOf_.end() || from->second == to->second) {
            ++dropped;
            continue;
        }
        draft_.notes[from->second].links.push_back(to->second);
        ++linked;
    }
    if (linked)
        draft_.report.push_back(countMessage("import.redphoenixq.links", linked));
    if (dropped)
        draft_.report.push_back(countMessage("import.redphoenixq.dropped", dropped));
}

void PageReader::reportSkipped()
{
    for (const auto& [segment, block] : guessed_)
        draft_.report.push_back({"import.redphoenixq.guessed", {quotedArg("segment", {segment}), blockArg("block", block)}});
    if (sliders_)
        draft_.report.push_back(countMessage("import.redphoenixq.sliders", sliders_));
    if (iconOnly_)
        draft_.report.push_back(countMessage("import.redphoenixq.icons", iconOnly_));
    if (unknown_)
        draft_.report.push_back(countMessage("import.redphoenixq.unknown", unknown_));
    for (const auto& g : groupsNamed_)
        if (!groupsUsed_.count(g))
            draft_.report.push_back({"import.redphoenixq.empty_group", {quotedArg("group", {g})}});
    if (!groupsUsed_.empty())
        draft_.report.push_back({"import.redphoenixq.groups", {}});
}

}  // namespace

namespace {

std::string pageName(const json::object& page)
{
    if (const auto* data = objectAt(page, "data"))
        return stringAt(*data, "name");
    return stringAt(page, "name");      // saves before version 0.0.1
}

std::size_t countNotes(const json::object& page)
{
    std::size_t n = 0;
    if (const auto* nodes = page.if_contains("nodes"); nodes && nodes->is_array())
        for (const auto& v : nodes->get_array())
            if (const auto* o = v.if_object())
                if (const std::string type = stringAt(*o, "type"); (type == "item" || type == "text")
                                                                   && !nodeText(objectAt(*o, "data")).empty())
                    ++n;
    return n;
}

Error damaged(std::string_view text, std::size_t offset, const std::string& message)
{
    const std::size_t line = lineAt(text, offset);
    const std::size_t lineStart = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    const std::size_t column = offset - (lineStart == std::string_view::npos ? 0 : lineStart + 1) + 1;
    const std::string where = "line " + std::to_string(line) + ", column " + std::to_string(column);
    // The parser's own words for what is wrong are English only.
    return importError(ErrorCode::Corrupt,
                       {"import.error.redphoenixq_damaged",
                        {textArg("reason", message), numberArg("line", line), numberArg("column", column)}},
                       {message, where});
}

Result<json::value> parse(std::string_view text)
{
    json::parse_options options;
    options.max_depth = 128;
    options.allow_invalid_utf8 = false;
    json::stream_parser parser({}, options);
    json::error_code ec;
    const std::size_t consumed = parser.write(text.data(), text.size(), ec);
    if (!ec)
        parser.finish(ec);
    if (ec)
        return damaged(text, consumed, ec.message());
    return parser.release();
}

}  // namespace

bool looksLikeRedPhoenixQ(std::string_view text)
{
    text = stripUtf8Bom(text);
    const auto first = text.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && text[first] == '{' && text.find("\"pages\"") != std::string_view::npos
           && text.find("\"nodes\"") != std::string_view::npos && text.find("\"mizan-canvas\"") == std::string_view::npos;
}

Result<ImportedCanvas> importRedPhoenixQ(std::string_view text, std::string_view fileName)
{
    auto parsed = parse(stripUtf8Bom(text));
    if (!parsed)
        return parsed.error();
    const auto* root = parsed->if_object();
    const auto* pagesValue = root ? root->if_contains("pages") : nullptr;
    if (!pagesValue || !pagesValue->is_array())
        return importError(ErrorCode::ForeignFile, {"import.error.redphoenixq_no_pages", {}});
    const json::array& pages = pagesValue->get_array();
    if (pages.empty())
        return importError(ErrorCode::InvalidContent, {"import.error.redphoenixq_empty", {}});
    std::size_t active = 0;
    if (const auto* a = root->if_contains("activePageIndex"); a && a->is_int64() && a->get_int64() >= 0
                                                             && static_cast<std::size_t>(a->get_int64()) < pages.size())
        active = static_cast<std::size_t>(a->get_int64());
    const auto* page = pages[active].if_object();
    const auto* nodes = page ? page->if_contains("nodes") : nullptr;
    if (!nodes || !nodes->is_array())
        return importError(ErrorCode::InvalidContent, {"import.error.redphoenixq_no_nodes", {numberArg("page", active + 1)}});

    CanvasDraft draft;
    draft.title = stringAt(*root, "name");
    const std::string name = pageName(*page);
    const std::string version = stringAt(*root, "version");
    if (!version.empty() && std::find(std::begin(kKnownVersions), std::end(kKnownVersions), version) == std::end(kKnownVersions))
        draft.report.push_back({"import.redphoenixq.version",
                                {textArg("version", version), textArg("known", std::string(std::end(kKnownVersions)[-1]))}});
    PageReader reader(nodes->get_array(), draft);
    if (!reader.hasBlocks())
        return importError(ErrorCode::InvalidContent, {"import.error.redphoenixq_no_blocks", {quotedArg("page", {name})}});
    const auto* edges = page->if_contains("edges");
    reader.read(edges && edges->is_array() ? &edges->get_array() : nullptr);
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (const auto* other = pages[i].if_object(); other && i != active)
            draft.report.push_back(countMessage("import.redphoenixq.other_page", countNotes(*other),
                                                {quotedArg("page", {pageName(*other)}), quotedArg("open", {name})}));
    return finishImport(std::move(draft), kRedPhoenixQ, fileName);
}

}  // namespace mizan
