// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain text from the HTML that web tools store in their fields (Leantime's
// rich-text editor), read the way a browser shows it rather than strictly:
// such fields are often written into files without escaping.

#include <string>
#include <string_view>

namespace mizan {

// Tags of HTML elements are taken out and entities decoded. Line breaks come
// from <br>, paragraphs, divs, headings, table rows and list items (which
// start with "- "); other white space is collapsed as a browser does. A "<"
// that does not open a known element, and an "&" that starts no entity, stay
// as they are ("a < b", "R&D"). Text without any tag keeps its own line
// breaks. Lines are trimmed, runs of blank lines become one, and the text
// has no blank line at either end.
std::string htmlToText(std::string_view html);

// Decodes &amp; &lt; &gt; &quot; &apos; &nbsp;, numeric references (&#233;
// &#xE9;) and the named entities of Latin-1 and typography (&eacute;
// &rsquo; &hellip; ...). Anything else is kept as written.
std::string decodeEntities(std::string_view text);

}  // namespace mizan
