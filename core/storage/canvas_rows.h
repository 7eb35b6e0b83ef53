// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the .mizan storage: the schema and how a canvas maps to rows,
// both ways. Reading validates every value as the JSON import does.

#include "core/model/canvas.h"

#include <set>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace mizan::sqlite {
class Database;
}

namespace mizan::rows {

// Thrown while reading a file whose content breaks the format's rules.
struct InvalidContent {
    std::string message;
};

// The current schema, on an empty database.
void createSchema(sqlite::Database& db);
// Schema 1 to 2: the tables for touchpoints, economics, personas, calendar.
void applySchemaV2(sqlite::Database& db);
// Schema 2 to 3: whom teams serve; a survey question may stay unanswered.
void applySchemaV3(sqlite::Database& db);
// Schema 3 to 4: the suggestions the user dismissed.
void applySchemaV4(sqlite::Database& db);

void writeInfoRow(sqlite::Database& db, const CanvasInfo& info);
// Everything a note owns: tags, links, its structured parts.
void deleteOwnedRows(sqlite::Database& db, const NoteId& id);
// The tables of those rows, each with the column naming its note.
std::span<const std::pair<const char*, const char*>> ownedRowTables();
void writeNoteRows(sqlite::Database& db, BlockId block, std::size_t position, const Note& note,
                   bool replacing = true);
void writeCalendar(sqlite::Database& db, const std::vector<CalendarAction>& calendar);
void writeDismissed(sqlite::Database& db, const Canvas& canvas);
void writeEverything(sqlite::Database& db, const Canvas& canvas);
// Throws InvalidContent or sqlite::Failure.
Canvas readEverything(sqlite::Database& db);

}  // namespace mizan::rows
