// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the import fixtures (tests/fixtures/import) and looking into what
// an import gave.

#include "core/checklist/message_catalog.h"
#include "core/formats/canvas_import.h"

#include <string>
#include <string_view>
#include <vector>

namespace mizan::test {

// The bytes of tests/fixtures/import/<relative>.
std::string importFixture(const std::string& relative);

// importCanvas on a fixture, required to succeed.
ImportedCanvas importedFixture(const std::string& relative);

// importCanvas on a fixture, required to fail.
Error importFixtureError(const std::string& relative);

std::vector<std::string> textsOf(const Canvas& canvas, BlockId block);

// Text without the direction isolates messages put around the file's words.
std::string plain(std::string text);

// The report rendered (English unless options say otherwise).
std::vector<std::string> reportLines(const ImportedCanvas& imported, const RenderOptions& options = {});
// The first line of the report, in English, without isolates.
std::string reportSummary(const ImportedCanvas& imported);

// Whether some line of the report, in English without isolates, has all the words.
bool reportSays(const ImportedCanvas& imported, const std::vector<std::string>& words);

// Every note has a valid id, used once.
bool idsAreFresh(const Canvas& canvas);

}  // namespace mizan::test
