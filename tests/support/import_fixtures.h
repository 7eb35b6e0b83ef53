// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the import fixtures (tests/fixtures/import) and looking into what
// an import gave.

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

// Whether some line of the report has all the words.
bool reportSays(const ImportedCanvas& imported, const std::vector<std::string>& words);

// Every note has a valid id, used once.
bool idsAreFresh(const Canvas& canvas);

}  // namespace mizan::test
