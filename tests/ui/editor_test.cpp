// SPDX-License-Identifier: GPL-3.0-or-later
// The editor driven through its real widgets on an offscreen display: what a
// user does (add and type a note, undo, answer the planner's questions,
// save and reopen, copy and paste) and what they must see.

#include "core/storage/canvas_store.h"
#include "core/formats/json_format.h"
#include "core/storage/sqlite_db.h"
#include "ui/canvas/canvas_layout.h"
#include "ui/canvas/canvas_scene.h"
#include "ui/canvas/canvas_view.h"
#include "ui/document/document.h"
#include "ui/document/document_tab.h"
#include "ui/panels/findings_panel.h"
#include "ui/main_window.h"
#include "ui/canvas/note_item.h"
#include "ui/panels/planner_panel.h"
#include "ui/output/presentation_window.h"
#include "ui/panels/segment_workbook.h"
#include "ui/panels/suggestion_list.h"
#include "ui/help_dialog.h"
#include <QTextBrowser>
#include "ui/panels/calendar_dialog.h"
#include "core/model/canvas_edit.h"
#include "ui/style.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTableWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace mizan;
using namespace mizan::ui;

namespace {

QString examplePath(const char* name)
{
    return QStringLiteral(MIZAN_EXAMPLES_DIR "/") + QLatin1String(name);
}

int countFindings(const Document& doc, const std::string& rule)
{
    return int(std::count_if(doc.findings().begin(), doc.findings().end(), [&](const Finding& f) { return f.ruleId == rule; }));
}

NoteId noteWithText(const Canvas& c, BlockId b, const std::string& prefix)
{
    for (const Note& n : c.notes(b))
        if (n.text.rfind(prefix, 0) == 0)
            return n.id;
    return {};
}

// Types any text, Arabic and Hebrew included (QTest::keyClicks takes ASCII only).
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

}  // namespace

class EditorTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<RecoveryArea> recovery_;
    std::unique_ptr<MainWindow> window_;

    DocumentTab& tab() { return *window_->currentTab(); }
    Document& doc() { return tab().document(); }

    // Copies an example beside the test so saving does not touch the repo.
    QString copyOfExample(const char* name)
    {
        const QString target = dir_.filePath(QStringLiteral("%1-%2").arg(QUuid::createUuid().toString(QUuid::Id128), name));
        QFile::copy(examplePath(name), target);
        QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

private slots:
    void initTestCase()
    {
        // Settings and recent files go to a throw-away place.
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
        // Unsaved test documents are dropped without a prompt.
        while (window_->tabCount() > 0) {
            window_->currentTab()->document().undoStack()->setClean();
            window_->closeTab(0);
        }
        window_.reset();
    }

    void addAndTypeANoteThenUndoAndRedo()
    {
        window_->newCanvas();
        CanvasScene& scene = tab().scene();
        scene.addNoteTo(BlockId::KeyActivities);
        const auto& notes = doc().canvas().notes(BlockId::KeyActivities);
        QCOMPARE(int(notes.size()), 1);
        const NoteId id = notes.front().id;
        QVERIFY(scene.noteItem(id)->isEditing());

        QTest::keyClicks(tab().view().viewport(), QStringLiteral("Roast on Fridays"));
        QCOMPARE(QString::fromStdString(doc().canvas().find(id)->text), QStringLiteral("Roast on Fridays"));
        QVERIFY(doc().isModified());
        // Adding and typing are two steps: the typing merged into one.
        QCOMPARE(doc().undoStack()->count(), 2);

        doc().undoStack()->undo();
        QCOMPARE(QString::fromStdString(doc().canvas().find(id)->text), QString());
        doc().undoStack()->undo();
        QVERIFY(!doc().canvas().contains(id));
        QVERIFY(!scene.noteItem(id));
        QVERIFY(!doc().isModified());
        doc().undoStack()->redo();
        doc().undoStack()->redo();
        QCOMPARE(QString::fromStdString(doc().canvas().find(id)->text), QStringLiteral("Roast on Fridays"));
        QVERIFY(scene.noteItem(id));
    }

    void arabicNoteReadsRightToLeftInAnEnglishCanvas()
    {
        window_->newCanvas();
        tab().scene().addNoteTo(BlockId::ValuePropositions);
        typeText(tab().view().viewport(), QStringLiteral("توصيل خلال يومين"));
        const NoteId id = doc().canvas().notes(BlockId::ValuePropositions).front().id;
        tab().scene().noteItem(id)->finishEditing();
        QCOMPARE(tab().scene().noteItem(id)->resolvedDirection(), Qt::RightToLeft);
        tab().scene().addNoteTo(BlockId::ValuePropositions);
        QTest::keyClicks(tab().view().viewport(), QStringLiteral("Delivery in two days"));
        const NoteId english = doc().canvas().notes(BlockId::ValuePropositions).back().id;
        QCOMPARE(tab().scene().noteItem(english)->resolvedDirection(), Qt::LeftToRight);
    }

    void answeringThePlannerMakesAFindingDisappear()
    {
        QVERIFY(window_->openFile(copyOfExample("coffee-roastery.en.json")));
        const NoteId gift = noteWithText(doc().canvas(), BlockId::CustomerSegments, "Gift buyers");
        QVERIFY(!gift.empty());
        QCOMPARE(countFindings(doc(), "deep.partner_only"), 1);

        tab().scene().selectNotes({gift});
        PlannerPanel* planner = window_->planner();
        QRadioButton* inBetween = nullptr;
        for (auto* b : planner->findChildren<QRadioButton*>())
            if (b->text() == QStringLiteral("In between"))
                inBetween = b;
        QVERIFY(inBetween);
        QVERIFY(!inBetween->isChecked());
        inBetween->click();
        QCOMPARE(countFindings(doc(), "deep.partner_only"), 0);
        // The findings panel shows it too.
        const auto items = window_->findingsPanel()->findItems(QStringLiteral("runs only through partner channels"),
                                                                Qt::MatchContains | Qt::MatchRecursive);
        QVERIFY(items.isEmpty());

        doc().undoStack()->undo();
        QCOMPARE(countFindings(doc(), "deep.partner_only"), 1);
        QVERIFY(!window_->findingsPanel()
                     ->findItems(QStringLiteral("runs only through partner channels"), Qt::MatchContains | Qt::MatchRecursive)
                     .isEmpty());
        QVERIFY(!inBetween->isChecked());
    }

    void typingAPrivacyStanceClearsTheAdviceAndIsOneUndoStep()
    {
        QVERIFY(window_->openFile(copyOfExample("coffee-roastery.en.json")));
        const NoteId brewers = noteWithText(doc().canvas(), BlockId::CustomerSegments, "Home brewers");
        QCOMPARE(countFindings(doc(), "privacy.missing"), 1);
        tab().scene().selectNotes({brewers});
        QPlainTextEdit* privacy = nullptr;
        for (auto* e : window_->planner()->findChildren<QPlainTextEdit*>())
            if (e->accessibleName().startsWith(QStringLiteral("What data you keep")))
                privacy = e;
        QVERIFY(privacy);
        privacy->setFocus();
        QTest::keyClicks(privacy, QStringLiteral("Taste data only"));
        QCOMPARE(countFindings(doc(), "privacy.missing"), 0);
        const int steps = doc().undoStack()->count();
        QCOMPARE(steps, 1);
        doc().undoStack()->undo();
        QCOMPARE(countFindings(doc(), "privacy.missing"), 1);
    }

    void theVerdictFollowsTheAnswers()
    {
        QVERIFY(window_->openFile(copyOfExample("coffee-roastery.en.json")));
        const NoteId gift = noteWithText(doc().canvas(), BlockId::CustomerSegments, "Gift buyers");
        tab().scene().selectNotes({gift});
        QLabel* verdict = nullptr;
        for (auto* l : window_->planner()->findChildren<QLabel*>())
            if (l->accessibleName() == QStringLiteral("Channel verdict"))
                verdict = l;
        QVERIFY(verdict);
        QVERIFY(verdict->text().contains(QStringLiteral("Change the answers or the channel")));
        for (auto* b : window_->planner()->findChildren<QRadioButton*>())
            if (b->text() == QStringLiteral("Shallow"))
                b->click();
        QVERIFY(verdict->text().contains(QStringLiteral("support these answers")));
    }

    void saveAndReopenKeepsEverything()
    {
        QVERIFY(window_->newFromExample(MainWindow::exampleResources().at(1)));
        tab().scene().addNoteTo(BlockId::KeyPartners);
        typeText(tab().view().viewport(), QStringLiteral("شريك جديد"));
        const Canvas before = doc().canvas();
        const QString path = dir_.filePath(QStringLiteral("atelier.mizan"));
        QVERIFY(window_->saveCurrentAs(path));
        QVERIFY(!doc().isModified());
        QVERIFY(window_->closeTab(0));
        QCOMPARE(window_->tabCount(), 0);

        QVERIFY(window_->openFile(path));
        QVERIFY(doc().canvas().notes(BlockId::KeyPartners) == before.notes(BlockId::KeyPartners));
        Canvas reopened = doc().canvas();
        reopened.info.modified = before.info.modified;
        QVERIFY(reopened == before);
        sqlite::Database db(path.toStdString(), sqlite::Database::Mode::ReadOnly);
        auto check = db.prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(QString::fromStdString(check.text(0)), QStringLiteral("ok"));
    }

    void copyAndPasteBetweenCanvasesAndAsText()
    {
        QVERIFY(window_->openFile(copyOfExample("coffee-roastery.en.json")));
        const auto& partners = doc().canvas().notes(BlockId::KeyPartners);
        const std::vector<NoteId> ids = {partners[0].id, partners[1].id};
        const std::string firstText = partners[0].text;
        tab().scene().selectNotes(ids);
        QTest::keySequence(window_.get(), QKeySequence::Copy);
        const QMimeData* mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime->hasFormat(QStringLiteral("application/x-mizan-notes")));
        QVERIFY(mime->text().startsWith(QString::fromStdString(firstText)));

        window_->newCanvas();
        QTest::keySequence(window_.get(), QKeySequence::Paste);
        const auto& pasted = doc().canvas().notes(BlockId::KeyPartners);
        QCOMPARE(int(pasted.size()), 2);
        QCOMPARE(pasted[0].text, firstText);
        QVERIFY(pasted[0].id != ids[0]);

        // Plain text from another program becomes notes in the current block.
        QApplication::clipboard()->setText(QStringLiteral("First idea\n\nSecond idea"));
        tab().scene().selectNotes({});
        tab().scene().addNoteTo(BlockId::Channels);
        tab().scene().noteItem(doc().canvas().notes(BlockId::Channels).front().id)->finishEditing();
        QTest::keySequence(window_.get(), QKeySequence::Paste);
        QCOMPARE(int(doc().canvas().notes(BlockId::Channels).size()), 3);
        QCOMPARE(doc().canvas().notes(BlockId::Channels)[2].text, std::string("Second idea"));
    }

    void aFileFromANewerMizanOpensReadOnlyWithABanner()
    {
        const QString path = dir_.filePath(QStringLiteral("newer.mizan"));
        {
            QFile f(examplePath("coffee-roastery.en.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto c = fromJson(f.readAll().toStdString());
            QVERIFY(c.ok());
            QVERIFY(saveCanvasFile(c.value(), path.toStdString()).ok());
            sqlite::Database db(path.toStdString(), sqlite::Database::Mode::ReadWrite);
            db.exec("PRAGMA user_version = 99");
        }
        QVERIFY(window_->openFile(path));
        QVERIFY(doc().isReadOnly());
        QLabel* banner = nullptr;
        for (auto* l : tab().findChildren<QLabel*>())
            if (l->accessibleName() == QStringLiteral("Document status"))
                banner = l;
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("newer Mizan")));
        const int notes = int(doc().canvas().noteCount());
        tab().scene().addNoteTo(BlockId::KeyPartners);
        QCOMPARE(int(doc().canvas().noteCount()), notes);
    }

    void aCanvasOpenElsewhereIsRefused()
    {
        const QString path = copyOfExample("dental-clinic.he.json");
        QVERIFY(window_->openFile(path));
        // A second Mizan (its own window and recovery area, same user).
        RecoveryArea other(recovery_->dir());
        auto second = Document::open(path, other);
        QVERIFY(!second.ok());
        QVERIFY(QString::fromStdString(second.error().text).contains(QStringLiteral("already open")));
    }

    void aFailedSaveSaysWhyAndKeepsTheCanvasModified()
    {
        window_->newCanvas();
        tab().scene().addNoteTo(BlockId::KeyActivities);
        QTest::keyClicks(tab().view().viewport(), QStringLiteral("Something"));
        QString error;
        QVERIFY(!doc().saveAs(dir_.filePath(QStringLiteral("no/such/folder/x.mizan")), &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
        QVERIFY(doc().isModified());
        QVERIFY(doc().filePath().isEmpty());
    }

    void findingsSelectTheirSubjects()
    {
        QVERIFY(window_->openFile(copyOfExample("coffee-roastery.en.json")));
        auto items = window_->findingsPanel()->findItems(QStringLiteral("names no customer segment"),
                                                          Qt::MatchContains | Qt::MatchRecursive);
        QCOMPARE(items.size(), 1);
        emit window_->findingsPanel()->itemActivated(items.first(), 0);
        const auto selected = tab().scene().selectedNoteIds();
        QCOMPARE(int(selected.size()), 1);
        QVERIFY(doc().canvas().find(selected.front())->text.rfind("Stand at the city", 0) == 0);
    }

    void deletingASegmentIsUndoneWithItsReferences()
    {
        QVERIFY(window_->openFile(copyOfExample("coffee-roastery.en.json")));
        const Canvas before = doc().canvas();
        const NoteId gift = noteWithText(before, BlockId::CustomerSegments, "Gift buyers");
        tab().scene().selectNotes({gift});
        QTest::keyClick(tab().view().viewport(), Qt::Key_Delete);
        QVERIFY(!doc().canvas().contains(gift));
        QVERIFY(countFindings(doc(), "plan.no_segment") == 1);
        doc().undoStack()->undo();
        QVERIFY(doc().canvas() == before);
    }

    void presentationWalksTheBlocksInStoryOrderAndIsLegible()
    {
        QVERIFY(window_->openFile(copyOfExample("coffee-roastery.en.json")));
        QTest::keyClick(window_.get(), Qt::Key_F5);
        PresentationWindow* show = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* p = qobject_cast<PresentationWindow*>(w); p && p->isVisible())
                show = p;
        QVERIFY(show);
        QPointer<PresentationWindow> guard(show);
        show->resize(1024, 768);  // a classic projector

        const auto legible = [&] {
            show->grab();  // paints
            return show->smallestTextPixels() >= 24;
        };
        QCOMPARE(show->step(), 0);
        // The overview shows every note's text at once: smaller, never below 10 px.
        show->grab();
        QVERIFY(show->smallestTextPixels() >= 10);
        const auto& order = PresentationWindow::storyOrder();
        QCOMPARE(order.front(), BlockId::CustomerSegments);
        QCOMPARE(order[3], BlockId::CustomerRelationships);
        for (std::size_t i = 0; i < order.size(); ++i) {
            QTest::keyClick(show, i % 2 ? Qt::Key_PageDown : Qt::Key_Right);
            QCOMPARE(show->currentBlock(), std::optional<BlockId>(order[i]));
            QVERIFY(legible());
        }
        QTest::keyClick(show, Qt::Key_PageDown);
        QVERIFY(!show->currentBlock());  // back to the whole canvas
        QTest::keyClick(show, Qt::Key_PageUp);
        QCOMPARE(show->currentBlock(), std::optional<BlockId>(BlockId::CostStructure));

        QTest::keyClick(show, Qt::Key_F);
        QVERIFY(show->findingsShown());
        QVERIFY(legible());
        QTest::keyClick(show, Qt::Key_T);
        QVERIFY(show->timerShown());
        QVERIFY(legible());
        QTest::keyClick(show, Qt::Key_B);
        QVERIFY(show->isBlanked());
        QTest::keyClick(show, Qt::Key_B);
        QVERIFY(!show->isBlanked());
        QTest::keyClick(show, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull());
    }

    void presentationRightToLeftAdvancesWithTheLeftArrow()
    {
        QVERIFY(window_->openFile(copyOfExample("tailoring-atelier.ar.json")));
        auto* show = new PresentationWindow(doc(), true);
        show->resize(1024, 768);
        show->show();
        QTest::keyClick(show, Qt::Key_Left);
        QCOMPARE(show->currentBlock(), std::optional<BlockId>(BlockId::CustomerSegments));
        QTest::keyClick(show, Qt::Key_Right);
        QCOMPARE(show->step(), 0);
        QTest::keyClick(show, Qt::Key_Left);
        show->grab();
        QVERIFY(show->smallestTextPixels() >= 24);
        show->close();
    }

    void theWorkbookComputesRetentionAndKeepsPersonasUndoable()
    {
        QVERIFY(window_->openFile(copyOfExample("coffee-roastery.en.json")));
        // Gift buyers: no economics yet, so keeping one costs RT5's default.
        const NoteId brewers = noteWithText(doc().canvas(), BlockId::CustomerSegments, "Gift buyers");
        auto* book = new SegmentWorkbook(doc(), brewers, window_.get());
        book->show();
        const auto spin = [&](const QString& name) -> QAbstractSpinBox* {
            for (auto* s : book->findChildren<QAbstractSpinBox*>())
                if (s->accessibleName() == name)
                    return s;
            return nullptr;
        };
        auto* customers = qobject_cast<QSpinBox*>(spin(QStringLiteral("Customers")));
        auto* kept = qobject_cast<QDoubleSpinBox*>(spin(QStringLiteral("Customers kept per period (%)")));
        auto* winning = qobject_cast<QDoubleSpinBox*>(spin(QStringLiteral("Cost of winning a customer")));
        auto* margin = qobject_cast<QDoubleSpinBox*>(spin(QStringLiteral("Margin per customer, per period")));
        QVERIFY(customers && kept && winning && margin);
        customers->setValue(1000);
        kept->setValue(80);
        winning->setValue(120);
        margin->setValue(50);
        // The worked example: lifetime value 30, payback 4 periods, +166.67% with 5 more points.
        QVERIFY2(book->figuresText().contains(QStringLiteral("30.00")), qPrintable(book->figuresText()));
        QVERIFY(book->figuresText().contains(QStringLiteral("4.00")));
        QVERIFY(book->figuresText().contains(QStringLiteral("166.67")));
        QVERIFY(book->figuresText().contains(QStringLiteral("(6 to 1, RT5)")));
        QCOMPARE(*doc().canvas().find(brewers)->segment->economics->retentionRate, 80.0);

        // The touchpoint grid: stages by the segment's channels, plus any channel.
        QCOMPARE(book->touchpointGrid()->rowCount(), 6);
        QVERIFY(book->touchpointGrid()->columnCount() >= 2);

        QPushButton* add = nullptr;
        for (auto* b : book->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Add persona"))
                add = b;
        QVERIFY(add);
        const int personas = int(doc().canvas().find(brewers)->segment->personas.size());
        add->click();
        QCOMPARE(int(doc().canvas().find(brewers)->segment->personas.size()), personas + 1);
        doc().undoStack()->undo();
        QCOMPARE(int(doc().canvas().find(brewers)->segment->personas.size()), personas);
        book->close();
    }

    void theCalendarFollowsItsEdits()
    {
        QVERIFY(window_->openFile(copyOfExample("coffee-roastery.en.json")));
        auto* dialog = new CalendarDialog(doc(), window_.get());
        dialog->show();
        const int actions = int(doc().canvas().calendar.size());
        QCOMPARE(dialog->table()->rowCount(), actions);
        auto calendar = doc().canvas().calendar;
        calendar.push_back(CalendarAction{"a1", "Birthday cards", ActionKind::BirthdayMessage,
                                          doc().canvas().notes(BlockId::CustomerSegments).front().id,
                                          Mechanism::PersonalTouches, 1'767'225'600'000, Recurrence::Yearly, "Lina"});
        doc().apply(edits::changeCalendar(doc().canvas(), calendar), QStringLiteral("Add"));
        QCOMPARE(dialog->table()->rowCount(), actions + 1);
        QCOMPARE(dialog->table()->item(actions, 0)->text(), QStringLiteral("Birthday cards"));
        QCOMPARE(dialog->table()->item(actions, 5)->text(), QStringLiteral("Every year"));
        doc().undoStack()->undo();
        QCOMPARE(dialog->table()->rowCount(), actions);
        dialog->close();
    }

    void draggingANoteMovesItToAnotherBlockAndUndoBringsItBack()
    {
        QVERIFY(window_->openFile(copyOfExample("coffee-roastery.en.json")));
        CanvasView& view = tab().view();
        const NoteId id = doc().canvas().notes(BlockId::KeyPartners).front().id;
        NoteItem* item = tab().scene().noteItem(id);
        QVERIFY(item);
        const QPoint from = view.mapFromScene(item->sceneBoundingRect().center());
        const QPoint to = view.mapFromScene(CanvasLayout::blockRect(BlockId::KeyActivities, false).center());
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 10; ++i)
            QTest::mouseMove(view.viewport(), from + (to - from) * i / 10);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(doc().canvas().locate(id)->block, BlockId::KeyActivities);
        // The card sits in its new block's layout, not where the mouse left it.
        QVERIFY(CanvasLayout::noteArea(BlockId::KeyActivities, false).contains(tab().scene().noteItem(id)->sceneBoundingRect().center()));
        doc().undoStack()->undo();
        QCOMPARE(doc().canvas().locate(id)->block, BlockId::KeyPartners);
    }

    void helpShowsTheMethodTheRulesTheShortcutsAndAbout()
    {
        HelpDialog help(window_.get(), HelpDialog::Page::Method);
        QCOMPARE(help.tabs()->count(), 4);
        const auto text = [&](int i) { return static_cast<QTextBrowser*>(help.tabs()->widget(i))->toPlainText(); };
        QVERIFY(text(0).contains(QStringLiteral("CR3")));
        QVERIFY(text(0).contains(QStringLiteral("dedicated personal assistance")));
        QVERIFY(text(1).contains(QStringLiteral("assistance.no_people")));
        QVERIFY(text(2).contains(QStringLiteral("Ctrl+S")));
        QVERIFY(text(3).contains(QStringLiteral("CC BY-SA 3.0")));
        QVERIFY(text(3).contains(QStringLiteral(MIZAN_VERSION)));
    }

    // A canvas of sticky notes from another tool: the planner shows what
    // the notes' words suggest under each question, the canvas marks the
    // notes, one click accepts (one undo step), a dismissal is kept in the
    // file, and the findings can take the suggestions as answers.
    void importedStickyNotesGetSuggestionsToAcceptOrDismiss()
    {
        const QString md = dir_.filePath(QStringLiteral("barber.md"));
        {
            QFile f(md);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# Dev's Barbers\n\n## Customer segments\n- Men in the neighbourhood\n  Regulars, about 600 of them\n"
                    "- Kids on Saturday mornings\n\n## Channels\n- Our own shop on the high street\n\n"
                    "## Customer relationships\n- Regulars: stamp card, 10th cut free; WhatsApp me to book\n\n"
                    "## Key resources\n- Me, the owner: I cut every head myself\n");
        }
        QString error;
        QVERIFY2(window_->importFile(md, &error), qPrintable(error));
        QCOMPARE(doc().canvas().noteCount(), std::size_t(5));
        QVERIFY(doc().filePath().isEmpty());  // an import has no file until saved
        doc().settleSuggestions();
        const NoteId plan = noteWithText(doc().canvas(), BlockId::CustomerRelationships, "Regulars");
        const NoteId men = noteWithText(doc().canvas(), BlockId::CustomerSegments, "Men");
        QVERIFY(!doc().suggestionsFor(plan).empty());
        // The canvas marks the note.
        QVERIFY(tab().scene().noteItem(plan)->look().suggestions > 0);

        tab().scene().selectNotes({plan});
        const auto lists = window_->planner()->findChildren<SuggestionList*>();
        const auto shows = [&](const QString& text) {
            return std::any_of(lists.begin(), lists.end(), [&](SuggestionList* l) {
                return !l->isHidden() && std::any_of(l->shown().begin(), l->shown().end(), [&](const Suggestion& s) {
                           return s.field == text.toStdString();
                       });
            });
        };
        QVERIFY(shows(QStringLiteral("plan.segment")));
        QVERIFY(shows(QStringLiteral("plan.mechanism")));
        // Nothing is applied until the user says so.
        QVERIFY(!doc().canvas().find(plan)->plan);

        // The findings with the suggestions taken as answers say which rest on them.
        window_->findChild<QCheckBox*>(QStringLiteral("includeSuggested"))->click();
        doc().settleSuggestions();
        QVERIFY(std::any_of(doc().findings().begin(), doc().findings().end(), [](const Finding& f) { return f.restsOnSuggestion; }));

        // Accept all: one undo step.
        const int steps = doc().undoStack()->count();
        QToolButton* acceptAll = nullptr;
        for (auto* b : window_->planner()->findChildren<QToolButton*>())
            if (b->text() == QStringLiteral("Accept all") && b->isVisible())
                acceptAll = b;
        QVERIFY(acceptAll);
        acceptAll->click();
        QCOMPARE(doc().undoStack()->count(), steps + 1);
        const Note* accepted = doc().canvas().find(plan);
        QVERIFY(accepted->plan);
        QCOMPARE(accepted->plan->segment, men);
        QVERIFY(accepted->plan->mechanisms.contains(Mechanism::LoyaltyProgram));
        doc().settleSuggestions();
        QVERIFY(doc().suggestionsFor(plan).empty());
        doc().undoStack()->undo();
        QVERIFY(!doc().canvas().find(plan)->plan);
        doc().settleSuggestions();
        QVERIFY(!doc().suggestionsFor(plan).empty());

        // The plan's questions are there before it is a plan: ticking one
        // makes it one (and the planner, rebuilt, survives its own click).
        QCheckBox* communities = nullptr;
        for (auto* b : window_->planner()->findChildren<QCheckBox*>())
            if (b->text() == QStringLiteral("Communities") && b->isVisible())
                communities = b;
        QVERIFY(communities);
        communities->click();
        QVERIFY(doc().canvas().find(plan)->plan);
        QVERIFY(doc().canvas().find(plan)->plan->mechanisms.contains(Mechanism::Communities));
        doc().undoStack()->undo();
        QTest::qWait(10);

        // A dismissed suggestion stays dismissed, in the saved file too.
        const Suggestion first = doc().suggestionsFor(plan).front();
        doc().dismissSuggestions({first});
        doc().settleSuggestions();
        const auto again = doc().suggestionsFor(plan);
        QVERIFY(std::find(again.begin(), again.end(), first) == again.end());
        const QString saved = dir_.filePath(QStringLiteral("barber.mizan"));
        QVERIFY(window_->saveCurrentAs(saved));
        auto reopened = loadCanvasFile(saved.toStdString());
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->dismissedSuggestions.count(first.key()), std::size_t(1));
    }

    void presentationColoursKeepTheirContrast()
    {
        const Palette& p = Style::presentationPalette();
        QVERIFY(Style::contrast(p.blockTitle, p.blockFill) >= 4.5);
        QVERIFY(Style::contrast(p.accent, p.blockFill) >= 4.5);
        QVERIFY(Style::contrast(p.blockTitle, p.background) >= 4.5);
        QVERIFY(Style::contrast(QColor("#000000"), QColor("#ffe082")) >= 4.5);  // note cards
        QVERIFY(Style::contrast(Qt::white, QColor(0, 0, 0)) >= 4.5);          // findings overlay
        QVERIFY(Style::contrast(p.accent, p.background) >= 4.5);              // timer
    }
};

QTEST_MAIN(EditorTest)
#include "editor_test.moc"
