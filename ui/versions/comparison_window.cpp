// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/versions/comparison_window.h"

#include "core/checklist/checklist.h"
#include "core/versions/canvas_diff.h"
#include "ui/canvas/canvas_scene.h"
#include "ui/canvas/canvas_view.h"
#include "ui/canvas/note_item.h"
#include "ui/document/document.h"
#include "ui/style.h"
#include "ui/texts.h"
#include "ui/versions/change_text.h"
#include "ui/panels/wrapping_rows.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QScreen>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mizan::ui {

namespace {

constexpr int kNoteRole = Qt::UserRole + 1;

DiffMark markOf(CanvasChange::Kind kind)
{
    switch (kind) {
    case CanvasChange::Kind::Added: return DiffMark::Added;
    case CanvasChange::Kind::Removed: return DiffMark::Removed;
    case CanvasChange::Kind::Moved: return DiffMark::Moved;
    case CanvasChange::Kind::Changed: return DiffMark::Changed;
    default: return DiffMark::None;
    }
}

// The newer canvas, with each note removed since the older one shown where
// it was (its words only: what it referred to may be gone).
Canvas shownCanvas(const Canvas& before, const Canvas& after)
{
    Canvas shown = after;
    for (BlockId b : allValues<BlockId>()) {
        const auto& notes = before.notes(b);
        for (std::size_t i = 0; i < notes.size(); ++i) {
            if (after.contains(notes[i].id))
                continue;
            Note ghost;
            ghost.id = notes[i].id;
            ghost.text = notes[i].text;
            ghost.colour = notes[i].colour;
            ghost.direction = notes[i].direction;
            shown.insertNote(b, std::move(ghost), std::min(i, shown.notes(b).size()));
        }
    }
    return shown;
}

QWidget* legend()
{
    auto* w = new QWidget;
    auto* row = new QHBoxLayout(w);
    row->setContentsMargins(6, 2, 6, 2);
    const std::pair<DiffMark, QString> marks[] = {{DiffMark::Added, ComparisonWindow::tr("Added")},
                                                  {DiffMark::Removed, ComparisonWindow::tr("Removed")},
                                                  {DiffMark::Moved, ComparisonWindow::tr("Moved")},
                                                  {DiffMark::Changed, ComparisonWindow::tr("Changed")}};
    for (const auto& [mark, name] : marks) {
        auto* l = new QLabel(QStringLiteral("<span style='background:%1;color:white;font-weight:bold'>&nbsp;%2&nbsp;</span> %3")
                                 .arg(diffMarkColour(mark).name(), diffMarkSign(mark).toHtmlEscaped(), name.toHtmlEscaped()));
        row->addWidget(l);
    }
    row->addStretch();
    return w;
}

}  // namespace

std::unique_ptr<ComparisonWindow> ComparisonWindow::create(const Canvas& before, const QString& beforeName,
                                                           const Canvas& after, const QString& afterName,
                                                           RecoveryArea& area, QString* error)
{
    auto doc = Document::create(shownCanvas(before, after), area);
    if (!doc) {
        *error = QString::fromStdString(doc.error().text);
        return nullptr;
    }
    doc.value()->setReadOnly(tr("A comparison: read-only."));
    return std::unique_ptr<ComparisonWindow>(
        new ComparisonWindow(std::move(doc.value()), before, after, beforeName, afterName));
}

ComparisonWindow::ComparisonWindow(std::unique_ptr<Document> shown, const Canvas& before, const Canvas& after,
                                   const QString& beforeName, const QString& afterName)
    : QWidget(nullptr, Qt::Window), shown_(std::move(shown))
{
    setAttribute(Qt::WA_DeleteOnClose, false);
    setWindowTitle(tr("Compare “%1” with “%2”").arg(beforeName, afterName));
    scene_ = new CanvasScene(*shown_, this);
    scene_->setRightToLeft(layoutDirection() == Qt::RightToLeft);
    view_ = new CanvasView(scene_);
    view_->setInteractive(true);

    changes_ = new QTreeWidget;
    changes_->setHeaderHidden(true);
    wrapRowsToColumns(changes_);
    findings_ = new QTreeWidget;
    findings_->setHeaderHidden(true);
    wrapRowsToColumns(findings_);
    side_ = new QTabWidget;
    fillChanges(before, after);
    fillFindings(before, after);
    const QLocale locale;
    side_->addTab(changes_, tr("Changes (%1)").arg(locale.toString(changeCount_)));
    side_->addTab(findings_, tr("Findings (+%1 −%2)").arg(locale.toString(appeared_), locale.toString(disappeared_)));
    connect(changes_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { showNote(item); });
    connect(findings_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { showNote(item); });

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("<b>%1</b> → <b>%2</b>: the notes as they are in “%2”, marked by what changed since “%1”.")
                                   .arg(beforeName.toHtmlEscaped(), afterName.toHtmlEscaped()));
    heading->setWordWrap(true);
    heading->setContentsMargins(6, 4, 6, 0);
    leftLayout->addWidget(heading);
    leftLayout->addWidget(legend());
    leftLayout->addWidget(view_, 1);
    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(side_);
    side_->setMinimumWidth(300);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    // Most of the screen: the canvas wants room, the list a third of it.
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1280, 800);
    resize(screen.width() * 9 / 10, screen.height() * 9 / 10);
    split->setSizes({width() * 2 / 3, width() / 3});
}

ComparisonWindow::~ComparisonWindow() = default;

void ComparisonWindow::fillChanges(const Canvas& before, const Canvas& after)
{
    const std::vector<CanvasChange> changes = diffCanvases(before, after);
    QHash<NoteId, DiffMark> marks;
    QTreeWidgetItem* canvasItem = nullptr;
    QHash<QString, QTreeWidgetItem*> noteItems;
    for (const CanvasChange& c : changes) {
        QTreeWidgetItem* parent = nullptr;
        if (c.note.empty()) {
            if (!canvasItem) {
                canvasItem = new QTreeWidgetItem(changes_, {tr("The canvas")});
                canvasItem->setExpanded(true);
            }
            parent = canvasItem;
        } else {
            const QString key = QString::fromStdString(c.note);
            parent = noteItems.value(key);
            if (!parent) {
                const Canvas& where = c.kind == CanvasChange::Kind::Removed ? before : after;
                parent = new QTreeWidgetItem(changes_, {QStringLiteral("%1 — %2").arg(noteTitle(where, c.note),
                                                                                     blockTitle(c.block))});
                parent->setData(0, kNoteRole, key);
                noteItems.insert(key, parent);
            }
            // The strongest mark wins: added or removed, then moved, then changed.
            const DiffMark m = markOf(c.kind);
            const DiffMark had = marks.value(c.note, DiffMark::None);
            if (had == DiffMark::None || (had == DiffMark::Changed && m != DiffMark::None))
                marks.insert(c.note, m);
        }
        auto* line = new QTreeWidgetItem(parent, {changeLine(c, before, after)});
        line->setData(0, kNoteRole, QString::fromStdString(c.note));
        line->setToolTip(0, line->text(0));
        ++changeCount_;
    }
    for (auto* item : std::as_const(noteItems)) {
        const DiffMark m = marks.value(item->data(0, kNoteRole).toString().toStdString());
        QPixmap dot(14, 14);
        dot.fill(diffMarkColour(m));
        item->setIcon(0, QIcon(dot));
        item->setExpanded(true);
    }
    if (changes.empty())
        new QTreeWidgetItem(changes_, {tr("The two versions are the same.")});
    scene_->setDiffMarks(marks);
}

void ComparisonWindow::fillFindings(const Canvas& before, const Canvas& after)
{
    const std::vector<Finding> was = Checklist(before).findings(before);
    const std::vector<Finding> now = Checklist(after).findings(after);
    const auto group = [&](const QString& title, const std::vector<Finding>& from, const std::vector<Finding>& other,
                           const Canvas& canvas, int* count) {
        auto* top = new QTreeWidgetItem(findings_);
        for (const Finding& f : from) {
            if (std::find(other.begin(), other.end(), f) != other.end())
                continue;
            auto* item = new QTreeWidgetItem(top, {renderText(f.message, canvas)});
            item->setIcon(0, Style::severityIcon(f.severity));
            item->setToolTip(0, severityName(f.severity) + QStringLiteral(": ") + item->text(0));
            if (!f.subjects.empty())
                item->setData(0, kNoteRole, QString::fromStdString(f.subjects.front()));
            ++*count;
        }
        top->setText(0, title.arg(QLocale().toString(*count)));
        top->setExpanded(true);
    };
    group(tr("Appeared (%1)"), now, was, after, &appeared_);
    group(tr("Disappeared (%1)"), was, now, before, &disappeared_);
}

void ComparisonWindow::showNote(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const NoteId id = item->data(0, kNoteRole).toString().toStdString();
    if (id.empty() || !scene_->noteItem(id))
        return;
    scene_->selectNotes({id});
    view_->reveal(scene_->noteItem(id)->sceneBoundingRect());
}

}  // namespace mizan::ui
