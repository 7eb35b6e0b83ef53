// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the .mizan storage: the rows of a canvas's history (its
// versions) and of the merge conflicts left to resolve (schema 5).

#include "core/versions/canvas_history.h"

namespace mizan::sqlite {
class Database;
}

namespace mizan::rows {

// Schema 4 to 5: versions and merge conflicts.
void applySchemaV5(sqlite::Database& db);
extern const char* const kSchemaV5;

void writeVersion(sqlite::Database& db, const Version& version);   // inserted or replaced
void writeConflicts(sqlite::Database& db, const std::vector<MergeConflict>& conflicts);
void writeRecords(sqlite::Database& db, const DocumentRecords& records);
// Throws InvalidContent or sqlite::Failure.
DocumentRecords readRecords(sqlite::Database& db);

}  // namespace mizan::rows
