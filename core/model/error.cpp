// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/error.h"

namespace mizan {

namespace {

std::string flattened(std::string s, std::size_t limit)
{
    for (char& c : s)
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    if (s.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
            --cut;  // not inside a UTF-8 sequence
        s = s.substr(0, cut) + "...";
    }
    return s;
}

}  // namespace

std::string Error::oneLine() const
{
    std::string s = flattened(title, 200);
    if (!text.empty())
        s += ": " + flattened(text, 400);
    if (!trail.empty()) {
        s += " (" + flattened(trail.front(), 160);
        if (trail.size() > 1)
            s += "; and " + std::to_string(trail.size() - 1) + " more";
        s += ")";
    }
    return s;
}

std::string Error::details() const
{
    std::string s;
    for (const auto& t : trail)
        s += t + '\n';
    return s;
}

}  // namespace mizan
