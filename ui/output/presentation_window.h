// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Workshop mode: the canvas full screen in a high-contrast theme, legible
// from the back of a room on a 1024x768 projector (no text under 24 px,
// contrast of at least 4.5:1). Arrow keys and PageUp/PageDown (what
// presentation clickers send) walk the blocks in storytelling order,
// zooming into one block at a time, then back to the whole canvas. F shows
// the findings, B blanks the screen, T starts or hides a timer, Esc leaves.

#include "core/model/enums.h"
#include "core/checklist/finding.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QScreen;

namespace mizan::ui {

class Document;

class PresentationWindow : public QWidget {
    Q_OBJECT

public:
    explicit PresentationWindow(Document& document, bool rightToLeft, QWidget* parent = nullptr);

    // 0 is the whole canvas; 1 to 9 the blocks in storytelling order; 10 the
    // whole canvas again, to close the story.
    int step() const { return step_; }
    std::optional<BlockId> currentBlock() const;
    bool findingsShown() const { return showFindings_; }
    bool isBlanked() const { return blank_; }
    bool timerShown() const { return timerShown_; }
    // The smallest text size drawn in the last paint, in pixels.
    qreal smallestTextPixels() const { return smallestText_; }
    // Notes the overview had no room for in the last paint.
    int overviewHiddenNotes() const { return overviewHidden_; }
    // Shows the window over the whole screen: full screen through the
    // window manager, or sized to the screen itself where there is none.
    void showOnScreen(QScreen* screen);

    static const std::array<BlockId, kBlockCount>& storyOrder();

    void next();
    void previous();

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void timerEvent(QTimerEvent* event) override;

private:
    qreal textPixels(qreal base) const;
    void noteText(qreal pixels);
    void paintOverview(QPainter& p);
    void paintBlock(QPainter& p, BlockId block);
    void paintFindings(QPainter& p);
    void paintTimer(QPainter& p);

    QPointer<Document> document_;
    bool rtl_;
    int step_ = 0;
    bool showFindings_ = false;
    bool blank_ = false;
    bool timerShown_ = false;
    QElapsedTimer clock_;
    int tick_ = 0;
    qreal smallestText_ = 0;
    int overviewHidden_ = 0;
};

}  // namespace mizan::ui
