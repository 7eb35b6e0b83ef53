// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Boost.JSON keeps the last of two members with the same name without a
// word; a strict import must refuse them. This scans well-formed JSON text
// and returns the JSON pointer of the first member whose name repeats.

#include <optional>
#include <string>
#include <string_view>

namespace mizan {

std::optional<std::string> findDuplicateKey(std::string_view text, std::size_t maxDepth);

}  // namespace mizan
