// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File helpers with user-facing errors: bounded reads, atomic replacement
// (write beside the target, flush, rename over it, flush the folder).

#include "core/model/error.h"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace mizan {

// Reads a whole file; fails with TooLarge beyond maxBytes.
Result<std::string> readFile(const std::string& path, std::size_t maxBytes);

// Reads at most n bytes from the start of a file.
Result<std::string> readFilePrefix(const std::string& path, std::size_t n);

// Flushes a file's data to disk.
bool syncFile(const std::string& path);

// A path beside target that does not exist yet, for writing before a rename:
// ".NAME.PURPOSE-PID-N", so a later Mizan can tell whose it is.
std::string siblingTempPath(const std::string& target, std::string_view purpose);

// Removes what writers that died before finishing left in target's folder
// (temporary files and SQLite journals of any document there, written by
// processes that no longer run) and, from before the names said whose they
// were, target's own older than ten minutes. Returns how many files went.
int removeLeftoversOf(const std::string& target);

// Writes bytes to a new file beside path, flushes it, and renames it over
// path. On failure path is untouched and the temporary file removed.
Status writeFileAtomically(const std::string& path, std::string_view bytes);

// Renames from over to and flushes the folder, so the rename survives a crash.
Status replaceFile(const std::string& from, const std::string& to);

// Checks that a new file can be created beside path (folder exists and is
// writable), with the reason if not.
Status checkWritableFolder(const std::string& path);

// A seam for tests: before each system call of an atomic write ("open",
// "write", "fsync", "rename", "fsync-folder"), the hook may answer an errno
// to make that call fail as a failing disk would. No hook: nothing fails.
namespace faults {
using Hook = int (*)(std::string_view call);
void setHook(Hook hook);
}  // namespace faults

// A user-facing sentence for an errno value met while writing path.
Error writeError(const std::string& path, int err, std::string_view detail = {});

bool fileExists(const std::string& path);
std::string fileName(const std::string& path);

}  // namespace mizan
