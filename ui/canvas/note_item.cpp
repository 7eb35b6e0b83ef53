// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/canvas/note_item.h"

#include "ui/canvas/note_flow.h"
#include "ui/style.h"

#include <QCursor>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsTextItem>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <cmath>

namespace mizan::ui {

namespace {

int nextSession = 1;

constexpr qreal kPadding = 7;
constexpr qreal kStrip = 6;

}  // namespace

qreal noteTextPadding(qreal scale)
{
    return kPadding * scale;
}

qreal noteTextInset()
{
    return 2 * kPadding + kStrip;
}

QString layoutText(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return out;
}

Qt::LayoutDirection directionOfText(const QString& text)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirL: return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL: return Qt::RightToLeft;
        default: break;
        }
    }
    return Qt::LayoutDirectionAuto;
}

bool noteIsRightToLeft(const Note& note, bool canvasRightToLeft)
{
    if (note.direction != TextDirection::Auto)
        return note.direction == TextDirection::RightToLeft;
    const auto d = directionOfText(QString::fromStdString(note.text));
    return d == Qt::LayoutDirectionAuto ? canvasRightToLeft : d == Qt::RightToLeft;
}

NoteItem::NoteItem(NoteId id, QGraphicsItem* parent) : QGraphicsObject(parent), id_(std::move(id))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable);
    setCursor(Qt::OpenHandCursor);
    // Each card is drawn once per zoom and change, then copied: a repaint
    // after an edit shapes the text of the notes that changed only.
    setCacheMode(DeviceCoordinateCache);
}

void NoteItem::setLook(const NoteLook& look)
{
    look_ = look;
    updateToolTip();
    update();
}

void NoteItem::setSlot(const QRectF& slot, qreal fontPixels, bool textCut)
{
    prepareGeometryChange();
    slot_ = slot;
    fontPixels_ = fontPixels;
    textCut_ = textCut;
    setPos(slot.topLeft());
    if (editor_)
        editor_->setTextWidth(slot.width() - 2 * kPadding - kStrip);
    updateToolTip();
    update();
}

void NoteItem::updateToolTip()
{
    // The whole text on hover when the card cannot show it.
    QString tip = textCut_ ? look_.text : QString();
    if (look_.suggestions > 0)
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n\n"))
             + tr("Its words suggest %n answer(s): select the note to see them in the planner.", nullptr, look_.suggestions);
    setToolTip(tip);
}

Qt::LayoutDirection NoteItem::resolvedDirection() const
{
    switch (look_.direction) {
    case TextDirection::LeftToRight: return Qt::LeftToRight;
    case TextDirection::RightToLeft: return Qt::RightToLeft;
    case TextDirection::Auto: break;
    }
    const auto d = directionOfText(look_.text);
    if (d != Qt::LayoutDirectionAuto)
        return d;
    return scene() && !scene()->views().isEmpty() ? scene()->views().first()->layoutDirection() : Qt::LeftToRight;
}

QRectF NoteItem::boundingRect() const
{
    return cardRect().adjusted(-3, -3, 3, 3);
}

void NoteItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*)
{
    const Palette& pal = Style::palette();
    const QRectF card = cardRect();
    const qreal scale = fontPixels_ / kNoteFontPixels;
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(isSelected() ? QPen(pal.selection, 3) : QPen(look_.matchesFind ? pal.accent : pal.noteBorder,
                                                           look_.matchesFind ? 3 : 1));
    p->setBrush(look_.fill);
    p->drawRoundedRect(card, 4, 4);

    const bool rtl = resolvedDirection() == Qt::RightToLeft;
    QRectF textRect = card.adjusted(kPadding, kPadding * scale, -kPadding, -kPadding * scale);
    if (look_.strip.isValid()) {
        const QRectF strip = rtl ? QRectF(card.right() - kStrip, card.top(), kStrip, card.height())
                                 : QRectF(card.left(), card.top(), kStrip, card.height());
        p->setPen(Qt::NoPen);
        p->setBrush(look_.strip);
        p->drawRect(strip);
        textRect.adjust(rtl ? 0 : kStrip, 0, rtl ? -kStrip : 0, 0);
    }
    if (editor_)
        return;

    // The detail line (or the suggestions' mark) sits at the bottom; the
    // text fills the rest.
    const QFont small = noteDetailFont(fontPixels_);
    if (!look_.detail.isEmpty() || look_.suggestions > 0) {
        const qreal h = QFontMetricsF(small).height();
        if (!look_.detail.isEmpty())
            paintDetail(p, QRectF(textRect.left(), textRect.bottom() - h, textRect.width(), h), rtl);
        textRect.setBottom(textRect.bottom() - h - 2);
    }
    // Text too small to read on screen (a large canvas seen whole) is drawn
    // as its lines' outline: shaping thousands of unreadable notes would
    // cost every frame for nothing.
    if (fontPixels_ * QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform()) < kLegiblePixels)
        paintTextOutline(p, textRect, rtl);
    else
        paintText(p, textRect, rtl);
    if (look_.suggestions > 0)
        paintSuggestionMark(p, card, rtl);
    if (look_.findings > 0)
        paintFindingsBadge(p, card, rtl);
    if (look_.diff != DiffMark::None)
        paintDiffMark(p, card, rtl);
}

QColor diffMarkColour(DiffMark mark)
{
    switch (mark) {
    case DiffMark::Added: return QColor(0x1b, 0x7f, 0x3b);
    case DiffMark::Removed: return QColor(0xb3, 0x26, 0x1e);
    case DiffMark::Moved: return QColor(0x1f, 0x5f, 0xbf);
    case DiffMark::Changed: return QColor(0xb0, 0x6a, 0x00);
    case DiffMark::Conflict: return QColor(0x7b, 0x1f, 0xa2);
    case DiffMark::None: break;
    }
    return {};
}

QString diffMarkSign(DiffMark mark)
{
    switch (mark) {
    case DiffMark::Added: return QStringLiteral("+");
    case DiffMark::Removed: return QStringLiteral("−");
    case DiffMark::Moved: return QStringLiteral("⇄");
    case DiffMark::Changed: return QStringLiteral("✎");
    case DiffMark::Conflict: return QStringLiteral("!");
    case DiffMark::None: break;
    }
    return {};
}

// A thick frame in the mark's colour (dashed and the card faded for a note
// removed) and the mark's sign in a square at the card's start corner.
void NoteItem::paintDiffMark(QPainter* p, const QRectF& card, bool rtl) const
{
    const QColor colour = diffMarkColour(look_.diff);
    if (look_.diff == DiffMark::Removed) {
        QColor veil = Style::palette().blockFill;
        veil.setAlpha(150);
        p->setPen(Qt::NoPen);
        p->setBrush(veil);
        p->drawRoundedRect(card, 4, 4);
    }
    QPen frame(colour, 3.5);
    if (look_.diff == DiffMark::Removed)
        frame.setStyle(Qt::DashLine);
    p->setPen(frame);
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(card.adjusted(1, 1, -1, -1), 4, 4);
    const qreal d = 20 * qMax(fontPixels_ / kNoteFontPixels, 0.7);
    const QRectF sign = rtl ? QRectF(card.right() - 2 * d / 3, card.top() - d / 3, d, d)
                            : QRectF(card.left() - d / 3, card.top() - d / 3, d, d);
    p->setPen(QPen(Qt::white, 1.5));
    p->setBrush(colour);
    p->drawRoundedRect(sign, 3, 3);
    QFont f = noteFont(fontPixels_);
    f.setBold(true);
    f.setPixelSize(int(d * 0.7));
    p->setFont(f);
    p->setPen(Qt::white);
    p->drawText(sign, Qt::AlignCenter, diffMarkSign(look_.diff));
}

void NoteItem::paintDetail(QPainter* p, const QRectF& rect, bool rtl) const
{
    const QFont small = noteDetailFont(fontPixels_);
    p->setFont(small);
    p->setPen(Style::readableOn(look_.fill));
    p->setOpacity(0.75);
    QTextOption o(rtl ? Qt::AlignRight : Qt::AlignLeft);
    // The detail line is the interface's words (and names): its own direction.
    const auto detailDirection = directionOfText(look_.detail);
    o.setTextDirection(detailDirection == Qt::LayoutDirectionAuto ? Qt::LeftToRight : detailDirection);
    o.setWrapMode(QTextOption::NoWrap);
    p->drawText(rect, QFontMetricsF(small).elidedText(look_.detail, Qt::ElideRight, rect.width()), o);
    p->setOpacity(1);
}

void NoteItem::paintTextOutline(QPainter* p, const QRectF& textRect, bool rtl) const
{
    const qreal lineHeight = fontPixels_ * 1.3;
    // About half an em per character, wrapped at the card's width.
    const qreal length = look_.text.size() * fontPixels_ * 0.5;
    const int rows = qMin(int(textRect.height() / lineHeight), int(std::ceil(length / qMax(1.0, textRect.width()))));
    QColor ink = Style::readableOn(look_.fill);
    ink.setAlphaF(0.35);
    p->setPen(Qt::NoPen);
    p->setBrush(ink);
    for (int i = 0; i < rows; ++i) {
        const qreal w = i + 1 < rows ? textRect.width() : qMax(fontPixels_, length - i * textRect.width());
        const qreal x = rtl ? textRect.right() - w : textRect.left();
        p->drawRect(QRectF(x, textRect.top() + i * lineHeight + lineHeight * 0.25, w, lineHeight * 0.5));
    }
}

void NoteItem::paintText(QPainter* p, const QRectF& textRect, bool rtl) const
{
    // Cut with an ellipsis when the text does not fit (the editor, and the
    // tooltip, show it all).
    const QFont f = noteFont(fontPixels_);
    p->setFont(f);
    p->setPen(Style::readableOn(look_.fill));
    QTextOption option(rtl ? Qt::AlignRight : Qt::AlignLeft);
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QTextLayout layout(layoutText(look_.text), f);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    const qreal lineHeight = QFontMetricsF(f).lineSpacing();
    const qreal ellipsis = QFontMetricsF(f).horizontalAdvance(QStringLiteral("…"));
    QList<QTextLine> lines;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(textRect.width());
        const bool lastFitting = y + lineHeight * 2 > textRect.height() + 0.5;
        if (lastFitting && line.textStart() + line.textLength() < look_.text.size())
            line.setLineWidth(textRect.width() - ellipsis);
        line.setPosition(QPointF(0, y));
        lines << line;
        y += lineHeight;
        if (lastFitting)
            break;
    }
    layout.endLayout();
    layout.draw(p, textRect.topLeft());
    if (!lines.isEmpty() && lines.last().textStart() + lines.last().textLength() < look_.text.size()) {
        // The end of the text is on the right in left-to-right text, on the
        // left in right-to-left text.
        const QTextLine& last = lines.last();
        const qreal x = rtl ? textRect.left() + last.width() - last.naturalTextWidth() - ellipsis
                            : textRect.left() + last.naturalTextWidth();
        p->drawText(QPointF(x, textRect.top() + last.y() + last.ascent()), QStringLiteral("…"));
    }
}

void NoteItem::paintSuggestionMark(QPainter* p, const QRectF& card, bool rtl) const
{
    // At the bottom end corner, in the amber of things proposed, not yet
    // answered.
    const qreal h = 16 * qMax(fontPixels_ / kNoteFontPixels, 0.7);
    QFont sf = noteFont(fontPixels_);
    sf.setBold(true);
    sf.setPixelSize(int(h * 0.7));
    const QString label = QStringLiteral("\u2726 ") + QLocale().toString(look_.suggestions);
    const qreal w = QFontMetricsF(sf).horizontalAdvance(label) + h * 0.6;
    const QRectF mark = rtl ? QRectF(card.left() + 3, card.bottom() - h - 3, w, h)
                            : QRectF(card.right() - w - 3, card.bottom() - h - 3, w, h);
    p->setPen(QPen(QColor("#b8860b"), 1, Qt::DashLine));
    p->setBrush(QColor("#fff8e1"));
    p->drawRoundedRect(mark, h / 2, h / 2);
    p->setFont(sf);
    p->setPen(QColor("#6b4f00"));
    p->drawText(mark, Qt::AlignCenter, label);
}

void NoteItem::paintFindingsBadge(QPainter* p, const QRectF& card, bool rtl) const
{
    const qreal d = 20 * qMax(fontPixels_ / kNoteFontPixels, 0.7);
    const QRectF badge = rtl ? QRectF(card.left() - d / 3, card.top() - d / 3, d, d)
                             : QRectF(card.right() - 2 * d / 3, card.top() - d / 3, d, d);
    p->setPen(QPen(Qt::white, 1.5));
    p->setBrush(Style::severityColour(look_.worst));
    p->drawEllipse(badge);
    QFont bf = noteFont(fontPixels_);
    bf.setBold(true);
    bf.setPixelSize(int(d * 0.6));
    p->setFont(bf);
    p->setPen(Qt::white);
    p->drawText(badge, Qt::AlignCenter, QLocale().toString(look_.findings));
}

void NoteItem::startEditing()
{
    if (editor_)
        return;
    session_ = nextSession++;
    editor_ = new QGraphicsTextItem(this);
    editor_->setFont([&] {
        QFont f = Style::uiFont();
        f.setPixelSize(15);
        return f;
    }());
    editor_->setDefaultTextColor(Style::readableOn(look_.fill));
    editor_->setPlainText(look_.text);
    QTextOption option = editor_->document()->defaultTextOption();
    option.setTextDirection(look_.direction == TextDirection::LeftToRight   ? Qt::LeftToRight
                            : look_.direction == TextDirection::RightToLeft ? Qt::RightToLeft
                                                                            : Qt::LayoutDirectionAuto);
    editor_->document()->setDefaultTextOption(option);
    editor_->setTextWidth(slot_.width() - 2 * kPadding - kStrip);
    editor_->setPos(kPadding + (look_.strip.isValid() ? kStrip : 0), 2);
    editor_->setTextInteractionFlags(Qt::TextEditorInteraction);
    editor_->installEventFilter(this);
    setZValue(10);
    editor_->setFocus(Qt::MouseFocusReason);
    QTextCursor cursor = editor_->textCursor();
    cursor.movePosition(QTextCursor::End);
    editor_->setTextCursor(cursor);
    connect(editor_->document(), &QTextDocument::contentsChanged, this, [this] {
        if (editor_)
            emit textEdited(id_, editor_->toPlainText(), session_);
    });
    update();
}

void NoteItem::finishEditing()
{
    if (!editor_)
        return;
    auto* editor = editor_;
    editor_ = nullptr;
    editor->removeEventFilter(this);
    editor->deleteLater();
    setZValue(0);
    update();
    emit editingFinished(id_);
}

bool NoteItem::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == editor_) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            finishEditing();
            return true;
        }
        if (event->type() == QEvent::FocusOut) {
            finishEditing();
            return false;
        }
    }
    return QGraphicsObject::eventFilter(watched, event);
}

void NoteItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    startEditing();
    event->accept();
}

void NoteItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    pressPos_ = pos();
    QGraphicsObject::mousePressEvent(event);
}

void NoteItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsObject::mouseReleaseEvent(event);
    if ((pos() - pressPos_).manhattanLength() > 4)
        emit dropped(id_, event->scenePos());
}

}  // namespace mizan::ui
