// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/text_tokens.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cmath>
#include <memory>

namespace mizan::text {

namespace {

bool isArabicLetter(UChar32 c)
{
    return c >= 0x0621 && c <= 0x064A;
}
bool isHebrewLetter(UChar32 c)
{
    return c >= 0x05D0 && c <= 0x05EA;
}

// NFKC with case folding, then the script-specific unifications.
icu::UnicodeString normalised(const icu::UnicodeString& in)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
    icu::UnicodeString folded = U_SUCCESS(status) ? nfkc->normalize(in, status) : in;
    if (U_FAILURE(status))
        folded = in;
    icu::UnicodeString out;
    for (int32_t i = 0; i < folded.length();) {
        const UChar32 c = folded.char32At(i);
        i += U16_LENGTH(c);
        if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640)  // harakat, superscript alef, tatweel
            continue;
        if (c >= 0x0591 && c <= 0x05C7 && c != 0x05BE && c != 0x05C0 && c != 0x05C3 && c != 0x05C6)  // Hebrew points
            continue;
        if (c == 0x2019 || c == 0x2018 || c == 0x02BC)  // typographic apostrophes
            out.append(UChar32('\''));
        else if (c == 0x0623 || c == 0x0625 || c == 0x0622 || c == 0x0671)  // أ إ آ ٱ
            out.append(UChar32(0x0627));
        else if (c == 0x0649)  // ى
            out.append(UChar32(0x064A));
        else if (c == 0x0629)  // ة
            out.append(UChar32(0x0647));
        else if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER)
            out.append(UChar32('0' + u_charDigitValue(c)));
        else
            out.append(c);
    }
    return out;
}

std::string utf8(const icu::UnicodeString& s)
{
    std::string out;
    s.toUTF8String(out);
    return out;
}

// The stems a word may have under its attached particles.
std::vector<std::string> stemsOf(const icu::UnicodeString& w)
{
    std::vector<icu::UnicodeString> out{w};
    const auto add = [&](const icu::UnicodeString& s) {
        if (s.length() >= 2 && std::find(out.begin(), out.end(), s) == out.end())
            out.push_back(s);
    };
    if (w.length() == 0)
        return {};
    const UChar32 first = w.char32At(0);
    if (isArabicLetter(first)) {
        // و / ف, then ب ك ل, then the article ال (ل + ال is written لل).
        std::vector<icu::UnicodeString> step{w};
        if (w.length() > 3 && (w[0] == 0x0648 || w[0] == 0x0641))
            step.push_back(icu::UnicodeString(w, 1));
        std::vector<icu::UnicodeString> step2 = step;
        for (const auto& s : step)
            if (s.length() > 3 && (s[0] == 0x0628 || s[0] == 0x0643 || s[0] == 0x0644))
                step2.push_back(icu::UnicodeString(s, 1));
        for (const auto& s : step2) {
            add(s);
            if (s.length() > 3 && s[0] == 0x0627 && s[1] == 0x0644)
                add(icu::UnicodeString(s, 2));
            if (s.length() > 3 && s[0] == 0x0644 && s[1] == 0x0644)  // لل = ل + ال
                add(icu::UnicodeString(s, 2));
        }
    } else if (isHebrewLetter(first)) {
        // Up to three of the prefix letters ה ו ב ל מ ש כ.
        static const icu::UnicodeString prefixes = icu::UnicodeString::fromUTF8("הובלמשכ");
        icu::UnicodeString s = w;
        for (int k = 0; k < 3 && s.length() > 3 && prefixes.indexOf(s[0]) >= 0; ++k) {
            s = icu::UnicodeString(s, 1);
            add(s);
        }
    } else {
        // French elision: l'équipe, d'accueil, qu'un.
        const int32_t apostrophe = w.indexOf(UChar('\''));
        if (apostrophe > 0 && apostrophe <= 3 && apostrophe + 1 < w.length())
            add(icu::UnicodeString(w, apostrophe + 1));
    }
    std::vector<std::string> result;
    for (const auto& s : out)
        result.push_back(utf8(s));
    return result;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

}  // namespace

std::optional<double> numberValue(std::string_view w)
{
    // A k or m suffix multiplies.
    double multiplier = 1;
    if (!w.empty() && (w.back() == 'k' || w.back() == 'm')) {
        multiplier = w.back() == 'k' ? 1e3 : 1e6;
        w.remove_suffix(1);
    }
    if (w.empty() || !isDigit(w.front()) || !isDigit(w.back()))
        return std::nullopt;
    // Runs of digits and the separators between them (as UTF-8 strings).
    std::vector<std::string> runs, separators;
    std::string run;
    for (std::size_t i = 0; i < w.size();) {
        if (isDigit(w[i])) {
            run += w[i++];
            continue;
        }
        std::size_t n = 1;
        const unsigned char c = static_cast<unsigned char>(w[i]);
        if (c >= 0xC0)
            n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        const std::string sep(w.substr(i, n));
        if (sep != "," && sep != "." && sep != "'" && sep != "\u066C" && sep != "\u066B" && sep != "\u00A0"
            && sep != "\u202F" && sep != " ")
            return std::nullopt;
        runs.push_back(run);
        separators.push_back(sep);
        run.clear();
        i += n;
    }
    runs.push_back(run);
    // Separators before groups of exactly three digits group thousands; the
    // last separator before another count of digits is the decimal point.
    std::string integer = runs.front(), fraction;
    for (std::size_t k = 0; k < separators.size(); ++k) {
        const std::string& next = runs[k + 1];
        const bool last = k + 1 == separators.size();
        const bool decimalMark = separators[k] == "." || separators[k] == "," || separators[k] == "\u066B";
        if (next.size() == 3 && !(separators[k] == "\u066B"))
            integer += next;
        else if (last && decimalMark)
            fraction = next;
        else
            return std::nullopt;
    }
    const double value = std::stod(integer + (fraction.empty() ? "" : "." + fraction));
    return value * multiplier;
}

std::string normalise(std::string_view in)
{
    return utf8(normalised(icu::UnicodeString::fromUTF8(icu::StringPiece(in.data(), static_cast<int32_t>(in.size())))));
}

namespace {
// Thousands written with a space between the groups ("1 800", "45 000",
// French and Hebrew typing): the word iterator splits them. A group of one
// to three digits, one space of any width, and exactly three digits.
bool joinsThousands(const Token& before, const Token& group, std::string_view text)
{
    const auto digits = [](std::string_view w) { return std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }); };
    if (!before.number || group.word.size() != 3 || !digits(group.word) || before.end > group.begin)
        return false;
    const std::string_view gap = text.substr(before.end, group.begin - before.end);
    if (gap != " " && gap != "\u00A0" && gap != "\u2009" && gap != "\u202F")
        return false;
    // The last group of what comes before: one to three digits.
    const std::string& w = before.word;
    std::size_t n = 0;
    while (n < w.size() && w[w.size() - 1 - n] >= '0' && w[w.size() - 1 - n] <= '9')
        ++n;
    return n >= 1 && n <= 3 && (n == w.size() || before.value == std::floor(before.value));
}
}  // namespace

std::vector<Token> tokenize(std::string_view in)
{
    std::vector<Token> tokens;
    // The text in UTF-16, and where each UTF-16 unit starts in the UTF-8
    // bytes, decoded together so the offsets hold even for broken UTF-8
    // (each bad sequence is one U+FFFD, as ICU decodes it).
    icu::UnicodeString text;
    std::vector<std::size_t> byteAt;
    {
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(in.data());
        const auto length = static_cast<int32_t>(std::min<std::size_t>(in.size(), INT32_MAX));
        for (int32_t i = 0; i < length;) {
            const int32_t at = i;
            UChar32 c = 0;
            U8_NEXT(bytes, i, length, c);
            if (c < 0)
                c = 0xFFFD;
            text.append(c);
            for (int32_t k = 0; k < U16_LENGTH(c); ++k)
                byteAt.push_back(static_cast<std::size_t>(at));
        }
        byteAt.push_back(static_cast<std::size_t>(length));
    }
    // One word iterator per thread: making one costs more than a note's
    // words; it keeps a pointer to the text only until the next setText.
    thread_local const std::unique_ptr<icu::BreakIterator> words = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> made(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        return U_FAILURE(status) ? nullptr : std::move(made);
    }();
    if (!words)
        return tokens;
    words->setText(text);
    for (int32_t start = words->first(), end = words->next(); end != icu::BreakIterator::DONE;
         start = end, end = words->next()) {
        if (words->getRuleStatus() == UBRK_WORD_NONE)
            continue;
        const icu::UnicodeString piece = normalised(icu::UnicodeString(text, start, end - start));
        Token t;
        t.begin = byteAt[static_cast<std::size_t>(start)];
        t.end = byteAt[static_cast<std::size_t>(end)];
        t.word = utf8(piece);
        if (const auto value = numberValue(t.word)) {
            t.number = true;
            t.value = *value;
            t.stems = {t.word};
            if (!tokens.empty() && joinsThousands(tokens.back(), t, in)) {
                Token& before = tokens.back();
                before.word += " " + t.word;  // "1 800": numberValue reads the space as grouping
                before.stems = {before.word};
                before.value = numberValue(before.word).value_or(before.value * 1000 + t.value);
                before.end = t.end;
                continue;
            }
        } else {
            t.stems = stemsOf(piece);
        }
        tokens.push_back(std::move(t));
    }
    return tokens;
}

}  // namespace mizan::text
