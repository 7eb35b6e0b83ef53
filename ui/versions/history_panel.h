// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The History panel: the versions of the current canvas, newest first, each
// with its date, its name (or "Automatic") and a line on what changed since
// the version before. A version can be opened read-only, compared with the
// canvas as it is now, or restored (one undoable edit); renamed or deleted
// (F2, Delete, or the list's context menu).

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace mizan {
struct Version;
}

namespace mizan::ui {

class Document;

class HistoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget* parent = nullptr);
    void setDocument(Document* document);
    QTreeWidget* list() const { return list_; }
    std::optional<std::int64_t> currentVersion() const;
    // The versions selected, oldest first (two selected compare with each other).
    std::vector<std::int64_t> selectedVersions() const;

    // "3 notes added, 1 removed, 2 changed" (what the version changed).
    static QString summary(const Version& version, bool first);

signals:
    void saveVersionRequested();
    void openRequested(std::int64_t version);
    void compareRequested(std::int64_t version);
    void compareTwoRequested(std::int64_t older, std::int64_t newer);
    void restoreRequested(std::int64_t version);
    void renameRequested(std::int64_t version);
    void deleteRequested(const std::vector<std::int64_t>& versions);

protected:
    void changeEvent(QEvent* event) override;
    // F2 and Delete in the list rename and delete versions, not the
    // canvas's selected note (the window's shortcuts for the same keys).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void retranslate();
    void updateButtons();

    Document* document_ = nullptr;
    QLabel* hint_;
    QTreeWidget* list_;
    QPushButton* save_;
    QPushButton* open_;
    QPushButton* compare_;
    QPushButton* restore_;
    // The list's context menu (with open, compare and restore).
    QAction* openAction_;
    QAction* compareAction_;
    QAction* restoreAction_;
    QAction* rename_;
    QAction* delete_;
};

}  // namespace mizan::ui
