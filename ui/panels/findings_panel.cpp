// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/findings_panel.h"
#include "ui/panels/wrapping_rows.h"

#include "ui/document/document.h"
#include "ui/style.h"
#include "ui/texts.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>
#include <QPainter>
#include <QLocale>

namespace mizan::ui {

namespace {

constexpr int kSubjectsRole = Qt::UserRole + 1;

}  // namespace

FindingsPanel::FindingsPanel(QWidget* parent) : QTreeWidget(parent)
{
    wrapRowsToColumns(this);
    setColumnCount(2);
    setHeaderLabels({tr("Finding"), tr("Method")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setAccessibleName(tr("Findings"));
    connect(this, &QTreeWidget::itemActivated, this, &FindingsPanel::onActivated);
    connect(this, &QTreeWidget::itemClicked, this, &FindingsPanel::onActivated);
    // Edits come in bursts (typing): one refresh after them, rather than a
    // rebuild of every finding at each key on a large canvas.
    refreshTimer_ = new QTimer(this);
    refreshTimer_->setSingleShot(true);
    refreshTimer_->setInterval(100);
    connect(refreshTimer_, &QTimer::timeout, this, &FindingsPanel::refresh);
}

void FindingsPanel::setDocument(Document* document)
{
    if (document_)
        disconnect(document_, nullptr, this, nullptr);
    document_ = document;
    if (document_) {
        connect(document_, &Document::findingsChanged, this, &FindingsPanel::refresh);
        // A finding names notes: renaming one, typing in it, undoing or
        // pasting changes what it reads even when the findings are the same.
        connect(document_, &Document::changed, this, [this] { refreshTimer_->start(); });
    }
    refresh();
}

void FindingsPanel::refresh()
{
    refreshTimer_->stop();
    // Re-reading keeps the reader where they were.
    const int scrolled = verticalScrollBar()->value();
    setHeaderLabels({tr("Finding"), tr("Method")});
    clear();
    if (!document_) {
        emit summaryChanged({});
        return;
    }
    const Canvas& canvas = document_->canvas();
    int counts[3] = {0, 0, 0};
    QTreeWidgetItem* groups[3] = {};
    QList<QTreeWidgetItem*> members[3];
    // Items are filled before they join the tree: an item's every change
    // in the tree makes the view measure the rows above it.
    for (const Finding& f : document_->findings()) {
        const int s = int(f.severity);
        if (!groups[s]) {
            groups[s] = new QTreeWidgetItem;
            groups[s]->setIcon(0, Style::severityIcon(f.severity));
            QFont bold = groups[s]->font(0);
            bold.setBold(true);
            groups[s]->setFont(0, bold);
        }
        ++counts[s];
        auto* item = new QTreeWidgetItem;
        members[s] << item;
        const QString message = renderText(f.message, canvas);
        const QString suggestion = renderText(f.suggestion, canvas);
        const QString resting = tr("Rests on a suggested answer: accept the note's suggestions to confirm it.");
        item->setText(0, (f.restsOnSuggestion ? QStringLiteral("\u2726 ") : QString()) + message + QStringLiteral("\n→ ")
                             + suggestion + (f.restsOnSuggestion ? QStringLiteral("\n") + resting : QString()));
        if (f.restsOnSuggestion) {
            QFont italic = item->font(0);
            italic.setItalic(true);
            item->setFont(0, italic);
            item->setForeground(0, QColor("#6b4f00"));
        }
        item->setText(1, methodRefsText(f));
        QStringList method;
        for (const auto& ref : f.methodRefs)
            method << methodText(ref);
        item->setToolTip(1, method.join(QStringLiteral("\n\n")));
        item->setToolTip(0, message + QStringLiteral("\n\n") + suggestion + QStringLiteral("\n\n[") +
                                QString::fromStdString(f.ruleId) + QLatin1Char(']'));
        QStringList subjects;
        for (const auto& id : f.subjects)
            subjects << QString::fromStdString(id);
        item->setData(0, kSubjectsRole, subjects);
    }
    for (int s = 0; s < 3; ++s)
        if (groups[s]) {
            groups[s]->setText(0, QStringLiteral("%1 (%2)").arg(severityName(Severity(s)), QLocale().toString(counts[s])));
            groups[s]->addChildren(members[s]);
            addTopLevelItem(groups[s]);
            groups[s]->setFirstColumnSpanned(true);
            groups[s]->setExpanded(true);
        }
    if (!topLevelItemCount()) {
        auto* none = new QTreeWidgetItem(this);
        // Nothing found on a canvas with nothing to judge is not a verdict:
        // say where to start instead.
        if (canvas.noteCount() == 0)
            none->setText(0, tr("An empty canvas: start with your customer segments, the people you create value for. "
                                "Double-click in Customer Segments to add one."));
        else if (canvas.notes(BlockId::CustomerSegments).empty())
            none->setText(0, tr("No customer segment yet: the checklist judges each segment's relationship. Add the "
                                "customers you create value for in Customer Segments."));
        else
            none->setText(0, tr("No findings: the blocks hold together."));
        none->setFirstColumnSpanned(true);
    }
    verticalScrollBar()->setValue(scrolled);
    emit summaryChanged(tr("%1 errors, %2 warnings, %3 advice")
                            .arg(QLocale().toString(counts[0]), QLocale().toString(counts[1]), QLocale().toString(counts[2])));
}

void FindingsPanel::onActivated(QTreeWidgetItem* item)
{
    const QStringList subjects = item ? item->data(0, kSubjectsRole).toStringList() : QStringList();
    if (subjects.isEmpty())
        return;
    std::vector<NoteId> ids;
    for (const QString& s : subjects)
        ids.push_back(s.toStdString());
    emit subjectsActivated(ids);
}

}  // namespace mizan::ui
