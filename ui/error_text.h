// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A file error in the user's language: a translated sentence for what kind
// of problem it is, then the details the core found (file names, SQLite's
// or the system's own words, an importer's message in the user's language)
// on a line of their own.

#include "core/model/error.h"

#include <QString>

namespace mizan::ui {

QString describeError(const Error& error, const QString& fileName);

}  // namespace mizan::ui
