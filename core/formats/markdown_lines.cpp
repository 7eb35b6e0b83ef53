// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/markdown_lines.h"

#include "core/formats/block_names.h"

namespace mizan::markdown {

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t") == std::string_view::npos;
}

std::size_t indentOf(std::string_view line)
{
    std::size_t col = 0;
    for (char c : line) {
        if (c == ' ')
            ++col;
        else if (c == '\t')
            col += 4 - col % 4;
        else
            break;
    }
    return col;
}

std::string_view dedented(std::string_view line, std::size_t cols)
{
    std::size_t col = 0, i = 0;
    while (i < line.size() && col < cols && (line[i] == ' ' || line[i] == '\t')) {
        col += line[i] == ' ' ? 1 : 4 - col % 4;
        ++i;
    }
    return line.substr(i);
}

std::string_view trimView(std::string_view s)
{
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

std::optional<Heading> atxHeading(std::string_view line)
{
    if (indentOf(line) > 3)
        return std::nullopt;
    line = trimView(line);
    std::size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#')
        ++hashes;
    if (hashes == 0 || hashes > 6 || (hashes < line.size() && line[hashes] != ' ' && line[hashes] != '\t'))
        return std::nullopt;
    Heading h{static_cast<int>(hashes), {}, false};
    std::string_view text = trimView(line.substr(hashes));
    // A closing sequence of #s ("## Channels ##"), then a {key}.
    if (text.ends_with('#')) {
        const std::string_view open = text.substr(0, text.find_last_not_of('#') + 1);
        if (open.empty() || open.back() == ' ' || open.back() == '\t')
            text = trimView(open);
    }
    if (text.ends_with('}'))
        if (const auto open = text.rfind('{'); open != std::string_view::npos && open > 0) {
            text = trimView(text.substr(0, open));
            h.keyed = true;
        }
    h.text = std::string(text);
    return h;
}

bool isSetextUnderline(std::string_view line)
{
    if (indentOf(line) > 3)
        return false;
    line = trimView(line);
    return !line.empty() && (line.find_first_not_of('=') == std::string_view::npos
                             || line.find_first_not_of('-') == std::string_view::npos);
}

bool isThematicBreak(std::string_view line)
{
    if (indentOf(line) > 3)
        return false;
    line = trimView(line);
    if (line.empty() || (line[0] != '-' && line[0] != '*' && line[0] != '_'))
        return false;
    std::size_t marks = 0;
    for (char c : line) {
        if (c == line[0])
            ++marks;
        else if (c != ' ' && c != '\t')
            return false;
    }
    return marks >= 3;
}

std::optional<std::string> fenceOpening(std::string_view line)
{
    if (indentOf(line) > 3)
        return std::nullopt;
    line = trimView(line);
    std::size_t n = 0;
    while (n < line.size() && line[n] == line[0])
        ++n;
    if ((line.starts_with("```") || line.starts_with("~~~")) && n >= 3)
        return std::string(n, line[0]);
    return std::nullopt;
}

std::optional<Bullet> bulletAt(std::string_view line)
{
    const std::size_t indent = indentOf(line);
    std::string_view rest = dedented(line, indent);
    std::size_t marker = 0;
    if (!rest.empty() && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+')) {
        marker = 1;
    } else {
        while (marker < rest.size() && marker < 9 && rest[marker] >= '0' && rest[marker] <= '9')
            ++marker;
        if (marker == 0 || marker >= rest.size() || (rest[marker] != '.' && rest[marker] != ')'))
            return std::nullopt;
        ++marker;
    }
    if (marker < rest.size() && rest[marker] != ' ' && rest[marker] != '\t')
        return std::nullopt;
    std::size_t spaces = 0;
    while (marker + spaces < rest.size() && (rest[marker + spaces] == ' ' || rest[marker + spaces] == '\t'))
        ++spaces;
    Bullet b;
    b.content = rest.substr(marker + spaces);
    b.contentColumn = indent + marker + (spaces >= 1 && spaces <= 4 && !b.content.empty() ? spaces : 1);
    return b;
}

std::optional<std::string_view> boldOnly(std::string_view line)
{
    line = trimView(line);
    for (std::string_view mark : {"**", "__"}) {
        if (!line.starts_with(mark))
            continue;
        const auto close = line.find(mark, 2);
        if (close == std::string_view::npos)
            continue;
        std::string_view after = trimView(line.substr(close + 2));
        if (after.empty() || after == ":")
            return line.substr(2, close - 2);
    }
    return std::nullopt;
}

std::optional<std::pair<BlockId, std::string_view>> labelled(std::string_view text)
{
    text = trimView(text);
    std::string_view name, rest;
    bool found = false;
    for (std::string_view mark : {"**", "__"})
        if (text.starts_with(mark))
            if (const auto close = text.find(mark, 2); close != std::string_view::npos) {
                name = text.substr(2, close - 2);
                rest = trimView(text.substr(close + 2));
                if (rest.starts_with(':'))
                    rest = trimView(rest.substr(1));
                found = true;
                break;
            }
    if (!found) {
        const auto colon = text.find(':');
        name = text.substr(0, colon);
        rest = colon == std::string_view::npos ? std::string_view{} : trimView(text.substr(colon + 1));
    }
    if (const auto b = blockFromExactName(name))
        return std::make_pair(*b, rest);
    return std::nullopt;
}

// Notion writes callouts as <aside> lines; the tags are not text.
std::string_view withoutAside(std::string_view line)
{
    std::string_view t = trimView(line);
    if (t.starts_with("<aside>"))
        t = trimView(t.substr(7));
    if (t.ends_with("</aside>"))
        t = trimView(t.substr(0, t.size() - 8));
    return t;
}

}  // namespace mizan::markdown
