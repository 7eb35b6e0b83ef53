// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The checklist's findings for the current document, grouped by severity:
// each with its message, suggestion and METHOD ids (hovering shows what the
// method says). Activating one selects its notes on the canvas.

#include "core/checklist/finding.h"

#include <QPointer>
#include <QTreeWidget>

class QTimer;

namespace mizan::ui {

class Document;

class FindingsPanel : public QTreeWidget {
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget* parent = nullptr);
    void setDocument(Document* document);
    // Re-reads the findings and the texts (after a change of language, too).
    void refresh();

signals:
    void subjectsActivated(const std::vector<mizan::NoteId>& subjects);
    void summaryChanged(const QString& summary);

private:
    void onActivated(QTreeWidgetItem* item);

    QPointer<Document> document_;
    QTimer* refreshTimer_ = nullptr;
};

}  // namespace mizan::ui
