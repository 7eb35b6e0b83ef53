// SPDX-License-Identifier: GPL-3.0-or-later
// A canvas's history, comparisons, merges and a file changed on disk, driven
// through the editor's real widgets on an offscreen display.

#include "core/formats/json_format.h"
#include "core/model/canvas_edit.h"
#include "core/storage/canvas_store.h"
#include "core/storage/file_util.h"
#include "core/storage/sqlite_db.h"
#include "core/versions/canvas_merge.h"
#include "ui/canvas/canvas_scene.h"
#include "ui/canvas/note_item.h"
#include "ui/document/document.h"
#include "ui/document/document_tab.h"
#include "ui/main_window.h"
#include "ui/versions/comparison_window.h"
#include "ui/versions/conflicts_panel.h"
#include "ui/versions/history_panel.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <thread>

using namespace mizan;
using namespace mizan::ui;

namespace {

QString examplePath(const char* name)
{
    return QStringLiteral(MIZAN_EXAMPLES_DIR "/") + QLatin1String(name);
}

Canvas example(const char* name)
{
    return fromJson(readFile(examplePath(name).toStdString(), kJsonMaxBytes).value()).value();
}

QPushButton* buttonNamed(QWidget* parent, const QString& text)
{
    for (auto* b : parent->findChildren<QPushButton*>())
        if (b->text() == text && b->isVisibleTo(parent))
            return b;
    return nullptr;
}

// Another program writing the file: a new file renamed over it, a moment
// later (so that the time stamp differs).
void replaceOnDisk(const QString& path, const Canvas& canvas)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const QString tmp = path + QStringLiteral(".other");
    QVERIFY(saveCanvasFile(canvas, tmp.toStdString()).ok());
    QVERIFY(::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) == 0);
}

}  // namespace

class VersionsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<RecoveryArea> recovery_;
    std::unique_ptr<MainWindow> window_;

    DocumentTab& tab() { return *window_->currentTab(); }
    Document& doc() { return tab().document(); }

    // The roastery example as a .mizan document beside the test.
    QString roastery(const QString& name = QStringLiteral("roastery.mizan"))
    {
        const QString path = dir_.filePath(name);
        QFile::remove(path);
        if (!saveCanvasFile(example("coffee-roastery.en.json"), path.toStdString()))
            return {};
        return path;
    }

    void changeText(const NoteId& id, const std::string& text)
    {
        Note n = *doc().canvas().find(id);
        n.text = text;
        doc().apply(edits::changeNotes(doc().canvas(), {n}), QStringLiteral("edit"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MizanTests"));
    }

    void init()
    {
        recovery_ = std::make_unique<RecoveryArea>(dir_.filePath(QStringLiteral("recovery")));
        window_ = std::make_unique<MainWindow>(*recovery_);
        window_->resize(1400, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void cleanup()
    {
        while (window_->tabCount() > 0) {
            window_->currentTab()->document().undoStack()->setClean();
            window_->closeTab(0);
        }
        window_.reset();
    }

    void aNamedVersionIsListedComparedAndRestoredAsOneUndoStep()
    {
        QVERIFY(window_->openFile(roastery()));
        const Canvas original = doc().canvas();
        QVERIFY(window_->saveVersion(QStringLiteral("Workshop 3")));
        QTreeWidget* list = window_->historyPanel()->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("Workshop 3\n")));
        QVERIFY(list->topLevelItem(0)->text(1).startsWith(QStringLiteral("The first version: 41 note")));

        // Edits after the workshop: a segment renamed, a partner deleted, a plan deepened.
        changeText("seg-home-brewers", "Home brewers in the city centre");
        doc().apply(edits::removeNotes(doc().canvas(), {"par-importer"}), QStringLiteral("delete"));
        Note plan = *doc().canvas().find("plan-home-brewers");
        plan.plan->depth = Depth::Deep;
        doc().apply(edits::changeNotes(doc().canvas(), {plan}), QStringLiteral("deepen"));

        // The comparison marks each note and lists each answer in words.
        ComparisonWindow* cmp = window_->compareVersion(list->topLevelItem(0)->data(0, Qt::UserRole + 1).toLongLong());
        QVERIFY(cmp);
        QVERIFY(cmp->changeCount() >= 3);
        QCOMPARE(cmp->scene()->noteItem("par-importer")->look().diff, DiffMark::Removed);
        QCOMPARE(cmp->scene()->noteItem("seg-home-brewers")->look().diff, DiffMark::Changed);
        QCOMPARE(cmp->scene()->noteItem("plan-home-brewers")->look().diff, DiffMark::Changed);
        QStringList lines;
        for (QTreeWidgetItemIterator it(cmp->changesList()); *it; ++it)
            lines << (*it)->text(0);
        QVERIFY2(lines.filter(QStringLiteral("Depth: In between → Deep")).size() == 1, qPrintable(lines.join('\n')));
        QVERIFY(lines.filter(QStringLiteral("Removed from Key partners")).size() == 1);

        // Restoring is one undoable edit.
        const Canvas edited = doc().canvas();
        QVERIFY(window_->restoreVersion(1));
        Canvas restored = doc().canvas();
        restored.info.modified = original.info.modified;
        QCOMPARE(toJson(restored), toJson(original));
        doc().undoStack()->undo();
        QCOMPARE(toJson(doc().canvas()), toJson(edited));

        // Two versions compared with each other: the same changes as the first with now.
        QVERIFY(window_->saveVersion(QStringLiteral("After the workshop")));
        ComparisonWindow* two = window_->compareVersions(1, 2);
        QVERIFY(two);
        QCOMPARE(two->changeCount(), cmp->changeCount());
        QCOMPARE(two->scene()->noteItem("par-importer")->look().diff, DiffMark::Removed);
    }

    void versionsTravelWithTheFileAndTheDaysFirstSaveTakesOne()
    {
        // The file was last saved on an earlier day (the example's own date).
        const QString path = roastery();
        QVERIFY(window_->openFile(path));
        const Canvas before = doc().canvas();
        QVERIFY(before.info.modified < QDate::currentDate().startOfDay().toMSecsSinceEpoch());
        // Today's first save keeps that day's state as an automatic version.
        changeText("seg-home-brewers", "Home brewers, after the pitch");
        QVERIFY(window_->saveCurrent());
        QCOMPARE(int(doc().history().versions().size()), 1);
        QVERIFY(doc().history().versions()[0].automatic());
        QCOMPARE(doc().history().versions()[0].created, before.info.modified);
        // Later saves today take nothing more; a named version does.
        changeText("seg-home-brewers", "Home brewers, second thoughts");
        QVERIFY(window_->saveCurrent());
        QVERIFY(window_->saveVersion(QStringLiteral("Investor deck")));
        QCOMPARE(int(doc().history().versions().size()), 2);
        window_->closeTab(0);
        DocumentRecords records;
        QVERIFY(loadCanvasFile(path.toStdString(), nullptr, &records).ok());
        QCOMPARE(int(records.history.versions().size()), 2);
        QCOMPARE(records.history.canvasOf(1).value().find("seg-home-brewers")->text,
                 before.find("seg-home-brewers")->text);
        QCOMPARE(QString::fromStdString(records.history.versions()[1].name), QStringLiteral("Investor deck"));
        QCOMPARE(records.history.canvasOf(2).value().find("seg-home-brewers")->text,
                 std::string("Home brewers, second thoughts"));
        // Opening a version shows it read-only in its own tab.
        QVERIFY(window_->openFile(path));
        QVERIFY(window_->openVersion(1));
        QVERIFY(doc().isReadOnly());
        QCOMPARE(doc().canvas().find("seg-home-brewers")->text, before.find("seg-home-brewers")->text);
    }

    void aVersionIsRenamedOrDeletedAndTheFileChangesWhenSaved()
    {
        const QString path = roastery(QStringLiteral("pruned.mizan"));
        QVERIFY(window_->openFile(path));
        QVERIFY(window_->saveVersion(QStringLiteral("Workshop 1")));
        changeText("seg-home-brewers", "Home brewers, after workshop 1");
        QVERIFY(window_->saveVersion(QStringLiteral("Trial")));
        changeText("seg-home-brewers", "Home brewers, after the trial");
        QVERIFY(window_->saveVersion(QStringLiteral("Workshop 2")));
        QTreeWidget* list = window_->historyPanel()->list();
        QCOMPARE(list->topLevelItemCount(), 3);
        // The list's context menu offers renaming and deleting the selected version.
        list->setCurrentItem(list->topLevelItem(1));
        QStringList menu;
        for (QAction* a : list->actions())
            if (!a->isSeparator() && a->isEnabled())
                menu << a->text();
        QCOMPARE(menu, (QStringList{QStringLiteral("Open"), QStringLiteral("Compare with Now"), QStringLiteral("Restore"),
                                    QStringLiteral("Rename…"), QStringLiteral("Delete…")}));

        // Delete in the list asks about the version, even with a note selected on the
        // canvas (which the same key would otherwise delete); cancelled, nothing changes.
        tab().scene().selectNotes({"seg-home-brewers"});
        window_->findChild<QDockWidget*>(QStringLiteral("history"))->raise();
        QApplication::setActiveWindow(window_.get());
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QString asked;
        QTimer::singleShot(100, this, [&asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->reject();
            }
        });
        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_VERIFY(!asked.isEmpty());
        QCOMPARE(asked, QStringLiteral("Delete the version “Trial” from the history of pruned.mizan?"));
        QVERIFY(doc().canvas().contains("seg-home-brewers"));
        QCOMPARE(list->topLevelItemCount(), 3);

        QVERIFY(window_->deleteVersions({2}, true));
        QVERIFY(window_->renameVersion(3, QStringLiteral("Workshop 2, final")));
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("Workshop 2, final\n")));
        // What changed is now told against the version before it.
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("1 changed"));
        QCOMPARE(doc().history().canvasOf(3).value().find("seg-home-brewers")->text,
                 std::string("Home brewers, after the trial"));
        // The file is untouched until the canvas is saved.
        QVERIFY(doc().isModified());
        DocumentRecords onDisk;
        QVERIFY(loadCanvasFile(path.toStdString(), nullptr, &onDisk).ok());
        QCOMPARE(int(onDisk.history.versions().size()), 3);
        QVERIFY(window_->saveCurrent());
        QVERIFY(!doc().isModified());
        QVERIFY(loadCanvasFile(path.toStdString(), nullptr, &onDisk).ok());
        QCOMPARE(int(onDisk.history.versions().size()), 2);
        QCOMPARE(QString::fromStdString(onDisk.history.find(3)->name), QStringLiteral("Workshop 2, final"));
        QCOMPARE(onDisk.history.canvasOf(1).value().find("seg-home-brewers")->text,
                 example("coffee-roastery.en.json").find("seg-home-brewers")->text);
        QCOMPARE(onDisk.history.canvasOf(3).value().find("seg-home-brewers")->text,
                 std::string("Home brewers, after the trial"));
        // A read-only version's tab cannot change the history.
        QVERIFY(window_->openVersion(1));
        QString error;
        QVERIFY(!doc().deleteVersions({1}, &error));
        QVERIFY(error.contains(QStringLiteral(".mizan")));
    }

    void aFileChangedOnDiskIsReloadedOrMergedWithLocalEdits()
    {
        const QString path = roastery();
        QVERIFY(window_->openFile(path));
        QVERIFY(!doc().fileChangedOnDisk());
        QVERIFY(tab().diskBar()->isHidden());

        // No local edits: the bar offers to reload, and reloading leaves it unmodified.
        Canvas other = doc().canvas();
        Note seg = *other.find("seg-gift-buyers");
        seg.text = "Gift buyers (changed elsewhere)";
        other.replaceNote(seg);
        replaceOnDisk(path, other);
        QTRY_VERIFY(!tab().diskBar()->isHidden());
        QPushButton* reload = buttonNamed(tab().diskBar(), QStringLiteral("Reload"));
        QVERIFY(reload);
        reload->click();
        QCOMPARE(doc().canvas().find("seg-gift-buyers")->text, std::string("Gift buyers (changed elsewhere)"));
        QVERIFY(!doc().isModified());
        QVERIFY(tab().diskBar()->isHidden());

        // Local edits and a change on disk: merged, a field changed both ways is a conflict.
        changeText("seg-home-brewers", "Home brewers (ours)");
        Note mine = *doc().canvas().find("plan-home-brewers");
        mine.plan->depth = Depth::Deep;
        doc().apply(edits::changeNotes(doc().canvas(), {mine}), QStringLiteral("deepen"));
        Canvas disk = doc().lastLoaded();
        Note theirsPlan = *disk.find("plan-home-brewers");
        theirsPlan.plan->depth = Depth::Shallow;
        disk.replaceNote(theirsPlan);
        Note theirsCafe = *disk.find("seg-cafes");
        theirsCafe.text = "Cafés (theirs)";
        disk.replaceNote(theirsCafe);
        replaceOnDisk(path, disk);
        QTRY_VERIFY(!tab().diskBar()->isHidden());
        QString error;
        int conflicts = 0;
        QVERIFY(doc().takeDiskVersion(&error, &conflicts));
        QCOMPARE(conflicts, 1);
        QCOMPARE(doc().canvas().find("seg-home-brewers")->text, std::string("Home brewers (ours)"));
        QCOMPARE(doc().canvas().find("seg-cafes")->text, std::string("Cafés (theirs)"));
        QVERIFY(doc().isModified());

        // The conflicts panel lists it; keeping theirs sets their depth and drops the tag.
        QVERIFY(window_->conflictsDock()->isVisible());
        QTreeWidget* list = window_->conflictsPanel()->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Deep"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Shallow"));
        list->setCurrentItem(list->topLevelItem(0));
        buttonNamed(window_->conflictsPanel(), QStringLiteral("Keep Theirs"))->click();
        const Note* plan = doc().canvas().find("plan-home-brewers");
        QCOMPARE(plan->plan->depth, std::optional<Depth>(Depth::Shallow));
        QVERIFY(std::find(plan->tags.begin(), plan->tags.end(), kConflictTag) == plan->tags.end());
        QCOMPARE(list->topLevelItemCount(), 0);
        // Undoing it lists the conflict again, tagged, with our depth back; redoing resolves it again.
        doc().undoStack()->undo();
        QCOMPARE(list->topLevelItemCount(), 1);
        plan = doc().canvas().find("plan-home-brewers");
        QCOMPARE(plan->plan->depth, std::optional<Depth>(Depth::Deep));
        QVERIFY(std::find(plan->tags.begin(), plan->tags.end(), kConflictTag) != plan->tags.end());
        // Undoing the merge itself takes its conflict away with it.
        doc().undoStack()->undo();
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(doc().canvas().find("seg-cafes")->text, example("coffee-roastery.en.json").find("seg-cafes")->text);
        doc().undoStack()->redo();
        QCOMPARE(list->topLevelItemCount(), 1);
        doc().undoStack()->redo();
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(doc().canvas().find("plan-home-brewers")->plan->depth, std::optional<Depth>(Depth::Shallow));
        // Saving writes the merge; the file is ours again, with no bar.
        QVERIFY(window_->saveCurrent());
        QVERIFY(!doc().fileChangedOnDisk());
    }

    void aSyncClientsConflictedCopyIsMergedBackFromTheBar()
    {
        const QString path = roastery(QStringLiteral("plan.mizan"));
        QVERIFY(window_->openFile(path));
        QVERIFY(window_->saveVersion(QStringLiteral("Monday")));
        // The copy was made on another machine from Monday's version.
        DocumentRecords records;
        Canvas copy = loadCanvasFile(path.toStdString(), nullptr, &records).value();
        copy.insertNote(BlockId::KeyPartners, Note{.id = "par-bakery", .text = "Bakery next door"});
        const QString copyPath = dir_.filePath(QStringLiteral("plan (Dana's conflicted copy 2026-12-02).mizan"));
        QVERIFY(saveCanvasFile(copy, copyPath.toStdString(), &records).ok());
        changeText("seg-home-brewers", "Home brewers (here)");
        QTRY_VERIFY(!tab().diskBar()->isHidden());
        QCOMPARE(doc().conflictCopies(), QStringList{copyPath});
        buttonNamed(tab().diskBar(), QStringLiteral("Merge It In"))->click();
        QVERIFY(doc().canvas().contains("par-bakery"));
        QCOMPARE(doc().canvas().find("seg-home-brewers")->text, std::string("Home brewers (here)"));
        QVERIFY(doc().conflicts().empty());
        QVERIFY(tab().diskBar()->isHidden());
        // One undo step takes the merge back.
        doc().undoStack()->undo();
        QVERIFY(!doc().canvas().contains("par-bakery"));
    }

    void aClientsEditedCopyIsMergedInFromTheFileMenu()
    {
        const QString path = roastery(QStringLiteral("client.mizan"));
        QVERIFY(window_->openFile(path));
        // The client edited a JSON copy sent by email: a partner added, the cafés renamed.
        Canvas copy = doc().canvas();
        copy.insertNote(BlockId::KeyPartners, Note{.id = "par-mill", .text = "The mill upstream"});
        Note cafes = *copy.find("seg-cafes");
        cafes.text = "Cafés (client)";
        copy.replaceNote(cafes);
        const QString copyPath = dir_.filePath(QStringLiteral("canvas from Dana.json"));
        QVERIFY(writeFileAtomically(copyPath.toStdString(), toJson(copy)).ok());
        changeText("seg-cafes", "Cafés (mine)");
        QString error;
        int conflicts = 0;
        QVERIFY(!window_->mergeWithFile(path, &error));
        QVERIFY(error.contains(QStringLiteral("own file")));
        QVERIFY(window_->mergeWithFile(copyPath, &error, &conflicts));
        QVERIFY(doc().canvas().contains("par-mill"));
        QCOMPARE(conflicts, 1);
        QCOMPARE(doc().canvas().find("seg-cafes")->text, std::string("Cafés (mine)"));
        QCOMPARE(window_->conflictsPanel()->list()->topLevelItemCount(), 1);
        QCOMPARE(window_->conflictsPanel()->list()->topLevelItem(0)->text(3), QStringLiteral("Cafés (client)"));
        // One undo step takes the merge and its conflict back.
        doc().undoStack()->undo();
        QVERIFY(!doc().canvas().contains("par-mill"));
        QCOMPARE(window_->conflictsPanel()->list()->topLevelItemCount(), 0);
    }

    void aWorkingCopyLeftByTheMizanBeforeHistoryIsRecovered()
    {
        // A crash under the previous schema left unsaved edits in a working copy.
        const QString areaDir = dir_.filePath(QStringLiteral("old-recovery"));
        QString copyPath;
        {
            RecoveryArea area(areaDir);
            Canvas edited = example("coffee-roastery.en.json");
            Note n = *edited.find("seg-cafes");
            n.text = "Cafés (unsaved)";
            edited.replaceNote(n);
            auto wc = area.create(edited, {});
            QVERIFY(wc);
            wc.value()->setDirty(true);
            copyPath = wc.value()->path();
        }
        {
            sqlite::Database db(copyPath.toStdString(), sqlite::Database::Mode::ReadWrite);
            db.exec("DROP TABLE version");
            db.exec("DROP TABLE merge_conflict");
            db.exec("PRAGMA user_version = 4");
        }
        RecoveryArea area(areaDir);
        const auto copies = area.recoverable();
        QCOMPARE(int(copies.size()), 1);
        auto doc = Document::recover(copies.front(), area);
        QVERIFY2(doc, doc ? "" : doc.error().text.c_str());
        QCOMPARE(doc.value()->canvas().find("seg-cafes")->text, std::string("Cafés (unsaved)"));
        QVERIFY(doc.value()->history().empty());
        QVERIFY(QDir(areaDir).entryList({QStringLiteral("*.backup")}, QDir::Files).isEmpty());
    }

    void aMergedFileOpensWithItsConflictsListed()
    {
        // mizan merge's result: ours kept, conflicts recorded in the file.
        const Canvas base = example("coffee-roastery.en.json");
        Canvas ours = base, theirs = base;
        Note o = *ours.find("seg-cafes");
        o.text = "Cafés (ours)";
        ours.replaceNote(o);
        Note t = *theirs.find("seg-cafes");
        t.text = "Cafés (theirs)";
        theirs.replaceNote(t);
        const MergeResult merged = mergeCanvases(base, ours, theirs);
        DocumentRecords records;
        records.conflicts = merged.conflicts;
        const QString path = dir_.filePath(QStringLiteral("merged.mizan"));
        QVERIFY(saveCanvasFile(merged.canvas, path.toStdString(), &records).ok());
        QVERIFY(window_->openFile(path));
        QTreeWidget* list = window_->conflictsPanel()->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        // The note in conflict is marked on the canvas until it is resolved.
        QCOMPARE(tab().scene().noteItem("seg-cafes")->look().diff, DiffMark::Conflict);
        QCOMPARE(tab().scene().noteItem("seg-home-brewers")->look().diff, DiffMark::None);
        list->setCurrentItem(list->topLevelItem(0));
        buttonNamed(window_->conflictsPanel(), QStringLiteral("Keep Mine"))->click();
        QCOMPARE(doc().canvas().find("seg-cafes")->text, std::string("Cafés (ours)"));
        QVERIFY(doc().canvas().find("seg-cafes")->tags.empty());
        QCOMPARE(tab().scene().noteItem("seg-cafes")->look().diff, DiffMark::None);
        QVERIFY(window_->saveCurrent());
        DocumentRecords after;
        QVERIFY(loadCanvasFile(path.toStdString(), nullptr, &after).ok());
        QVERIFY(after.conflicts.empty());
    }
};

QTEST_MAIN(VersionsTest)
#include "versions_test.moc"
