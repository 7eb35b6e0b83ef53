// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one undo command: a CanvasEdit applied forward on redo and backward
// on undo. Ownership: the command owns the snapshots of every note it
// deleted or changed (inside its CanvasEdit) and hands them back on undo;
// the document owns the canvas. Commands with the same merge key (typing in
// one note during one editing session) fold into one undo step.

#include "core/model/canvas_edit.h"

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

}  // namespace mizan::ui
