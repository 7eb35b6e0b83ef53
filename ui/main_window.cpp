// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main_window.h"

#include "ui/start/start_page.h"
#include "ui/start/starters.h"

#include "core/model/canvas_edit.h"
#include "core/formats/json_format.h"
#include "core/storage/salvage.h"
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
#include "ui/versions/comparison_window.h"
#include "ui/versions/conflicts_panel.h"
#include "ui/versions/history_panel.h"

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
#include <QProgressDialog>
#include <QMimeData>
#include <QTimer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

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
    startPage_ = new StartPage(this);
    stack_ = new QStackedWidget(this);
    stack_->addWidget(startPage_);
    stack_->addWidget(tabs_);
    stack_->setCurrentWidget(tabs_);
    setCentralWidget(stack_);
    connect(startPage_, &StartPage::newCanvasRequested, this, &MainWindow::newCanvas);
    connect(startPage_, &StartPage::starterRequested, this, &MainWindow::newFromExample);
    connect(startPage_, &StartPage::recentRequested, this, [this](const QString& path) { openFile(path); });

    planner_ = new PlannerPanel(this);
    plannerDock_ = new QDockWidget(this);
    plannerDock_->setObjectName(QStringLiteral("planner"));
    plannerDock_->setWidget(planner_);
    plannerDock_->setMinimumWidth(260);
    addDockWidget(Qt::RightDockWidgetArea, plannerDock_);

    findings_ = new FindingsPanel(this);
    findingsDock_ = new QDockWidget(this);
    findingsDock_->setObjectName(QStringLiteral("findings"));
    auto* findingsBox = new QWidget(findingsDock_);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    includeSuggested_ = new QCheckBox(findingsBox);
    includeSuggested_->setObjectName(QStringLiteral("includeSuggested"));
    findingsLayout->addWidget(includeSuggested_);
    findingsLayout->addWidget(findings_);
    findingsDock_->setWidget(findingsBox);
    connect(includeSuggested_, &QCheckBox::toggled, this, [this](bool on) {
        if (DocumentTab* tab = currentTab())
            tab->document().setIncludeSuggested(on);
    });
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock_);

    createVersionDocks();

    statusFindings_ = new QLabel(this);
    statusZoom_ = new QLabel(this);
    statusBar()->addWidget(statusFindings_, 1);
    statusBar()->addPermanentWidget(statusZoom_);

    createActions();
    createMenus();
    retranslate();
    connect(startPage_, &StartPage::openRequested, a_.open, &QAction::trigger);
    connect(startPage_, &StartPage::importRequested, a_.import, &QAction::trigger);

    connect(tabs_, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(tabs_, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(findings_, &FindingsPanel::subjectsActivated, this, &MainWindow::selectSubjects);
    connect(findings_, &FindingsPanel::summaryChanged, statusFindings_, &QLabel::setText);
    connect(planner_, &PlannerPanel::noteRequested, this, [this](const NoteId& id) { selectSubjects({id}); });
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &MainWindow::updateActions);

    readSettings();
    updateActions();
    showStartPageWhenEmpty();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::exampleResources()
{
    QStringList resources;
    for (const Starter& s : exampleStarters())
        resources << s.resource;
    return resources;
}

void MainWindow::showStartPageWhenEmpty()
{
    const bool empty = tabs_->count() == 0;
    if (empty == (stack_->currentWidget() == startPage_))
        return;
    stack_->setCurrentWidget(empty ? static_cast<QWidget*>(startPage_) : tabs_);
    // The docks serve a canvas: out of the way while there is none, back
    // as the user left them when one opens.
    if (empty) {
        docksShown_.clear();
        for (QDockWidget* dock : canvasDocks()) {
            docksShown_.push_back(!dock->isHidden());
            dock->hide();
        }
    } else {
        restoreDocks();
    }
}

std::vector<QDockWidget*> MainWindow::canvasDocks() const
{
    return {plannerDock_, findingsDock_, historyDock_, conflictsDock_};
}

void MainWindow::restoreDocks()
{
    const auto docks = canvasDocks();
    for (std::size_t i = 0; i < docks.size() && i < docksShown_.size(); ++i)
        docks[i]->setVisible(docksShown_[i]);
}

bool MainWindow::isShowingStartPage() const
{
    return stack_->currentWidget() == startPage_;
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
    connect(tab, &DocumentTab::compareRequested, this, [this](const QString& path) {
        QString error;
        if (!compareWithFile(path, &error) && !error.isEmpty())
            showError(tr("Cannot compare"), error);
    });
    connect(&tab->scene(), &CanvasScene::questionsRequested, this, [this](BlockId block, QPointF) {
        QMessageBox::information(this, blockTitle(block), blockQuestions(block));
    });
    tabs_->setCurrentIndex(index);
    tab->view().setFocus();
}

void MainWindow::onCurrentTabChanged()
{
    showStartPageWhenEmpty();
    DocumentTab* tab = currentTab();
    Document* doc = tab ? &tab->document() : nullptr;
    undoGroup_->setActiveStack(doc ? doc->undoStack() : nullptr);
    planner_->setDocument(doc);
    findings_->setDocument(doc);
    history_->setDocument(doc);
    conflicts_->setDocument(doc);
    {
        const QSignalBlocker block(includeSuggested_);
        includeSuggested_->setChecked(doc && doc->includeSuggested());
        includeSuggested_->setEnabled(doc != nullptr);
    }
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
    a_.saveVersion->setEnabled(has && !tab->document().isReadOnly());
    a_.compareFile->setEnabled(has);
    a_.mergeFile->setEnabled(editable);
    for (QAction* a : {a_.save, a_.saveAs, a_.exportAs, a_.exportMarkdown, a_.print, a_.present, a_.calendar, a_.close, a_.find, a_.findNext, a_.zoomIn, a_.zoomOut, a_.zoomFit, a_.selectAll})
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

bool MainWindow::importFile(const QString& path, QString* error)
{
    auto imported = importDocument(path, recovery_);
    if (!imported) {
        const QString message = describeError(imported.error(), QFileInfo(path).fileName());
        if (error)
            *error = message;
        else
            showError(tr("Cannot import %1").arg(QFileInfo(path).fileName()), message);
        return false;
    }
    const QStringList report = imported->report;
    addTab(std::move(imported->document));
    // What was imported, and what was skipped or guessed: nothing is lost
    // silently.
    statusBar()->showMessage(report.value(0), 10000);
    if (report.size() > 1 && !error) {
        QMessageBox box(QMessageBox::Information, tr("Imported %1").arg(QFileInfo(path).fileName()), report.first(),
                        QMessageBox::Ok, this);
        box.setInformativeText(tr("The canvas has no file yet: save it to keep it. What was guessed or left out is in the details."));
        box.setDetailedText(report.mid(1).join(QLatin1Char('\n')));
        box.exec();
    }
    return true;
}

bool MainWindow::openFile(const QString& path, QString* error)
{
    if (!isMizanFile(path))
        return importFile(path, error);
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
        else if (doc.error().code == ErrorCode::Corrupt)
            offerSalvage(absolute, message, doc.error());
        else
            showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), message);
        return false;
    }
    addTab(std::move(doc.value()));
    addRecent(absolute);
    return true;
}

void MainWindow::offerSalvage(const QString& path, const QString& message, const Error& refusal)
{
    const QString name = QFileInfo(path).fileName();
    // The first sentence says it all; SQLite's words go to the details.
    QMessageBox box(QMessageBox::Warning, tr("Cannot open %1").arg(name), message.section(QStringLiteral("\n\n"), 0, 0),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Mizan can read what is still readable into a new canvas; %1 itself is left as "
                              "it is.").arg(name));
    box.setDetailedText(QString::fromStdString(refusal.details()));
    QPushButton* salvage = box.addButton(tr("Salvage..."), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() != salvage)
        return;
    salvageFile(path);
}

bool MainWindow::salvageFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    auto saved = salvageCanvasFile(path.toStdString());
    if (!saved) {
        showError(tr("Nothing to salvage in %1").arg(name), describeError(saved.error(), name));
        return false;
    }
    Canvas canvas = std::move(saved->canvas);
    canvas.info.title = tr("%1 (salvaged)").arg(QString::fromStdString(canvas.info.title)).toStdString();
    auto doc = Document::create(std::move(canvas), recovery_);
    if (!doc) {
        showError(tr("Cannot open %1").arg(name), describeError(doc.error(), name));
        return false;
    }
    addTab(std::move(doc.value()));
    const SalvageReport& r = saved->report;
    QString summary = tr("%1 of %2 notes recovered.").arg(r.notesRecovered).arg(std::max(r.notesSeen, r.notesRecovered));
    if (r.plansLostSegment)
        summary += QLatin1Char(' ') + tr("%n plan(s) lost their segment.", nullptr, r.plansLostSegment);
    if (r.referencesDropped)
        summary += QLatin1Char(' ') + tr("%n link(s) to lost notes dropped.", nullptr, r.referencesDropped);
    if (!r.notesLeftOut.empty())
        summary += QLatin1Char(' ') + tr("%n note(s) left out as unreadable.", nullptr, int(r.notesLeftOut.size()));
    statusBar()->showMessage(summary, 15000);
    QMessageBox::information(this, tr("Salvaged %1").arg(name),
                             summary + QStringLiteral("\n\n") + tr("The canvas has no file yet: save it to keep it."));
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
    window->showOnScreen(screen());
    window->activateWindow();
    window->setFocus();
    return window;
}

bool MainWindow::exportCurrent(const QString& path, const ExportOptions& options, QString* error)
{
    DocumentTab* tab = currentTab();
    if (!tab)
        return false;
    // A long export shows its pages as they are drawn and can be stopped.
    QProgressDialog progress(tr("Exporting %1...").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    ExportOptions withProgress = options;
    withProgress.progress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        if (total > 0)
            progress.setLabelText(tr("Drawing page %1 of %2...").arg(done).arg(total));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    const auto st = exportCanvas(tab->document().canvas(), tab->document().findings(), path, withProgress);
    if (!st && st.error().code == ErrorCode::Cancelled) {
        statusBar()->showMessage(tr("Export cancelled; nothing was written"), 5000);
        return true;
    }
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
    startPage_->setRecent(recent_);
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
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()) && screen())
        fitToScreen(screen()->availableGeometry());
    if (!restoreState(s.value(QStringLiteral("window/state")).toByteArray()))
        // First start: the planner and the findings in front of the docks
        // that share their place (history, conflicts).
        QTimer::singleShot(0, this, [this] {
            plannerDock_->raise();
            findingsDock_->raise();
        });
    recent_ = s.value(QStringLiteral("recentFiles")).toStringList();
    a_.segmentColours->setChecked(s.value(QStringLiteral("view/segmentColours"), true).toBool());
    a_.keepLtrCanvas->setChecked(s.value(QStringLiteral("view/keepLeftToRightCanvas"), false).toBool());
    rebuildRecentMenu();
}

void MainWindow::fitToScreen(const QRect& available)
{
    const bool small = available.width() < 1280 || available.height() < 860;
    if (small) {
        // The findings take the whole width under the canvas and the
        // planner; the planner gives way to the canvas (the canvas's width
        // is what limits its zoom).
        setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
        setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
        resize(available.size());
        move(available.topLeft());
        resizeDocks({plannerDock_}, {qMax(260, available.width() * 27 / 100)}, Qt::Horizontal);
        resizeDocks({findingsDock_}, {available.height() / 4}, Qt::Vertical);
        setWindowState(windowState() | Qt::WindowMaximized);
        return;
    }
    const QSize size(qMin(1500, available.width() * 92 / 100), qMin(920, available.height() * 92 / 100));
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::writeSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // The docks as the user left them, not as the start page hid them.
    if (isShowingStartPage())
        restoreDocks();
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("view/segmentColours"), a_.segmentColours->isChecked());
}

}  // namespace mizan::ui
