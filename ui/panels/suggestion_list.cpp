// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/suggestion_list.h"

#include "core/suggest/suggestion_text.h"
#include "ui/document/document.h"
#include "ui/texts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mizan::ui {

namespace {

// The look of what is proposed, not yet answered: a dashed amber frame.
constexpr const char* kFrameStyle =
    "mizan--ui--SuggestionList, mizan--ui--SuggestionSummary {"
    " border: 1px dashed #b8860b; border-radius: 4px; background: #fff8e1; }"
    " QLabel { background: transparent; border: none; color: #3e2f00; }";

QToolButton* button(const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(false);
    return b;
}

}  // namespace

SuggestionList::SuggestionList(Document& document, NoteId note, std::vector<std::string_view> fields, QWidget* parent)
    : QFrame(parent), document_(&document), note_(std::move(note)), fields_(std::move(fields)), rows_(new QVBoxLayout(this))
{
    setStyleSheet(QString::fromLatin1(kFrameStyle));
    rows_->setContentsMargins(6, 4, 6, 4);
    rows_->setSpacing(2);
    setAccessibleName(tr("Suggested answers"));
    hide();
}

void SuggestionList::refresh()
{
    if (!document_)
        return;
    std::vector<Suggestion> next;
    for (Suggestion& s : document_->suggestionsFor(note_))
        if (std::find(fields_.begin(), fields_.end(), s.field) != fields_.end())
            next.push_back(std::move(s));
    if (next == shown_ && (isVisible() || next.empty()))
        return;
    shown_ = std::move(next);
    // The rows are replaced, later: a row may be the one whose button is
    // being clicked.
    while (QLayoutItem* item = rows_->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    setVisible(!shown_.empty());
    const Canvas& canvas = document_->canvas();
    const RenderOptions options = renderOptions();
    const bool editable = !document_->isReadOnly();
    for (const Suggestion& s : shown_) {
        auto* row = new QWidget(this);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        // Isolated, so Arabic words keep their order in an English sentence
        // and English words in an Arabic one.
        const auto isolate = [](const QString& t) { return QStringLiteral("\u2068") + t + QStringLiteral("\u2069"); };
        const QString value = isolate(QString::fromStdString(valueText(s, canvas, options)).toHtmlEscaped());
        const QString words = isolate(QString::fromStdString(s.words).simplified().toHtmlEscaped());
        auto* label = new QLabel(tr("Suggested: <b>%1</b> — from: “%2”").arg(value, words), row);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        layout->addWidget(label, 1);
        auto* accept = button(tr("Accept"), tr("Accept the suggestion “%1”").arg(value), row);
        auto* dismiss = button(tr("Dismiss"), tr("Dismiss the suggestion “%1”: it will not be proposed again").arg(value), row);
        accept->setEnabled(editable);
        dismiss->setEnabled(editable);
        layout->addWidget(accept);
        layout->addWidget(dismiss);
        connect(accept, &QToolButton::clicked, this, [this, s] {
            if (document_)
                document_->acceptSuggestions({s});
        });
        connect(dismiss, &QToolButton::clicked, this, [this, s] {
            if (document_)
                document_->dismissSuggestions({s});
        });
        rows_->addWidget(row);
    }
}

SuggestionSummary::SuggestionSummary(Document& document, std::vector<NoteId> notes, QWidget* parent)
    : QFrame(parent), document_(&document), notes_(std::move(notes)), text_(new QLabel(this))
{
    setStyleSheet(QString::fromLatin1(kFrameStyle));
    setAccessibleName(tr("Suggestions from the note's words"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    text_->setWordWrap(true);
    layout->addWidget(text_, 1);
    auto* acceptAll = button(tr("Accept all"), tr("Accept every suggested answer of this note (one undo step)"), this);
    auto* dismissAll = button(tr("Dismiss all"), tr("Dismiss every suggested answer of this note"), this);
    layout->addWidget(acceptAll);
    layout->addWidget(dismissAll);
    connect(acceptAll, &QToolButton::clicked, this, [this] {
        if (document_)
            document_->acceptSuggestions(waiting());
    });
    connect(dismissAll, &QToolButton::clicked, this, [this] {
        if (document_)
            document_->dismissSuggestions(waiting());
    });
    hide();
}

std::vector<Suggestion> SuggestionSummary::waiting() const
{
    std::vector<Suggestion> out;
    if (document_)
        for (const NoteId& id : notes_)
            for (Suggestion& s : document_->suggestionsFor(id))
                out.push_back(std::move(s));
    return out;
}

void SuggestionSummary::refresh()
{
    const auto all = waiting();
    setVisible(!all.empty());
    const int n = static_cast<int>(all.size());
    text_->setText(tr("The note's words suggest %n answer(s), shown under their questions. Nothing is answered until "
                      "you accept.", nullptr, n));
    for (QToolButton* b : findChildren<QToolButton*>())
        b->setEnabled(document_ && !document_->isReadOnly());
}

}  // namespace mizan::ui
