// SPDX-License-Identifier: GPL-3.0-or-later
// Notes' words from anyone: the tokenizer, the lexicons and the suggestion
// reader take any text (any script, broken UTF-8, digits and separators in
// any order) without crashing, and every suggestion they make fits the note
// it is for. The input is split into notes at NUL bytes; the first byte
// picks the canvas language and each note's block.

#include "core/checklist/checklist.h"
#include "core/suggest/suggestions.h"
#include "core/text/text_hints.h"
#include "core/text/text_tokens.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace mizan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    static constexpr const char* languages[] = {"en", "fr", "ar", "he", "", "de"};
    Canvas canvas;
    canvas.info.language = languages[data[0] % std::size(languages)];
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    const auto blocks = allValues<BlockId>();
    std::size_t start = 0, index = 0;
    while (start <= text.size() && index < 64) {
        const std::size_t end = std::min(text.find('\0', start), text.size());
        const std::string_view words = text.substr(start, end - start);
        // Each piece read on its own, too.
        for (const auto& t : text::tokenize(words))
            if (t.begin > t.end || t.end > words.size()) {
                std::fprintf(stderr, "token %zu-%zu out of a text of %zu bytes\n", t.begin, t.end, words.size());
                std::abort();
            }
        text::hintsOf(words);
        const BlockId block = blocks[(static_cast<std::size_t>(data[0]) / 8 + index) % blocks.size()];
        canvas.insertNote(block, Note{.id = "n" + std::to_string(index), .text = std::string(words)});
        ++index;
        start = end + 1;
    }
    const auto suggestions = suggest(canvas);
    for (const Suggestion& s : suggestions) {
        const auto loc = canvas.locate(s.note);
        if (!loc)
            std::abort();
        Note n = canvas.notes(loc->block)[loc->index];
        // A suggestion is for a question the note leaves open: accepting it
        // changes the note.
        if (!apply(n, loc->block, canvas, s))
            std::abort();
    }
    checkWithSuggestions(canvas);
    return 0;
}
