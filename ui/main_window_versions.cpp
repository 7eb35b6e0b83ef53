// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's part in a canvas's history: named versions, the History
// and Conflicts panels, and comparisons (main_window.h).
#include "ui/main_window.h"

#include "core/formats/json_format.h"
#include "core/storage/file_util.h"
#include "ui/canvas/canvas_scene.h"
#include "ui/document/document.h"
#include "ui/document/document_tab.h"
#include "ui/error_text.h"
#include "ui/versions/comparison_window.h"
#include "ui/versions/conflicts_panel.h"
#include "ui/versions/history_panel.h"

#include <QAction>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace mizan::ui {

namespace {

// A version as the History panel names it: its name, or the date of an automatic one.
QString versionName(const Version& v)
{
    return v.automatic() ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(v.created), QLocale::ShortFormat)
                         : QString::fromStdString(v.name);
}

}  // namespace

void MainWindow::createVersionDocks()
{
    a_.saveVersion = new QAction(this);
    a_.saveVersion->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    connect(a_.saveVersion, &QAction::triggered, this, [this] { saveVersion(); });
    a_.compareFile = new QAction(this);
    connect(a_.compareFile, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare with a file"), {},
                                                          tr("Mizan canvases (*.mizan *.json)"));
        QString error;
        if (!path.isEmpty() && !compareWithFile(path, &error) && !error.isEmpty())
            showError(tr("Cannot compare"), error);
    });
    a_.mergeFile = new QAction(this);
    connect(a_.mergeFile, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Merge a copy of this canvas"), {},
                                                          tr("Mizan canvases (*.mizan *.json)"));
        QString error;
        int conflicts = 0;
        if (path.isEmpty())
            return;
        if (!mergeWithFile(path, &error, &conflicts))
            showError(tr("Cannot merge"), error);
        else if (conflicts > 0)
            DocumentTab::tellConflicts(this, conflicts);
        else
            statusBar()->showMessage(tr("%1 merged in: Undo takes it back").arg(QFileInfo(path).fileName()), 5000);
    });
    addActions({a_.saveVersion, a_.compareFile, a_.mergeFile});

    history_ = new HistoryPanel(this);
    historyDock_ = new QDockWidget(this);
    historyDock_->setObjectName(QStringLiteral("history"));
    historyDock_->setWidget(history_);
    addDockWidget(Qt::RightDockWidgetArea, historyDock_);
    tabifyDockWidget(plannerDock_, historyDock_);
    plannerDock_->raise();
    connect(history_, &HistoryPanel::saveVersionRequested, this, [this] { saveVersion(); });
    connect(history_, &HistoryPanel::openRequested, this, &MainWindow::openVersion);
    connect(history_, &HistoryPanel::compareRequested, this, &MainWindow::compareVersion);
    connect(history_, &HistoryPanel::compareTwoRequested, this, &MainWindow::compareVersions);
    connect(history_, &HistoryPanel::restoreRequested, this, &MainWindow::restoreVersion);
    connect(history_, &HistoryPanel::renameRequested, this, [this](std::int64_t id) { renameVersion(id); });
    connect(history_, &HistoryPanel::deleteRequested, this,
            [this](const std::vector<std::int64_t>& ids) { deleteVersions(ids); });

    conflicts_ = new ConflictsPanel(this);
    conflictsDock_ = new QDockWidget(this);
    conflictsDock_->setObjectName(QStringLiteral("conflicts"));
    conflictsDock_->setWidget(conflicts_);
    addDockWidget(Qt::BottomDockWidgetArea, conflictsDock_);
    tabifyDockWidget(findingsDock_, conflictsDock_);
    findingsDock_->raise();
    conflictsDock_->hide();
    connect(conflicts_, &ConflictsPanel::noteRequested, this, [this](const NoteId& id) {
        selectSubjects({id});
        a_.editNote->trigger();
    });
    // A canvas with conflicts to resolve shows them.
    connect(conflicts_, &ConflictsPanel::countChanged, this, [this](int count) {
        if (count > 0 && !isShowingStartPage()) {
            conflictsDock_->show();
            conflictsDock_->raise();
        }
    });
}

bool MainWindow::saveVersion(const QString& givenName, QString* error)
{
    DocumentTab* tab = currentTab();
    if (!tab)
        return false;
    Document& doc = tab->document();
    // Versions live in a .mizan file: a canvas without one is saved as one first.
    if (!doc.keepsHistory()) {
        if (error) {
            *error = tr("Save the canvas as a .mizan document first.");
            return false;
        }
        QMessageBox::information(this, tr("Save a version"),
                                 tr("Versions are kept inside .mizan documents. Choose where to save this canvas as "
                                    "one; the version is saved in it."));
        QString suggested = QFileInfo(doc.displayName()).completeBaseName() + QStringLiteral(".mizan");
        if (!doc.filePath().isEmpty())
            suggested = QFileInfo(doc.filePath()).absolutePath() + QLatin1Char('/') + suggested;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save canvas"), suggested, tr("Mizan canvas (*.mizan)"));
        if (path.isEmpty())
            return false;
        if (!saveCurrentAs(path.endsWith(QStringLiteral(".mizan"), Qt::CaseInsensitive) ? path : path + ".mizan"))
            return false;
    }
    QString name = givenName;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Save a version"),
                                     tr("A name for the canvas as it is now, to find it again (\"Workshop 3\", "
                                        "\"Investor deck\"):"),
                                     QLineEdit::Normal, QLocale().toString(QDate::currentDate(), QLocale::LongFormat), &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return false;
    }
    QString failure;
    if (!doc.saveVersion(name, &failure)) {
        if (error)
            *error = failure;
        else
            showError(tr("Could not save the version"), failure);
        return false;
    }
    tab->updateBanner();
    statusBar()->showMessage(tr("Version “%1” saved").arg(name), 5000);
    return true;
}

std::optional<std::pair<QString, Canvas>> MainWindow::currentVersion(std::int64_t id, const QString& failureTitle)
{
    DocumentTab* tab = currentTab();
    if (!tab)
        return std::nullopt;
    const Version* v = tab->document().history().find(id);
    auto canvas = tab->document().versionCanvas(id);
    if (!v || !canvas) {
        showError(failureTitle, canvas ? QString() : describeError(canvas.error(), tab->document().displayName()));
        return std::nullopt;
    }
    return std::pair(versionName(*v), std::move(canvas.value()));
}

bool MainWindow::openVersion(std::int64_t id)
{
    auto version = currentVersion(id, tr("Cannot open the version"));
    if (!version)
        return false;
    const QString& name = version->first;
    const QString from = currentTab()->document().displayName();
    Canvas shown = std::move(version->second);
    shown.info.title = tr("%1 — version “%2”").arg(QString::fromStdString(shown.info.title), name).toStdString();
    auto doc = Document::create(std::move(shown), recovery_);
    if (!doc) {
        showError(tr("Cannot open the version"), describeError(doc.error(), from));
        return false;
    }
    doc.value()->setReadOnly(tr("Version “%1” of %2, read-only. Restore it from the History panel to make it the "
                                "canvas again, or use Save As to keep it as a file of its own.")
                                 .arg(name, from));
    addTab(std::move(doc.value()));
    currentTab()->updateBanner();
    return true;
}

ComparisonWindow* MainWindow::compareVersion(std::int64_t id)
{
    auto version = currentVersion(id, tr("Cannot compare"));
    if (!version)
        return nullptr;
    return showComparison(version->second, version->first, currentTab()->document().canvas(), tr("Now"));
}

ComparisonWindow* MainWindow::compareVersions(std::int64_t older, std::int64_t newer)
{
    auto before = currentVersion(older, tr("Cannot compare"));
    auto after = before ? currentVersion(newer, tr("Cannot compare")) : std::nullopt;
    if (!before || !after)
        return nullptr;
    return showComparison(before->second, before->first, after->second, after->first);
}

bool MainWindow::restoreVersion(std::int64_t id)
{
    DocumentTab* tab = currentTab();
    if (!tab)
        return false;
    QString error;
    if (!tab->document().restoreVersion(id, &error)) {
        showError(tr("Cannot restore the version"), error);
        return false;
    }
    statusBar()->showMessage(tr("Version restored: Undo takes it back"), 5000);
    return true;
}

bool MainWindow::renameVersion(std::int64_t id, const QString& givenName)
{
    DocumentTab* tab = currentTab();
    const Version* v = tab ? tab->document().history().find(id) : nullptr;
    if (!v)
        return false;
    QString name = givenName;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Rename the version"),
                                     tr("A name for this version (leave it empty to make it the day's automatic "
                                        "version):"),
                                     QLineEdit::Normal, QString::fromStdString(v->name), &ok);
        if (!ok)
            return false;
    }
    QString error;
    if (!tab->document().renameVersion(id, name, &error)) {
        showError(tr("Cannot rename the version"), error);
        return false;
    }
    return true;
}

bool MainWindow::deleteVersions(const std::vector<std::int64_t>& ids, bool confirmed)
{
    DocumentTab* tab = currentTab();
    if (!tab || ids.empty())
        return false;
    if (!confirmed) {
        const Version* v = tab->document().history().find(ids.front());
        const QString question = ids.size() == 1 && v
            ? tr("Delete the version “%1” from the history of %2?").arg(versionName(*v), tab->document().displayName())
            : tr("Delete %Ln version(s) from the history of %1?", nullptr, int(ids.size())).arg(tab->document().displayName());
        QMessageBox box(QMessageBox::Question, tr("Delete versions"), question, QMessageBox::Cancel, this);
        box.setInformativeText(tr("The other versions stay as they are. The history in the file changes when you "
                                  "save the canvas; until then, closing without saving keeps the version."));
        QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return false;
    }
    QString error;
    if (!tab->document().deleteVersions(ids, &error)) {
        showError(tr("Cannot delete the version"), error);
        return false;
    }
    statusBar()->showMessage(tr("%Ln version(s) deleted: saving the canvas writes the history", nullptr, int(ids.size())), 5000);
    return true;
}

ComparisonWindow* MainWindow::compareWithFile(const QString& path, QString* error)
{
    DocumentTab* tab = currentTab();
    if (!tab)
        return nullptr;
    Result<Canvas> other = Document::readFile(path);
    if (!other) {
        if (error)
            *error = describeError(other.error(), QFileInfo(path).fileName());
        return nullptr;
    }
    const bool sameFile = QFileInfo(path).absoluteFilePath() == tab->document().filePath();
    return showComparison(tab->document().canvas(), sameFile ? tr("Yours") : tab->document().displayName(), other.value(),
                          sameFile ? tr("On disk") : QFileInfo(path).fileName());
}

bool MainWindow::mergeWithFile(const QString& path, QString* error, int* conflicts)
{
    DocumentTab* tab = currentTab();
    if (!tab)
        return false;
    QString failure;
    if (QFileInfo(path).absoluteFilePath() == tab->document().filePath())
        failure = tr("This is the canvas's own file: choose another copy of it.");
    else if (tab->document().mergeCopy(path, &failure, conflicts)) {
        tab->updateDiskBar();
        return true;
    }
    if (error)
        *error = failure;
    return false;
}

ComparisonWindow* MainWindow::showComparison(const Canvas& before, const QString& beforeName, const Canvas& after,
                                             const QString& afterName)
{
    QString error;
    auto window = ComparisonWindow::create(before, beforeName, after, afterName, recovery_, &error);
    if (!window) {
        showError(tr("Cannot compare"), error);
        return nullptr;
    }
    window->setLayoutDirection(layoutDirection());
    window->show();
    // Windows closed earlier are let go.
    std::erase_if(comparisons_, [](const std::unique_ptr<ComparisonWindow>& w) { return !w->isVisible(); });
    comparisons_.push_back(std::move(window));
    return comparisons_.back().get();
}

}  // namespace mizan::ui
