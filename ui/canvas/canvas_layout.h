// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The published canvas layout, in canvas units: partners | activities over
// resources | value propositions | relationships over channels | segments;
// costs | revenues. Right to left mirrors it. Also where notes go inside a
// block: a flow of equal notes that shrinks to fit a full block. Used by
// the editor, the exports and presentation mode alike.

#include "core/model/enums.h"

#include <QRectF>
#include <QSizeF>

#include <vector>

namespace mizan::ui {

class CanvasLayout {
public:
    static constexpr qreal kWidth = 1600;
    static constexpr qreal kHeight = 1000;
    static constexpr qreal kHeaderHeight = 44;
    static constexpr qreal kGap = 8;

    static QSizeF canvasSize() { return {kWidth, kHeight}; }
    static QRectF blockRect(BlockId block, bool rightToLeft);
    // The area of a block where notes go.
    static QRectF noteArea(BlockId block, bool rightToLeft);

};

}  // namespace mizan::ui
