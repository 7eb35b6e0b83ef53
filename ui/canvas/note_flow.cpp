// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/canvas/note_flow.h"

#include "ui/canvas/note_item.h"
#include "ui/style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <QtMath>

#include <algorithm>
#include <unordered_map>

namespace mizan::ui {

namespace {

constexpr qreal kGap = 8;
constexpr qreal kColumnAtLargest = 112;  // a card's narrowest width at the largest font

// Lays text out in lines of this width; returns the height.
qreal layOut(QTextLayout& layout, const QFont& font, qreal width, bool rightToLeft, std::vector<QRectF>* lines)
{
    QTextOption option(rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const qreal leading = QFontMetricsF(font).leading();
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        if (lines)
            lines->push_back(line.naturalTextRect());
        height += line.height() + leading;
    }
    layout.endLayout();
    return height;
}

// The most columns of cards the area takes at this font size.
int maxColumns(const QRectF& area, qreal pixels)
{
    return qMax(1, int((area.width() + kGap) / (kColumnAtLargest * pixels / kNoteFontPixels + kGap)));
}

// Places every note it can at this font size in this many columns; true
// when all fit. used gets the height of the tallest column.
bool place(const QRectF& area, const std::vector<FlowNote>& notes, bool rtl, qreal pixels, int columns, NoteFlow* out,
           qreal* used)
{
    const qreal scale = pixels / kNoteFontPixels;
    const qreal width = (area.width() - (columns - 1) * kGap) / columns;
    const QFont font = noteFont(pixels);
    const QFont small = noteDetailFont(pixels);
    const qreal padding = 2 * noteTextPadding(scale);
    const qreal minimum = 3 * QFontMetricsF(font).height() + padding;  // a card is never a sliver
    std::vector<qreal> heights(std::size_t(columns), 0);
    out->fontPixels = pixels;
    out->cards.clear();
    out->cut.clear();
    out->hidden = 0;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const FlowNote& n = notes[i];
        const qreal textWidth = width - noteTextInset();
        qreal h = wrappedHeight(n.text, font, textWidth, n.rightToLeft) + padding;
        if (n.hasDetail)
            h += QFontMetricsF(small).height() + 2;
        h = qMax(h, minimum);
        const auto shortest = std::size_t(std::min_element(heights.begin(), heights.end()) - heights.begin());
        if (heights[shortest] + h > area.height() + 0.5) {
            // The last font size tried keeps what fits; a card that would
            // start in the block but not end in it is cut to the block.
            const qreal room = area.height() - heights[shortest];
            if (room < minimum) {
                out->hidden = int(notes.size() - i);
                return false;
            }
            h = room;
            const int visual = rtl ? columns - 1 - int(shortest) : int(shortest);
            out->cards.emplace_back(area.left() + visual * (width + kGap), area.top() + heights[shortest], width, h);
            out->cut.push_back(true);
            heights[shortest] += h + kGap;
            if (i + 1 < notes.size()) {
                out->hidden = int(notes.size() - i - 1);
            }
            return false;
        }
        const int visual = rtl ? columns - 1 - int(shortest) : int(shortest);
        out->cards.emplace_back(area.left() + visual * (width + kGap), area.top() + heights[shortest], width, h);
        out->cut.push_back(false);
        heights[shortest] += h + kGap;
    }
    *used = *std::max_element(heights.begin(), heights.end());
    return true;
}

}  // namespace

QFont noteFont(qreal pixels)
{
    QFont f = Style::uiFont();
    f.setPixelSize(qMax(1, qRound(pixels)));
    return f;
}

QFont noteDetailFont(qreal pixels)
{
    QFont f = Style::uiFont();
    f.setPixelSize(qMax(7, qRound(12 * pixels / kNoteFontPixels)));
    return f;
}

qreal wrappedHeight(const QString& text, const QFont& font, qreal width, bool rightToLeft, std::vector<QRectF>* lines)
{
    // Heights measured before, by text, font and width: a block laid out
    // again after an edit measures only the note that changed.
    struct Key {
        QString text;
        QString font;
        qreal width;
        bool rightToLeft;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& k) const
        {
            return qHashMulti(0, k.text, k.font, k.width, k.rightToLeft);
        }
    };
    thread_local std::unordered_map<Key, qreal, KeyHash> measured;
    Key key{lines ? QString() : text, lines ? QString() : font.key(), width, rightToLeft};
    if (!lines)
        if (const auto it = measured.find(key); it != measured.end())
            return it->second;
    QTextLayout layout(layoutText(text), font);
    const qreal height = text.isEmpty() ? QFontMetricsF(font).height() : layOut(layout, font, width, rightToLeft, lines);
    if (!lines) {
        if (measured.size() > 200'000)
            measured.clear();
        measured.emplace(std::move(key), height);
    }
    return height;
}

void drawWrapped(QPainter& painter, const QString& text, const QFont& font, const QRectF& box, bool rightToLeft)
{
    QTextLayout layout(layoutText(text), font);
    layOut(layout, font, box.width(), rightToLeft, nullptr);
    painter.save();
    painter.setClipRect(box.adjusted(-2, -2, 2, 2), Qt::IntersectClip);
    layout.draw(&painter, box.topLeft());
    painter.restore();
}

NoteFlow flowNotes(const QRectF& area, const std::vector<FlowNote>& notes, bool rightToLeft, qreal largest,
                   qreal smallest)
{
    // The largest font at which every note fits whole; at that font, the
    // number of columns that leaves the tallest column shortest.
    NoteFlow flow, best;
    qreal used = 0;
    for (qreal px = largest; px >= smallest; px -= 1) {
        qreal bestUsed = -1;
        for (int columns = maxColumns(area, px); columns >= 1; --columns)
            if (place(area, notes, rightToLeft, px, columns, &flow, &used) && (bestUsed < 0 || used < bestUsed - 0.5)) {
                best = flow;
                bestUsed = used;
            }
        if (bestUsed >= 0)
            return best;
    }
    // The smallest font, with what it could not hold cut or left out.
    place(area, notes, rightToLeft, smallest, maxColumns(area, smallest), &flow, &used);
    return flow;
}

}  // namespace mizan::ui
