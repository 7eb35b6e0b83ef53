// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/output/print_layout.h"

#include "ui/canvas/canvas_layout.h"
#include "ui/canvas/note_flow.h"
#include "ui/canvas/note_item.h"
#include "ui/style.h"

#include <QFontMetricsF>
#include <QtMath>

namespace mizan::ui {

namespace {

constexpr qreal kPad = 5;        // inside a card
constexpr qreal kGap = 6;        // between cards
constexpr qreal kStrip = 3;      // the segment colour at the start edge
constexpr qreal kMinColumn = 130;

// Places as many notes as fit, in order, into columns (each note into the
// shortest column, the reading order following the direction).
int maxColumns(BlockId block, bool rtl)
{
    return qMax(1, int((CanvasLayout::noteArea(block, rtl).width() + kGap) / (kMinColumn + kGap)));
}

PrintedBlock place(const Canvas& canvas, BlockId block, bool rtl, qreal pixels, int columns, bool allowOverflow,
                   bool* fitted)
{
    PrintedBlock pb;
    pb.block = block;
    pb.rect = CanvasLayout::blockRect(block, rtl);
    pb.area = CanvasLayout::noteArea(block, rtl);
    pb.fontPixels = pixels;
    const QFont font = printFont(pixels);
    const qreal width = (pb.area.width() - (columns - 1) * kGap) / columns;
    std::vector<qreal> heights(size_t(columns), 0);
    const qreal markerHeight = QFontMetricsF(printFont(pixels)).height() + 4;
    *fitted = true;
    const auto& notes = canvas.notes(block);
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const Note& n = notes[i];
        const bool noteRtl = noteIsRightToLeft(n, rtl);
        std::vector<QRectF> lines;
        const qreal cardHeight =
            wrappedHeight(QString::fromStdString(n.text), font, width - 2 * kPad - kStrip, noteRtl, &lines) + 2 * kPad;
        const auto shortest = size_t(std::min_element(heights.begin(), heights.end()) - heights.begin());
        // Leave room for the marker if anything may still go to the appendix.
        const qreal room = pb.area.height() - (allowOverflow ? markerHeight : 0);
        if (heights[shortest] + cardHeight > room + 0.01) {
            *fitted = false;
            if (!allowOverflow)
                return pb;
            for (std::size_t k = i; k < notes.size(); ++k)
                pb.overflow.push_back(notes[k].id);
            break;
        }
        const int visualColumn = rtl ? columns - 1 - int(shortest) : int(shortest);
        PrintedNote pn;
        pn.id = n.id;
        pn.card = QRectF(pb.area.left() + visualColumn * (width + kGap), pb.area.top() + heights[shortest], width, cardHeight);
        // The segment-colour strip takes the start edge.
        pn.text = pn.card.adjusted(kPad + (noteRtl ? 0 : kStrip), kPad, -kPad - (noteRtl ? kStrip : 0), -kPad);
        for (const QRectF& line : lines)
            pn.lines.push_back(line.translated(pn.text.topLeft()));
        pb.notes.push_back(std::move(pn));
        heights[shortest] += cardHeight + kGap;
    }
    if (!pb.overflow.empty())
        pb.marker = QRectF(pb.area.left(), pb.area.bottom() - markerHeight + 2, pb.area.width(), markerHeight - 2);
    return pb;
}

}  // namespace

QFont printFont(qreal pixels)
{
    QFont f = Style::uiFont();
    f.setPixelSize(qMax(1, qRound(pixels)));
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

std::vector<NoteId> PrintLayout::overflow() const
{
    std::vector<NoteId> all;
    for (const auto& b : blocks)
        all.insert(all.end(), b.overflow.begin(), b.overflow.end());
    return all;
}

PrintLayout layoutForPrint(const Canvas& canvas, bool rightToLeft, qreal unitsPerPoint, PrintFontRange range)
{
    PrintLayout layout;
    layout.rightToLeft = rightToLeft;
    const int largest = qMax(1, qFloor(range.maxPoints * unitsPerPoint));
    const int smallest = qMax(1, qCeil(range.minPoints * unitsPerPoint));
    for (BlockId b : allValues<BlockId>()) {
        bool fitted = false;
        PrintedBlock chosen;
        // The largest size at which the notes fit whole, in as many columns
        // as suit them: wider cards hold long notes in fewer lines, so the
        // block's room is used before any note goes to the appendix.
        for (int px = largest; px >= smallest && !fitted; --px)
            for (int columns = maxColumns(b, rightToLeft); columns >= 1 && !fitted; --columns)
                chosen = place(canvas, b, rightToLeft, px, columns, false, &fitted);
        if (!fitted) {
            // What fits at the smallest size, the most notes kept on the page.
            PrintedBlock best;
            for (int columns = maxColumns(b, rightToLeft); columns >= 1; --columns) {
                PrintedBlock tried = place(canvas, b, rightToLeft, smallest, columns, true, &fitted);
                if (best.notes.empty() || tried.notes.size() > best.notes.size())
                    best = std::move(tried);
            }
            chosen = std::move(best);
        }
        layout.blocks.push_back(std::move(chosen));
    }
    return layout;
}

}  // namespace mizan::ui
