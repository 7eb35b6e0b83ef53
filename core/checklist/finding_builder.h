// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds one finding from the rule table: severity and METHOD ids come from
// the rule, arguments are shared by the message and its suggestion.

#include "core/checklist/finding.h"
#include "core/checklist/rules.h"
#include "core/model/vocabulary.h"

#include <string>
#include <string_view>
#include <vector>

namespace mizan {

// The rule's METHOD ids as a list.
const std::vector<std::string>& methodRefsOf(std::string_view ruleId);

class FindingBuilder {
public:
    FindingBuilder(std::string_view ruleId, std::vector<NoteId> subjects);

    FindingBuilder& note(std::string name, std::vector<NoteId> ids)
    {
        return arg({std::move(name), MessageArg::Kind::Note, std::move(ids)});
    }
    template <typename E>
    FindingBuilder& labels(std::string name, const std::vector<E>& values)
    {
        MessageArg a{std::move(name), MessageArg::Kind::Label, {}};
        for (E v : values)
            a.values.push_back(termKey(v));
        return arg(std::move(a));
    }
    FindingBuilder& labelKeys(std::string name, std::vector<std::string> keys)
    {
        return arg({std::move(name), MessageArg::Kind::Label, std::move(keys)});
    }
    FindingBuilder& number(std::string name, std::int64_t value)
    {
        return arg({std::move(name), MessageArg::Kind::Number, {std::to_string(value)}});
    }
    // A number with one decimal, such as "1.3" (written with a '.').
    FindingBuilder& decimal(std::string name, double value);
    FindingBuilder& text(std::string name, std::string value)
    {
        return arg({std::move(name), MessageArg::Kind::Text, {std::move(value)}});
    }
    FindingBuilder& questions(std::string name, std::vector<std::string> items)
    {
        return arg({std::move(name), MessageArg::Kind::Question, std::move(items)});
    }
    FindingBuilder& methodRefs(std::vector<std::string> refs)
    {
        f_.methodRefs = std::move(refs);
        return *this;
    }
    Finding take() { return std::move(f_); }

private:
    FindingBuilder& arg(MessageArg a)
    {
        f_.message.args.push_back(a);
        f_.suggestion.args.push_back(std::move(a));
        return *this;
    }

    Finding f_;
};

}  // namespace mizan
