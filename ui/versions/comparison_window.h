// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Two versions of a canvas side by side in one view: the newer canvas with
// each note marked added, removed (shown where it was, faded), moved or
// changed; beside it every change in the canvas's words (depth shallow →
// deep, channel X now a partner's...) and the checklist's findings that
// appeared and disappeared. Works between two versions, two files, or a
// version and the canvas as it is now. Read-only.

#include "core/model/canvas.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace mizan::ui {

class CanvasScene;
class CanvasView;
class Document;
class RecoveryArea;

class ComparisonWindow : public QWidget {
    Q_OBJECT

public:
    // before and after are named for the title ("Workshop 3", "Now").
    static std::unique_ptr<ComparisonWindow> create(const Canvas& before, const QString& beforeName,
                                                    const Canvas& after, const QString& afterName,
                                                    RecoveryArea& area, QString* error);
    ~ComparisonWindow() override;

    int changeCount() const { return changeCount_; }
    int appearedCount() const { return appeared_; }
    int disappearedCount() const { return disappeared_; }
    QTreeWidget* changesList() const { return changes_; }
    QTreeWidget* findingsList() const { return findings_; }
    CanvasScene* scene() const { return scene_; }

private:
    ComparisonWindow(std::unique_ptr<Document> shown, const Canvas& before, const Canvas& after,
                     const QString& beforeName, const QString& afterName);
    void fillChanges(const Canvas& before, const Canvas& after);
    void fillFindings(const Canvas& before, const Canvas& after);
    void showNote(QTreeWidgetItem* item);

    std::unique_ptr<Document> shown_;
    CanvasScene* scene_;
    CanvasView* view_;
    QTabWidget* side_;
    QTreeWidget* changes_;
    QTreeWidget* findings_;
    int changeCount_ = 0;
    int appeared_ = 0;
    int disappeared_ = 0;
};

}  // namespace mizan::ui
