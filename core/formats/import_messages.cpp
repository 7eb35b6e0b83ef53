// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/import_messages.h"

#include "core/checklist/message_catalog.h"
#include "core/model/translate_noop.h"
#include "core/model/vocabulary.h"

#include <algorithm>

namespace mizan {

namespace {

// Placeholders are filled by renderMessage: numbers in the user's digits,
// the file's words isolated in their own direction and, for {excerpt},
// {section} and the like, in quotation marks (text.quoted). Counts choose
// between a ".one" and a ".many" template.
constexpr std::pair<std::string_view, const char*> kTemplates[] = {
    {"text.quoted", QT_TRANSLATE_NOOP("Import", "\"{text}\"")},

    // Where the notes came from, for {format} in the summary.
    {"import.format.mizan_json", QT_TRANSLATE_NOOP("Import", "Mizan JSON")},
    {"import.format.leantime", QT_TRANSLATE_NOOP("Import", "Leantime")},
    {"import.format.redphoenixq", QT_TRANSLATE_NOOP("Import", "the Business Model Canvas app (RedPhoenixQ)")},
    {"import.format.markdown", QT_TRANSLATE_NOOP("Import", "Markdown")},
    {"import.format.csv", QT_TRANSLATE_NOOP("Import", "CSV")},

    // Where a note was in the file, for {where}.
    {"import.where.line", QT_TRANSLATE_NOOP("Import", "line {line}")},
    {"import.where.element", QT_TRANSLATE_NOOP("Import", "element {element}, line {line}")},
    {"import.where.item", QT_TRANSLATE_NOOP("Import", "item {item}")},

    // The report: what was imported, then what was skipped, guessed or moved.
    {"import.summary.one", QT_TRANSLATE_NOOP("Import", "{notes} note in {blocks} block from {format}.")},
    {"import.summary.one_block", QT_TRANSLATE_NOOP("Import", "{notes} notes in {blocks} block from {format}.")},
    {"import.summary.many", QT_TRANSLATE_NOOP("Import", "{notes} notes in {blocks} blocks from {format}.")},
    {"import.summary.empty", QT_TRANSLATE_NOOP("Import", "No notes from {format}: the canvas is empty.")},
    {"import.unplaced", QT_TRANSLATE_NOOP("Import", "{where}: {excerpt} is in no block; kept in {block}, tagged {tag}.")},
    {"import.unplaced.section",
     QT_TRANSLATE_NOOP("Import", "{where}: {excerpt} is under {section}, which is not a block; kept in {block}, tagged {tag}.")},
    {"import.title_from_file", QT_TRANSLATE_NOOP("Import", "The file names no title: the canvas is called {title} after the file.")},
    {"import.language", QT_TRANSLATE_NOOP("Import", "Language {language}, guessed from the script of the text.")},
    {"import.utf16", QT_TRANSLATE_NOOP("Import", "The file was UTF-16 text; it was read as such.")},
    {"import.markdown.placeholder", QT_TRANSLATE_NOOP("Import", "line {line}: the placeholder {excerpt} under {section} was left out.")},
    {"import.leantime.no_key", QT_TRANSLATE_NOOP("Import", "The export does not name the kind of board (no key on <canvas>); it was "
                                                           "read as a Business Model Canvas.")},
    {"import.leantime.empty_items.one", QT_TRANSLATE_NOOP("Import", "{count} empty item was left out.")},
    {"import.leantime.empty_items.many", QT_TRANSLATE_NOOP("Import", "{count} empty items were left out.")},
    {"import.leantime.statuses", QT_TRANSLATE_NOOP("Import", "Leantime's statuses are kept as tags (Draft, In review, Valid, On "
                                                             "hold, Invalid).")},
    {"import.leantime.not_imported", QT_TRANSLATE_NOOP("Import", "Not imported: the items' {fields}.")},
    {"import.leantime.authors", QT_TRANSLATE_NOOP("Import", "authors")},
    {"import.leantime.dates", QT_TRANSLATE_NOOP("Import", "dates")},
    {"import.leantime.other_fields", QT_TRANSLATE_NOOP("Import", "Not imported: the items' fields {fields}.")},
    {"import.redphoenixq.version", QT_TRANSLATE_NOOP("Import", "The save is from version {version} of the app; Mizan knows its "
                                                               "saves up to version {known} and read it the same way.")},
    {"import.redphoenixq.links.one", QT_TRANSLATE_NOOP("Import", "{count} relation between items became a link from the first "
                                                                 "item to the second.")},
    {"import.redphoenixq.links.many", QT_TRANSLATE_NOOP("Import", "{count} relations between items became links from the first "
                                                                  "item to the second.")},
    {"import.redphoenixq.dropped.one", QT_TRANSLATE_NOOP("Import", "{count} relation to groups, sliders or left-out items could "
                                                                   "not be kept.")},
    {"import.redphoenixq.dropped.many", QT_TRANSLATE_NOOP("Import", "{count} relations to groups, sliders or left-out items could "
                                                                    "not be kept.")},
    {"import.redphoenixq.guessed", QT_TRANSLATE_NOOP("Import", "The Extended BMC's {segment} was read as {block}.")},
    {"import.redphoenixq.sliders.one", QT_TRANSLATE_NOOP("Import", "{count} slider was left out: a canvas has no sliders.")},
    {"import.redphoenixq.sliders.many", QT_TRANSLATE_NOOP("Import", "{count} sliders were left out: a canvas has no sliders.")},
    {"import.redphoenixq.icons.one", QT_TRANSLATE_NOOP("Import", "{count} item with no name or text (an icon only) was left out.")},
    {"import.redphoenixq.icons.many",
     QT_TRANSLATE_NOOP("Import", "{count} items with no name or text (an icon only) were left out.")},
    {"import.redphoenixq.unknown.one", QT_TRANSLATE_NOOP("Import", "{count} node of an unknown kind was left out.")},
    {"import.redphoenixq.unknown.many", QT_TRANSLATE_NOOP("Import", "{count} nodes of an unknown kind were left out.")},
    {"import.redphoenixq.empty_group", QT_TRANSLATE_NOOP("Import", "The group {group} holds no notes: its name was not kept.")},
    {"import.redphoenixq.groups", QT_TRANSLATE_NOOP("Import", "The names of the groups items were in are kept as tags.")},
    {"import.redphoenixq.other_page.one",
     QT_TRANSLATE_NOOP("Import", "Page {page} ({count} note) was not imported: Mizan reads the page that was open, {open}. Open "
                                 "the other page in the app and save to import it.")},
    {"import.redphoenixq.other_page.many",
     QT_TRANSLATE_NOOP("Import", "Page {page} ({count} notes) was not imported: Mizan reads the page that was open, {open}. Open "
                                 "the other page in the app and save to import it.")},
    {"import.csv.layout.header", QT_TRANSLATE_NOOP("Import", "Read as a table separated by {separator}, with a header row: blocks "
                                                             "in column {block}, text in column {text}.")},
    {"import.csv.layout.no_header", QT_TRANSLATE_NOOP("Import", "Read as a table separated by {separator}, without a header row: "
                                                                "blocks in column {block}, text in column {text}.")},
    {"import.csv.commas", QT_TRANSLATE_NOOP("Import", "commas")},
    {"import.csv.semicolons", QT_TRANSLATE_NOOP("Import", "semicolons")},
    {"import.csv.tabs", QT_TRANSLATE_NOOP("Import", "tabs")},
    {"import.csv.ignored_columns", QT_TRANSLATE_NOOP("Import", "Columns not imported: {columns}.")},
    {"import.csv.empty_rows.one", QT_TRANSLATE_NOOP("Import", "{count} row with no text was left out (line {lines}).")},
    {"import.csv.empty_rows.many", QT_TRANSLATE_NOOP("Import", "{count} rows with no text were left out (lines {lines}).")},
    {"import.csv.empty_rows.more",
     QT_TRANSLATE_NOOP("Import", "{count} rows with no text were left out (the first at lines {lines}).")},

    // Refusals: a title, and the text that says why and what to do.
    {"import.error.too_large.title", QT_TRANSLATE_NOOP("Import", "File too large")},
    {"import.error.too_large", QT_TRANSLATE_NOOP("Import", "The file is {size} MiB; Mizan imports canvases of up to {limit} MiB.")},
    {"import.error.mizan_document.title", QT_TRANSLATE_NOOP("Import", "A .mizan document")},
    {"import.error.mizan_document", QT_TRANSLATE_NOOP("Import", "This is a .mizan document (an SQLite database), not a file to "
                                                                "import: open it as it is.")},
    {"import.error.utf16.title", QT_TRANSLATE_NOOP("Import", "Not valid UTF-16")},
    {"import.error.utf16", QT_TRANSLATE_NOOP("Import", "The file starts as UTF-16 text, but the two bytes at offset {offset} are "
                                                       "half of a character.")},
    {"import.error.empty.title", QT_TRANSLATE_NOOP("Import", "Empty file")},
    {"import.error.empty", QT_TRANSLATE_NOOP("Import", "The file is empty: there is no canvas in it.")},
    {"import.error.not_utf8.title", QT_TRANSLATE_NOOP("Import", "Not UTF-8 text")},
    {"import.error.not_utf8", QT_TRANSLATE_NOOP("Import", "The file is not UTF-8 text: the byte {byte} at offset {offset} (line "
                                                          "{line}) is not valid UTF-8. Save the file as UTF-8 and import it again.")},
    {"import.error.binary.title", QT_TRANSLATE_NOOP("Import", "Not a canvas")},
    {"import.error.binary", QT_TRANSLATE_NOOP("Import", "The file holds binary data (a NUL byte at offset {offset}), not text.")},
    {"import.error.xml.title", QT_TRANSLATE_NOOP("Import", "Not a canvas")},
    {"import.error.xml", QT_TRANSLATE_NOOP("Import", "This XML or HTML file is not a Leantime canvas export (it has no <canvas> "
                                                     "element).")},
    {"import.error.no_block.title", QT_TRANSLATE_NOOP("Import", "No block for the notes")},
    {"import.error.no_block.one", QT_TRANSLATE_NOOP("Import", "The {count} note of the file is in no block of the Business Model "
                                                              "Canvas, so Mizan cannot tell where it goes.")},
    {"import.error.no_block.many", QT_TRANSLATE_NOOP("Import", "None of the {count} notes of the file is in a block of the "
                                                               "Business Model Canvas, so Mizan cannot tell where they go.")},
    {"import.error.markdown.title", QT_TRANSLATE_NOOP("Import", "No canvas blocks")},
    {"import.error.markdown",
     QT_TRANSLATE_NOOP("Import", "The file has no heading that names a block of the Business Model Canvas (such as \"## Key "
                                 "partners\" or \"## Customer segments\", in English, French, Arabic or Hebrew), so Mizan cannot "
                                 "tell where its notes go.")},
    {"import.error.markdown.headings",
     QT_TRANSLATE_NOOP("Import", "The file has no heading that names a block of the Business Model Canvas (such as \"## Key "
                                 "partners\" or \"## Customer segments\", in English, French, Arabic or Hebrew), so Mizan cannot "
                                 "tell where its notes go. Its headings are {headings}.")},
    {"import.error.markdown.more_headings",
     QT_TRANSLATE_NOOP("Import", "The file has no heading that names a block of the Business Model Canvas (such as \"## Key "
                                 "partners\" or \"## Customer segments\", in English, French, Arabic or Hebrew), so Mizan cannot "
                                 "tell where its notes go. Its headings include {headings}.")},
    {"import.error.leantime_cut_short.title", QT_TRANSLATE_NOOP("Import", "Cut short")},
    {"import.error.leantime_cut_short", QT_TRANSLATE_NOOP("Import", "The Leantime export ends inside {element} opened at line "
                                                                    "{line}: the file is incomplete. Export the board from "
                                                                    "Leantime again.")},
    {"import.error.not_leantime.title", QT_TRANSLATE_NOOP("Import", "Not a Leantime canvas")},
    {"import.error.not_leantime", QT_TRANSLATE_NOOP("Import", "Expected {element} at line {line}, as Leantime's canvas export "
                                                              "starts; this XML file is something else.")},
    {"import.error.leantime_board.title", QT_TRANSLATE_NOOP("Import", "Not a Business Model Canvas")},
    {"import.error.leantime_board", QT_TRANSLATE_NOOP("Import", "This Leantime export holds a {board} board (line {line}); Mizan "
                                                                "imports Leantime's Business Model Canvas boards ({known}).")},
    {"import.error.redphoenixq_damaged.title", QT_TRANSLATE_NOOP("Import", "Damaged save")},
    {"import.error.redphoenixq_damaged", QT_TRANSLATE_NOOP("Import", "The Business Model Canvas save is not valid JSON: {reason} "
                                                                     "at line {line}, column {column}. The file may be cut short.")},
    {"import.error.redphoenixq_no_pages.title", QT_TRANSLATE_NOOP("Import", "Not a Business Model Canvas save")},
    {"import.error.redphoenixq_no_pages", QT_TRANSLATE_NOOP("Import", "The JSON file has no \"pages\" list, as saves of the "
                                                                      "Business Model Canvas app have.")},
    {"import.error.redphoenixq_empty.title", QT_TRANSLATE_NOOP("Import", "Empty save")},
    {"import.error.redphoenixq_empty", QT_TRANSLATE_NOOP("Import", "The Business Model Canvas save has no pages.")},
    {"import.error.redphoenixq_no_nodes.title", QT_TRANSLATE_NOOP("Import", "Invalid save")},
    {"import.error.redphoenixq_no_nodes", QT_TRANSLATE_NOOP("Import", "Page {page} of the save has no \"nodes\" list.")},
    {"import.error.redphoenixq_no_blocks.title", QT_TRANSLATE_NOOP("Import", "No canvas on the page")},
    {"import.error.redphoenixq_no_blocks",
     QT_TRANSLATE_NOOP("Import", "The open page {page} of the save has none of the Business Model Canvas's blocks (it uses the "
                                 "empty template), so Mizan cannot tell where its items go.")},
    {"import.error.csv_no_column.title", QT_TRANSLATE_NOOP("Import", "No block column")},
    {"import.error.csv_no_column",
     QT_TRANSLATE_NOOP("Import", "Mizan found no column that names the canvas's blocks. Give the table a header row with a "
                                 "\"Block\" column and a \"Text\" column, or put a block's name (such as \"Key partners\") in one "
                                 "column of every row.")},
    {"import.error.csv_unclosed.title", QT_TRANSLATE_NOOP("Import", "Cut short")},
    {"import.error.csv_unclosed", QT_TRANSLATE_NOOP("Import", "The quoted field that opens at line {line} is never closed: the "
                                                              "file may be cut short.")},
    {"import.error.csv_unknown_blocks.title", QT_TRANSLATE_NOOP("Import", "No block column")},
    {"import.error.csv_unknown_blocks", QT_TRANSLATE_NOOP("Import", "No row of the table names a block of the Business Model "
                                                                    "Canvas: the block column holds {names}.")},
};

}  // namespace

std::span<const std::pair<std::string_view, const char*>> importTemplates()
{
    return kTemplates;
}

MessageArg numberArg(std::string name, std::size_t value)
{
    return {std::move(name), MessageArg::Kind::Number, {std::to_string(value)}};
}

MessageArg numbersArg(std::string name, const std::vector<std::size_t>& values)
{
    MessageArg a{std::move(name), MessageArg::Kind::Number, {}};
    for (std::size_t v : values)
        a.values.push_back(std::to_string(v));
    return a;
}

MessageArg textArg(std::string name, std::string value)
{
    return {std::move(name), MessageArg::Kind::Text, {std::move(value)}};
}

MessageArg quotedArg(std::string name, std::vector<std::string> values)
{
    return {std::move(name), MessageArg::Kind::Quoted, std::move(values)};
}

MessageArg blockArg(std::string name, BlockId block)
{
    return {std::move(name), MessageArg::Kind::Title, {termKey(block)}};
}

MessageArg phraseArg(std::string name, std::string id)
{
    return {std::move(name), MessageArg::Kind::Phrase, {std::move(id)}};
}

std::string countId(std::string_view base, std::size_t count)
{
    return std::string(base) + (count == 1 ? ".one" : ".many");
}

Message countMessage(std::string_view base, std::size_t count, std::vector<MessageArg> more)
{
    Message m{countId(base, count), {numberArg("count", count)}};
    for (auto& a : more)
        m.args.push_back(std::move(a));
    return m;
}

Message errorTitle(const Message& text)
{
    // "import.error.no_block.many" has the title of "import.error.no_block".
    for (std::string id = text.id; !id.empty(); id.erase(std::min(id.size(), id.rfind('.')))) {
        if (findTemplate(id + ".title"))
            return {id + ".title", {}};
        if (id.rfind('.') == std::string::npos)
            break;
    }
    return {};
}

Error importError(ErrorCode code, Message message, std::vector<std::string> trail)
{
    const Message title = errorTitle(message);
    std::string text = renderMessage(message);
    return Error{code, title.id.empty() ? std::string() : renderMessage(title), std::move(text), std::move(trail),
                 std::move(message)};
}

}  // namespace mizan
