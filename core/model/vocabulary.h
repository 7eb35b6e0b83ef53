// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words of the method as the user sees them: a label and a one-line
// explanation (from METHOD.md, with its id) for every value of every enum,
// and each block's title and guiding questions. Source texts are English,
// marked for translation in the "Vocabulary" context.

#include "core/model/enums.h"

#include <span>
#include <string>
#include <string_view>

namespace mizan {

struct Term {
    std::string_view key;           // qualified: "mechanism:communities"
    const char* label;
    const char* explanation;        // may be empty
    const char* methodRef;          // may be empty
};

inline constexpr const char* kVocabularyContext = "Vocabulary";

// Looks up a qualified key such as "depth:deep"; nullptr if unknown.
const Term* findTerm(std::string_view qualifiedKey);

// The qualified key prefix of each enum ("depth", "mechanism", ...).
template <typename E>
std::string_view termPrefix();

template <typename E>
std::string termKey(E value)
{
    return std::string(termPrefix<E>()) + ":" + std::string(toKey(value));
}

template <typename E>
const Term& term(E value)
{
    static const Term unknown{"", "", "", ""};
    const Term* t = findTerm(termKey(value));
    return t ? *t : unknown;
}

struct BlockInfo {
    BlockId block;
    const char* title;
    std::span<const char* const> guidingQuestions;
};

const BlockInfo& blockInfo(BlockId block);

}  // namespace mizan
