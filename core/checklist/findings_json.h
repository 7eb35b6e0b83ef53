// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The findings of a check as JSON for machines (`mizan check --format
// json`), documented in docs/checklist.md: "format": "mizan-findings".

#include "core/model/canvas.h"
#include "core/checklist/finding.h"
#include "core/checklist/message_catalog.h"

#include <string>
#include <vector>

namespace mizan {

inline constexpr int kFindingsFormatVersion = 1;

std::string findingsToJson(const Canvas& canvas, const std::vector<Finding>& findings, const std::string& file,
                           const RenderOptions& options = {});

std::string_view severityKey(Severity s);

}  // namespace mizan
