// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where a block's notes go on the editor's canvas, sized to their text: each
// card as tall as its whole text (and its line of answers) at the largest
// font that lets every note of the block fit, down to a readable minimum;
// cards fill the shortest column first, so the block's room is used before
// any text is cut. Only when even the smallest font cannot hold them all is
// a note's text cut (its whole text then shows on hover) or a note left out
// (the block says how many).

#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace mizan::ui {

struct FlowNote {
    QString text;
    bool rightToLeft = false;
    bool hasDetail = false;     // a line under the text: answers, or the suggestions' mark
};

struct NoteFlow {
    qreal fontPixels = 15;      // of the notes' text
    std::vector<QRectF> cards;  // one per note shown, in the notes' order
    std::vector<bool> cut;      // per card: its text does not fit (shown whole on hover)
    int hidden = 0;             // notes left out: no room even at the smallest font
};

inline constexpr qreal kNoteFontPixels = 15;     // the text of a note at its largest
inline constexpr qreal kNoteMinFontPixels = 9;   // the smallest the canvas shrinks it to

// The font of a note's text at a size, and of its line of answers.
QFont noteFont(qreal pixels);
QFont noteDetailFont(qreal pixels);

// The height of a text laid out in a box of this width with this font, as
// the notes and the printed report wrap it; lines, when given, gets each
// line's rectangle relative to the box's top-left.
qreal wrappedHeight(const QString& text, const QFont& font, qreal width, bool rightToLeft,
                    std::vector<QRectF>* lines = nullptr);

// Draws a text wrapped as wrappedHeight measures it, from the box's top,
// clipped to the box.
void drawWrapped(QPainter& painter, const QString& text, const QFont& font, const QRectF& box, bool rightToLeft);

// The layout of notes in a block's note area; reading order follows the
// canvas direction. The font goes from largest down to smallest (the
// editor's sizes unless given, in the area's units).
NoteFlow flowNotes(const QRectF& area, const std::vector<FlowNote>& notes, bool rightToLeft,
                   qreal largest = kNoteFontPixels, qreal smallest = kNoteMinFontPixels);

}  // namespace mizan::ui
