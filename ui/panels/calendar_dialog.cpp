// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/calendar_dialog.h"

#include "core/formats/calendar_ics.h"
#include "core/model/canvas_edit.h"
#include "core/formats/json_extras.h"
#include "ui/document/document.h"
#include "ui/texts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace mizan::ui {

CalendarDialog::CalendarDialog(Document& document, QWidget* parent) : QDialog(parent), document_(&document)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Relationship calendar"));
    resize(900, 480);
    auto* layout = new QVBoxLayout(this);
    table_ = new QTableWidget;
    table_->setColumnCount(7);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->setAccessibleName(tr("Relationship calendar"));
    layout->addWidget(table_, 1);
    auto* buttons = new QDialogButtonBox;
    QPushButton* add = buttons->addButton(tr("Add action"), QDialogButtonBox::ActionRole);
    QPushButton* remove = buttons->addButton(tr("Remove action"), QDialogButtonBox::ActionRole);
    QPushButton* ics = buttons->addButton(tr("Export to calendar (.ics)"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(add, &QPushButton::clicked, this, [this] { editAction(-1); });
    connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editAction(row); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = table_->currentRow();
        if (!document_ || row < 0 || row >= int(document_->canvas().calendar.size()))
            return;
        auto calendar = document_->canvas().calendar;
        calendar.erase(calendar.begin() + row);
        document_->apply(edits::changeCalendar(document_->canvas(), calendar), tr("Remove calendar action"));
    });
    connect(ics, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the calendar"), QStringLiteral("relationship-calendar.ics"),
                                                          tr("iCalendar (*.ics)"));
        if (path.isEmpty() || !document_)
            return;
        if (auto st = writeCalendarIcs(document_->canvas(), path.toStdString()); !st)
            QMessageBox::warning(this, tr("Could not export the calendar"), QString::fromStdString(st.error().text));
    });
    connect(&document, &Document::changed, this, [this](const ChangeEvent&) { refresh(); });
    refresh();
}

void CalendarDialog::refresh()
{
    if (!document_)
        return;
    const Canvas& c = document_->canvas();
    table_->setHorizontalHeaderLabels({tr("Action"), tr("Kind"), tr("Segment"), tr("Mechanism"), tr("First date"),
                                       tr("Repeats"), tr("Owner")});
    table_->setRowCount(int(c.calendar.size()));
    for (int r = 0; r < int(c.calendar.size()); ++r) {
        const CalendarAction& a = c.calendar[size_t(r)];
        const QDate day = QDateTime::fromMSecsSinceEpoch(a.date, QTimeZone::utc()).date();
        const QStringList cells = {QString::fromStdString(a.title),
                                   label(a.kind),
                                   a.segment.empty() ? tr("Every segment") : noteTitle(c, a.segment),
                                   a.mechanism ? label(*a.mechanism) : QString(),
                                   QLocale().toString(day, QLocale::ShortFormat),
                                   label(a.recurrence),
                                   QString::fromStdString(a.owner)};
        for (int col = 0; col < cells.size(); ++col)
            table_->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
}

void CalendarDialog::editAction(int row)
{
    if (!document_)
        return;
    const Canvas& c = document_->canvas();
    CalendarAction action;
    if (row >= 0 && row < int(c.calendar.size())) {
        action = c.calendar[size_t(row)];
    } else {
        row = -1;
        action.id = c.newNoteId();
        action.date = QDateTime(QDate::currentDate(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Calendar action"));
    auto* form = new QFormLayout(&dialog);
    auto* title = new QLineEdit(QString::fromStdString(action.title));
    auto* kind = new QComboBox;
    for (ActionKind k : allValues<ActionKind>())
        kind->addItem(label(k), int(k));
    kind->setCurrentIndex(kind->findData(int(action.kind)));
    auto* segment = new QComboBox;
    segment->addItem(tr("Every segment"), QString());
    for (const Note& s : c.notes(BlockId::CustomerSegments))
        segment->addItem(noteTitle(c, s.id), QString::fromStdString(s.id));
    segment->setCurrentIndex(qMax(0, segment->findData(QString::fromStdString(action.segment))));
    auto* mechanism = new QComboBox;
    mechanism->addItem(tr("Not set"), -1);
    for (Mechanism m : allValues<Mechanism>())
        mechanism->addItem(label(m), int(m));
    mechanism->setCurrentIndex(mechanism->findData(action.mechanism ? int(*action.mechanism) : -1));
    auto* date = new QDateEdit(QDateTime::fromMSecsSinceEpoch(action.date, QTimeZone::utc()).date());
    date->setCalendarPopup(true);
    auto* recurrence = new QComboBox;
    for (Recurrence r : allValues<Recurrence>())
        recurrence->addItem(label(r), int(r));
    recurrence->setCurrentIndex(recurrence->findData(int(action.recurrence)));
    auto* owner = new QLineEdit(QString::fromStdString(action.owner));
    form->addRow(tr("Action"), title);
    form->addRow(tr("Kind"), kind);
    form->addRow(tr("Segment"), segment);
    form->addRow(tr("Mechanism"), mechanism);
    form->addRow(tr("First date"), date);
    form->addRow(tr("Repeats"), recurrence);
    form->addRow(tr("Owner (RT7)"), owner);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    action.title = title->text().toStdString();
    action.kind = ActionKind(kind->currentData().toInt());
    action.segment = segment->currentData().toString().toStdString();
    action.mechanism = mechanism->currentData().toInt() < 0 ? std::nullopt : std::optional(Mechanism(mechanism->currentData().toInt()));
    action.date = QDateTime(date->date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    action.recurrence = Recurrence(recurrence->currentData().toInt());
    action.owner = owner->text().toStdString();
    auto calendar = c.calendar;
    if (row < 0)
        calendar.push_back(action);
    else
        calendar[size_t(row)] = action;
    document_->apply(edits::changeCalendar(c, calendar), row < 0 ? tr("Add calendar action") : tr("Edit calendar action"));
}

}  // namespace mizan::ui
