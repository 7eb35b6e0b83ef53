// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Beyond the canvas, for one customer segment: its touchpoints as a grid of
// lifecycle stages (TP3) by the segment's channels, its retention economics
// with a chart of the customer base (RT1, RT2, RT5), and its personas (RT3,
// RT4, EX4). Every change is an undoable edit of the segment; the window
// follows the document (undo included) while it is open.

#include "core/model/note.h"
#include "ui/document/change_event.h"

#include <QDialog>
#include <QPointer>

class QChartView;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableWidget;

namespace mizan::ui {

class Document;

class SegmentWorkbook : public QDialog {
    Q_OBJECT

public:
    SegmentWorkbook(Document& document, NoteId segment, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return tabs_; }
    QTableWidget* touchpointGrid() const { return grid_; }
    // The figures shown on the economics tab, for tests.
    QString figuresText() const;

private:
    void addTouchpointsPage();
    void addEconomicsPage();
    void addPersonasPage();
    void refresh();
    void refreshGrid();
    void refreshEconomics();
    void refreshPersonas();
    void editTouchpoint(int row, int column);
    void changeSegment(const QString& action, const std::function<void(CustomerSegment&)>& change, int mergeKey = -1);
    const CustomerSegment* segment() const;
    std::vector<NoteId> channels() const;

    QPointer<Document> document_;
    NoteId segment_;
    QTabWidget* tabs_;
    QTableWidget* grid_;
    QWidget* economics_;
    QLabel* figures_;
    QChartView* chart_;
    QListWidget* personaList_;
    QWidget* personaForm_;
    std::vector<std::function<void()>> economicsRefreshers_;
    std::vector<std::function<void()>> personaRefreshers_;
};

}  // namespace mizan::ui
