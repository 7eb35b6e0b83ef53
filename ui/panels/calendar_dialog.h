// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The relationship calendar (RT7, RT9): a year plan of actions, each tied to
// a segment and a mechanism, one-off or recurring, with an owner. Edits are
// undoable; the plan exports as iCalendar for any calendar program.

#include "ui/document/change_event.h"

#include <QDialog>
#include <QPointer>

class QTableWidget;

namespace mizan::ui {

class Document;

class CalendarDialog : public QDialog {
    Q_OBJECT

public:
    explicit CalendarDialog(Document& document, QWidget* parent = nullptr);
    QTableWidget* table() const { return table_; }

private:
    void refresh();
    void editAction(int row);  // -1 adds one

    QPointer<Document> document_;
    QTableWidget* table_;
};

}  // namespace mizan::ui
