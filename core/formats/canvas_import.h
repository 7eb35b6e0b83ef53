// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Opening canvases made in other tools: the file's content says what it is
// (Mizan JSON, a Leantime canvas export, a save of the RedPhoenixQ Business
// Model Canvas web app, Markdown or CSV); the file name's extension only
// decides between Markdown and CSV when the content could be either.
// docs/import-formats.md describes each format's mapping and the messages.
// The reader of each format (markdown_format.h, leantime_format.h,
// redphoenixq_format.h, csv_format.h) takes text importCanvas has checked:
// UTF-8, not empty, within kImportMaxBytes.

#include "core/model/canvas.h"
#include "core/model/error.h"
#include "core/model/message.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mizan {

struct ImportedCanvas {
    Canvas canvas;
    std::string format;                 // "mizan-json", "leantime", "redphoenixq", "markdown", "csv"
    // What was imported ("34 notes in 9 blocks from Leantime"), then each
    // thing skipped, guessed or put where it may not belong, one per line:
    // messages (core/formats/import_messages.h) for renderMessage.
    std::vector<Message> report;
};

inline constexpr std::size_t kImportMaxBytes = 64u * 1024u * 1024u;

// bytes is the whole file; fileName (without folders, or a path) gives the
// extension and, when the file names no title, the canvas's title. Notes of
// other tools get fresh ids; Mizan JSON is read as fromJson reads it. A
// refusal's Error carries its text as a message (Error::message) too.
Result<ImportedCanvas> importCanvas(std::string_view bytes, std::string_view fileName);

}  // namespace mizan
