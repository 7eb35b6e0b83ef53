// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A note on the canvas: a coloured card with its text wrapped in its own
// direction (Arabic and Hebrew right to left inside an English canvas and
// the other way round), a strip in its segment's colour, a line of
// structured answers, a badge with its findings, and a mark when its words
// suggest answers that wait to be accepted. Double-click edits the
// text in place; the scene turns each change into an undoable edit.

#include "core/model/enums.h"
#include "core/checklist/finding.h"
#include "core/model/note.h"

#include <QGraphicsObject>
#include <QPointer>

class QGraphicsTextItem;

namespace mizan::ui {

// How a note differs from another version of the canvas (comparison view),
// or that a merge left it in conflict (changed both ways, to resolve).
enum class DiffMark : std::uint8_t { None, Added, Removed, Moved, Changed, Conflict };

struct NoteLook {
    QString text;
    QString detail;             // a line of structured answers, may be empty
    QColor fill;
    QColor strip;               // segment colour; invalid for none
    TextDirection direction = TextDirection::Auto;
    int findings = 0;
    Severity worst = Severity::Advice;
    int suggestions = 0;        // suggested answers waiting on the note
    bool matchesFind = false;
    DiffMark diff = DiffMark::None;
};

class NoteItem : public QGraphicsObject {
    Q_OBJECT

public:
    NoteItem(NoteId id, QGraphicsItem* parent = nullptr);

    const NoteId& noteId() const { return id_; }
    void setLook(const NoteLook& look);
    const NoteLook& look() const { return look_; }
    // Where the card goes, the size of its text (kNoteFontPixels at the
    // largest) and whether the card cannot hold the whole text.
    void setSlot(const QRectF& slot, qreal fontPixels = 15, bool textCut = false);
    QRectF slot() const { return slot_; }
    qreal fontPixels() const { return fontPixels_; }
    // Whether the card cannot show the whole text (it then shows on hover).
    bool isTextCut() const { return textCut_; }

    bool isEditing() const { return editor_ != nullptr; }
    void startEditing();
    void finishEditing();

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // How the text is laid out in the card: its direction resolved.
    Qt::LayoutDirection resolvedDirection() const;

signals:
    void textEdited(const mizan::NoteId& id, const QString& text, int session);
    void editingFinished(const mizan::NoteId& id);
    void dropped(const mizan::NoteId& id, QPointF scenePos);

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    QRectF cardRect() const { return QRectF(QPointF(0, 0), slot_.size()); }
    void updateToolTip();
    void paintDetail(QPainter* p, const QRectF& rect, bool rtl) const;
    void paintText(QPainter* p, const QRectF& textRect, bool rtl) const;
    void paintTextOutline(QPainter* p, const QRectF& textRect, bool rtl) const;
    // Below this many pixels on screen, a note's text is drawn as an outline.
    static constexpr qreal kLegiblePixels = 4;
    void paintSuggestionMark(QPainter* p, const QRectF& card, bool rtl) const;
    void paintFindingsBadge(QPainter* p, const QRectF& card, bool rtl) const;
    void paintDiffMark(QPainter* p, const QRectF& card, bool rtl) const;

    NoteId id_;
    NoteLook look_;
    QRectF slot_;
    qreal fontPixels_ = 15;
    bool textCut_ = false;
    QPointF pressPos_;
    QGraphicsTextItem* editor_ = nullptr;
    int session_ = 0;
};

// The room around a note's text in its card: each side's padding at a
// scale, and the width the padding and the segment strip take together.
qreal noteTextPadding(qreal scale);
qreal noteTextInset();

// A note's text as QTextLayout needs it: line breaks as Unicode line
// separators (a plain newline is not a break to QTextLayout).
QString layoutText(const QString& text);

// The direction of a text from its first strong character (Unicode's
// rule), for notes set to follow their text.
Qt::LayoutDirection directionOfText(const QString& text);
// Whether a note reads right to left: its own setting, else its text's,
// else the canvas's.
bool noteIsRightToLeft(const Note& note, bool canvasRightToLeft);

// The colour and sign of a comparison mark (also the comparison's legend).
QColor diffMarkColour(DiffMark mark);
QString diffMarkSign(DiffMark mark);

}  // namespace mizan::ui
