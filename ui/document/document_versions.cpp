// SPDX-License-Identifier: GPL-3.0-or-later
// The document's history, its merge conflicts, and the file changed on disk
// by another program (document.h).
#include "ui/document/document.h"
#include "ui/document/edit_command.h"

#include "core/formats/json_format.h"
#include "core/model/canvas_validation.h"
#include "core/model/timestamp.h"
#include "core/storage/file_util.h"
#include "core/versions/canvas_merge.h"
#include "ui/error_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QUndoStack>

#include <algorithm>
#include <utility>
#include <sys/stat.h>

namespace mizan::ui {

namespace {

// Whether two versions are the same one (taken on the same machine, kept
// in both copies of a file).
bool sameVersion(const Version& a, const Version& b)
{
    return a.id == b.id && a.created == b.created && a.name == b.name && a.noteCount == b.noteCount;
}

}  // namespace

bool Document::keepsHistory() const
{
    return !filePath_.isEmpty() && !isJsonPath(filePath_) && workingCopy_;
}

bool Document::canEditHistory(QString* error) const
{
    if (!keepsHistory()) {
        *error = QCoreApplication::translate("Document", "Versions are kept inside .mizan documents. Save this canvas as a .mizan document first.");
        return false;
    }
    if (isReadOnly()) {
        *error = readOnlyReason_;
        return false;
    }
    return true;
}

bool Document::saveVersion(const QString& name, QString* error)
{
    if (!canEditHistory(error))
        return false;
    auto added = records_.history.add(canvas_, name.trimmed().toStdString(), nowMs());
    if (!added) {
        *error = describeError(added.error(), displayName());
        return false;
    }
    if (auto st = workingCopy_->store().writeVersion(added.value()); !st) {
        *error = describeError(st.error(), displayName());
        return false;
    }
    emit historyChanged();
    return save(error);
}

bool Document::renameVersion(std::int64_t id, const QString& name, QString* error)
{
    if (!canEditHistory(error))
        return false;
    const Version* v = records_.history.find(id);
    if (v && v->name == name.trimmed().toStdString())
        return true;
    CanvasHistory history = records_.history;
    if (auto st = history.rename(id, name.trimmed().toStdString()); !st) {
        *error = describeError(st.error(), displayName());
        return false;
    }
    return replaceHistory(std::move(history), error);
}

bool Document::deleteVersions(const std::vector<std::int64_t>& ids, QString* error)
{
    if (!canEditHistory(error))
        return false;
    // All or nothing: a version that cannot be read stops the deletion.
    CanvasHistory history = records_.history;
    for (std::int64_t id : ids)
        if (auto removed = history.remove(id); !removed) {
            *error = describeError(removed.error(), displayName());
            return false;
        }
    return replaceHistory(std::move(history), error);
}

bool Document::replaceHistory(CanvasHistory history, QString* error)
{
    std::swap(records_.history, history);
    if (workingCopy_) {
        workingCopy_->setDirty(true);
        if (auto st = workingCopy_->store().writeRecords(records_); !st) {
            std::swap(records_.history, history);
            *error = describeError(st.error(), displayName());
            return false;
        }
    }
    const bool was = isModified();
    unsavedOutsideUndo_ = true;
    if (!was)
        emit modifiedChanged(true);
    emit historyChanged();
    return true;
}

Result<Canvas> Document::versionCanvas(std::int64_t id) const
{
    return records_.history.canvasOf(id);
}

bool Document::restoreVersion(std::int64_t id, QString* error)
{
    auto held = records_.history.canvasOf(id);
    if (!held) {
        *error = describeError(held.error(), displayName());
        return false;
    }
    Canvas target = std::move(held.value());
    target.info.created = canvas_.info.created;
    target.info.modified = canvas_.info.modified;
    const Version* v = records_.history.find(id);
    const QString name = v && !v->automatic() ? QString::fromStdString(v->name)
                                              : QDateTime::fromMSecsSinceEpoch(v ? v->created : 0).toString(Qt::ISODate);
    apply(edits::replaceCanvas(canvas_, target), QCoreApplication::translate("Document", "Restore version “%1”").arg(name));
    return true;
}

// ---------------------------------------------------------------- conflicts

bool Document::canKeepTheirs(const MergeConflict& c) const
{
    if (c.note.empty())
        return c.field == "title" || c.field == "description" || c.field == "language" || c.field == "currency";
    return c.field != "note" && c.field != "added" && canvas_.contains(c.note);
}

bool Document::resolveConflict(std::size_t index, Resolution how, QString* error)
{
    if (index >= records_.conflicts.size() || isReadOnly())
        return false;
    const MergeConflict c = records_.conflicts[index];
    CanvasEdit edit;
    if (how == Resolution::KeepTheirs && !canKeepTheirs(c)) {
        *error = QCoreApplication::translate("Document", "Theirs is not known in full for this conflict: edit the note by hand instead.");
        return false;
    }
    if (c.note.empty()) {
        if (how == Resolution::KeepTheirs) {
            CanvasInfo info = canvas_.info;
            std::string* field = c.field == "title" ? &info.title
                : c.field == "description"         ? &info.description
                : c.field == "language"            ? &info.language
                                                   : &info.currency;
            *field = c.theirs;
            edit = edits::changeInfo(canvas_, info);
        }
    } else if (const auto loc = canvas_.locate(c.note)) {
        const bool oursDeleted = c.field == "deleted" && c.ours.empty();
        const bool theirsDeleted = c.field == "deleted" && c.theirs.empty();
        if ((how == Resolution::KeepMine && oursDeleted) || (how == Resolution::KeepTheirs && theirsDeleted)) {
            edit = edits::removeNotes(canvas_, {c.note});
        } else if (how == Resolution::KeepTheirs && c.field == "block") {
            const auto block = fromKey<BlockId>(c.theirs);
            if (block)
                edit = edits::moveNotes(canvas_, {c.note}, *block, canvas_.notes(*block).size());
        } else if (how == Resolution::KeepTheirs && c.field != "deleted") {
            auto note = withTheirs(canvas_.notes(loc->block)[loc->index], loc->block, c);
            if (!note) {
                *error = describeError(note.error(), displayName());
                return false;
            }
            edit = edits::changeNotes(canvas_, {note.value()});
        }
        if (!edit.empty()) {
            // A move or a change that would leave a reference broken is refused.
            Canvas trial = canvas_;
            edit.apply(trial, true);
            if (const auto broken = firstBrokenReference(trial)) {
                *error = QCoreApplication::translate("Document", "Keeping theirs would break a reference: %1").arg(QString::fromStdString(broken->message));
                return false;
            }
        }
    }
    std::vector<MergeConflict> remaining = records_.conflicts;
    remaining.erase(remaining.begin() + static_cast<std::ptrdiff_t>(index));
    // The note's last conflict resolved: its tag goes.
    const bool more = std::any_of(remaining.begin(), remaining.end(),
                                  [&](const MergeConflict& other) { return other.note == c.note; });
    undoStack_->beginMacro(how == Resolution::KeepMine ? QCoreApplication::translate("Document", "Keep mine") : QCoreApplication::translate("Document", "Keep theirs"));
    apply(std::move(edit), {});
    if (!c.note.empty() && !more)
        if (const Note* n = canvas_.find(c.note)) {
            Note untagged = *n;
            std::erase(untagged.tags, std::string(kConflictTag));
            apply(edits::changeNotes(canvas_, {untagged}), {});
        }
    undoStack_->push(new ConflictsCommand(*this, records_.conflicts, std::move(remaining)));
    undoStack_->endMacro();
    return true;
}

void Document::setConflicts(std::vector<MergeConflict> conflicts)
{
    records_.conflicts = std::move(conflicts);
    if (workingCopy_)
        workingCopy_->store().writeConflicts(records_.conflicts);
    emit conflictsChanged();
}

// ------------------------------------------------------------- the disk

Document::Stamp Document::stampOf(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec, qint64(st.st_size), qint64(st.st_ino)};
}

void Document::watchFile()
{
    if (filePath_.isEmpty())
        return;
    if (!watcher_) {
        watcher_ = new QFileSystemWatcher(this);
        connect(watcher_, &QFileSystemWatcher::fileChanged, this, &Document::onWatched);
        connect(watcher_, &QFileSystemWatcher::directoryChanged, this, &Document::onWatched);
    }
    if (!watcher_->files().isEmpty())
        watcher_->removePaths(watcher_->files());
    if (!watcher_->directories().isEmpty())
        watcher_->removePaths(watcher_->directories());
    watcher_->addPath(filePath_);
    watcher_->addPath(QFileInfo(filePath_).absolutePath());
}

void Document::onWatched()
{
    // A file replaced by renaming is no longer watched: watch the new one.
    if (!watcher_->files().contains(filePath_) && QFileInfo::exists(filePath_))
        watcher_->addPath(filePath_);
    if (fileChangedOnDisk() || !conflictCopies().isEmpty())
        emit diskChanged();
}

bool Document::fileChangedOnDisk() const
{
    if (filePath_.isEmpty())
        return false;
    const Stamp now = stampOf(filePath_);
    return now.size >= 0 && !(now == stamp_);
}

void Document::ignoreDiskVersion()
{
    stamp_ = stampOf(filePath_);
}

bool Document::mergeIn(const Canvas* base, const Canvas& theirs, const QString& actionText, int* conflicts,
                       const std::vector<MergeConflict>& theirsConflicts)
{
    MergeResult merged = base ? mergeCanvases(*base, canvas_, theirs) : mergeWithoutBase(canvas_, theirs);
    if (conflicts)
        *conflicts = static_cast<int>(merged.conflicts.size());
    merged.canvas.info.created = canvas_.info.created;
    CanvasEdit edit = edits::replaceCanvas(canvas_, merged.canvas);
    std::vector<MergeConflict> after = theirsConflicts;
    after.insert(after.end(), records_.conflicts.begin(), records_.conflicts.end());
    after.insert(after.end(), merged.conflicts.begin(), merged.conflicts.end());
    // One undo step takes back the canvas and the conflicts listed with it.
    if (!edit.empty() || after != records_.conflicts) {
        undoStack_->beginMacro(actionText);
        apply(std::move(edit), actionText);
        undoStack_->push(new ConflictsCommand(*this, records_.conflicts, std::move(after)));
        undoStack_->endMacro();
    }
    return !merged.conflicts.empty();
}

bool Document::takeDiskVersion(QString* error, int* conflicts)
{
    if (conflicts)
        *conflicts = 0;
    const Stamp seen = stampOf(filePath_);
    DocumentRecords disk;
    Result<Canvas> loaded = readFile(filePath_, nullptr, &disk);
    if (!loaded) {
        *error = describeError(loaded.error(), displayName());
        return false;
    }
    Canvas theirs = std::move(loaded.value());
    if (!isModified()) {
        // A read-only document shows the file as it is now, too.
        const QString readOnly = std::exchange(readOnlyReason_, QString());
        apply(edits::replaceCanvas(canvas_, theirs), QCoreApplication::translate("Document", "Reload from disk"));
        readOnlyReason_ = readOnly;
        records_ = std::move(disk);
        undoStack_->setClean();
        if (workingCopy_)
            workingCopy_->setDirty(false);
    } else {
        if (isReadOnly()) {
            *error = readOnlyReason_;
            return false;
        }
        const Canvas base = lastLoaded();
        mergeIn(&base, theirs, QCoreApplication::translate("Document", "Merge the version on disk"), conflicts, disk.conflicts);
        records_.history = combinedHistory(disk.history, records_.history);
    }
    if (workingCopy_)
        workingCopy_->store().writeRecords(records_);
    lastLoaded_ = std::move(theirs);
    loadedIsCanvas_ = false;
    stamp_ = seen;
    emit historyChanged();
    emit conflictsChanged();
    return true;
}

QStringList Document::conflictCopies() const
{
    if (filePath_.isEmpty())
        return {};
    const QFileInfo file(filePath_);
    const QString stem = file.completeBaseName();
    const QString suffix = file.suffix();
    QStringList out;
    const QStringList names = QDir(file.absolutePath()).entryList({stem + "*." + suffix}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString middle = name.mid(stem.size(), name.size() - stem.size() - suffix.size() - 1);
        // Dropbox and Nextcloud: "name (… conflicted copy …)"; Syncthing: "name.sync-conflict-…".
        if (!middle.contains(QLatin1String("conflict"), Qt::CaseInsensitive))
            continue;
        const QString path = file.absoluteDir().filePath(name);
        if (!mergedCopies_.contains(path))
            out << path;
    }
    return out;
}

void Document::ignoreConflictCopy(const QString& path)
{
    mergedCopies_ << QFileInfo(path).absoluteFilePath();
}

bool Document::mergeCopy(const QString& path, QString* error, int* conflicts)
{
    if (isReadOnly()) {
        *error = readOnlyReason_;
        return false;
    }
    DocumentRecords copyRecords;
    Result<Canvas> loaded = readFile(path, nullptr, &copyRecords);
    if (!loaded) {
        *error = describeError(loaded.error(), QFileInfo(path).fileName());
        return false;
    }
    // The newest version both copies hold is their common base; with none,
    // nothing is taken as deleted.
    std::optional<Canvas> base;
    const auto& mine = records_.history.versions();
    for (auto v = mine.rbegin(); v != mine.rend() && !base; ++v)
        for (const Version& theirs : copyRecords.history.versions())
            if (sameVersion(*v, theirs))
                if (auto c = records_.history.canvasOf(v->id)) {
                    base = std::move(c.value());
                    break;
                }
    const QString action = QCoreApplication::translate("Document", "Merge %1").arg(QFileInfo(path).fileName());
    mergeIn(base ? &*base : nullptr, loaded.value(), action, conflicts);
    records_.history = combinedHistory(records_.history, copyRecords.history);
    mergedCopies_ << QFileInfo(path).absoluteFilePath();
    if (workingCopy_)
        workingCopy_->store().writeRecords(records_);
    emit historyChanged();
    emit conflictsChanged();
    return true;
}

}  // namespace mizan::ui
