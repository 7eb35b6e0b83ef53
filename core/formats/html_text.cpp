// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/html_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace mizan {

namespace {

constexpr std::pair<std::string_view, char32_t> kNamedEntities[] = {
    {"amp", U'&'}, {"lt", U'<'}, {"gt", U'>'}, {"quot", U'"'}, {"apos", U'\''}, {"nbsp", 0xA0},
    {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122}, {"deg", 0xB0}, {"plusmn", 0xB1}, {"times", 0xD7},
    {"divide", 0xF7}, {"laquo", 0xAB}, {"raquo", 0xBB}, {"middot", 0xB7}, {"para", 0xB6}, {"sect", 0xA7},
    {"euro", 0x20AC}, {"pound", 0xA3}, {"yen", 0xA5}, {"cent", 0xA2}, {"hellip", 0x2026}, {"ndash", 0x2013},
    {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"bull", 0x2022}, {"shy", 0xAD}, {"iexcl", 0xA1}, {"iquest", 0xBF},
    {"szlig", 0xDF}, {"oelig", 0x153}, {"OElig", 0x152}, {"aelig", 0xE6}, {"AElig", 0xC6}, {"ccedil", 0xE7},
    {"Ccedil", 0xC7}, {"ntilde", 0xF1}, {"Ntilde", 0xD1}, {"oslash", 0xF8}, {"Oslash", 0xD8}, {"aring", 0xE5},
    {"Aring", 0xC5}, {"yuml", 0xFF}, {"rlm", 0x200F}, {"lrm", 0x200E}, {"zwj", 0x200D}, {"zwnj", 0x200C},
};

// Accented vowels: &eacute; &Egrave; &ocirc; &uuml; ...
constexpr std::pair<std::string_view, std::array<char32_t, 5>> kAccents[] = {
    // grave, acute, circ, uml, tilde (0: none) for lower case; upper case is 0x20 below
    {"a", {0xE0, 0xE1, 0xE2, 0xE4, 0xE3}}, {"e", {0xE8, 0xE9, 0xEA, 0xEB, 0}}, {"i", {0xEC, 0xED, 0xEE, 0xEF, 0}},
    {"o", {0xF2, 0xF3, 0xF4, 0xF6, 0xF5}}, {"u", {0xF9, 0xFA, 0xFB, 0xFC, 0}}, {"y", {0, 0xFD, 0, 0, 0}},
};
constexpr std::string_view kAccentNames[] = {"grave", "acute", "circ", "uml", "tilde"};

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

char32_t namedEntity(std::string_view name)
{
    for (const auto& [n, c] : kNamedEntities)
        if (n == name)
            return c;
    if (name.size() < 4)
        return 0;
    for (const auto& [letter, forms] : kAccents) {
        const char first = name[0];
        const bool upper = first == static_cast<char>(std::toupper(static_cast<unsigned char>(letter[0])));
        if (!upper && first != letter[0])
            continue;
        for (std::size_t k = 0; k < 5; ++k)
            if (forms[k] && name.substr(1) == kAccentNames[k])
                return upper ? forms[k] - 0x20 : forms[k];
    }
    return 0;
}

char32_t numericEntity(std::string_view digits)
{
    const bool hex = !digits.empty() && (digits[0] == 'x' || digits[0] == 'X');
    if (hex)
        digits.remove_prefix(1);
    if (digits.empty() || digits.size() > 8)
        return 0;
    std::uint32_t v = 0;
    for (char c : digits) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (hex && std::isxdigit(u))
            v = v * 16 + static_cast<std::uint32_t>(std::isdigit(u) ? c - '0' : (std::tolower(u) - 'a' + 10));
        else if (!hex && std::isdigit(u))
            v = v * 10 + static_cast<std::uint32_t>(c - '0');
        else
            return 0;
    }
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    return v;
}

// Elements whose tags are markup; anything else that looks like a tag is text.
constexpr std::string_view kBreakTags[] = {"br", "hr"};
constexpr std::string_view kBlockTags[] = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol",
                                           "blockquote", "pre", "table", "section", "article", "header",
                                           "footer", "dl", "dt", "dd", "figure", "figcaption", "details",
                                           "summary", "aside"};
constexpr std::string_view kInlineTags[] = {"span", "strong", "b", "i", "em", "u", "s", "a", "code", "mark", "sub",
                                            "sup", "small", "big", "font", "del", "ins", "strike", "label", "img",
                                            "td", "th", "tbody", "thead", "tfoot", "abbr", "cite", "q", "kbd",
                                            "var", "time", "input", "colgroup", "col", "caption", "wbr", "li"};

template <std::size_t N>
bool among(const std::string_view (&list)[N], std::string_view name)
{
    return std::find(std::begin(list), std::end(list), name) != std::end(list);
}

struct Tag {
    std::string name;   // lower case
    bool closing = false;
    std::size_t end = 0; // just after '>'
};

// The tag at html[at] == '<', if it is the tag of an HTML element.
std::optional<Tag> tagAt(std::string_view html, std::size_t at)
{
    Tag t;
    std::size_t i = at + 1;
    if (i < html.size() && html[i] == '/') {
        t.closing = true;
        ++i;
    }
    while (i < html.size() && std::isalnum(static_cast<unsigned char>(html[i])))
        t.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
    if (t.name.empty() || i >= html.size())
        return std::nullopt;
    if (html[i] != '>' && html[i] != '/' && !std::isspace(static_cast<unsigned char>(html[i])))
        return std::nullopt;
    if (!among(kBreakTags, t.name) && !among(kBlockTags, t.name) && !among(kInlineTags, t.name))
        return std::nullopt;
    const std::size_t close = html.find('>', i);
    if (close == std::string_view::npos)
        return std::nullopt;
    t.end = close + 1;
    return t;
}

bool hasTags(std::string_view html)
{
    for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1))
        if (tagAt(html, at) || html.substr(at).starts_with("<!--"))
            return true;
    return false;
}

// Trims lines, keeps one blank line at most between text, none at the ends.
std::string tidyLines(std::string_view text)
{
    std::string out;
    bool blank = false;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(start, end - start);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '\r'))
            line.remove_prefix(1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
            line.remove_suffix(1);
        if (line.empty()) {
            blank = !out.empty();
        } else {
            if (!out.empty())
                out += blank ? "\n\n" : "\n";
            out += line;
            blank = false;
        }
        start = end + 1;
    }
    return out;
}

// Ends the line being written, unless it has nothing yet but a list item's "- ".
void endLine(std::string& out)
{
    const std::size_t lineStart = out.rfind('\n') == std::string::npos ? 0 : out.rfind('\n') + 1;
    if (std::string_view(out).substr(lineStart) == "- ")
        return;
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    if (!out.empty() && out.back() != '\n')
        out += '\n';
}

}  // namespace

std::string decodeEntities(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out += text[i];
            continue;
        }
        const std::size_t semi = text.find(';', i + 1);
        if (semi == std::string_view::npos || semi - i > 34) {
            out += '&';
            continue;
        }
        const std::string_view name = text.substr(i + 1, semi - i - 1);
        const char32_t c = name.starts_with('#') ? numericEntity(name.substr(1)) : namedEntity(name);
        if (!c) {
            out += '&';
            continue;
        }
        if (c != 0xAD)
            appendUtf8(out, c);
        i = semi;
    }
    return out;
}

std::string htmlToText(std::string_view html)
{
    if (!hasTags(html))
        return tidyLines(decodeEntities(html));
    std::string out;
    std::string run;   // text since the last tag, raw
    std::size_t blockStart = std::string::npos;
    const auto flushRun = [&] {
        std::string decoded = decodeEntities(run);
        run.clear();
        for (std::size_t i = 0; i < decoded.size(); ++i) {
            const char c = decoded[i];
            if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
                if (!out.empty() && out.back() != ' ' && out.back() != '\n')
                    out += ' ';
            } else if (c == '\xC2' && i + 1 < decoded.size() && decoded[i + 1] == '\xA0') {
                out += ' ';        // no-break space, as editors write for a typed space
                ++i;
            } else {
                out += c;
            }
        }
    };
    std::size_t i = 0;
    while (i < html.size()) {
        if (html[i] != '<') {
            run += html[i++];
            continue;
        }
        if (html.substr(i).starts_with("<!--")) {
            flushRun();
            const std::size_t end = html.find("-->", i + 4);
            i = end == std::string_view::npos ? html.size() : end + 3;
            continue;
        }
        const auto tag = tagAt(html, i);
        if (!tag) {
            run += html[i++];
            continue;
        }
        flushRun();
        const bool block = among(kBlockTags, tag->name) || tag->name == "li";
        if (among(kBreakTags, tag->name)) {
            out += '\n';
        } else if (block && tag->closing) {
            // An empty paragraph is how editors keep a blank line.
            if (out.size() == blockStart && (tag->name == "p" || tag->name == "div"))
                out += '\n';
            endLine(out);
        } else if (block) {
            endLine(out);
            if (tag->name == "li")
                out += "- ";
            blockStart = out.size();
        } else if ((tag->name == "td" || tag->name == "th") && tag->closing) {
            out += ' ';
        }
        i = tag->end;
    }
    flushRun();
    return tidyLines(out);
}

}  // namespace mizan
