// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where open documents keep their working copies: one .mizan per document,
// written on every edit, beside a small description (which file it belongs
// to, whether it holds unsaved changes) and a lock held while the document
// is open. A working copy whose lock is free and which holds unsaved
// changes belongs to a Mizan that ended without saving: it is offered for
// recovery at the next start, and kept until the user saves or discards it.
// Locks on the documents themselves ("already open elsewhere") live here too.

#include "core/model/canvas.h"
#include "core/storage/canvas_store.h"
#include "core/model/error.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>
#include <vector>

namespace mizan::ui {

class WorkingCopy {
public:
    ~WorkingCopy();
    CanvasStore& store() { return *store_; }
    const QString& id() const { return id_; }
    QString path() const;
    // Marks the copy as holding unsaved changes (before the first such edit
    // is written) or as matching the saved file.
    void setDirty(bool dirty);
    bool isDirty() const { return dirty_; }
    void setSourcePath(const QString& path);
    // Deletes the copy: the user saved and closed, or discarded it.
    void remove();

private:
    friend class RecoveryArea;
    WorkingCopy() = default;
    void writeDescription();

    QString dir_;
    QString id_;
    QString sourcePath_;
    QString title_;
    bool dirty_ = false;
    std::unique_ptr<QLockFile> lock_;
    std::unique_ptr<CanvasStore> store_;
};

struct RecoverableCopy {
    QString id;
    QString sourcePath;    // empty for a canvas never saved
    QString title;
    QDateTime modified;
};

class RecoveryArea {
public:
    // dir: the folder for working copies; created if missing.
    explicit RecoveryArea(QString dir);
    // The user's default: <AppLocalDataLocation>/recovery, or
    // $MIZAN_RECOVERY_DIR when set (tests, portable use).
    static QString defaultDir();

    const QString& dir() const { return dir_; }

    Result<std::unique_ptr<WorkingCopy>> create(const Canvas& canvas, const QString& sourcePath,
                                                const DocumentRecords* records = nullptr);
    // Working copies left by a Mizan that did not close them, with unsaved changes.
    std::vector<RecoverableCopy> recoverable() const;
    // Takes over a recoverable copy: locks it and reads its canvas.
    Result<std::unique_ptr<WorkingCopy>> adopt(const RecoverableCopy& copy, Canvas* canvas,
                                               DocumentRecords* records = nullptr);
    void discard(const RecoverableCopy& copy);
    // Clean copies left behind (saved, then the program ended): removed.
    void removeStale();

    // A lock on a document path: fails if another window or Mizan holds it.
    std::unique_ptr<QLockFile> lockDocument(const QString& path, QString* holder) const;

private:
    QString dir_;
};

}  // namespace mizan::ui
