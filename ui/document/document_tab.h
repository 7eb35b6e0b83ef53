// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One open document in the main window: a banner when it is read-only or
// its working copy cannot be written, a bar when its file was changed on
// disk by another program (or a sync client left a conflicting copy), a
// find bar, and the canvas view.

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mizan::ui {

class CanvasScene;
class CanvasView;
class Document;

class DocumentTab : public QWidget {
    Q_OBJECT

public:
    DocumentTab(std::unique_ptr<Document> document, QWidget* parent = nullptr);
    ~DocumentTab() override;

    Document& document() const { return *document_; }
    CanvasScene& scene() const { return *scene_; }
    CanvasView& view() const { return *view_; }

    void showFind();
    void findNext(bool backwards = false);
    void updateBanner();
    // The bar about the file changed on disk, or a sync client's conflicting copy.
    void updateDiskBar();
    // After a merge: what was changed both ways, when anything was.
    static void tellConflicts(QWidget* parent, int conflicts);
    QWidget* diskBar() const { return diskBar_; }

signals:
    // Compare the canvas as it is with the file at path (the disk's version, a copy).
    void compareRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    std::unique_ptr<Document> document_;
    CanvasScene* scene_;
    CanvasView* view_;
    QLabel* banner_;
    QWidget* findBar_;
    QLineEdit* findField_;
    QLabel* findStatus_;
    QWidget* diskBar_;
    QLabel* diskText_;
    QPushButton* diskTake_;
    QPushButton* diskCompare_;
    QPushButton* diskIgnore_;
    QString diskSubject_;     // the file the bar is about
    void takeFromDisk();
    void createDiskBar();
    std::vector<std::string> matches_;
    int matchIndex_ = -1;
};

}  // namespace mizan::ui
