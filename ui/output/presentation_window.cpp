// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/output/presentation_window.h"

#include "ui/canvas/canvas_layout.h"
#include "ui/canvas/note_flow.h"
#include "ui/document/document.h"
#include "ui/canvas/note_item.h"
#include "ui/style.h"
#include "ui/texts.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QScreen>
#include <QLocale>
#include <QPainter>
#include <QSvgRenderer>
#include <QtMath>

namespace mizan::ui {

namespace {

// Text sizes are given for a 768-pixel-high screen and grow with it; none
// is ever below 24 px, but for the notes of the whole canvas at once, which
// shrink to 10 px before any is left out.
constexpr qreal kMinText = 24;
constexpr qreal kOverviewMinText = 10;
const QColor kCard("#ffe082");      // black on it: 15:1
const QColor kInk("#000000");

QFont sized(qreal pixels, bool bold = false)
{
    QFont f = Style::uiFont();
    f.setPixelSize(qRound(pixels));
    f.setBold(bold);
    return f;
}

}  // namespace

PresentationWindow::PresentationWindow(Document& document, bool rightToLeft, QWidget* parent)
    : QWidget(parent, Qt::Window), document_(&document), rtl_(rightToLeft)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    setWindowTitle(tr("Presentation"));
    setAccessibleName(tr("Presentation of the canvas"));
    setCursor(Qt::BlankCursor);
    setFocusPolicy(Qt::StrongFocus);
    connect(&document, &Document::changed, this, qOverload<>(&QWidget::update));
}

void PresentationWindow::showOnScreen(QScreen* screen)
{
    // Full screen is the window manager's to grant; without one (a kiosk,
    // a bare X server) the window takes the screen's geometry itself.
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
}

const std::array<BlockId, kBlockCount>& PresentationWindow::storyOrder()
{
    static const std::array<BlockId, kBlockCount> order = {
        BlockId::CustomerSegments, BlockId::ValuePropositions, BlockId::Channels,
        BlockId::CustomerRelationships, BlockId::RevenueStreams, BlockId::KeyResources,
        BlockId::KeyActivities, BlockId::KeyPartners, BlockId::CostStructure};
    return order;
}

std::optional<BlockId> PresentationWindow::currentBlock() const
{
    if (step_ >= 1 && step_ <= int(kBlockCount))
        return storyOrder()[size_t(step_ - 1)];
    return std::nullopt;
}

void PresentationWindow::next()
{
    step_ = qMin(step_ + 1, int(kBlockCount) + 1);
    update();
}

void PresentationWindow::previous()
{
    step_ = qMax(step_ - 1, 0);
    update();
}

qreal PresentationWindow::textPixels(qreal base) const
{
    return qMax(kMinText, base * height() / 768.0);
}

void PresentationWindow::noteText(qreal pixels)
{
    smallestText_ = smallestText_ == 0 ? pixels : qMin(smallestText_, pixels);
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    const bool forward = rtl_ ? event->key() == Qt::Key_Left : event->key() == Qt::Key_Right;
    const bool backward = rtl_ ? event->key() == Qt::Key_Right : event->key() == Qt::Key_Left;
    switch (event->key()) {
    case Qt::Key_Escape: close(); return;
    case Qt::Key_PageDown:
    case Qt::Key_Down:
    case Qt::Key_Space: next(); return;
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace: previous(); return;
    case Qt::Key_Home: step_ = 0; update(); return;
    case Qt::Key_End: step_ = int(kBlockCount) + 1; update(); return;
    case Qt::Key_F: showFindings_ = !showFindings_; update(); return;
    case Qt::Key_B:
    case Qt::Key_Period: blank_ = !blank_; update(); return;
    case Qt::Key_T:
        timerShown_ = !timerShown_;
        if (timerShown_ && !clock_.isValid())
            clock_.start();
        if (timerShown_ && !tick_)
            tick_ = startTimer(1000);
        update();
        return;
    default: break;
    }
    if (forward)
        next();
    else if (backward)
        previous();
    else
        QWidget::keyPressEvent(event);
}

void PresentationWindow::timerEvent(QTimerEvent*)
{
    if (timerShown_)
        update();
}

void PresentationWindow::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const Palette& pal = Style::presentationPalette();
    p.fillRect(rect(), pal.background);
    smallestText_ = 0;
    if (blank_ || !document_)
        return;
    if (const auto block = currentBlock())
        paintBlock(p, *block);
    else
        paintOverview(p);
    if (showFindings_)
        paintFindings(p);
    if (timerShown_)
        paintTimer(p);
}

void PresentationWindow::paintOverview(QPainter& p)
{
    // The whole canvas over the whole screen (its blocks stretched to the
    // screen's shape), every note's text as large as its block lets it be,
    // black on light cards on the dark ground.
    const Palette& pal = Style::presentationPalette();
    const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
    const qreal sx = area.width() / CanvasLayout::kWidth, sy = area.height() / CanvasLayout::kHeight;
    const Canvas& canvas = document_->canvas();
    const qreal titlePx = textPixels(16) * 0.75;   // 18 px on a 768-pixel screen
    const QFont titleFont = sized(titlePx, true);
    overviewHidden_ = 0;
    for (BlockId b : allValues<BlockId>()) {
        const QRectF r = CanvasLayout::blockRect(b, rtl_);
        const QRectF box(area.left() + r.left() * sx, area.top() + r.top() * sy, r.width() * sx, r.height() * sy);
        p.setPen(QPen(pal.blockBorder, 2));
        p.setBrush(pal.blockFill);
        p.drawRect(box.adjusted(1, 1, -1, -1));
        // A long title shrinks a little rather than lose its end.
        QFont blockFont = titleFont;
        const qreal natural = QFontMetricsF(titleFont).horizontalAdvance(blockTitle(b));
        if (natural > box.width() - 16)
            blockFont.setPixelSize(qMax(qRound(titlePx * 0.8), qFloor(titlePx * (box.width() - 16) / natural)));
        noteText(blockFont.pixelSize());
        p.setFont(blockFont);
        p.setPen(pal.blockTitle);
        QTextOption o((rtl_ ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        o.setTextDirection(rtl_ ? Qt::RightToLeft : Qt::LeftToRight);
        const QRectF titleRect(box.left() + 8, box.top() + 3, box.width() - 16, titlePx * 1.45);
        p.drawText(titleRect, QFontMetricsF(blockFont).elidedText(blockTitle(b), Qt::ElideRight, titleRect.width()), o);

        // The notes, from the largest readable size down to the smallest
        // that still shows them all.
        const QRectF notesArea(box.left() + 6, titleRect.bottom() + 3, box.width() - 12, box.bottom() - titleRect.bottom() - 9);
        std::vector<FlowNote> flowing;
        for (const Note& n : canvas.notes(b)) {
            flowing.push_back({QString::fromStdString(n.text), noteIsRightToLeft(n, rtl_), false});
        }
        NoteFlow flow = flowNotes(notesArea, flowing, rtl_, textPixels(24), kOverviewMinText);
        if (flow.hidden > 0)   // room for the line that counts them
            flow = flowNotes(notesArea.adjusted(0, 0, 0, -titlePx * 1.4), flowing, rtl_, textPixels(24), kOverviewMinText);
        if (!flow.cards.empty())
            noteText(flow.fontPixels);
        const QFont font = sized(flow.fontPixels);
        const qreal pad = noteTextPadding(flow.fontPixels / kNoteFontPixels);
        for (std::size_t i = 0; i < flow.cards.size(); ++i) {
            const QRectF card = flow.cards[i];
            p.setPen(Qt::NoPen);
            p.setBrush(kCard);
            p.drawRoundedRect(card, 4, 4);
            p.setPen(kInk);
            drawWrapped(p, flowing[i].text, font, card.adjusted(pad, pad, -pad, -pad), flowing[i].rightToLeft);
        }
        if (flow.hidden > 0) {
            overviewHidden_ += flow.hidden;
            p.setFont(titleFont);
            p.setPen(pal.accent);
            p.drawText(box.adjusted(8, 0, -8, -4), tr("+%n more notes", nullptr, flow.hidden),
                       QTextOption(Qt::AlignHCenter | Qt::AlignBottom));
        }
    }
}

void PresentationWindow::paintBlock(QPainter& p, BlockId block)
{
    const Palette& pal = Style::presentationPalette();
    const Canvas& canvas = document_->canvas();
    const QRectF area = QRectF(rect()).adjusted(24, 24, -24, -24);
    const qreal titlePx = textPixels(40);
    noteText(titlePx);
    QTextOption o((rtl_ ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    o.setTextDirection(rtl_ ? Qt::RightToLeft : Qt::LeftToRight);
    const qreal icon = titlePx * 1.2;
    const QRectF iconRect = rtl_ ? QRectF(area.right() - icon, area.top(), icon, icon) : QRectF(area.left(), area.top(), icon, icon);
    p.save();
    p.setBrush(pal.accent);
    p.setPen(Qt::NoPen);
    p.drawEllipse(iconRect.adjusted(-6, -6, 6, 6));
    Style::blockIcon(block)->render(&p, iconRect);
    p.restore();
    p.setFont(sized(titlePx, true));
    p.setPen(pal.blockTitle);
    const QRectF titleRect = QRectF(area.left(), area.top(), area.width(), icon).adjusted(rtl_ ? 0 : icon + 20, 0, rtl_ ? -(icon + 20) : 0, 0);
    p.drawText(titleRect, blockTitle(block), o);

    // The notes as large cards, as many columns as the screen's shape
    // allows at the minimum text size; the rest announced.
    const auto& notes = canvas.notes(block);
    const QRectF cards = area.adjusted(0, icon + 24, 0, 0);
    if (notes.empty()) {
        p.setFont(sized(textPixels(28)));
        noteText(textPixels(28));
        p.setPen(pal.blockTitle);
        p.drawText(cards, tr("No notes yet."), QTextOption(Qt::AlignCenter));
        return;
    }
    const qreal px = textPixels(30);
    noteText(px);
    const QFont font = sized(px);
    const int columns = qBound(1, int(qCeil(qSqrt(notes.size() * cards.width() / cards.height() / 2.0))), 4);
    const qreal gap = 18;
    const qreal width = (cards.width() - (columns - 1) * gap) / columns;
    std::vector<qreal> heights(size_t(columns), 0);
    int hidden = 0;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const Note& n = notes[i];
        const QString text = QString::fromStdString(n.text);
        const bool noteRtl = noteIsRightToLeft(n, rtl_);
        const qreal h = wrappedHeight(text, font, width - 32, noteRtl);
        const auto col = size_t(std::min_element(heights.begin(), heights.end()) - heights.begin());
        const qreal cardHeight = h + 28;
        if (heights[col] + cardHeight > cards.height()) {
            hidden = int(notes.size() - i);
            break;
        }
        const int visual = rtl_ ? columns - 1 - int(col) : int(col);
        const QRectF card(cards.left() + visual * (width + gap), cards.top() + heights[col], width, cardHeight);
        p.setPen(Qt::NoPen);
        p.setBrush(kCard);
        p.drawRoundedRect(card, 8, 8);
        p.setPen(kInk);
        drawWrapped(p, text, font, QRectF(card.left() + 16, card.top() + 14, width - 32, h), noteRtl);
        heights[col] += cardHeight + gap;
    }
    if (hidden > 0) {
        p.setFont(sized(textPixels(26), true));
        noteText(textPixels(26));
        p.setPen(pal.accent);
        p.drawText(QRectF(area.left(), area.bottom() - textPixels(26) * 1.5, area.width(), textPixels(26) * 1.5),
                   tr("+%n more notes", nullptr, hidden), QTextOption(Qt::AlignCenter));
    }
}

void PresentationWindow::paintFindings(QPainter& p)
{
    const Canvas& canvas = document_->canvas();
    const auto block = currentBlock();
    QStringList lines;
    for (const Finding& f : document_->findings()) {
        if (block && !f.subjects.empty()) {
            const auto loc = canvas.locate(f.subjects.front());
            bool involves = loc && loc->block == *block;
            for (const auto& s : f.subjects)
                if (const auto l = canvas.locate(s); l && l->block == *block)
                    involves = true;
            if (!involves)
                continue;
        }
        lines << QStringLiteral("• ") + renderText(f.message, canvas);
    }
    if (lines.isEmpty())
        lines << tr("No findings here.");
    const qreal px = textPixels(26);
    noteText(px);
    const QRectF panel = QRectF(rect()).adjusted(width() * 0.08, height() * 0.1, -width() * 0.08, -height() * 0.1);
    p.setPen(QPen(Style::presentationPalette().accent, 3));
    p.setBrush(Qt::black);   // opaque: nothing behind shows through the text
    p.drawRoundedRect(panel, 12, 12);
    p.setFont(sized(px));
    p.setPen(Qt::white);
    QTextOption o(rtl_ ? Qt::AlignRight : Qt::AlignLeft);
    o.setWrapMode(QTextOption::WordWrap);
    o.setTextDirection(rtl_ ? Qt::RightToLeft : Qt::LeftToRight);
    p.drawText(panel.adjusted(24, 24, -24, -24), lines.join(QLatin1Char('\n')), o);
}

void PresentationWindow::paintTimer(QPainter& p)
{
    const qint64 seconds = clock_.isValid() ? clock_.elapsed() / 1000 : 0;
    const QString text = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    const qreal px = textPixels(28);
    noteText(px);
    p.setFont(sized(px, true));
    p.setPen(Style::presentationPalette().accent);
    const QRectF box(rtl_ ? 16 : width() - 16 - px * 4, height() - 16 - px * 1.4, px * 4, px * 1.4);
    p.drawText(box, text, QTextOption(Qt::AlignCenter));
}

}  // namespace mizan::ui
