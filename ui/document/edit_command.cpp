// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/edit_command.h"

#include "ui/document/document.h"

namespace mizan::ui {

EditCommand::EditCommand(Document& document, CanvasEdit edit, const QString& text, int mergeKey)
    : QUndoCommand(text), document_(document), edit_(std::move(edit)), mergeKey_(mergeKey)
{
}

void EditCommand::redo()
{
    document_.perform(edit_, true);
}

void EditCommand::undo()
{
    document_.perform(edit_, false);
}

bool EditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* later = static_cast<const EditCommand*>(other);
    if (later->mergeKey_ != mergeKey_ || &later->document_ != &document_)
        return false;
    return edit_.mergeWith(later->edit_);
}

ConflictsCommand::ConflictsCommand(Document& document, std::vector<MergeConflict> before, std::vector<MergeConflict> after)
    : document_(document), before_(std::move(before)), after_(std::move(after))
{
}

void ConflictsCommand::redo()
{
    document_.setConflicts(after_);
}

void ConflictsCommand::undo()
{
    document_.setConflicts(before_);
}

}  // namespace mizan::ui
