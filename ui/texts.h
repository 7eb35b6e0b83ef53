// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The core library's words in the interface's language: its marked source
// strings go through Qt's translator with the same context, numbers through
// the current locale.

#include "core/model/canvas.h"
#include "core/checklist/finding.h"
#include "core/checklist/message_catalog.h"

#include <QString>

namespace mizan::ui {

RenderOptions renderOptions();
QString renderText(const Message& message, const Canvas& canvas);
// A negative lifetime value in words: customers leave before paying back
// what winning them cost (RT5).
QString lifetimeLossText(double lifetimeValue);
QString label(std::string_view vocabularyKey);
template <typename E>
QString label(E value);
QString blockTitle(BlockId block);
QString blockQuestions(BlockId block);
// "CR3: The channels you own shape ..." for tooltips and help.
QString methodText(const std::string& id);
QString methodRefsText(const Finding& finding);
QString severityName(Severity severity);
QString noteTitle(const Canvas& canvas, const NoteId& id);

}  // namespace mizan::ui

#include "core/model/vocabulary.h"

template <typename E>
QString mizan::ui::label(E value)
{
    const std::string key = termKey(value);
    return label(std::string_view(key));
}
