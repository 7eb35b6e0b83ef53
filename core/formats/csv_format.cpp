// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/csv_format.h"

#include "core/formats/block_names.h"
#include "core/formats/import_draft.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <set>

namespace mizan {

namespace {

constexpr ImportFormat kCsv{"csv", "import.format.csv"};
constexpr std::size_t kSniffBytes = 64 * 1024;

// Column names, compared by nameKey.
constexpr std::string_view kBlockColumns[] = {
    "block", "blocks", "bloc", "blocs", "building block", "section", "box", "category", "catégorie", "rubrique",
    "الكتلة", "القسم", "الخانة", "الفئة", "בלוק", "קטגוריה", "מקטע", "תחום"};
constexpr std::string_view kTextColumns[] = {
    "text", "texte", "note", "notes", "content", "contenu", "item", "idea", "idée", "name", "title", "titre", "nom",
    "النص", "ملاحظة", "المحتوى", "الاسم", "العنوان", "טקסט", "פתק", "הערה", "תוכן", "שם", "כותרת"};
constexpr std::string_view kDetailColumns[] = {
    "description", "details", "détails", "comment", "comments", "commentaire", "commentaires", "الوصف", "التفاصيل",
    "تعليق", "תיאור", "פרטים", "הערות"};

template <std::size_t N>
bool named(const std::string_view (&names)[N], std::string_view header)
{
    const std::string key = nameKey(header);
    return !key.empty() && std::any_of(std::begin(names), std::end(names), [&](std::string_view n) { return nameKey(n) == key; });
}

struct Record {
    std::vector<std::string> cells;
    std::size_t line = 0;
};

struct Table {
    std::vector<Record> records;
    std::optional<std::size_t> unclosedQuote;   // the line a quoted field opened at, never closed
};

// RFC 4180, leniently: spaces before a quoted field, text after its closing
// quote and quotes inside an unquoted field are kept; any line ending.
Table parseTable(std::string_view text, char delimiter, std::size_t maxRecords = std::numeric_limits<std::size_t>::max())
{
    Table t;
    std::size_t i = 0, line = 1;
    const auto atLineEnd = [&](std::size_t k) { return k < text.size() && (text[k] == '\n' || text[k] == '\r'); };
    const auto skipLineEnd = [&] {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
        ++i;
        ++line;
    };
    while (i < text.size() && t.records.size() < maxRecords) {
        Record r;
        r.line = line;
        for (;;) {
            std::string cell;
            std::size_t k = i;
            while (k < text.size() && text[k] == ' ' && delimiter != ' ')
                ++k;
            if (k < text.size() && text[k] == '"') {
                const std::size_t openLine = line;
                i = k + 1;
                bool closed = false;
                while (i < text.size()) {
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            cell += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
                        ++line;
                    cell += text[i++];
                }
                if (!closed && !t.unclosedQuote)
                    t.unclosedQuote = openLine;
            }
            while (i < text.size() && text[i] != delimiter && !atLineEnd(i))
                cell += text[i++];
            r.cells.push_back(std::move(cell));
            if (i < text.size() && text[i] == delimiter) {
                ++i;
                continue;
            }
            break;
        }
        if (i < text.size())
            skipLineEnd();
        t.records.push_back(std::move(r));
    }
    return t;
}

std::string cellText(std::string_view cell)
{
    std::string out;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (cell[i] == '\r') {
            out += '\n';
            if (i + 1 < cell.size() && cell[i + 1] == '\n')
                ++i;
        } else {
            out += cell[i];
        }
    }
    return trimmed(out);
}

bool emptyRecord(const Record& r)
{
    return std::all_of(r.cells.begin(), r.cells.end(), [](const std::string& c) { return trimmed(c).empty(); });
}

struct Layout {
    bool header = false;
    std::size_t block = 0, text = 1;
    std::optional<std::size_t> detail;
    std::vector<std::string> ignored;     // header names of the other columns
    std::size_t score = 0;
};

std::optional<Layout> headerLayout(const Record& first)
{
    Layout l;
    std::optional<std::size_t> block, text, detail;
    for (std::size_t c = 0; c < first.cells.size(); ++c) {
        if (!block && named(kBlockColumns, first.cells[c]))
            block = c;
        else if (!text && named(kTextColumns, first.cells[c]))
            text = c;
        else if (!detail && named(kDetailColumns, first.cells[c]))
            detail = c;
    }
    if (!block)
        return std::nullopt;
    if (!text && detail)
        std::swap(text, detail);
    if (!text && first.cells.size() == 2)
        text = 1 - *block;
    if (!text)
        return std::nullopt;
    l.header = true;
    l.block = *block;
    l.text = *text;
    l.detail = detail;
    for (std::size_t c = 0; c < first.cells.size(); ++c)
        if (c != l.block && c != l.text && c != detail && !trimmed(first.cells[c]).empty())
            l.ignored.push_back(trimmed(first.cells[c]));
    return l;
}

// Without a header: the block column is the one whose values name blocks.
std::optional<Layout> contentLayout(const Table& t)
{
    std::vector<std::size_t> matches, filled;
    std::size_t rows = 0;
    for (const auto& r : t.records) {
        if (r.cells.size() < 2 || emptyRecord(r))
            continue;
        ++rows;
        matches.resize(std::max(matches.size(), r.cells.size()));
        filled.resize(matches.size());
        for (std::size_t c = 0; c < r.cells.size(); ++c) {
            const std::string cell = trimmed(r.cells[c]);
            filled[c] += !cell.empty();
            matches[c] += !cell.empty() && blockFromExactName(cell).has_value();
        }
    }
    if (rows == 0)
        return std::nullopt;
    const auto best = std::max_element(matches.begin(), matches.end());
    if (*best == 0 || *best * 2 < rows)
        return std::nullopt;
    Layout l;
    l.block = static_cast<std::size_t>(best - matches.begin());
    l.score = *best;
    for (std::size_t c = 0; c < filled.size(); ++c)
        if (c != l.block && filled[c] > 0) {
            l.text = c;
            return l;
        }
    return std::nullopt;
}

struct Choice {
    char delimiter = ',';
    Layout layout;
};

std::optional<Choice> chooseLayout(std::string_view text)
{
    std::optional<Choice> best;
    std::size_t bestScore = 0;
    for (char d : {',', ';', '\t'}) {
        const Table t = parseTable(text.substr(0, std::min(text.size(), kSniffBytes)), d, 200);
        if (t.records.empty())
            continue;
        std::optional<Layout> l = headerLayout(t.records.front());
        std::size_t score = l ? 1'000'000 + t.records.front().cells.size() : 0;
        if (!l) {
            l = contentLayout(t);
            score = l ? l->score : 0;
        }
        if (l && score > bestScore) {
            bestScore = score;
            best = Choice{d, *l};
        }
    }
    return best;
}

// How the table was read: "separated by commas, with a header row: ...".
Message layoutMessage(char delimiter, const Layout& l)
{
    std::vector<std::size_t> text{l.text + 1};
    if (l.detail)
        text.push_back(*l.detail + 1);
    return {l.header ? "import.csv.layout.header" : "import.csv.layout.no_header",
            {phraseArg("separator", delimiter == ',' ? "import.csv.commas" : delimiter == ';' ? "import.csv.semicolons"
                                                                                               : "import.csv.tabs"),
             numberArg("block", l.block + 1), numbersArg("text", text)}};
}

Message emptyRowsMessage(const std::vector<std::size_t>& lines)
{
    constexpr std::size_t kShown = 10;
    if (lines.size() > kShown)
        return {"import.csv.empty_rows.more",
                {numberArg("count", lines.size()), numbersArg("lines", {lines.begin(), lines.begin() + kShown})}};
    return countMessage("import.csv.empty_rows", lines.size(), {numbersArg("lines", lines)});
}

}  // namespace

bool looksLikeCsv(std::string_view text)
{
    return chooseLayout(stripUtf8Bom(text)).has_value();
}

Result<ImportedCanvas> importCsv(std::string_view text, std::string_view fileName)
{
    text = stripUtf8Bom(text);
    const auto choice = chooseLayout(text);
    if (!choice)
        return importError(ErrorCode::NotACanvas, {"import.error.csv_no_column", {}});
    const Table table = parseTable(text, choice->delimiter);
    if (table.unclosedQuote)
        return importError(ErrorCode::Corrupt, {"import.error.csv_unclosed", {numberArg("line", *table.unclosedQuote)}},
                           {lineLabel(*table.unclosedQuote)});
    const Layout& l = choice->layout;
    CanvasDraft draft;
    draft.report.push_back(layoutMessage(choice->delimiter, l));
    std::vector<std::size_t> emptyRows;
    std::set<std::string> unknown;
    for (std::size_t i = l.header ? 1 : 0; i < table.records.size(); ++i) {
        const Record& r = table.records[i];
        if (emptyRecord(r))
            continue;
        const auto cell = [&](std::optional<std::size_t> c) { return c && *c < r.cells.size() ? cellText(r.cells[*c]) : std::string(); };
        const std::string blockName = cell(l.block);
        std::string noteText = cell(l.text);
        if (const std::string detail = cell(l.detail); !detail.empty())
            noteText += (noteText.empty() ? "" : "\n") + detail;
        if (noteText.empty()) {
            emptyRows.push_back(r.line);
            continue;
        }
        DraftNote note;
        note.text = std::move(noteText);
        note.where = lineWhere(r.line);
        note.block = blockFromName(blockName);
        if (note.block) {
            draft.declareBlock(*note.block);
        } else {
            note.section = blockName;
            unknown.insert(blockName);
        }
        draft.notes.push_back(std::move(note));
    }
    if (!l.ignored.empty())
        draft.report.push_back({"import.csv.ignored_columns", {quotedArg("columns", l.ignored)}});
    if (!emptyRows.empty())
        draft.report.push_back(emptyRowsMessage(emptyRows));
    if (!unknown.empty() && std::none_of(draft.notes.begin(), draft.notes.end(), [](const DraftNote& n) { return n.block.has_value(); })) {
        return importError(ErrorCode::NotACanvas,
                           {"import.error.csv_unknown_blocks", {quotedArg("names", {unknown.begin(), unknown.end()})}});
    }
    return finishImport(std::move(draft), kCsv, fileName);
}

}  // namespace mizan
