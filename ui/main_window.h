// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The editor's window: open canvases as tabs, the planner and the findings
// as docks, the menus and shortcuts, recent files, and the prompts that
// keep work from being lost (unsaved changes, recovery after a crash).

#include "ui/output/exporter.h"
#include "ui/document/recovery_area.h"
#include "core/model/canvas.h"

#include <QMainWindow>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QCheckBox;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace mizan::ui {

class ComparisonWindow;
class ConflictsPanel;
class DocumentTab;
class FindingsPanel;
class HistoryPanel;
class PresentationWindow;
class PlannerPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // language may be null (tests): then the language menu is hidden.
    explicit MainWindow(RecoveryArea& recovery, class Language* language = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a file in a new tab (or switches to it); false with a message
    // shown on failure unless quiet, in which case error gets it.
    // A .mizan or .json file; a file of another tool is imported.
    bool openFile(const QString& path, QString* error = nullptr);
    // Reads what can still be read of a damaged document into a new,
    // untitled canvas (the file is left as it is) and says what was recovered.
    bool salvageFile(const QString& path);
    // A canvas of another tool (Markdown, CSV, Leantime, the Business Model
    // Canvas web app) as a new untitled canvas, with what was imported.
    bool importFile(const QString& path, QString* error = nullptr);
    void newCanvas();
    // Opens one of the bundled examples or templates as a new, untitled canvas.
    bool newFromExample(const QString& resource);
    // Offers to recover the working copies a previous run left behind.
    void offerRecovery();

    DocumentTab* currentTab() const;
    int tabCount() const;
    QTabWidget* tabs() const { return tabs_; }
    PlannerPanel* planner() const { return planner_; }
    FindingsPanel* findingsPanel() const { return findings_; }

    // Opens presentation mode on the current canvas (F5); returns its window.
    PresentationWindow* present();
    bool exportCurrent(const QString& path, const ExportOptions& options, QString* error);

    // ---- Versions (main_window_versions.cpp)
    // Records the current canvas as a named version and saves it; asks for
    // the name when none is given.
    bool saveVersion(const QString& name = {}, QString* error = nullptr);
    // A version of the current canvas, read-only in a new tab.
    bool openVersion(std::int64_t id);
    // A version compared with the current canvas as it is now.
    ComparisonWindow* compareVersion(std::int64_t id);
    // Two versions of the current canvas compared (older, newer).
    ComparisonWindow* compareVersions(std::int64_t older, std::int64_t newer);
    bool restoreVersion(std::int64_t id);
    // Asks for the name when none is given.
    bool renameVersion(std::int64_t id, const QString& name = {});
    // Asks first unless confirmed.
    bool deleteVersions(const std::vector<std::int64_t>& ids, bool confirmed = false);
    // The current canvas compared with a file (the canvas is the older side).
    ComparisonWindow* compareWithFile(const QString& path, QString* error = nullptr);
    // Another copy of the current canvas merged into it (a client's edits);
    // conflicts counts what was changed both ways.
    bool mergeWithFile(const QString& path, QString* error = nullptr, int* conflicts = nullptr);
    HistoryPanel* historyPanel() const { return history_; }
    ConflictsPanel* conflictsPanel() const { return conflicts_; }
    QDockWidget* conflictsDock() const { return conflictsDock_; }

    bool saveCurrent();
    bool saveCurrentAs(const QString& path = {});
    // Asks about unsaved changes; false if the user cancelled.
    bool closeTab(int index);

    static QStringList exampleResources();
    bool isShowingStartPage() const;
    class StartPage* startPage() const { return startPage_; }
    // Sizes the window for a screen's available area when no size was
    // remembered; on a small screen (a projector) it fills the screen and
    // the findings take the window's whole width.
    void fitToScreen(const QRect& available);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void offerSalvage(const QString& path, const QString& message, const Error& refusal);
    void createActions();
    void createFileActions();
    void createEditActions();
    void createViewActions();
    void createLanguageMenu(QMenu* view);
    void createMenus();
    void retranslate();
    void addTab(std::unique_ptr<class Document> document);
    void onCurrentTabChanged();
    void updateTitle();
    void updateActions();
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void copySelection(bool cut);
    void paste();
    void showError(const QString& title, const QString& text);
    void selectSubjects(const std::vector<std::string>& ids);
    void createVersionDocks();
    // A version of the current canvas, named as the History panel names it;
    // nullopt (the reason shown under failureTitle) when it cannot be read.
    std::optional<std::pair<QString, Canvas>> currentVersion(std::int64_t id, const QString& failureTitle);
    ComparisonWindow* showComparison(const Canvas& before, const QString& beforeName, const Canvas& after,
                                     const QString& afterName);
    void readSettings();
    void writeSettings();

    RecoveryArea& recovery_;
    QTabWidget* tabs_;
    QUndoGroup* undoGroup_;
    PlannerPanel* planner_;
    FindingsPanel* findings_;
    QDockWidget* plannerDock_;
    QDockWidget* findingsDock_;
    HistoryPanel* history_ = nullptr;
    ConflictsPanel* conflicts_ = nullptr;
    QDockWidget* historyDock_ = nullptr;
    QDockWidget* conflictsDock_ = nullptr;
    std::vector<std::unique_ptr<ComparisonWindow>> comparisons_;
    QCheckBox* includeSuggested_;
    QLabel* statusFindings_;
    QLabel* statusZoom_;
    QMenu* recentMenu_ = nullptr;
    QMenu* examplesMenu_ = nullptr;
    QStringList recent_;

    struct Actions {
        QAction *newCanvas, *open, *import, *exportMarkdown, *save, *saveAs, *close, *quit;
        QAction *undo, *redo, *cut, *copy, *paste, *remove, *selectAll, *addNote, *editNote, *find, *findNext;
        QAction *zoomIn, *zoomOut, *zoomFit, *segmentColours, *about, *shortcuts;
        QAction *exportAs, *print, *present, *keepLtrCanvas, *systemLanguage, *calendar, *method, *rules;
        QAction *saveVersion, *compareFile, *mergeFile;
    } a_{};
    QList<QMenu*> menus_;
    class Language* language_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    void applyCanvasDirection();
    void showStartPageWhenEmpty();
    void rebuildStarterMenus();

    QStackedWidget* stack_ = nullptr;
    class StartPage* startPage_ = nullptr;
    QMenu* templatesMenu_ = nullptr;
    // The docks a canvas uses, and whether each was shown when the start
    // page hid them.
    std::vector<QDockWidget*> canvasDocks() const;
    std::vector<bool> docksShown_;
    void restoreDocks();
};

}  // namespace mizan::ui
