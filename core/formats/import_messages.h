// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the importers tell the user, as messages (core/model/message.h): the
// report's lines and the refusals' texts. Their templates are English source
// strings marked for translation in the "Import" context; renderMessage
// (core/checklist/message_catalog.h) finds them with the checklist's and
// renders them in the user's language. Ids start with "import."; an error's
// id with ".title" is its title. docs/import-formats.md quotes the English.

#include "core/model/enums.h"
#include "core/model/error.h"
#include "core/model/message.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mizan {

inline constexpr const char* kImportContext = "Import";

// Every import template: id and English text.
std::span<const std::pair<std::string_view, const char*>> importTemplates();

// The arguments import messages use.
MessageArg numberArg(std::string name, std::size_t value);
MessageArg numbersArg(std::string name, const std::vector<std::size_t>& values);
MessageArg textArg(std::string name, std::string value);       // isolated, as written
MessageArg quotedArg(std::string name, std::vector<std::string> values);  // isolated, in quotes
MessageArg blockArg(std::string name, BlockId block);          // the block's title
MessageArg phraseArg(std::string name, std::string id);        // another template, filled in place

// base + ".one" for 1, base + ".many" for any other count.
std::string countId(std::string_view base, std::size_t count);
// A message with a "count" argument, its id chosen by countId.
Message countMessage(std::string_view base, std::size_t count, std::vector<MessageArg> more = {});

// The title of an error's message: the template id + ".title", or that of
// the id it was made from (the id without ".one", ".many" or a variant).
// No id when there is none.
Message errorTitle(const Message& text);

// A refusal: its title from the template id + ".title", its text the
// message rendered in English, and the message for the user's language.
Error importError(ErrorCode code, Message message, std::vector<std::string> trail = {});

}  // namespace mizan
