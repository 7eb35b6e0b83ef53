// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One of the nine blocks: its frame, icon, title, a button with its guiding
// questions, and a badge with the number of findings on its notes.

#include "core/model/enums.h"
#include "core/checklist/finding.h"

#include <QGraphicsObject>

namespace mizan::ui {

class BlockItem : public QGraphicsObject {
    Q_OBJECT

public:
    BlockItem(BlockId block, QGraphicsItem* parent = nullptr);

    BlockId block() const { return block_; }
    void setGeometry(const QRectF& rect, bool rightToLeft);
    void setFindings(int count, Severity worst);
    void setHiddenNotes(int count);
    // An empty block shows a quiet hint: how to add a note and the block's
    // first guiding question.
    void setEmpty(bool empty);
    QString hint() const;
    void setHighlighted(bool on);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

signals:
    void questionsRequested(mizan::BlockId block, QPointF screenPos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QRectF questionButton() const;

    BlockId block_;
    QRectF rect_;
    bool rtl_ = false;
    int findings_ = 0;
    Severity worst_ = Severity::Advice;
    int hidden_ = 0;
    bool empty_ = false;
    bool highlighted_ = false;
};

}  // namespace mizan::ui
