// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/error.h"

namespace mizan {

std::string Error::oneLine() const
{
    std::string s = title;
    if (!text.empty())
        s += ": " + text;
    if (!trail.empty()) {
        s += " (";
        for (std::size_t i = 0; i < trail.size(); ++i)
            s += (i ? "; " : "") + trail[i];
        s += ")";
    }
    return s;
}

}  // namespace mizan
