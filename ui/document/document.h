// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One open canvas: the model, its undo stack, its file, its checklist and
// its working copy. Widgets never change the canvas: they call apply() with
// an edit, which becomes an undo command; every command, undo and redo is
// written to the working copy before the views hear of it, so a crash loses
// nothing. "Modified" comes from the undo stack's clean state, set clean
// only after a save that succeeded.

#include "core/model/canvas.h"
#include "core/model/canvas_edit.h"
#include "core/checklist/checklist.h"
#include "core/checklist/finding.h"
#include "core/suggest/suggestion.h"
#include "core/versions/canvas_history.h"
#include "ui/document/change_event.h"
#include "ui/document/recovery_area.h"

#include <QObject>
#include <QString>

#include <memory>

class QFileSystemWatcher;
class QLockFile;
class QTimer;
class QUndoStack;
template <typename T>
class QFutureWatcher;

namespace mizan::ui {

class Document : public QObject {
    Q_OBJECT

public:
    ~Document() override;

    // A new, untitled canvas (blank or from an example).
    static Result<std::unique_ptr<Document>> create(Canvas canvas, RecoveryArea& area);
    // A .mizan or .json file. Refuses a file another window or Mizan has
    // open; opens read-only a file that cannot be written or comes from a
    // newer Mizan.
    static Result<std::unique_ptr<Document>> open(const QString& path, RecoveryArea& area);
    // A working copy left by a Mizan that ended without saving.
    static Result<std::unique_ptr<Document>> recover(const RecoverableCopy& copy, RecoveryArea& area);

    const Canvas& canvas() const { return canvas_; }
    QUndoStack* undoStack() const { return undoStack_; }
    const Checklist& checklist() const { return *checklist_; }
    // The findings shown: of the confirmed answers, or with the suggested
    // answers taken as given when includeSuggested() (then those that rest
    // on a suggestion say so).
    const std::vector<Finding>& findings() const { return findings_; }

    // The answers the notes' words suggest, note by note (none dismissed).
    // They are read again in the background a moment after each edit;
    // suggestionsChanged() says when they are new.
    const std::vector<Suggestion>& suggestions() const { return suggestions_; }
    std::vector<Suggestion> suggestionsFor(const NoteId& note) const;
    // Reads them now, for what must not wait (tests, a command that needs
    // them at once).
    void settleSuggestions();
    // Accepting changes the notes as the suggestions say; dismissing
    // remembers them in the document so they are not proposed again. One
    // undo step each.
    void acceptSuggestions(const std::vector<Suggestion>& suggestions);
    void dismissSuggestions(const std::vector<Suggestion>& suggestions);
    bool includeSuggested() const { return includeSuggested_; }
    void setIncludeSuggested(bool include);

    QString filePath() const { return filePath_; }
    static bool isJsonPath(const QString& path);
    // A canvas file as Mizan keeps one: Mizan JSON (by its extension) or a
    // .mizan document, with its history and conflicts when records is given.
    static Result<Canvas> readFile(const QString& path, LoadReport* report = nullptr,
                                   DocumentRecords* records = nullptr);
    // The file name, or the canvas title for a canvas never saved.
    QString displayName() const;
    bool isModified() const;
    bool isReadOnly() const { return !readOnlyReason_.isEmpty(); }
    QString readOnlyReason() const { return readOnlyReason_; }
    // Shows without allowing edits (an old version, a comparison).
    void setReadOnly(const QString& reason) { readOnlyReason_ = reason; }
    // Set when writing the working copy failed: edits are then refused.
    QString workingCopyError() const { return workingCopyError_; }

    // Pushes the edit as one undo step (nothing if it changes nothing).
    // mergeKey >= 0 folds consecutive edits with the same key into one step.
    void apply(CanvasEdit edit, const QString& actionText, int mergeKey = -1);
    // Only EditCommand calls this.
    void perform(const CanvasEdit& edit, bool forward);

    // Writes the canvas to its file (or path, for Save As): .mizan or .json
    // by extension. On failure the document stays modified and unchanged,
    // and error says why.
    bool save(QString* error);
    bool saveAs(const QString& path, QString* error);
    // Closing without saving: the working copy is no longer needed.
    void discardWorkingCopy();

    // ---- History (core/versions/canvas_history.h); .mizan files only.
    const CanvasHistory& history() const { return records_.history; }
    bool keepsHistory() const;
    // Records the canvas as a named version, then saves the file.
    bool saveVersion(const QString& name, QString* error);
    Result<Canvas> versionCanvas(std::int64_t id) const;
    // Makes the canvas what the version holds: one undoable edit.
    bool restoreVersion(std::int64_t id, QString* error);
    // Names a version, or takes versions out of the history. Not undoable:
    // the document is then modified, and the next save writes the history.
    bool renameVersion(std::int64_t id, const QString& name, QString* error);
    bool deleteVersions(const std::vector<std::int64_t>& ids, QString* error);

    // ---- Merge conflicts left to resolve.
    const std::vector<MergeConflict>& conflicts() const { return records_.conflicts; }
    enum class Resolution { KeepMine, KeepTheirs };
    // Whether keeping theirs can be done for this conflict (its value is known).
    bool canKeepTheirs(const MergeConflict& conflict) const;
    bool resolveConflict(std::size_t index, Resolution how, QString* error);
    // Only ConflictsCommand calls this (undo and redo of a merge or a resolution).
    void setConflicts(std::vector<MergeConflict> conflicts);

    // ---- The file on disk, changed by another program (a sync client, git).
    // The canvas as last loaded from or saved to the file.
    const Canvas& lastLoaded() const { return loadedIsCanvas_ ? canvas_ : lastLoaded_; }
    bool fileChangedOnDisk() const;
    // Takes the file's version as it is now: the disk's when there are no
    // local edits (then unmodified), else a three-way merge with the last
    // loaded state as base (then modified, conflicts listed). One undoable
    // edit either way.
    bool takeDiskVersion(QString* error, int* conflicts = nullptr);
    // The same as seen on disk, ignored (the next save overwrites it).
    void ignoreDiskVersion();
    // Sync clients' conflicted copies of this file beside it, not yet merged.
    QStringList conflictCopies() const;
    // Merges another copy of the canvas (a conflicted copy, a client's
    // edited copy): the newest version both histories hold is the base;
    // with none, nothing is taken as deleted. One undoable edit.
    bool mergeCopy(const QString& path, QString* error, int* conflicts = nullptr);
    // Not offered again in this session.
    void ignoreConflictCopy(const QString& path);

signals:
    void changed(const mizan::ui::ChangeEvent& event);
    void findingsChanged();
    void suggestionsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged();
    void workingCopyFailed(const QString& message);
    void historyChanged();
    void conflictsChanged();
    // The file or its folder changed: see fileChangedOnDisk, conflictCopies.
    void diskChanged();

private:
    Document(Canvas canvas, std::unique_ptr<WorkingCopy> workingCopy);
    void refreshFindings(const std::vector<NoteId>& changed, bool everything, bool reordered = true);
    void onCleanChanged(bool clean);
    void scheduleSuggestions();
    void startSuggestions();
    struct SuggestionRun;
    void takeSuggestions(SuggestionRun run);
    void setRecords(DocumentRecords records);
    bool canEditHistory(QString* error) const;
    // The history changed outside the undo stack: written to the working
    // copy (or nothing changes), the document modified until saved.
    bool replaceHistory(CanvasHistory history, QString* error);
    void watchFile();
    void onWatched();
    struct Stamp {
        qint64 mtimeNs = 0, size = -1, inode = 0;
        friend bool operator==(const Stamp&, const Stamp&) = default;
    };
    static Stamp stampOf(const QString& path);
    // Merges theirs into the canvas (three-way from base, or without one):
    // one undoable edit; the conflicts join the list.
    // theirsConflicts: the ones the other copy's file still lists.
    bool mergeIn(const Canvas* base, const Canvas& theirs, const QString& actionText, int* conflicts,
                 const std::vector<MergeConflict>& theirsConflicts = {});

    Canvas canvas_;
    QUndoStack* undoStack_;
    std::unique_ptr<Checklist> checklist_;
    std::vector<Finding> findings_;
    std::vector<Suggestion> suggestions_;
    bool includeSuggested_ = false;
    QTimer* suggestTimer_;
    QFutureWatcher<SuggestionRun>* suggestWatcher_ = nullptr;
    quint64 generation_ = 0;   // counts edits: a run of an older canvas is dropped
    std::unique_ptr<WorkingCopy> workingCopy_;
    std::unique_ptr<QLockFile> fileLock_;
    QString filePath_;
    QString readOnlyReason_;
    QString workingCopyError_;
    // Modified although the undo stack is clean: recovered edits, or a
    // version renamed or deleted.
    bool unsavedOutsideUndo_ = false;
    DocumentRecords records_;
    Canvas lastLoaded_;
    // The canvas is still as loaded or saved: lastLoaded_ is copied from it
    // only when idle or before the next edit (a copy of 10,000 notes would
    // delay the first paint and every save).
    bool loadedIsCanvas_ = false;
    void keepLoadedState();
    Stamp stamp_;              // of the file as last loaded or saved (or as seen and ignored)
    QFileSystemWatcher* watcher_ = nullptr;
    QStringList mergedCopies_;  // conflict copies already merged in this session
};

}  // namespace mizan::ui
