// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/canvas/note_look.h"

#include "ui/style.h"
#include "ui/texts.h"

#include <QCoreApplication>
#include <QLocale>

namespace mizan::ui {

namespace {

struct NoteWords {
    Q_DECLARE_TR_FUNCTIONS(NoteWords)
};

QString detailOf(const Canvas& canvas, const Note& n)
{
    QStringList parts;
    if (n.segment) {
        if (n.segment->market)
            parts << label(*n.segment->market);
        if (n.segment->estimatedSize)
            parts << NoteWords::tr("%1 customers").arg(QLocale().toString(qlonglong(*n.segment->estimatedSize)));
    }
    if (n.channel) {
        if (n.channel->ownership)
            parts << label(*n.channel->ownership);
        if (!n.channel->phases.empty())
            parts << NoteWords::tr("%n phases", nullptr, int(n.channel->phases.size()));
    }
    if (n.plan) {
        if (!n.plan->segment.empty())
            parts << NoteWords::tr("For %1").arg(noteTitle(canvas, n.plan->segment));
        if (n.plan->depth)
            parts << label(*n.plan->depth);
    }
    if (n.team) {
        if (n.team->kind)
            parts << label(*n.team->kind);
        if (n.team->headcount)
            parts << NoteWords::tr("%n people", nullptr, int(*n.team->headcount));
    }
    return parts.join(QStringLiteral(" · "));
}

}  // namespace

const Note* segmentOf(const Canvas& canvas, const Note& note)
{
    if (note.segment)
        return &note;
    const auto segmentNote = [&](const NoteId& id) -> const Note* {
        const auto loc = canvas.locate(id);
        return loc && loc->block == BlockId::CustomerSegments ? canvas.find(id) : nullptr;
    };
    if (note.plan && !note.plan->segment.empty())
        return segmentNote(note.plan->segment);
    for (const auto& id : note.links)
        if (const Note* s = segmentNote(id))
            return s;
    if (note.channel && note.channel->segments.size() == 1)
        return segmentNote(note.channel->segments.front());
    return nullptr;
}

std::vector<NoteId> notesReferringTo(const Canvas& canvas, const NoteId& segment)
{
    std::vector<NoteId> out;
    const auto has = [&](const std::vector<NoteId>& v) { return std::find(v.begin(), v.end(), segment) != v.end(); };
    for (BlockId b : allValues<BlockId>())
        for (const Note& n : canvas.notes(b))
            if (has(n.links) || (n.plan && n.plan->segment == segment) || (n.channel && has(n.channel->segments)))
                out.push_back(n.id);
    return out;
}

NoteLook noteLook(const Canvas& canvas, const Note& note, bool segmentColours)
{
    NoteLook look;
    look.text = QString::fromStdString(note.text);
    look.detail = detailOf(canvas, note);
    look.direction = note.direction;
    const auto loc = canvas.locate(note.id);
    look.fill = !note.colour.empty() ? QColor(QString::fromStdString(note.colour))
                                     : Style::defaultNoteColour(loc ? loc->block : BlockId::KeyActivities);
    if (segmentColours)
        if (const Note* seg = segmentOf(canvas, note); seg && seg->segment && !seg->segment->colour.empty())
            look.strip = QColor(QString::fromStdString(seg->segment->colour));
    return look;
}

}  // namespace mizan::ui
