// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/document.h"

#include "core/storage/file_util.h"
#include "core/formats/json_format.h"
#include "core/suggest/suggestions.h"
#include "core/model/timestamp.h"
#include "ui/document/edit_command.h"
#include "ui/error_text.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLockFile>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace mizan::ui {

namespace {

QString errorText(const Error& e)
{
    QString text = QString::fromStdString(e.title);
    if (!e.text.empty())
        text += QStringLiteral(": ") + QString::fromStdString(e.text);
    return text;
}

}  // namespace

// What a background reading of the notes found, for the canvas as it was
// at one generation.
struct Document::SuggestionRun {
    quint64 generation = 0;
    std::vector<Suggestion> suggestions;
    bool withFindings = false;
    std::vector<Finding> findings;  // with the suggestions taken as answers

    static SuggestionRun read(const Canvas& canvas, const std::vector<Finding>* confirmed, quint64 generation)
    {
        SuggestionRun run;
        run.generation = generation;
        run.suggestions = suggest(canvas);
        if (confirmed) {
            run.withFindings = true;
            run.findings = checkWithSuggestions(canvas, run.suggestions, *confirmed);
        }
        return run;
    }
};

Document::Document(Canvas canvas, std::unique_ptr<WorkingCopy> workingCopy)
    : canvas_(std::move(canvas)),
      undoStack_(new QUndoStack(this)),
      checklist_(std::make_unique<Checklist>(canvas_)),
      suggestTimer_(new QTimer(this)),
      workingCopy_(std::move(workingCopy))
{
    findings_ = checklist_->findings(canvas_);
    connect(undoStack_, &QUndoStack::cleanChanged, this, &Document::onCleanChanged);
    // Reading the notes waits for a pause in the typing.
    suggestTimer_->setSingleShot(true);
    suggestTimer_->setInterval(250);
    connect(suggestTimer_, &QTimer::timeout, this, &Document::startSuggestions);
    // The first reading waits like any other, so the canvas is drawn first.
    suggestTimer_->start();
}

Document::~Document()
{
    if (suggestWatcher_)
        suggestWatcher_->waitForFinished();
    // Closing is deliberate (saved, or changes discarded): only a crash
    // leaves a working copy behind.
    discardWorkingCopy();
}

Result<std::unique_ptr<Document>> Document::create(Canvas canvas, RecoveryArea& area)
{
    const auto now = nowMs();
    if (!canvas.info.created)
        canvas.info.created = now;
    canvas.info.modified = now;
    auto wc = area.create(canvas, {});
    if (!wc)
        return wc.error();
    return std::unique_ptr<Document>(new Document(std::move(canvas), std::move(wc.value())));
}

Result<std::unique_ptr<Document>> Document::open(const QString& path, RecoveryArea& area)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    QString holder;
    auto lock = area.lockDocument(absolute, &holder);
    if (!lock)
        return Error{ErrorCode::Busy, "Already open",
                     QCoreApplication::translate("Document", "%1 is already open in another Mizan window (%2). "
                                                             "Switch to that window to edit it.")
                         .arg(info.fileName(), holder)
                         .toStdString(),
                     {}};

    LoadReport report;
    DocumentRecords records;
    Result<Canvas> loaded = readFile(absolute, &report, &records);
    if (!loaded)
        return loaded.error();

    auto wc = area.create(loaded.value(), absolute, &records);
    if (!wc)
        return wc.error();
    std::unique_ptr<Document> doc(new Document(std::move(loaded.value()), std::move(wc.value())));
    doc->filePath_ = absolute;
    doc->fileLock_ = std::move(lock);
    doc->records_ = std::move(records);
    doc->keepLoadedState();
    doc->stamp_ = stampOf(absolute);
    doc->watchFile();
    if (report.readOnly)
        doc->readOnlyReason_ = QString::fromStdString(report.readOnlyReason);
    else if (!info.isWritable())
        doc->readOnlyReason_ = QCoreApplication::translate("Document", "You do not have permission to change %1, so it "
                                                                       "opens read-only. Use Save As to keep a copy.")
                                   .arg(info.fileName());
    return doc;
}

Result<std::unique_ptr<Document>> Document::recover(const RecoverableCopy& copy, RecoveryArea& area)
{
    std::unique_ptr<QLockFile> lock;
    if (!copy.sourcePath.isEmpty()) {
        QString holder;
        lock = area.lockDocument(copy.sourcePath, &holder);
        if (!lock)
            return Error{ErrorCode::Busy, "Already open",
                         QCoreApplication::translate("Document", "%1 is open in another Mizan window; close it there "
                                                                 "before recovering your changes.")
                             .arg(QFileInfo(copy.sourcePath).fileName())
                             .toStdString(),
                         {}};
    }
    Canvas canvas;
    DocumentRecords records;
    auto wc = area.adopt(copy, &canvas, &records);
    if (!wc)
        return wc.error();
    std::unique_ptr<Document> doc(new Document(std::move(canvas), std::move(wc.value())));
    doc->filePath_ = copy.sourcePath;
    doc->fileLock_ = std::move(lock);
    doc->unsavedOutsideUndo_ = true;
    doc->records_ = std::move(records);
    // The file as it is now is the base of a later merge with it.
    if (!copy.sourcePath.isEmpty() && !isJsonPath(copy.sourcePath))
        if (auto onDisk = loadCanvasFile(copy.sourcePath.toStdString()))
            doc->lastLoaded_ = std::move(onDisk.value());
    if (!copy.sourcePath.isEmpty()) {
        doc->stamp_ = stampOf(copy.sourcePath);
        doc->watchFile();
    }
    return doc;
}

bool Document::isJsonPath(const QString& path)
{
    return path.endsWith(".json", Qt::CaseInsensitive);
}

Result<Canvas> Document::readFile(const QString& path, LoadReport* report, DocumentRecords* records)
{
    if (isJsonPath(path)) {
        auto text = mizan::readFile(path.toStdString(), kJsonMaxBytes);
        return text ? fromJson(text.value()) : Result<Canvas>(text.error());
    }
    return loadCanvasFile(path.toStdString(), report, records);
}

QString Document::displayName() const
{
    if (!filePath_.isEmpty())
        return QFileInfo(filePath_).fileName();
    if (!canvas_.info.title.empty())
        return QString::fromStdString(canvas_.info.title);
    return QCoreApplication::translate("Document", "Untitled canvas");
}

bool Document::isModified() const
{
    return unsavedOutsideUndo_ || !undoStack_->isClean();
}

void Document::apply(CanvasEdit edit, const QString& actionText, int mergeKey)
{
    if (edit.empty() || isReadOnly() || !workingCopyError_.isEmpty())
        return;
    undoStack_->push(new EditCommand(*this, std::move(edit), actionText, mergeKey));
}

void Document::keepLoadedState()
{
    loadedIsCanvas_ = true;
    QTimer::singleShot(300, this, [this] {
        if (loadedIsCanvas_) {
            lastLoaded_ = canvas_;
            loadedIsCanvas_ = false;
        }
    });
}

void Document::perform(const CanvasEdit& edit, bool forward)
{
    // The state as loaded or saved is the base of a later merge with the disk.
    if (loadedIsCanvas_) {
        lastLoaded_ = canvas_;
        loadedIsCanvas_ = false;
    }
    // The copy must say "unsaved changes" before the first of them is written.
    if (workingCopy_ && !workingCopy_->isDirty())
        workingCopy_->setDirty(true);
    const StoreEdit writes = edit.apply(canvas_, forward);
    if (workingCopy_) {
        if (auto st = workingCopy_->store().commit(canvas_, writes); !st) {
            workingCopyError_ = errorText(st.error());
            emit workingCopyFailed(workingCopyError_);
        }
    }
    ChangeEvent event;
    event.notes = edit.noteIds();
    event.blocks = writes.reordered;
    event.info = writes.info;
    ++generation_;
    refreshFindings(event.notes, false, !writes.reordered.empty());
    emit changed(event);
    scheduleSuggestions();
}

void Document::refreshFindings(const std::vector<NoteId>& changed, bool everything, bool reordered)
{
    if (everything)
        checklist_->reset(canvas_);
    else
        checklist_->update(canvas_, changed);
    // With suggested answers, the findings come with the next reading.
    if (includeSuggested_)
        return;
    // Unchanged findings in an unchanged order: nothing to gather (an edit
    // of a note's words, most of the time).
    if (!everything && !reordered && !checklist_->lastUpdateChangedFindings())
        return;
    auto next = checklist_->findings(canvas_);
    if (next != findings_) {
        findings_ = std::move(next);
        emit findingsChanged();
    }
}

std::vector<Suggestion> Document::suggestionsFor(const NoteId& note) const
{
    std::vector<Suggestion> out;
    for (const Suggestion& s : suggestions_)
        if (s.note == note)
            out.push_back(s);
    return out;
}

void Document::scheduleSuggestions()
{
    suggestTimer_->start();
}

void Document::startSuggestions()
{
    if (suggestWatcher_ && suggestWatcher_->isRunning()) {
        scheduleSuggestions();  // after this one
        return;
    }
    if (!suggestWatcher_) {
        suggestWatcher_ = new QFutureWatcher<SuggestionRun>(this);
        connect(suggestWatcher_, &QFutureWatcherBase::finished, this, [this] {
            SuggestionRun run = suggestWatcher_->result();
            if (run.generation == generation_)
                takeSuggestions(std::move(run));
            else
                scheduleSuggestions();
        });
    }
    // The reading works on a copy: the canvas may change meanwhile.
    std::optional<std::vector<Finding>> confirmed;
    if (includeSuggested_)
        confirmed = checklist_->findings(canvas_);
    suggestWatcher_->setFuture(QtConcurrent::run([canvas = canvas_, confirmed = std::move(confirmed), generation = generation_] {
        return SuggestionRun::read(canvas, confirmed ? &*confirmed : nullptr, generation);
    }));
}

void Document::settleSuggestions()
{
    suggestTimer_->stop();
    if (suggestWatcher_)
        suggestWatcher_->waitForFinished();
    std::vector<Finding> confirmed;
    if (includeSuggested_)
        confirmed = checklist_->findings(canvas_);
    takeSuggestions(SuggestionRun::read(canvas_, includeSuggested_ ? &confirmed : nullptr, generation_));
}

void Document::takeSuggestions(SuggestionRun run)
{
    if (run.suggestions != suggestions_) {
        suggestions_ = std::move(run.suggestions);
        emit suggestionsChanged();
    }
    if (run.withFindings && includeSuggested_ && run.findings != findings_) {
        findings_ = std::move(run.findings);
        emit findingsChanged();
    }
}

void Document::acceptSuggestions(const std::vector<Suggestion>& accepted)
{
    if (accepted.empty() || isReadOnly())
        return;
    CanvasEdit edit = edits::settleSuggestions(canvas_, acceptedNotes(canvas_, accepted), {});
    if (edit.empty())
        return;
    // What is accepted is an answer now: no longer shown as a suggestion.
    std::erase_if(suggestions_, [&](const Suggestion& s) { return std::find(accepted.begin(), accepted.end(), s) != accepted.end(); });
    emit suggestionsChanged();
    const int n = static_cast<int>(accepted.size());
    apply(std::move(edit), QCoreApplication::translate("Document", "Accept %n suggestion(s)", nullptr, n));
}

void Document::dismissSuggestions(const std::vector<Suggestion>& dismissed)
{
    if (dismissed.empty() || isReadOnly())
        return;
    std::vector<std::string> keys;
    for (const Suggestion& s : dismissed)
        keys.push_back(s.key());
    CanvasEdit edit = edits::settleSuggestions(canvas_, {}, keys);
    if (edit.empty())
        return;
    std::erase_if(suggestions_, [&](const Suggestion& s) { return std::find(dismissed.begin(), dismissed.end(), s) != dismissed.end(); });
    emit suggestionsChanged();
    const int n = static_cast<int>(dismissed.size());
    apply(std::move(edit), QCoreApplication::translate("Document", "Dismiss %n suggestion(s)", nullptr, n));
}

void Document::setIncludeSuggested(bool include)
{
    if (include == includeSuggested_)
        return;
    includeSuggested_ = include;
    if (!include) {
        auto confirmed = checklist_->findings(canvas_);
        if (confirmed != findings_) {
            findings_ = std::move(confirmed);
            emit findingsChanged();
        }
        return;
    }
    startSuggestions();
}

void Document::onCleanChanged(bool clean)
{
    emit modifiedChanged(!clean || unsavedOutsideUndo_);
    // Undoing back to the saved state leaves nothing to recover.
    if (clean && !unsavedOutsideUndo_ && workingCopy_)
        workingCopy_->setDirty(false);
}

bool Document::save(QString* error)
{
    if (filePath_.isEmpty()) {
        *error = QCoreApplication::translate("Document", "This canvas has no file yet: use Save As.");
        return false;
    }
    if (isReadOnly()) {
        *error = readOnlyReason_;
        return false;
    }
    return saveAs(filePath_, error);
}

bool Document::saveAs(const QString& path, QString* error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::unique_ptr<QLockFile> newLock;
    if (absolute != filePath_) {
        QString holder;
        RecoveryArea area(QFileInfo(workingCopy_->path()).absolutePath());
        newLock = area.lockDocument(absolute, &holder);
        if (!newLock) {
            *error = QCoreApplication::translate("Document", "%1 is open in another Mizan window (%2); close it there "
                                                             "first or choose another name.")
                         .arg(QFileInfo(absolute).fileName(), holder);
            return false;
        }
    }
    // The first save of a day keeps the file's previous state, when it was
    // saved on an earlier day, as that day's automatic version.
    if (workingCopy_ && !filePath_.isEmpty() && !isJsonPath(absolute) && isModified()) {
        auto day = records_.history.recordDay(lastLoaded(), QDate::currentDate().startOfDay().toMSecsSinceEpoch());
        if (day && day.value()) {
            workingCopy_->store().writeVersion(*day.value());
            emit historyChanged();
        }
    }
    // The modification time travels with the saved file.
    CanvasInfo info = canvas_.info;
    info.modified = nowMs();
    canvas_.info = info;
    if (workingCopy_)
        workingCopy_->store().commit(canvas_, {{}, {}, {}, true});

    Status st = isJsonPath(absolute) ? writeFileAtomically(absolute.toStdString(), toJson(canvas_))
                                     : workingCopy_ ? workingCopy_->store().copyTo(absolute.toStdString())
                                                    : saveCanvasFile(canvas_, absolute.toStdString(), &records_);
    if (!st) {
        *error = describeError(st.error(), QFileInfo(absolute).fileName());
        return false;
    }
    if (newLock)
        fileLock_ = std::move(newLock);
    const bool renamed = absolute != filePath_;
    filePath_ = absolute;
    keepLoadedState();
    stamp_ = stampOf(absolute);
    if (renamed)
        watchFile();
    readOnlyReason_.clear();
    unsavedOutsideUndo_ = false;
    undoStack_->setClean();
    if (workingCopy_) {
        workingCopy_->setSourcePath(filePath_);
        workingCopy_->setDirty(false);
    }
    emit modifiedChanged(false);
    if (renamed)
        emit filePathChanged();
    return true;
}

void Document::discardWorkingCopy()
{
    if (workingCopy_)
        workingCopy_->remove();
    workingCopy_.reset();
}

}  // namespace mizan::ui
