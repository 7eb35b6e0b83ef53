// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Canvases made in other tools (Markdown, CSV, Leantime's XML export, the
// Business Model Canvas web app's saves), read by their content into a new
// untitled canvas, and the canvas written back as Markdown.

#include "core/model/error.h"
#include "ui/document/document.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace mizan::ui {

// Whether Mizan opens the file as its own (.mizan, .json) rather than
// importing it.
bool isMizanFile(const QString& path);

struct ImportedDocument {
    std::unique_ptr<Document> document;
    QString format;       // "markdown", "csv", "leantime", "redphoenixq"
    QStringList report;   // what was imported, then what was skipped or guessed, in the user's language
};

// Reads a file of another tool into a new canvas that has no file yet (Save
// As gives it one). Fails with a message naming the line or element it
// could not read; nothing is created then.
Result<ImportedDocument> importDocument(const QString& path, RecoveryArea& area);

// Writes the canvas as Markdown: a heading per block, a bullet per note.
Status exportMarkdown(const Canvas& canvas, const QString& path);

}  // namespace mizan::ui
