// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/canvas/canvas_scene.h"

#include "core/versions/canvas_merge.h"

#include "core/model/canvas_edit.h"
#include "ui/canvas/block_item.h"
#include "ui/canvas/canvas_layout.h"
#include "ui/canvas/note_flow.h"
#include "ui/document/document.h"
#include "ui/canvas/note_item.h"
#include "ui/canvas/note_look.h"
#include "ui/style.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QGraphicsView>
#include <QSet>

namespace mizan::ui {

CanvasScene::CanvasScene(Document& document, QObject* parent) : QGraphicsScene(parent), document_(document)
{
    setSceneRect(QRectF(QPointF(0, 0), CanvasLayout::canvasSize()));
    setBackgroundBrush(Style::palette().background);
    for (BlockId b : allValues<BlockId>()) {
        auto* item = new BlockItem(b);
        addItem(item);
        blocks_[static_cast<std::size_t>(b)] = item;
        connect(item, &BlockItem::questionsRequested, this, &CanvasScene::questionsRequested);
    }
    connect(&document_, &Document::changed, this, &CanvasScene::onChanged);
    connect(&document_, &Document::findingsChanged, this, &CanvasScene::refreshBadges);
    connect(&document_, &Document::suggestionsChanged, this, &CanvasScene::refreshBadges);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        const auto ids = selectedNoteIds();
        if (!ids.empty())
            if (const auto loc = document_.canvas().locate(ids.front()))
                currentBlock_ = loc->block;
    });
    rebuild();
}

void CanvasScene::setRightToLeft(bool rtl)
{
    if (rtl != rtl_) {
        rtl_ = rtl;
        for (BlockId b : allValues<BlockId>())
            layoutBlock(b);
    }
    refreshAll();  // the notes' details are in the interface's language
}

void CanvasScene::setShowSegmentColours(bool on)
{
    segmentColours_ = on;
    refreshAll();
}

void CanvasScene::refreshAll()
{
    for (auto it = notes_.begin(); it != notes_.end(); ++it)
        refreshNote(it.key());
    update();
}

NoteItem* CanvasScene::makeItem(const NoteId& id)
{
    auto* item = new NoteItem(id);
    addItem(item);
    notes_.insert(id, item);
    connect(item, &NoteItem::textEdited, this, &CanvasScene::onTextEdited);
    connect(item, &NoteItem::dropped, this, &CanvasScene::onDropped);
    return item;
}

void CanvasScene::rebuild()
{
    for (NoteItem* item : std::as_const(notes_))
        delete item;
    notes_.clear();
    for (BlockId b : allValues<BlockId>())
        for (const Note& n : document_.canvas().notes(b))
            makeItem(n.id);
    for (auto it = notes_.begin(); it != notes_.end(); ++it)
        refreshNote(it.key());
    for (BlockId b : allValues<BlockId>())
        layoutBlock(b);
    refreshBadges();
}

void CanvasScene::onChanged(const ChangeEvent& event)
{
    if (event.everything) {
        rebuild();
        return;
    }
    const Canvas& canvas = document_.canvas();
    QSet<int> blocksToLayout;
    for (BlockId b : event.blocks)
        blocksToLayout.insert(int(b));
    QSet<NoteId> refresh;
    for (const NoteId& id : event.notes) {
        refresh.insert(id);
        const auto loc = canvas.locate(id);
        if (!loc) {
            delete notes_.take(id);
            continue;
        }
        if (!notes_.contains(id))
            makeItem(id);
        blocksToLayout.insert(int(loc->block));
        // Notes linked to a segment show its colour and name: they change with it.
        const Note& n = canvas.notes(loc->block)[loc->index];
        if (n.segment)
            for (const NoteId& other : notesReferringTo(canvas, id))
                refresh.insert(other);
    }
    for (const NoteId& id : std::as_const(refresh))
        if (canvas.contains(id))
            refreshNote(id);
    for (int b : std::as_const(blocksToLayout))
        layoutBlock(static_cast<BlockId>(b));
}

void CanvasScene::refreshNote(const NoteId& id)
{
    NoteItem* item = notes_.value(id);
    const Note* note = document_.canvas().find(id);
    if (!item || !note)
        return;
    NoteLook look = noteLook(document_.canvas(), *note, segmentColours_);
    const auto& previous = item->look();
    look.findings = previous.findings;
    look.worst = previous.worst;
    look.suggestions = previous.suggestions;
    look.matchesFind = !findText_.isEmpty() && look.text.contains(findText_, Qt::CaseInsensitive);
    // A note a merge left in conflict says so until it is resolved.
    const bool conflicted = std::find(note->tags.begin(), note->tags.end(), kConflictTag) != note->tags.end();
    look.diff = diffMarks_.value(id, conflicted ? DiffMark::Conflict : DiffMark::None);
    item->setLook(look);
}

void CanvasScene::setDiffMarks(const QHash<NoteId, DiffMark>& marks)
{
    diffMarks_ = marks;
    for (auto it = notes_.begin(); it != notes_.end(); ++it)
        refreshNote(it.key());
}

void CanvasScene::layoutBlock(BlockId block)
{
    blocks_[static_cast<std::size_t>(block)]->setGeometry(CanvasLayout::blockRect(block, rtl_), rtl_);
    const auto& notes = document_.canvas().notes(block);
    // Cards sized to their whole text (see note_flow.h).
    std::vector<FlowNote> flowing;
    flowing.reserve(notes.size());
    for (const Note& n : notes) {
        const NoteItem* item = notes_.value(n.id);
        flowing.push_back({item ? item->look().text : QString::fromStdString(n.text),
                           item ? item->resolvedDirection() == Qt::RightToLeft : rtl_,
                           // the line of answers, or the mark of suggestions waiting
                           item && (!item->look().detail.isEmpty() || item->look().suggestions > 0)});
    }
    const NoteFlow flow = flowNotes(CanvasLayout::noteArea(block, rtl_), flowing, rtl_);
    for (std::size_t i = 0; i < notes.size(); ++i) {
        NoteItem* item = notes_.value(notes[i].id);
        if (!item)
            continue;
        if (i < flow.cards.size()) {
            item->setVisible(true);
            item->setSlot(flow.cards[i], flow.fontPixels, flow.cut[i]);
        } else {
            item->setVisible(false);
        }
    }
    blocks_[static_cast<std::size_t>(block)]->setHiddenNotes(flow.hidden);
    blocks_[static_cast<std::size_t>(block)]->setEmpty(notes.empty());
}

int CanvasScene::insertionIndex(BlockId block, const std::vector<NoteId>& moving, QPointF point) const
{
    // Before the nearest card of those staying, or after it when the point
    // is below its middle.
    int index = 0, best = -1;
    qreal bestDistance = 1e18;
    for (const Note& n : document_.canvas().notes(block)) {
        if (std::find(moving.begin(), moving.end(), n.id) != moving.end())
            continue;
        const NoteItem* item = notes_.value(n.id);
        if (item && item->isVisible()) {
            const QRectF card = item->sceneBoundingRect();
            const QPointF d = card.center() - point;
            const qreal distance = d.x() * d.x() + d.y() * d.y();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = point.y() > card.center().y() ? index + 1 : index;
            }
        }
        ++index;
    }
    return best < 0 ? index : best;
}

void CanvasScene::refreshBadges()
{
    const Canvas& canvas = document_.canvas();
    QHash<NoteId, std::pair<int, Severity>> perNote;
    std::array<std::pair<int, Severity>, kBlockCount> perBlock{};
    for (auto& b : perBlock)
        b = {0, Severity::Advice};
    for (const Finding& f : document_.findings()) {
        if (f.subjects.empty())
            continue;
        // A finding is counted on its first subject: the note it is about.
        const NoteId& id = f.subjects.front();
        auto& entry = perNote[id];
        if (entry.first == 0 || f.severity < entry.second)
            entry.second = f.severity;
        ++entry.first;
        if (const auto loc = canvas.locate(id)) {
            auto& block = perBlock[static_cast<std::size_t>(loc->block)];
            if (block.first == 0 || f.severity < block.second)
                block.second = f.severity;
            ++block.first;
        }
    }
    QHash<NoteId, int> suggested;
    for (const Suggestion& s : document_.suggestions())
        ++suggested[s.note];
    QSet<int> regrown;   // blocks whose cards gain or lose the suggestions' line
    for (auto it = notes_.begin(); it != notes_.end(); ++it) {
        NoteLook look = it.value()->look();
        const auto entry = perNote.value(it.key(), {0, Severity::Advice});
        const int waiting = suggested.value(it.key(), 0);
        if (look.detail.isEmpty() && (look.suggestions > 0) != (waiting > 0))
            if (const auto loc = document_.canvas().locate(it.key()))
                regrown.insert(int(loc->block));
        if (look.findings != entry.first || look.worst != entry.second || look.suggestions != waiting) {
            look.findings = entry.first;
            look.worst = entry.second;
            look.suggestions = waiting;
            it.value()->setLook(look);
        }
    }
    for (int b : std::as_const(regrown))
        layoutBlock(static_cast<BlockId>(b));
    for (BlockId b : allValues<BlockId>()) {
        const auto& entry = perBlock[static_cast<std::size_t>(b)];
        blocks_[static_cast<std::size_t>(b)]->setFindings(entry.first, entry.second);
    }
}

std::vector<NoteId> CanvasScene::selectedNoteIds() const
{
    std::vector<NoteId> ids;
    for (QGraphicsItem* item : selectedItems())
        if (auto* n = qgraphicsitem_cast<NoteItem*>(item); n || (n = dynamic_cast<NoteItem*>(item)))
            ids.push_back(n->noteId());
    const Canvas& canvas = document_.canvas();
    std::sort(ids.begin(), ids.end(), [&](const NoteId& a, const NoteId& b) {
        const auto la = canvas.locate(a), lb = canvas.locate(b);
        return std::pair(la->block, la->index) < std::pair(lb->block, lb->index);
    });
    return ids;
}

void CanvasScene::selectNotes(const std::vector<NoteId>& ids)
{
    clearSelection();
    for (const auto& id : ids)
        if (NoteItem* item = notes_.value(id))
            item->setSelected(true);
}

std::optional<BlockId> CanvasScene::blockAt(const QPointF& pos) const
{
    for (BlockId b : allValues<BlockId>())
        if (CanvasLayout::blockRect(b, rtl_).contains(pos))
            return b;
    return std::nullopt;
}

void CanvasScene::addNoteTo(BlockId block)
{
    if (document_.isReadOnly())
        return;
    currentBlock_ = block;
    Note note{.id = document_.canvas().newNoteId()};
    // Structured notes start structured: the planner shows their questions.
    if (blockAllowsSegment(block))
        note.segment = CustomerSegment{};
    if (blockAllowsChannel(block))
        note.channel = Channel{};
    const std::size_t at = document_.canvas().notes(block).size();
    document_.apply(edits::insertNotes(document_.canvas(), block, at, {note}), tr("Add note"));
    if (NoteItem* item = notes_.value(note.id)) {
        selectNotes({note.id});
        item->startEditing();
    }
}

void CanvasScene::deleteSelected()
{
    const auto ids = selectedNoteIds();
    if (ids.empty())
        return;
    document_.apply(edits::removeNotes(document_.canvas(), ids),
                    ids.size() == 1 ? tr("Delete note") : tr("Delete %n notes", nullptr, int(ids.size())));
}

std::vector<NoteId> CanvasScene::markMatches(const QString& text)
{
    findText_ = text;
    std::vector<NoteId> matches;
    for (BlockId b : allValues<BlockId>())
        for (const Note& n : document_.canvas().notes(b)) {
            refreshNote(n.id);
            if (!text.isEmpty() && QString::fromStdString(n.text).contains(text, Qt::CaseInsensitive))
                matches.push_back(n.id);
        }
    return matches;
}

void CanvasScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsItem* item = itemAt(event->scenePos(), QTransform());
    if (!dynamic_cast<NoteItem*>(item) && !(item && dynamic_cast<NoteItem*>(item->parentItem()))) {
        if (const auto block = blockAt(event->scenePos())) {
            addNoteTo(*block);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (const auto block = blockAt(event->scenePos()))
        currentBlock_ = *block;
    QGraphicsScene::mousePressEvent(event);
}

void CanvasScene::keyPressEvent(QKeyEvent* event)
{
    if (focusItem() && focusItem()->parentItem()) {  // typing in a note
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    // The keyboard walks the notes in reading order: Left/Right (mirrored
    // right to left) to the neighbour, Up/Down to the previous or next block.
    std::vector<NoteId> order;
    for (BlockId b : allValues<BlockId>())
        for (const Note& n : document_.canvas().notes(b))
            order.push_back(n.id);
    const auto selected = selectedNoteIds();
    int at = -1;
    if (!selected.empty())
        at = int(std::find(order.begin(), order.end(), selected.front()) - order.begin());
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Right: step = rtl_ ? -1 : 1; break;
    case Qt::Key_Left: step = rtl_ ? 1 : -1; break;
    case Qt::Key_Tab: step = 1; break;
    case Qt::Key_Backtab: step = -1; break;
    case Qt::Key_Down:
    case Qt::Key_Up: {
        const int dir = event->key() == Qt::Key_Down ? 1 : -1;
        const int current = at >= 0 ? int(document_.canvas().locate(order[size_t(at)])->block) : -1;
        for (int b = current + dir; b >= 0 && b < int(kBlockCount); b += dir)
            if (!document_.canvas().notes(BlockId(b)).empty()) {
                selectNotes({document_.canvas().notes(BlockId(b)).front().id});
                currentBlock_ = BlockId(b);
                break;
            }
        event->accept();
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selected.size() == 1)
            if (NoteItem* item = notes_.value(selected.front()))
                item->startEditing();
        event->accept();
        return;
    default: QGraphicsScene::keyPressEvent(event); return;
    }
    if (order.empty())
        return;
    const int next = at < 0 ? 0 : std::clamp(at + step, 0, int(order.size()) - 1);
    selectNotes({order[size_t(next)]});
    event->accept();
}

void CanvasScene::onTextEdited(const NoteId& id, const QString& text, int session)
{
    const Note* note = document_.canvas().find(id);
    if (!note)
        return;
    Note changed = *note;
    changed.text = text.toStdString();
    // One undo step per editing session of one note.
    document_.apply(edits::changeNotes(document_.canvas(), {changed}), tr("Edit note"), session & 0x7fffffff);
}

void CanvasScene::onDropped(const NoteId& id, QPointF scenePos)
{
    const auto block = blockAt(scenePos);
    const auto from = document_.canvas().locate(id);
    if (!block || !from) {
        layoutBlock(from ? from->block : BlockId::CustomerSegments);
        return;
    }
    auto ids = selectedNoteIds();
    if (std::find(ids.begin(), ids.end(), id) == ids.end())
        ids = {id};
    const int index = insertionIndex(*block, ids, scenePos);
    CanvasEdit edit = edits::moveNotes(document_.canvas(), ids, *block, std::size_t(index));
    if (edit.empty()) {
        layoutBlock(from->block);
        return;
    }
    document_.apply(std::move(edit), tr("Move note"));
    // Moves within the same layout leave items where the mouse left them.
    layoutBlock(from->block);
    layoutBlock(*block);
}

}  // namespace mizan::ui
