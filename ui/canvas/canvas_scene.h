// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The canvas of one document as a graphics scene: nine blocks in the
// canvas layout (mirrored right to left when asked) and a card per note.
// It listens to the document's change events and updates only the notes
// and blocks they name; user gestures become edits on the document.

#include "core/model/canvas.h"
#include "ui/canvas/note_item.h"
#include "ui/document/change_event.h"

#include <QGraphicsScene>
#include <QHash>

#include <array>

namespace mizan::ui {

class BlockItem;
class Document;
class NoteItem;

class CanvasScene : public QGraphicsScene {
    Q_OBJECT

public:
    CanvasScene(Document& document, QObject* parent = nullptr);

    Document& document() const { return document_; }
    bool isRightToLeft() const { return rtl_; }
    void setRightToLeft(bool rtl);
    void setShowSegmentColours(bool on);
    // Re-reads every note's look (after a change of language, say).
    void refreshAll();

    NoteItem* noteItem(const NoteId& id) const { return notes_.value(id); }
    BlockItem* blockItem(BlockId block) const { return blocks_[static_cast<std::size_t>(block)]; }
    std::vector<NoteId> selectedNoteIds() const;
    void selectNotes(const std::vector<NoteId>& ids);
    // The block under a scene position, if any.
    std::optional<BlockId> blockAt(const QPointF& pos) const;
    // The block new notes go to: the selected note's, else the one last clicked.
    BlockId currentBlock() const { return currentBlock_; }

    // Adds an empty note at the end of block and starts editing it.
    void addNoteTo(BlockId block);
    void deleteSelected();
    // Highlights notes whose text contains text (case-insensitive); returns
    // the matches in canvas order.
    std::vector<NoteId> markMatches(const QString& text);
    // Marks notes as added, removed, moved or changed (comparison view).
    void setDiffMarks(const QHash<NoteId, DiffMark>& marks);

signals:
    void questionsRequested(mizan::BlockId block, QPointF screenPos);

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rebuild();
    void onChanged(const ChangeEvent& event);
    void refreshNote(const NoteId& id);
    // Where notes dropped at point go among the block's other notes.
    int insertionIndex(BlockId block, const std::vector<NoteId>& moving, QPointF point) const;
    void layoutBlock(BlockId block);
    void refreshBadges();
    void onTextEdited(const NoteId& id, const QString& text, int session);
    void onDropped(const NoteId& id, QPointF scenePos);
    NoteItem* makeItem(const NoteId& id);

    Document& document_;
    std::array<BlockItem*, kBlockCount> blocks_{};
    QHash<NoteId, NoteItem*> notes_;
    bool rtl_ = false;
    bool segmentColours_ = true;
    BlockId currentBlock_ = BlockId::CustomerSegments;
    QString findText_;
    QHash<NoteId, DiffMark> diffMarks_;
};

}  // namespace mizan::ui
