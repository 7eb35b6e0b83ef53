// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/json_canonical.h"

#include <boost/json/serialize.hpp>

#include <charconv>

namespace json = boost::json;

namespace mizan {

namespace {

// Fixed layout: two spaces per level, one member or element per line, empty
// containers as [] and {}, numbers in their shortest round-trip form.
void printCanonical(const json::value& v, std::string& out, int level)
{
    const auto indent = [&](int l) { out.append(static_cast<std::size_t>(l) * 2, ' '); };
    switch (v.kind()) {
    case json::kind::object: {
        const auto& o = v.get_object();
        if (o.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        bool first = true;
        for (const auto& kv : o) {
            if (!first)
                out += ",\n";
            first = false;
            indent(level + 1);
            out += json::serialize(json::string_view(kv.key()));
            out += ": ";
            printCanonical(kv.value(), out, level + 1);
        }
        out += '\n';
        indent(level);
        out += '}';
        return;
    }
    case json::kind::array: {
        const auto& a = v.get_array();
        if (a.empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (i)
                out += ",\n";
            indent(level + 1);
            printCanonical(a[i], out, level + 1);
        }
        out += '\n';
        indent(level);
        out += ']';
        return;
    }
    case json::kind::double_: {
        char buf[64];
        const auto r = std::to_chars(buf, buf + sizeof buf, v.get_double());
        out.append(buf, r.ptr);
        return;
    }
    default:
        out += json::serialize(v);
        return;
    }
}

}  // namespace

std::string canonicalJsonText(const boost::json::value& value)
{
    std::string out;
    printCanonical(value, out, 0);
    out += '\n';
    return out;
}

}  // namespace mizan
