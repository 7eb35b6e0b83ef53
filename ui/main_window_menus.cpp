// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions and menus, and their texts in the user's
// language (retranslated when the language changes).
#include "ui/main_window.h"
#include "ui/start/starters.h"

#include "core/model/canvas_edit.h"
#include "core/formats/json_format.h"
#include "ui/canvas/canvas_scene.h"
#include "ui/canvas/canvas_view.h"
#include "ui/document/document.h"
#include "ui/panels/calendar_dialog.h"
#include "ui/document/document_tab.h"
#include "ui/document/foreign_files.h"
#include "ui/error_text.h"
#include "ui/output/export_dialog.h"
#include "ui/output/exporter.h"
#include "ui/output/presentation_window.h"
#include "ui/panels/findings_panel.h"
#include "ui/help_dialog.h"
#include "ui/language.h"
#include "ui/canvas/note_item.h"
#include "ui/panels/planner_panel.h"
#include "ui/texts.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mizan::ui {

namespace {

// An action of the window (its shortcut works wherever the focus is in it).
template <typename Slot>
QAction* windowAction(QWidget* window, const QKeySequence& key, Slot slot)
{
    auto* action = new QAction(window);
    if (!key.isEmpty())
        action->setShortcut(key);
    QObject::connect(action, &QAction::triggered, window, slot);
    window->addAction(action);
    return action;
}

}  // namespace

void MainWindow::createActions()
{
    createFileActions();
    createEditActions();
    createViewActions();
}

void MainWindow::createFileActions()
{
    const auto make = [this](const QKeySequence& key, auto slot) { return windowAction(this, key, slot); };
    a_.newCanvas = make(QKeySequence::New, [this] { newCanvas(); });
    a_.open = make(QKeySequence::Open, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open canvas"), QString(),
                                                          tr("Mizan canvases (*.mizan *.json);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    a_.import = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a canvas"), QString(),
            tr("Canvases from other tools (*.md *.markdown *.txt *.csv *.tsv *.xml *.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    a_.exportMarkdown = make({}, [this] {
        DocumentTab* tab = currentTab();
        if (!tab)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export as Markdown"), QFileInfo(tab->document().displayName()).completeBaseName() + QStringLiteral(".md"),
            tr("Markdown (*.md)"));
        if (path.isEmpty())
            return;
        if (const auto st = exportMarkdown(tab->document().canvas(), path); !st)
            showError(tr("Could not export"), describeError(st.error(), QFileInfo(path).fileName()));
        else
            statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 5000);
    });
    a_.save = make(QKeySequence::Save, [this] { saveCurrent(); });
    a_.saveAs = make(QKeySequence::SaveAs, [this] { saveCurrentAs(); });
    a_.close = make(QKeySequence::Close, [this] {
        if (tabs_->currentIndex() >= 0)
            closeTab(tabs_->currentIndex());
    });
    a_.quit = make(QKeySequence::Quit, [this] { close(); });
    a_.exportAs = make(QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        DocumentTab* tab = currentTab();
        if (!tab)
            return;
        ExportOptions options;
        options.rightToLeft = isRightToLeftLanguage(tab->document().canvas().info.language) || layoutDirection() == Qt::RightToLeft;
        const QString path = askExport(this, QFileInfo(tab->document().displayName()).completeBaseName(), &options);
        QString error;
        if (!path.isEmpty() && !exportCurrent(path, options, &error))
            showError(tr("Could not export"), error);
    });
    a_.print = make(QKeySequence::Print, [this] {
        DocumentTab* tab = currentTab();
        if (!tab)
            return;
        QPrinter printer(QPrinter::HighResolution);
        ExportOptions options;
        options.rightToLeft = isRightToLeftLanguage(tab->document().canvas().info.language) || layoutDirection() == Qt::RightToLeft;
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options.pageSize = printer.pageLayout().pageSize().id();
        options.orientation = printer.pageLayout().orientation();
        if (!printReport(tab->document().canvas(), tab->document().findings(), &printer, options))
            showError(tr("Could not print"), tr("The printer did not accept the document."));
    });
    a_.present = make(QKeySequence(Qt::Key_F5), [this] { present(); });
    a_.calendar = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), [this] {
        if (DocumentTab* tab = currentTab())
            (new CalendarDialog(tab->document(), this))->show();
    });
}

void MainWindow::createEditActions()
{
    const auto make = [this](const QKeySequence& key, auto slot) { return windowAction(this, key, slot); };
    a_.undo = undoGroup_->createUndoAction(this);
    a_.undo->setShortcut(QKeySequence::Undo);
    a_.redo = undoGroup_->createRedoAction(this);
    a_.redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(a_.undo);
    addAction(a_.redo);
    a_.cut = make(QKeySequence::Cut, [this] { copySelection(true); });
    a_.copy = make(QKeySequence::Copy, [this] { copySelection(false); });
    a_.paste = make(QKeySequence::Paste, [this] { paste(); });
    a_.remove = make(QKeySequence::Delete, [this] {
        if (auto* tab = currentTab())
            tab->scene().deleteSelected();
    });
    a_.selectAll = make(QKeySequence::SelectAll, [this] {
        if (auto* tab = currentTab())
            for (QGraphicsItem* item : tab->scene().items())
                if (dynamic_cast<NoteItem*>(item) && item->isVisible())
                    item->setSelected(true);
    });
    a_.addNote = make(QKeySequence(Qt::Key_Insert), [this] {
        if (auto* tab = currentTab())
            tab->scene().addNoteTo(tab->scene().currentBlock());
    });
    a_.editNote = make(QKeySequence(Qt::Key_F2), [this] {
        if (auto* tab = currentTab()) {
            const auto ids = tab->scene().selectedNoteIds();
            if (ids.size() == 1)
                if (NoteItem* item = tab->scene().noteItem(ids.front()))
                    item->startEditing();
        }
    });
    a_.find = make(QKeySequence::Find, [this] {
        if (auto* tab = currentTab())
            tab->showFind();
    });
    a_.findNext = make(QKeySequence::FindNext, [this] {
        if (auto* tab = currentTab())
            tab->findNext();
    });
}

// The view's actions, and the Help menu's.
void MainWindow::createViewActions()
{
    const auto make = [this](const QKeySequence& key, auto slot) { return windowAction(this, key, slot); };
    a_.zoomIn = make(QKeySequence::ZoomIn, [this] {
        if (auto* tab = currentTab())
            tab->view().zoomIn();
    });
    a_.zoomOut = make(QKeySequence::ZoomOut, [this] {
        if (auto* tab = currentTab())
            tab->view().zoomOut();
    });
    a_.zoomFit = make(QKeySequence(Qt::CTRL | Qt::Key_0), [this] {
        if (auto* tab = currentTab())
            tab->view().zoomToFit();
    });
    a_.segmentColours = make({}, [this](bool on) {
        for (int i = 0; i < tabs_->count(); ++i)
            static_cast<DocumentTab*>(tabs_->widget(i))->scene().setShowSegmentColours(on);
    });
    a_.segmentColours->setCheckable(true);
    a_.segmentColours->setChecked(true);
    a_.keepLtrCanvas = make({}, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/keepLeftToRightCanvas"), on);
        applyCanvasDirection();
    });
    a_.keepLtrCanvas->setCheckable(true);
    a_.systemLanguage = new QAction(this);
    a_.about = make({}, [this] { (new HelpDialog(this, HelpDialog::Page::About, this))->show(); });
    a_.shortcuts = make({}, [this] { (new HelpDialog(this, HelpDialog::Page::Shortcuts, this))->show(); });
    a_.method = make(QKeySequence::HelpContents, [this] { (new HelpDialog(this, HelpDialog::Page::Method, this))->show(); });
    a_.rules = make({}, [this] { (new HelpDialog(this, HelpDialog::Page::Rules, this))->show(); });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(QString());
    file->addAction(a_.newCanvas);
    templatesMenu_ = file->addMenu(QString());
    examplesMenu_ = file->addMenu(QString());
    file->addAction(a_.open);
    file->addAction(a_.import);
    recentMenu_ = file->addMenu(QString());
    file->addSeparator();
    file->addAction(a_.save);
    file->addAction(a_.saveAs);
    file->addAction(a_.saveVersion);
    file->addAction(a_.compareFile);
    file->addAction(a_.mergeFile);
    file->addAction(a_.exportAs);
    file->addAction(a_.exportMarkdown);
    file->addAction(a_.print);
    file->addSeparator();
    file->addAction(a_.close);
    file->addAction(a_.quit);

    QMenu* edit = menuBar()->addMenu(QString());
    edit->addAction(a_.undo);
    edit->addAction(a_.redo);
    edit->addSeparator();
    edit->addAction(a_.cut);
    edit->addAction(a_.copy);
    edit->addAction(a_.paste);
    edit->addAction(a_.remove);
    edit->addAction(a_.selectAll);
    edit->addSeparator();
    edit->addAction(a_.addNote);
    edit->addAction(a_.editNote);
    edit->addSeparator();
    edit->addAction(a_.calendar);
    edit->addSeparator();
    edit->addAction(a_.find);
    edit->addAction(a_.findNext);

    QMenu* view = menuBar()->addMenu(QString());
    view->addAction(a_.zoomIn);
    view->addAction(a_.zoomOut);
    view->addAction(a_.zoomFit);
    view->addSeparator();
    view->addAction(a_.present);
    view->addAction(a_.segmentColours);
    view->addAction(plannerDock_->toggleViewAction());
    view->addAction(findingsDock_->toggleViewAction());
    view->addAction(historyDock_->toggleViewAction());
    view->addAction(conflictsDock_->toggleViewAction());

    view->addAction(a_.keepLtrCanvas);
    createLanguageMenu(view);

    QMenu* help = menuBar()->addMenu(QString());
    help->addAction(a_.method);
    help->addAction(a_.rules);
    help->addAction(a_.shortcuts);
    help->addSeparator();
    help->addAction(a_.about);
    menus_ = {file, edit, view, help};
}

// View ▸ Language: the system's, or one of the interface's languages.
void MainWindow::createLanguageMenu(QMenu* view)
{
    languageMenu_ = view->addMenu(QString());
    auto* languages = new QActionGroup(this);
    a_.systemLanguage->setCheckable(true);
    a_.systemLanguage->setData(QString());
    languages->addAction(a_.systemLanguage);
    languageMenu_->addAction(a_.systemLanguage);
    for (const QString& code : Language::available()) {
        QAction* a = languageMenu_->addAction(Language::nativeName(code));
        a->setCheckable(true);
        a->setData(code);
        languages->addAction(a);
    }
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    for (QAction* a : languages->actions())
        a->setChecked(a->data().toString() == chosen);
    connect(languages, &QActionGroup::triggered, this, [this](QAction* a) {
        QSettings().setValue(QStringLiteral("language"), a->data().toString());
        if (language_)
            language_->apply(a->data().toString());
    });
    languageMenu_->menuAction()->setVisible(language_ != nullptr);
}

void MainWindow::rebuildStarterMenus()
{
    // The titles follow the language, and so do the templates themselves.
    for (auto [menu, starters] : {std::pair{templatesMenu_, templateStarters()}, std::pair{examplesMenu_, exampleStarters()}}) {
        menu->clear();
        for (const Starter& s : starters) {
            QAction* a = menu->addAction(s.title);
            a->setStatusTip(s.description);
            a->setData(s.resource);
            connect(a, &QAction::triggered, this, [this, r = s.resource] { newFromExample(r); });
        }
    }
}

void MainWindow::retranslate()
{
    menus_[0]->setTitle(tr("&File"));
    menus_[1]->setTitle(tr("&Edit"));
    menus_[2]->setTitle(tr("&View"));
    menus_[3]->setTitle(tr("&Help"));
    templatesMenu_->setTitle(tr("New from &template"));
    examplesMenu_->setTitle(tr("New from &example"));
    rebuildStarterMenus();
    recentMenu_->setTitle(tr("Open &recent"));
    a_.newCanvas->setText(tr("&New canvas"));
    a_.open->setText(tr("&Open..."));
    a_.import->setText(tr("&Import..."));
    a_.import->setToolTip(tr("Open a canvas made in another tool: Markdown, CSV, Leantime's export, the Business Model Canvas app"));
    a_.exportMarkdown->setText(tr("Export as &Markdown..."));
    a_.save->setText(tr("&Save"));
    a_.saveAs->setText(tr("Save &as..."));
    a_.saveVersion->setText(tr("Save a &Version..."));
    a_.saveVersion->setToolTip(tr("Keep the canvas as it is now under a name (\"Workshop 3\"), inside the .mizan file"));
    a_.compareFile->setText(tr("Compare &with File..."));
    a_.mergeFile->setText(tr("&Merge a Copy In..."));
    a_.mergeFile->setToolTip(tr("Combine another copy of this canvas (a client's edits, a colleague's copy) with "
                                "yours; what was changed both ways is listed in the Conflicts panel"));
    a_.close->setText(tr("&Close"));
    a_.quit->setText(tr("&Quit"));
    a_.undo->setText(tr("&Undo"));
    a_.redo->setText(tr("&Redo"));
    a_.cut->setText(tr("Cu&t"));
    a_.copy->setText(tr("&Copy"));
    a_.paste->setText(tr("&Paste"));
    a_.remove->setText(tr("&Delete"));
    a_.selectAll->setText(tr("Select &all"));
    a_.addNote->setText(tr("&Add note"));
    a_.editNote->setText(tr("&Edit note"));
    a_.find->setText(tr("&Find..."));
    a_.findNext->setText(tr("Find &next"));
    a_.zoomIn->setText(tr("Zoom &in"));
    a_.zoomOut->setText(tr("Zoom &out"));
    a_.zoomFit->setText(tr("Zoom to &fit"));
    a_.segmentColours->setText(tr("&Segment colours on notes"));
    a_.about->setText(tr("&About Mizan"));
    a_.exportAs->setText(tr("&Export..."));
    a_.print->setText(tr("&Print..."));
    a_.present->setText(tr("&Presentation mode"));
    a_.calendar->setText(tr("Relationship &calendar..."));
    a_.shortcuts->setText(tr("&Keyboard shortcuts"));
    a_.method->setText(tr("The &method"));
    a_.rules->setText(tr("Checklist &rules"));
    a_.keepLtrCanvas->setText(tr("Keep the canvas &left to right"));
    a_.systemLanguage->setText(tr("System default"));
    languageMenu_->setTitle(tr("&Language"));
    plannerDock_->setWindowTitle(tr("Planner"));
    findingsDock_->setWindowTitle(tr("Findings"));
    historyDock_->setWindowTitle(tr("History"));
    conflictsDock_->setWindowTitle(tr("Conflicts"));
    // Short, so the findings dock can be narrow on a small screen.
    includeSuggested_->setText(tr("Include suggested answers ✦"));
    includeSuggested_->setToolTip(tr("Check the canvas with the answers the notes' words suggest taken as answers; "
                                     "the findings that rest on them are marked ✦."));
    rebuildRecentMenu();
    findings_->refresh();
    updateTitle();
}

}  // namespace mizan::ui
