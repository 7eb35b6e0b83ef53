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

}  // namespace mizan::ui
