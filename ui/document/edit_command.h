// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one undo command: a CanvasEdit applied forward on redo and backward
// on undo. Ownership: the command owns the snapshots of every note it
// deleted or changed (inside its CanvasEdit) and hands them back on undo;
// the document owns the canvas. Commands with the same merge key (typing in
// one note during one editing session) fold into one undo step.

#include "core/model/canvas_edit.h"
#include "core/versions/canvas_merge.h"

#include <vector>

#include <QUndoCommand>

namespace mizan::ui {

class Document;

class EditCommand : public QUndoCommand {
public:
    EditCommand(Document& document, CanvasEdit edit, const QString& text, int mergeKey);

    void redo() override;
    void undo() override;
    int id() const override { return mergeKey_; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Document& document_;
    CanvasEdit edit_;
    int mergeKey_;
};

// The list of merge conflicts left to resolve, before and after a merge or a
// resolution: undone with the canvas edit it goes with (in one macro), so an
// undone "Keep theirs" lists its conflict again.
class ConflictsCommand : public QUndoCommand {
public:
    ConflictsCommand(Document& document, std::vector<MergeConflict> before, std::vector<MergeConflict> after);

    void redo() override;
    void undo() override;

private:
    Document& document_;
    std::vector<MergeConflict> before_, after_;
};

}  // namespace mizan::ui
