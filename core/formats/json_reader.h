// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the JSON module: walks a parsed tree keeping the JSON pointer
// of where it is, so every import error says exactly which value is wrong.

#include "core/model/enum_set.h"
#include "core/model/enums.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace mizan::jsonio {

namespace json = boost::json;

struct SchemaError {
    std::string pointer;
    std::string message;
    std::int64_t newerVersion = 0;  // set when the file is from a newer Mizan
};

class Reader {
public:
    // The format version of the file being read: older versions could not
    // say some things (version 2 had no "not answered" for a survey).
    std::int64_t formatVersion = 0;

    [[noreturn]] void fail(const std::string& message) const { throw SchemaError{pointer(), message}; }

    std::string pointer() const
    {
        std::string p;
        for (const auto& part : path_) {
            p += '/';
            for (char ch : part) {  // RFC 6901 escaping
                if (ch == '~')
                    p += "~0";
                else if (ch == '/')
                    p += "~1";
                else
                    p += ch;
            }
        }
        return p.empty() ? "/" : p;
    }

    struct Scope {
        Reader& r;
        Scope(Reader& reader, std::string part) : r(reader) { r.path_.push_back(std::move(part)); }
        ~Scope() { r.path_.pop_back(); }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
    };

    static std::string kindName(const json::value& v)
    {
        switch (v.kind()) {
        case json::kind::null: return "null";
        case json::kind::bool_: return "a boolean";
        case json::kind::int64:
        case json::kind::uint64:
        case json::kind::double_: return "a number";
        case json::kind::string: return "a string";
        case json::kind::array: return "an array";
        case json::kind::object: return "an object";
        }
        return "a value";
    }

    const json::object& object(const json::value& v)
    {
        if (!v.is_object())
            fail("expected an object, found " + kindName(v));
        return v.get_object();
    }

    const json::array& array(const json::value& v)
    {
        if (!v.is_array())
            fail("expected an array, found " + kindName(v));
        return v.get_array();
    }

    std::string string(const json::value& v)
    {
        if (!v.is_string())
            fail("expected a string, found " + kindName(v));
        return std::string(v.get_string());
    }

    std::int64_t nonNegativeInteger(const json::value& v)
    {
        if (v.is_int64() && v.get_int64() >= 0)
            return v.get_int64();
        if (v.is_double() && !std::isfinite(v.get_double()))
            fail("expected a whole number of 0 or more; NaN and Infinity are not allowed");
        fail("expected a whole number of 0 or more, found " + describe(v));
    }

    double nonNegativeNumber(const json::value& v)
    {
        double d = 0;
        if (v.is_int64())
            d = static_cast<double>(v.get_int64());
        else if (v.is_uint64())
            d = static_cast<double>(v.get_uint64());
        else if (v.is_double())
            d = v.get_double();
        else
            fail("expected a number, found " + kindName(v));
        if (!std::isfinite(d))
            fail("expected a finite number; NaN and Infinity are not allowed");
        if (d < 0)
            fail("expected a number of 0 or more, found " + describe(v));
        return d;
    }

    template <typename E>
    E key(const json::value& v)
    {
        const std::string s = string(v);
        if (auto e = fromKey<E>(s))
            return *e;
        std::string expected;
        for (const auto& [value, k] : EnumKeys<E>::table)
            expected += (expected.empty() ? "" : ", ") + std::string(k);
        fail("expected one of " + expected + "; found \"" + s + "\"");
    }

    template <typename E>
    EnumSet<E> keySet(const json::value& v)
    {
        EnumSet<E> set;
        const auto& a = array(v);
        for (std::size_t i = 0; i < a.size(); ++i) {
            Scope s(*this, std::to_string(i));
            const E e = key<E>(a[i]);
            if (set.contains(e))
                fail("\"" + std::string(toKey(e)) + "\" is listed twice");
            set.insert(e);
        }
        return set;
    }

    std::vector<std::string> strings(const json::value& v)
    {
        std::vector<std::string> out;
        const auto& a = array(v);
        for (std::size_t i = 0; i < a.size(); ++i) {
            Scope s(*this, std::to_string(i));
            out.push_back(string(a[i]));
        }
        return out;
    }

    // Checks that the object has only known members and all required ones.
    void members(const json::object& o, std::initializer_list<std::string_view> required,
                 std::initializer_list<std::string_view> optional)
    {
        for (const auto& kv : o) {
            const auto k = std::string_view(kv.key());
            const auto known = [&](auto list) {
                return std::find(list.begin(), list.end(), k) != list.end();
            };
            if (!known(required) && !known(optional)) {
                Scope s(*this, std::string(k));
                fail("unknown member \"" + std::string(k) + "\"");
            }
        }
        for (auto k : required)
            if (!o.contains(k))
                fail("missing member \"" + std::string(k) + "\"");
    }

    static std::string describe(const json::value& v)
    {
        std::string s = json::serialize(v);
        if (s.size() > 40)
            s = s.substr(0, 37) + "...";
        return s;
    }

private:
    std::vector<std::string> path_;
};

using Scope = Reader::Scope;

}  // namespace mizan::jsonio
