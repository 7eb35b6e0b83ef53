// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/json_duplicate_keys.h"

#include <boost/json/basic_parser_impl.hpp>

#include <set>
#include <vector>

namespace mizan {

namespace {

namespace json = boost::json;

struct Frame {
    bool object = false;
    std::size_t index = 0;          // next element, in arrays
    std::set<std::string> keys;     // seen so far, in objects
    std::string key;                // the member being read, in objects
};

class KeyHandler {
public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    std::optional<std::string> duplicate;

    bool on_document_begin(json::error_code&) { return true; }
    bool on_document_end(json::error_code&) { return true; }
    bool on_array_begin(json::error_code&)
    {
        stack_.push_back({false, 0, {}, {}});
        return true;
    }
    bool on_array_end(std::size_t, json::error_code&) { return closeContainer(); }
    bool on_object_begin(json::error_code&)
    {
        stack_.push_back({true, 0, {}, {}});
        return true;
    }
    bool on_object_end(std::size_t, json::error_code&) { return closeContainer(); }
    bool on_string_part(json::string_view, std::size_t, json::error_code&) { return true; }
    bool on_string(json::string_view, std::size_t, json::error_code&) { return value(); }
    bool on_key_part(json::string_view s, std::size_t, json::error_code&)
    {
        partial_.append(s.data(), s.size());
        return true;
    }
    bool on_key(json::string_view s, std::size_t, json::error_code& ec)
    {
        partial_.append(s.data(), s.size());
        Frame& f = stack_.back();
        f.key = std::move(partial_);
        partial_.clear();
        if (!f.keys.insert(f.key).second) {
            duplicate = pointer();
            ec = json::error::syntax;  // stop parsing
            return false;
        }
        return true;
    }
    bool on_number_part(json::string_view, json::error_code&) { return true; }
    bool on_int64(std::int64_t, json::string_view, json::error_code&) { return value(); }
    bool on_uint64(std::uint64_t, json::string_view, json::error_code&) { return value(); }
    bool on_double(double, json::string_view, json::error_code&) { return value(); }
    bool on_bool(bool, json::error_code&) { return value(); }
    bool on_null(json::error_code&) { return value(); }
    bool on_comment_part(json::string_view, json::error_code&) { return true; }
    bool on_comment(json::string_view, json::error_code&) { return true; }

private:
    bool value()
    {
        if (!stack_.empty() && !stack_.back().object)
            ++stack_.back().index;
        return true;
    }
    bool closeContainer()
    {
        stack_.pop_back();
        return value();
    }
    std::string pointer() const
    {
        std::string p;
        for (const Frame& f : stack_) {
            p += '/';
            const std::string part = f.object ? f.key : std::to_string(f.index);
            for (char ch : part)
                p += ch == '~' ? std::string("~0") : ch == '/' ? std::string("~1") : std::string(1, ch);
        }
        return p;
    }

    std::vector<Frame> stack_;
    std::string partial_;
};

}  // namespace

std::optional<std::string> findDuplicateKey(std::string_view text, std::size_t maxDepth)
{
    json::parse_options options;
    options.max_depth = maxDepth;
    json::basic_parser<KeyHandler> parser(options);
    json::error_code ec;
    parser.write_some(false, text.data(), text.size(), ec);
    return parser.handler().duplicate;
}

}  // namespace mizan
