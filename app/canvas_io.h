// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading and writing a canvas for the command line: reading by content (a
// .mizan document, or anything core/formats/canvas_import.h imports),
// writing by extension (.mizan, .json or .md).

#include "core/model/canvas.h"
#include "core/storage/canvas_store.h"
#include "core/model/error.h"
#include "core/model/message.h"

#include <string>
#include <vector>

namespace mizan::app {

enum class FileKind { Mizan, Json, Markdown, Unknown };
FileKind fileKindOf(const std::string& path);

// importReport, when given, receives the import report of a canvas made in
// another tool, to render in the user's language (it stays empty for .mizan
// and Mizan JSON).
// records, when given, receives a .mizan document's history and conflicts.
Result<Canvas> readCanvas(const std::string& path, LoadReport* report = nullptr,
                          std::vector<Message>* importReport = nullptr, DocumentRecords* records = nullptr);
Status writeCanvas(const Canvas& canvas, const std::string& path);
// The same, in the format given (for files named without an extension, as
// git's merge driver gives them).
// records (history, merge conflicts) are kept in .mizan documents only.
Status writeCanvas(const Canvas& canvas, const std::string& path, FileKind kind,
                   const DocumentRecords* records = nullptr);
// .mizan when the file starts as a .mizan document does, else by its name.
FileKind fileKindByContent(const std::string& path);

// Prints "mizan: " and the error on one line to standard error; with
// --verbose (setVerbose), every detail after it.
void printError(const Error& error);
void setVerbose(bool verbose);
// The commands' two endings on failure, exit status 2: the error printed,
// or a usage message with a pointer to --help.
int failWith(const Error& error);
int usageError(const std::string& message);

}  // namespace mizan::app
