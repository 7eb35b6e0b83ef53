// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main_window.h"

#include "core/model/canvas_edit.h"
#include "core/formats/json_format.h"
#include "ui/canvas/canvas_scene.h"
#include "ui/canvas/canvas_view.h"
#include "ui/document/document.h"
#include "ui/panels/calendar_dialog.h"
#include "ui/document/document_tab.h"
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

namespace mizan::ui {

namespace {

constexpr const char* kNotesMime = "application/x-mizan-notes";
constexpr int kMaxRecent = 10;

}  // namespace

MainWindow::MainWindow(RecoveryArea& recovery, Language* language, QWidget* parent)
    : QMainWindow(parent), recovery_(recovery), language_(language)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/mizan.svg")));
    undoGroup_ = new QUndoGroup(this);
    tabs_ = new QTabWidget(this);
    tabs_->setTabsClosable(true);
    tabs_->setMovable(true);
    tabs_->setDocumentMode(true);
    tabs_->setAccessibleName(tr("Open canvases"));
    setCentralWidget(tabs_);

    planner_ = new PlannerPanel(this);
    plannerDock_ = new QDockWidget(this);
    plannerDock_->setObjectName(QStringLiteral("planner"));
    plannerDock_->setWidget(planner_);
    plannerDock_->setMinimumWidth(360);
    addDockWidget(Qt::RightDockWidgetArea, plannerDock_);

    findings_ = new FindingsPanel(this);
    findingsDock_ = new QDockWidget(this);
    findingsDock_->setObjectName(QStringLiteral("findings"));
    findingsDock_->setWidget(findings_);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock_);

    statusFindings_ = new QLabel(this);
    statusZoom_ = new QLabel(this);
    statusBar()->addWidget(statusFindings_, 1);
    statusBar()->addPermanentWidget(statusZoom_);

    createActions();
    createMenus();
    retranslate();

    connect(tabs_, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(tabs_, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(findings_, &FindingsPanel::subjectsActivated, this, &MainWindow::selectSubjects);
    connect(findings_, &FindingsPanel::summaryChanged, statusFindings_, &QLabel::setText);
    connect(planner_, &PlannerPanel::noteRequested, this, [this](const NoteId& id) { selectSubjects({id}); });
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &MainWindow::updateActions);

    readSettings();
    updateActions();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::exampleResources()
{
    return {QStringLiteral(":/examples/coffee-roastery.en.json"), QStringLiteral(":/examples/tailoring-atelier.ar.json"),
            QStringLiteral(":/examples/dental-clinic.he.json")};
}

void MainWindow::createActions()
{
    const auto make = [this](const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    a_.newCanvas = make(QKeySequence::New, [this] { newCanvas(); });
    a_.open = make(QKeySequence::Open, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open canvas"), QString(),
                                                          tr("Mizan canvases (*.mizan *.json);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
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
    examplesMenu_ = file->addMenu(QString());
    for (const QString& resource : exampleResources()) {
        QAction* a = examplesMenu_->addAction(QString());
        a->setData(resource);
        connect(a, &QAction::triggered, this, [this, resource] { newFromExample(resource); });
    }
    file->addAction(a_.open);
    recentMenu_ = file->addMenu(QString());
    file->addSeparator();
    file->addAction(a_.save);
    file->addAction(a_.saveAs);
    file->addAction(a_.exportAs);
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

    view->addAction(a_.keepLtrCanvas);
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

    QMenu* help = menuBar()->addMenu(QString());
    help->addAction(a_.method);
    help->addAction(a_.rules);
    help->addAction(a_.shortcuts);
    help->addSeparator();
    help->addAction(a_.about);
    menus_ = {file, edit, view, help};
}

void MainWindow::retranslate()
{
    menus_[0]->setTitle(tr("&File"));
    menus_[1]->setTitle(tr("&Edit"));
    menus_[2]->setTitle(tr("&View"));
    menus_[3]->setTitle(tr("&Help"));
    examplesMenu_->setTitle(tr("New from &example"));
    const QStringList exampleNames = {tr("Coffee roastery (English)"), tr("Tailoring atelier (Arabic)"),
                                      tr("Dental clinic (Hebrew)")};
    for (int i = 0; i < examplesMenu_->actions().size() && i < exampleNames.size(); ++i)
        examplesMenu_->actions()[i]->setText(exampleNames[i]);
    recentMenu_->setTitle(tr("Open &recent"));
    a_.newCanvas->setText(tr("&New canvas"));
    a_.open->setText(tr("&Open..."));
    a_.save->setText(tr("&Save"));
    a_.saveAs->setText(tr("Save &as..."));
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
    rebuildRecentMenu();
    findings_->refresh();
    updateTitle();
}

void MainWindow::applyCanvasDirection()
{
    // Arabic and Hebrew mirror the canvas with the interface, unless a mixed
    // team asked to keep the usual layout.
    const bool rtl = layoutDirection() == Qt::RightToLeft && !a_.keepLtrCanvas->isChecked();
    for (int i = 0; i < tabs_->count(); ++i)
        static_cast<DocumentTab*>(tabs_->widget(i))->scene().setRightToLeft(rtl);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::LanguageChange)
        applyCanvasDirection();
    QMainWindow::changeEvent(event);
}

DocumentTab* MainWindow::currentTab() const
{
    return static_cast<DocumentTab*>(tabs_->currentWidget());
}

int MainWindow::tabCount() const
{
    return tabs_->count();
}

void MainWindow::addTab(std::unique_ptr<Document> document)
{
    Document* doc = document.get();
    auto* tab = new DocumentTab(std::move(document), tabs_);
    undoGroup_->addStack(doc->undoStack());
    tab->scene().setShowSegmentColours(a_.segmentColours->isChecked());
    tab->scene().setRightToLeft(layoutDirection() == Qt::RightToLeft && !a_.keepLtrCanvas->isChecked());
    const int index = tabs_->addTab(tab, doc->displayName());
    connect(doc, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc, &Document::filePathChanged, this, [this, tab, doc] {
        tabs_->setTabText(tabs_->indexOf(tab), doc->displayName());
        updateTitle();
    });
    connect(&tab->scene(), &QGraphicsScene::selectionChanged, this, [this, tab] {
        if (tab == currentTab()) {
            planner_->setSelection(tab->scene().selectedNoteIds());
            updateActions();
        }
    });
    connect(&tab->view(), &CanvasView::zoomChanged, this, [this, tab](qreal zoom) {
        if (tab == currentTab())
            statusZoom_->setText(tr("Zoom %1%").arg(QLocale().toString(qRound(zoom * 100))));
    });
    connect(&tab->scene(), &CanvasScene::questionsRequested, this, [this](BlockId block, QPointF) {
        QMessageBox::information(this, blockTitle(block), blockQuestions(block));
    });
    tabs_->setCurrentIndex(index);
    tab->view().setFocus();
}

void MainWindow::onCurrentTabChanged()
{
    DocumentTab* tab = currentTab();
    Document* doc = tab ? &tab->document() : nullptr;
    undoGroup_->setActiveStack(doc ? doc->undoStack() : nullptr);
    planner_->setDocument(doc);
    findings_->setDocument(doc);
    if (tab) {
        planner_->setSelection(tab->scene().selectedNoteIds());
        statusZoom_->setText(tr("Zoom %1%").arg(QLocale().toString(qRound(tab->view().zoom() * 100))));
    }
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    DocumentTab* tab = currentTab();
    if (!tab) {
        setWindowTitle(QStringLiteral("Mizan"));
        setWindowModified(false);
        return;
    }
    const Document& doc = tab->document();
    setWindowTitle(tr("%1[*] — Mizan").arg(doc.displayName()));
    setWindowModified(doc.isModified());
    for (int i = 0; i < tabs_->count(); ++i) {
        auto* t = static_cast<DocumentTab*>(tabs_->widget(i));
        tabs_->setTabText(i, t->document().displayName() + (t->document().isModified() ? QStringLiteral(" *") : QString()));
    }
}

void MainWindow::updateActions()
{
    DocumentTab* tab = currentTab();
    const bool has = tab != nullptr;
    const bool editable = has && !tab->document().isReadOnly();
    const bool selection = has && !tab->scene().selectedNoteIds().empty();
    for (QAction* a : {a_.save, a_.saveAs, a_.exportAs, a_.print, a_.present, a_.calendar, a_.close, a_.find, a_.findNext, a_.zoomIn, a_.zoomOut, a_.zoomFit, a_.selectAll})
        a->setEnabled(has);
    a_.save->setEnabled(editable);
    a_.copy->setEnabled(selection);
    a_.cut->setEnabled(selection && editable);
    a_.remove->setEnabled(selection && editable);
    a_.editNote->setEnabled(selection && editable);
    a_.addNote->setEnabled(editable);
    const QMimeData* clip = QApplication::clipboard()->mimeData();
    a_.paste->setEnabled(editable && clip && (clip->hasFormat(kNotesMime) || clip->hasText()));
}

bool MainWindow::openFile(const QString& path, QString* error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < tabs_->count(); ++i)
        if (static_cast<DocumentTab*>(tabs_->widget(i))->document().filePath() == absolute) {
            tabs_->setCurrentIndex(i);
            return true;
        }
    auto doc = Document::open(absolute, recovery_);
    if (!doc) {
        const QString message = describeError(doc.error(), QFileInfo(path).fileName());
        if (error)
            *error = message;
        else
            showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), message);
        return false;
    }
    addTab(std::move(doc.value()));
    addRecent(absolute);
    return true;
}

void MainWindow::newCanvas()
{
    Canvas canvas;
    canvas.info.title = tr("Untitled canvas").toStdString();
    canvas.info.language = QLocale().name().section(QLatin1Char('_'), 0, 0).toStdString();
    auto doc = Document::create(std::move(canvas), recovery_);
    if (!doc) {
        showError(tr("Cannot create a canvas"), QString::fromStdString(doc.error().text));
        return;
    }
    addTab(std::move(doc.value()));
}

bool MainWindow::newFromExample(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    auto canvas = fromJson(file.readAll().toStdString());
    if (!canvas)
        return false;
    auto doc = Document::create(std::move(canvas.value()), recovery_);
    if (!doc) {
        showError(tr("Cannot create a canvas"), QString::fromStdString(doc.error().text));
        return false;
    }
    addTab(std::move(doc.value()));
    return true;
}

void MainWindow::offerRecovery()
{
    recovery_.removeStale();
    for (const RecoverableCopy& copy : recovery_.recoverable()) {
        const QString name = copy.sourcePath.isEmpty() ? copy.title : QFileInfo(copy.sourcePath).fileName();
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes?"),
                        tr("Mizan closed without saving your changes to “%1” (last edited %2). Recover them?")
                            .arg(name, QLocale().toString(copy.modified.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        QPushButton* recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
        QPushButton* discard = box.addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
        box.addButton(tr("Decide later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == recover) {
            auto doc = Document::recover(copy, recovery_);
            if (doc)
                addTab(std::move(doc.value()));
            else
                showError(tr("Cannot recover %1").arg(name), QString::fromStdString(doc.error().text));
        } else if (box.clickedButton() == discard) {
            recovery_.discard(copy);
        }
    }
}

PresentationWindow* MainWindow::present()
{
    DocumentTab* tab = currentTab();
    if (!tab)
        return nullptr;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    auto* window = new PresentationWindow(tab->document(), rtl, this);
    window->showFullScreen();
    window->activateWindow();
    window->setFocus();
    return window;
}

bool MainWindow::exportCurrent(const QString& path, const ExportOptions& options, QString* error)
{
    DocumentTab* tab = currentTab();
    if (!tab)
        return false;
    const auto st = exportCanvas(tab->document().canvas(), tab->document().findings(), path, options);
    if (!st) {
        *error = describeError(st.error(), QFileInfo(path).fileName());
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::saveCurrent()
{
    DocumentTab* tab = currentTab();
    if (!tab)
        return false;
    if (tab->document().filePath().isEmpty() || tab->document().isReadOnly())
        return saveCurrentAs();
    QString error;
    if (!tab->document().save(&error)) {
        showError(tr("Could not save %1").arg(tab->document().displayName()), error);
        return false;
    }
    addRecent(tab->document().filePath());
    return true;
}

bool MainWindow::saveCurrentAs(const QString& givenPath)
{
    DocumentTab* tab = currentTab();
    if (!tab)
        return false;
    QString path = givenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save canvas"), tab->document().displayName(),
                                            tr("Mizan canvas (*.mizan);;Mizan JSON (*.json)"));
        if (path.isEmpty())
            return false;
        if (!path.endsWith(QStringLiteral(".mizan"), Qt::CaseInsensitive) && !path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
            path += QStringLiteral(".mizan");
    }
    QString error;
    if (!tab->document().saveAs(path, &error)) {
        showError(tr("Could not save %1").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    tab->updateBanner();
    addRecent(tab->document().filePath());
    return true;
}

bool MainWindow::closeTab(int index)
{
    auto* tab = static_cast<DocumentTab*>(tabs_->widget(index));
    if (!tab)
        return true;
    if (tab->document().isModified()) {
        tabs_->setCurrentIndex(index);
        const auto answer = QMessageBox::warning(
            this, tr("Unsaved changes"), tr("Save the changes to “%1” before closing?").arg(tab->document().displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save && !saveCurrent())
            return false;
    }
    undoGroup_->removeStack(tab->document().undoStack());
    tabs_->removeTab(index);
    delete tab;
    onCurrentTabChanged();
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    while (tabs_->count() > 0) {
        if (!closeTab(tabs_->currentIndex())) {
            event->ignore();
            return;
        }
    }
    writeSettings();
    event->accept();
}

void MainWindow::addRecent(const QString& path)
{
    recent_.removeAll(path);
    recent_.prepend(path);
    while (recent_.size() > kMaxRecent)
        recent_.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), recent_);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!recentMenu_)
        return;
    recentMenu_->clear();
    for (const QString& path : std::as_const(recent_)) {
        QAction* a = recentMenu_->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    recentMenu_->setEnabled(!recent_.isEmpty());
}

void MainWindow::copySelection(bool cut)
{
    DocumentTab* tab = currentTab();
    if (!tab)
        return;
    const auto ids = tab->scene().selectedNoteIds();
    if (ids.empty())
        return;
    const Canvas& canvas = tab->document().canvas();
    std::vector<BlockNote> notes;
    QStringList plain;
    for (const auto& id : ids) {
        const auto loc = canvas.locate(id);
        notes.push_back({loc->block, *canvas.find(id)});
        plain << QString::fromStdString(canvas.find(id)->text);
    }
    auto* mime = new QMimeData;
    mime->setData(kNotesMime, QByteArray::fromStdString(notesToJson(notes)));
    mime->setText(plain.join(QStringLiteral("\n\n")));
    QApplication::clipboard()->setMimeData(mime);
    if (cut)
        tab->document().apply(edits::removeNotes(canvas, ids), tr("Cut"));
}

void MainWindow::paste()
{
    DocumentTab* tab = currentTab();
    if (!tab || tab->document().isReadOnly())
        return;
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    const Canvas& canvas = tab->document().canvas();
    std::vector<std::pair<BlockId, Note>> notes;
    std::optional<BlockId> into;
    if (mime->hasFormat(kNotesMime)) {
        auto parsed = notesFromJson(mime->data(kNotesMime).toStdString());
        if (parsed)
            for (auto& bn : parsed.value())
                notes.emplace_back(bn.block, std::move(bn.note));
    }
    if (notes.empty() && mime->hasText()) {
        // Plain text from another program: one note per paragraph, into the current block.
        into = tab->scene().currentBlock();
        for (const QString& para : mime->text().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            if (!para.trimmed().isEmpty())
                notes.emplace_back(*into, Note{.id = "pasted", .text = para.trimmed().toStdString()});
        for (std::size_t i = 0; i < notes.size(); ++i)
            notes[i].second.id = "pasted-" + std::to_string(i);
    }
    if (notes.empty())
        return;
    CanvasEdit edit = edits::pasteNotes(canvas, std::move(notes), into);
    const auto ids = edit.noteIds();
    tab->document().apply(std::move(edit), tr("Paste"));
    tab->scene().selectNotes(ids);
}

void MainWindow::showError(const QString& title, const QString& text)
{
    QMessageBox::warning(this, title, text);
}

void MainWindow::selectSubjects(const std::vector<std::string>& ids)
{
    DocumentTab* tab = currentTab();
    if (!tab)
        return;
    tab->scene().selectNotes(ids);
    QRectF area;
    for (const auto& id : ids)
        if (NoteItem* item = tab->scene().noteItem(id))
            area = area.isNull() ? item->sceneBoundingRect() : area.united(item->sceneBoundingRect());
    if (!area.isNull())
        tab->view().reveal(area);
}

void MainWindow::readSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    recent_ = s.value(QStringLiteral("recentFiles")).toStringList();
    a_.segmentColours->setChecked(s.value(QStringLiteral("view/segmentColours"), true).toBool());
    a_.keepLtrCanvas->setChecked(s.value(QStringLiteral("view/keepLeftToRightCanvas"), false).toBool());
    rebuildRecentMenu();
}

void MainWindow::writeSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("view/segmentColours"), a_.segmentColours->isChecked());
}

}  // namespace mizan::ui
