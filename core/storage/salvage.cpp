// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/salvage.h"

#include "core/storage/canvas_rows.h"
#include "core/storage/canvas_store.h"
#include "core/storage/file_util.h"
#include "core/storage/sqlite_db.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <optional>
#include <regex>

namespace mizan {

using sqlite::Database;
using sqlite::Failure;

namespace {

constexpr std::size_t kMaxBytes = std::size_t{1} << 32;
constexpr int kMaxConsecutiveFailures = 2000;   // rowids tried past a damaged page
constexpr int kMaxNotesLeftOut = 1000;

std::string plural(int n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// A private folder for the copy of the damaged file and the new document.
struct Workspace {
    std::filesystem::path dir;
    Workspace()
    {
        std::random_device rd;
        dir = std::filesystem::temp_directory_path() / ("mizan-salvage-" + std::to_string(rd()));
        std::filesystem::create_directories(dir);
    }
    ~Workspace()
    {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

std::vector<std::string> columnsOf(Database& db, const std::string& table)
{
    std::vector<std::string> out;
    auto st = db.prepare("SELECT name FROM pragma_table_info(?)");
    st.bind(1, table);
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

// Copies every row of table that can be read, walking past damaged pages by
// rowid. Returns the highest rowid seen.
std::int64_t copyRows(Database& from, Database& to, const std::string& table, SalvageReport& report)
{
    std::vector<std::string> columns;
    try {
        const auto theirs = columnsOf(from, table);
        for (const auto& c : columnsOf(to, table))
            if (std::find(theirs.begin(), theirs.end(), c) != theirs.end())
                columns.push_back(c);
    } catch (const Failure&) {
        return 0;  // the table's definition is unreadable
    }
    if (columns.empty())
        return 0;
    std::string list, marks;
    for (const auto& c : columns) {
        list += (list.empty() ? "\"" : ", \"") + c + '"';
        marks += marks.empty() ? "?" : ", ?";
    }
    const char* verb = table == "canvas" ? "INSERT OR REPLACE" : "INSERT OR IGNORE";
    auto insert = to.prepare(std::string(verb) + " INTO \"" + table + "\" (" + list + ") VALUES (" + marks + ")");
    std::int64_t last = 0, highest = 0;
    std::optional<std::int64_t> known;
    try {
        auto st = from.prepare("SELECT max(rowid) FROM \"" + table + "\"");
        if (st.step() && !st.isNull(0))
            known = st.integer(0);
    } catch (const Failure&) {
    }
    // Probes that failed count as unreadable rows once a row is read after
    // them (or below the highest rowid the table says it has): past the
    // last row there is nothing to lose.
    int failures = 0;
    for (;;) {
        try {
            auto select = from.prepare("SELECT rowid, " + list + " FROM \"" + table + "\" WHERE rowid > ? ORDER BY rowid");
            select.bind(1, last);
            while (select.step()) {
                last = select.integer(0);
                highest = std::max(highest, last);
                report.rowsUnreadable += failures;
                failures = 0;
                // As text: the columns' types turn numbers back into numbers.
                for (std::size_t i = 0; i < columns.size(); ++i) {
                    const int c = static_cast<int>(i) + 1;
                    if (select.isNull(c))
                        insert.bindNull(c);
                    else
                        insert.bind(c, select.text(c));
                }
                insert.run();
            }
            break;
        } catch (const Failure&) {
            ++last;
            if (++failures > kMaxConsecutiveFailures || (known && last >= *known)) {
                if (known)
                    report.rowsUnreadable += failures;
                else if (highest == 0)
                    ++report.tablesUnreadable;
                break;
            }
        }
    }
    return std::max(highest, known.value_or(0));
}

// References to notes that were lost are dropped; parts whose note was
// lost go with it.
void dropDangling(Database& db, SalvageReport& report)
{
    const auto changes = [&](const std::string& sql) {
        db.exec(sql);
        return sqlite3_changes(db.handle());
    };
    for (const auto& [table, column] : rows::ownedRowTables())
        changes(std::string("DELETE FROM ") + table + " WHERE " + column + " NOT IN (SELECT id FROM note)");
    changes("DELETE FROM dismissed_suggestion WHERE note_id NOT IN (SELECT id FROM note)");
    for (const auto& [table, column] : {std::pair{"note_link", "target_id"}, {"channel_segment", "segment_id"},
                                        {"plan_channel", "channel_id"}, {"plan_channel_voice", "channel_id"},
                                        {"team_serves", "target_id"}})
        report.referencesDropped +=
            changes(std::string("DELETE FROM ") + table + " WHERE " + column + " NOT IN (SELECT id FROM note)");
    report.plansLostSegment += changes(
        "UPDATE relationship_plan SET segment_id = NULL WHERE segment_id IS NOT NULL AND segment_id NOT IN (SELECT id FROM note)");
    report.referencesDropped += changes(
        "UPDATE touchpoint SET channel_id = NULL WHERE channel_id IS NOT NULL AND channel_id NOT IN (SELECT id FROM note)");
    report.referencesDropped += changes(
        "UPDATE calendar_action SET segment_id = NULL WHERE segment_id IS NOT NULL AND segment_id NOT IN (SELECT id FROM note)");
}

void copyEverything(const std::string& damaged, const std::string& out, SalvageReport& report)
{
    Database from(damaged, Database::Mode::ReadOnly);
    Database to(out, Database::Mode::ReadWrite);
    to.exec("PRAGMA foreign_keys = OFF");
    sqlite::Transaction tx(to);
    std::vector<std::string> tables;
    {
        auto st = to.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        while (st.step())
            tables.push_back(st.text(0));
    }
    for (const auto& table : tables) {
        const auto highest = copyRows(from, to, table, report);
        if (table == "note")
            report.notesSeen = static_cast<int>(highest);
    }
    dropDangling(to, report);
    tx.commit();
}

// A note the reader still refuses (a value out of range, a part in the
// wrong block): left out, with what referred to it.
bool leaveOut(const std::string& out, const Error& refusal, SalvageReport& report)
{
    static const std::regex quoted(R"re(note "([A-Za-z0-9_-]{1,64})")re");
    std::smatch m;
    const std::string said = refusal.text + ' ' + (refusal.trail.empty() ? "" : refusal.trail.front());
    if (!std::regex_search(said, m, quoted) || report.notesLeftOut.size() >= kMaxNotesLeftOut)
        return false;
    Database db(out, Database::Mode::ReadWrite);
    db.exec("PRAGMA foreign_keys = OFF");
    sqlite::Transaction tx(db);
    rows::deleteOwnedRows(db, m[1]);
    db.prepare("DELETE FROM note WHERE id = ?").bind(1, m[1].str()).run();
    dropDangling(db, report);
    tx.commit();
    report.notesLeftOut.push_back(m[1]);
    return true;
}

}  // namespace

std::string SalvageReport::summary() const
{
    std::string s = std::to_string(notesRecovered) + " of " + std::to_string(std::max(notesSeen, notesRecovered))
        + " notes recovered";
    if (plansLostSegment)
        s += "; " + plural(plansLostSegment, "plan lost its segment", "plans lost their segment");
    if (referencesDropped)
        s += "; " + plural(referencesDropped, "reference to a lost note dropped", "references to lost notes dropped");
    if (!notesLeftOut.empty())
        s += "; " + plural(static_cast<int>(notesLeftOut.size()), "note left out as unreadable",
                           "notes left out as unreadable");
    if (rowsUnreadable)
        s += "; " + plural(rowsUnreadable, "row could not be read", "rows could not be read");
    if (tablesUnreadable)
        s += "; " + plural(tablesUnreadable, "table could not be read", "tables could not be read");
    return s;
}

Result<Salvaged> salvageCanvasFile(const std::string& path)
{
    auto bytes = readFile(path, kMaxBytes);
    if (!bytes)
        return bytes.error();
    const auto nothing = [&](const std::string& why) {
        return Error{ErrorCode::Corrupt, "Nothing to salvage", fileName(path) + ": " + why, {}};
    };
    if (bytes->size() < 512 || bytes->compare(0, 15, "SQLite format 3") != 0)
        return nothing("its first page, which says what the file holds, is gone.");
    Workspace work;
    const std::string damaged = (work.dir / "damaged.mizan").string();
    const std::string out = (work.dir / "salvaged.mizan").string();
    if (auto copied = writeFileAtomically(damaged, bytes.value()); !copied)
        return copied.error();
    if (auto made = CanvasStore::create(out, Canvas{}); !made)
        return made.error();
    Salvaged result;
    SalvageReport& report = result.report;
    try {
        copyEverything(damaged, out, report);
    } catch (const Failure& f) {
        return nothing(std::string("not even the list of its tables can be read (") + f.what() + ").");
    }
    for (;;) {
        auto loaded = loadCanvasFile(out);
        if (loaded) {
            result.canvas = std::move(loaded.value());
            break;
        }
        bool left = false;
        try {
            left = leaveOut(out, loaded.error(), report);
        } catch (const Failure&) {
        }
        if (!left)
            return loaded.error();
    }
    report.notesRecovered = static_cast<int>(result.canvas.noteCount());
    if (report.notesRecovered == 0 && report.notesSeen == 0)
        return nothing("no note of it can be read.");
    if (result.canvas.info.title.empty())
        result.canvas.info.title = "Salvaged canvas";
    return result;
}

}  // namespace mizan
