// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/canvas/block_item.h"

#include "ui/canvas/canvas_layout.h"
#include "ui/style.h"
#include "ui/texts.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QSvgRenderer>
#include <QToolTip>

namespace mizan::ui {

BlockItem::BlockItem(BlockId block, QGraphicsItem* parent) : QGraphicsObject(parent), block_(block)
{
    setZValue(-1);
    setAcceptHoverEvents(true);
}

void BlockItem::setGeometry(const QRectF& rect, bool rightToLeft)
{
    prepareGeometryChange();
    rect_ = rect;
    rtl_ = rightToLeft;
    update();
}

void BlockItem::setFindings(int count, Severity worst)
{
    if (count == findings_ && worst == worst_)
        return;
    findings_ = count;
    worst_ = worst;
    update();
}

void BlockItem::setHiddenNotes(int count)
{
    if (count != hidden_) {
        hidden_ = count;
        update();
    }
}

void BlockItem::setHighlighted(bool on)
{
    if (on != highlighted_) {
        highlighted_ = on;
        update();
    }
}

QRectF BlockItem::boundingRect() const
{
    return rect_;
}

QRectF BlockItem::questionButton() const
{
    const qreal s = 26;
    const qreal y = rect_.top() + (CanvasLayout::kHeaderHeight - s) / 2;
    return rtl_ ? QRectF(rect_.left() + 8, y, s, s) : QRectF(rect_.right() - 8 - s, y, s, s);
}

void BlockItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*)
{
    const Palette& pal = Style::palette();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(highlighted_ ? pal.accent : pal.blockBorder, highlighted_ ? 4 : 1.5));
    p->setBrush(pal.blockFill);
    p->drawRect(rect_.adjusted(1, 1, -1, -1));

    // Icon, title, question button; mirrored right to left.
    const qreal icon = 26;
    const QRectF iconRect = rtl_ ? QRectF(rect_.right() - 10 - icon, rect_.top() + 9, icon, icon)
                                 : QRectF(rect_.left() + 10, rect_.top() + 9, icon, icon);
    Style::blockIcon(block_)->render(p, iconRect);
    QFont f = Style::uiFont();
    f.setPixelSize(19);
    f.setBold(true);
    p->setFont(f);
    p->setPen(pal.blockTitle);
    // Room for the icon on the start side, the ? button and the badge on the end side.
    const qreal start = icon + 20, end = 26 + 16 + (findings_ > 0 ? 40 : 0);
    const QRectF titleRect = rect_.adjusted(rtl_ ? end : start, 0, rtl_ ? -start : -end, 0)
                                 .adjusted(0, 0, 0, -(rect_.height() - CanvasLayout::kHeaderHeight));
    const QString title = QFontMetricsF(f).elidedText(blockTitle(block_), Qt::ElideRight, titleRect.width());
    p->drawText(titleRect, Qt::AlignVCenter | (rtl_ ? Qt::AlignRight : Qt::AlignLeft), title);

    const QRectF q = questionButton();
    p->setPen(QPen(pal.blockBorder, 1.5));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(q);
    f.setPixelSize(16);
    p->setFont(f);
    p->drawText(q, Qt::AlignCenter, QStringLiteral("?"));

    if (findings_ > 0) {
        const QRectF badge = rtl_ ? QRectF(q.right() + 6, q.top(), 30, 26) : QRectF(q.left() - 36, q.top(), 30, 26);
        p->setPen(Qt::NoPen);
        p->setBrush(Style::severityColour(worst_));
        p->drawRoundedRect(badge, 13, 13);
        f.setPixelSize(15);
        p->setFont(f);
        p->setPen(Qt::white);
        p->drawText(badge, Qt::AlignCenter, QLocale().toString(findings_));
    }
    if (empty_) {
        f.setPixelSize(15);
        f.setBold(false);
        f.setItalic(true);
        p->setFont(f);
        QColor quiet = pal.blockTitle;
        quiet.setAlphaF(0.6);
        p->setPen(quiet);
        const QRectF area = CanvasLayout::noteArea(block_, rtl_).adjusted(12, 12, -12, -12);
        p->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, hint());
        f.setItalic(false);
    }
    if (hidden_ > 0) {
        f.setPixelSize(14);
        f.setBold(false);
        p->setFont(f);
        p->setPen(pal.blockTitle);
        p->drawText(rect_.adjusted(8, 0, -8, -4), Qt::AlignBottom | Qt::AlignHCenter,
                    tr("+%1 more").arg(QLocale().toString(hidden_)));
    }
}

void BlockItem::setEmpty(bool empty)
{
    if (empty_ == empty)
        return;
    empty_ = empty;
    update();
}

QString BlockItem::hint() const
{
    if (!empty_)
        return {};
    const auto& questions = blockInfo(block_).guidingQuestions;
    const QString question =
        questions.empty() ? QString() : QCoreApplication::translate(kVocabularyContext, questions.front());
    return question + QStringLiteral("\n\n") + tr("Double-click to add a note");
}

void BlockItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && questionButton().contains(event->pos())) {
        emit questionsRequested(block_, event->screenPos());
        event->accept();
        return;
    }
    QGraphicsObject::mousePressEvent(event);
}

void BlockItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    setToolTip(questionButton().contains(event->pos()) ? blockQuestions(block_) : QString());
    QGraphicsObject::hoverMoveEvent(event);
}

}  // namespace mizan::ui
