// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The planner: for the selected note, the method's questions as real
// widgets. A segment shows its description and its relationship plan as the
// guided questions (CR4-CR10) with the CR8 verdict, updated as the user
// answers; a channel shows ownership, reach, phases, segments served and
// means; a team in Key Resources its kind and headcount; every note its
// direction, colour, tags and links.

#include "core/model/note.h"
#include "core/suggest/suggestion.h"
#include "ui/document/change_event.h"

#include <QPointer>
#include <QScrollArea>

#include <memory>
#include <string_view>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace mizan::ui {

class Document;
class FormBuilder;

class PlannerPanel : public QScrollArea {
    Q_OBJECT

public:
    explicit PlannerPanel(QWidget* parent = nullptr);
    ~PlannerPanel() override;

    void setDocument(Document* document);
    void setSelection(const std::vector<NoteId>& notes);
    NoteId currentNote() const { return note_; }

signals:
    // The user asked to see another note (a plan's segment, say).
    void noteRequested(const mizan::NoteId& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void onChanged(const ChangeEvent& event);
    // What the current form depends on: rebuilt when it changes.
    QString structureKey() const;

    void buildEmpty(const QString& message);
    void buildSegment(FormBuilder& f, const Note& note);
    void buildPlan(FormBuilder& f, const NoteId& segment, const NoteId& plan);
    void buildPlanNote(FormBuilder& f, const Note& note);
    void buildChannel(FormBuilder& f);
    void buildResource(FormBuilder& f, const Note& note, BlockId block);
    void buildCommon(FormBuilder& f, BlockId block);
    // The answers the note's words suggest for the question just built.
    void suggested(FormBuilder& f, std::vector<std::string_view> fields);

    QPointer<Document> document_;
    NoteId note_;
    QString structure_;
    QWidget* page_ = nullptr;
    std::unique_ptr<FormBuilder> form_;
    std::unique_ptr<FormBuilder> planForm_;
};

}  // namespace mizan::ui
