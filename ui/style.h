// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Colours, fonts and icons shared by the canvas, the exports and
// presentation mode. Two palettes: the editor's, and a high-contrast one
// for projectors (every text colour at least 4.5:1 against its fill).

#include "core/model/enums.h"
#include "core/checklist/finding.h"

#include <QColor>
#include <QFont>
#include <QIcon>

class QSvgRenderer;

namespace mizan::ui {

struct Palette {
    QColor background;
    QColor blockFill;
    QColor blockBorder;
    QColor blockTitle;
    QColor noteText;
    QColor noteBorder;
    QColor accent;
    QColor selection;
};

class Style {
public:
    static const Palette& palette();
    static const Palette& editorPalette();
    static const Palette& presentationPalette();
    // Switches the palette the canvas items paint with.
    static void setPresentation(bool on);

    // A font whose fallbacks cover Latin, Arabic and Hebrew with Noto.
    static QFont uiFont();
    static QSvgRenderer* blockIcon(BlockId block);
    static QColor severityColour(Severity severity);
    // A dot in the severity's colour, for lists.
    static QIcon severityIcon(Severity severity);
    // The default colour of a note in a block without a colour of its own.
    static QColor defaultNoteColour(BlockId block);
    // WCAG contrast ratio between two colours.
    static double contrast(const QColor& a, const QColor& b);
    // Black or white, whichever reads better on background.
    static QColor readableOn(const QColor& background);
};

}  // namespace mizan::ui
