// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The method's points (docs/method.md) as data: what a finding's METHOD id
// means, shown when the user hovers over it and in the help. Texts are
// marked for translation in the "Method" context.

#include <span>
#include <string_view>

namespace mizan {

struct MethodPoint {
    std::string_view id;   // "CR3"
    const char* text;
};

std::span<const MethodPoint> methodPoints();
const MethodPoint* findMethodPoint(std::string_view id);

}  // namespace mizan
