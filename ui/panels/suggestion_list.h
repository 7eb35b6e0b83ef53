// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The answers a note's words suggest for one question, shown under that
// question in the planner: "Suggested: Loyalty programme — from: “stamp
// card”", with Accept and Dismiss. Nothing is applied until the user says
// so; each click is one undo step. Hidden while nothing is suggested.

#include "core/suggest/suggestion.h"

#include <QFrame>
#include <QPointer>

#include <string_view>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace mizan::ui {

class Document;

class SuggestionList : public QFrame {
    Q_OBJECT

public:
    // The suggestions on note whose field is one of fields.
    SuggestionList(Document& document, NoteId note, std::vector<std::string_view> fields, QWidget* parent = nullptr);

    // Re-reads the document's suggestions.
    void refresh();
    // Those shown now.
    const std::vector<Suggestion>& shown() const { return shown_; }

private:
    QPointer<Document> document_;
    NoteId note_;
    std::vector<std::string_view> fields_;
    std::vector<Suggestion> shown_;
    QVBoxLayout* rows_;
};

// What the planner puts at the top of a note's form: how many suggestions
// its words hold, with Accept all and Dismiss all (one undo step each).
class SuggestionSummary : public QFrame {
    Q_OBJECT

public:
    SuggestionSummary(Document& document, std::vector<NoteId> notes, QWidget* parent = nullptr);
    void refresh();

private:
    std::vector<Suggestion> waiting() const;

    QPointer<Document> document_;
    std::vector<NoteId> notes_;
    QLabel* text_;
};

}  // namespace mizan::ui
