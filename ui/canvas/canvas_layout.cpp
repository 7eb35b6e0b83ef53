// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/canvas/canvas_layout.h"

#include <QtMath>

namespace mizan::ui {

namespace {

constexpr qreal kColumn = CanvasLayout::kWidth / 5;
constexpr qreal kTop = 700;                               // height of the nine-block band
constexpr qreal kBottom = CanvasLayout::kHeight - kTop;   // costs and revenues

QRectF leftToRightRect(BlockId block)
{
    switch (block) {
    case BlockId::KeyPartners: return {0, 0, kColumn, kTop};
    case BlockId::KeyActivities: return {kColumn, 0, kColumn, kTop / 2};
    case BlockId::KeyResources: return {kColumn, kTop / 2, kColumn, kTop / 2};
    case BlockId::ValuePropositions: return {2 * kColumn, 0, kColumn, kTop};
    case BlockId::CustomerRelationships: return {3 * kColumn, 0, kColumn, kTop / 2};
    case BlockId::Channels: return {3 * kColumn, kTop / 2, kColumn, kTop / 2};
    case BlockId::CustomerSegments: return {4 * kColumn, 0, kColumn, kTop};
    case BlockId::CostStructure: return {0, kTop, CanvasLayout::kWidth / 2, kBottom};
    case BlockId::RevenueStreams: return {CanvasLayout::kWidth / 2, kTop, CanvasLayout::kWidth / 2, kBottom};
    }
    return {};
}

}  // namespace

QRectF CanvasLayout::blockRect(BlockId block, bool rightToLeft)
{
    QRectF r = leftToRightRect(block);
    if (rightToLeft)
        r.moveLeft(kWidth - r.right());
    return r;
}

QRectF CanvasLayout::noteArea(BlockId block, bool rightToLeft)
{
    return blockRect(block, rightToLeft).adjusted(kGap, kHeaderHeight, -kGap, -kGap);
}

CanvasLayout::NoteSlots CanvasLayout::noteSlots(BlockId block, int count, bool rightToLeft)
{
    const QRectF area = noteArea(block, rightToLeft);
    NoteSlots placement;
    for (qreal scale = 1.0;; scale *= 0.9) {
        scale = qMax(scale, kMinNoteScale);
        const qreal w = kNoteWidth * scale, h = kNoteHeight * scale;
        const int columns = qMax(1, int((area.width() + kGap) / (w + kGap)));
        const int rows = qMax(1, int((area.height() + kGap) / (h + kGap)));
        if (columns * rows >= count || scale <= kMinNoteScale) {
            placement.scale = scale;
            // Spread the columns across the block's width.
            const qreal spare = area.width() - columns * w - (columns - 1) * kGap;
            const qreal offset = spare / 2;
            const int shown = qMin(count, columns * rows);
            for (int i = 0; i < shown; ++i) {
                const int row = i / columns, col = i % columns;
                const int visualCol = rightToLeft ? columns - 1 - col : col;
                placement.rects.emplace_back(area.left() + offset + visualCol * (w + kGap), area.top() + row * (h + kGap), w, h);
            }
            placement.hidden = count - shown;
            return placement;
        }
    }
}

int CanvasLayout::insertionIndex(BlockId block, int count, const QPointF& point, bool rightToLeft)
{
    const NoteSlots placement = noteSlots(block, count + 1, rightToLeft);
    int best = int(placement.rects.size()) - 1;
    qreal bestDistance = 1e18;
    for (int i = 0; i < int(placement.rects.size()); ++i) {
        const QPointF d = placement.rects[size_t(i)].center() - point;
        const qreal dist = d.x() * d.x() + d.y() * d.y();
        if (dist < bestDistance) {
            bestDistance = dist;
            best = i;
        }
    }
    return qBound(0, best, count);
}

}  // namespace mizan::ui
