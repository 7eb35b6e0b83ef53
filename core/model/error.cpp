// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/error.h"

namespace mizan {

namespace {

// Well-formed UTF-8: a damaged file's bytes can reach a message through
// SQLite's report; each bad byte becomes U+FFFD.
std::string validUtf8(const std::string& in)
{
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        const auto c = static_cast<unsigned char>(in[i]);
        const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool ok = n > 0 && i + n <= in.size() && !(n == 2 && c < 0xC2);
        for (std::size_t k = 1; ok && k < n; ++k)
            ok = (static_cast<unsigned char>(in[i + k]) & 0xC0) == 0x80;
        if (ok) {
            out.append(in, i, n);
            i += n;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

std::string flattened(std::string s, std::size_t limit)
{
    s = validUtf8(s);
    for (char& c : s)
        if (c == '\n' || c == '\r' || c == '\t' || (static_cast<unsigned char>(c) < 0x20))
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
