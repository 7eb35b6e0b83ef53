// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/text_hints.h"

#include "core/text/lexicon.h"

namespace mizan::text {

NoteHints hintsOf(std::string_view text)
{
    const auto tokens = tokenize(text);
    if (tokens.empty())
        return {};
    return hintsOf(Lexicon::builtIn().find(tokens));
}

NoteHints hintsOf(const std::vector<LexiconMatch>& matches)
{
    NoteHints h;
    static constexpr std::string_view kCapability = "capability:";
    for (const LexiconMatch& m : matches) {
        if (m.key == "people")
            h.people = true;
        else if (m.key == "resource")
            h.things = true;
        else if (m.key.rfind(kCapability, 0) == 0)
            if (auto c = fromKey<Capability>(std::string_view(m.key).substr(kCapability.size())))
                h.capabilities.insert(*c);
    }
    return h;
}

}  // namespace mizan::text
