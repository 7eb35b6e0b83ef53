// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The merge conflicts of the current canvas, one per field changed both
// ways (or a note deleted on one side and edited on the other): mine and
// theirs side by side, resolved by keeping mine, keeping theirs, or editing
// the note by hand. Each resolution is an undoable edit; the note's
// "merge-conflict" tag goes with its last conflict.

#include "core/model/note.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace mizan::ui {

class Document;

class ConflictsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ConflictsPanel(QWidget* parent = nullptr);
    void setDocument(Document* document);
    QTreeWidget* list() const { return list_; }
    int count() const;

signals:
    void noteRequested(const mizan::NoteId& id);
    void countChanged(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();
    void updateButtons();
    void resolve(bool theirs);

    Document* document_ = nullptr;
    QLabel* hint_;
    QTreeWidget* list_;
    QPushButton* mine_;
    QPushButton* theirs_;
    QPushButton* edit_;
};

}  // namespace mizan::ui
