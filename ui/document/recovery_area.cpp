// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/recovery_area.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace mizan::ui {

namespace {

QString descriptionPath(const QString& dir, const QString& id)
{
    return dir + "/" + id + ".ini";
}

QString lockPath(const QString& dir, const QString& id)
{
    return dir + "/" + id + ".lock";
}

QString copyPath(const QString& dir, const QString& id)
{
    return dir + "/" + id + ".mizan";
}

std::unique_ptr<QLockFile> tryLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);  // a lock lives as long as its process
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

void removeCopyFiles(const QString& dir, const QString& id)
{
    for (const char* suffix : {".mizan", ".mizan-wal", ".mizan-shm", ".mizan-journal", ".ini"})
        QFile::remove(dir + "/" + id + QLatin1String(suffix));
}

}  // namespace

WorkingCopy::~WorkingCopy() = default;

QString WorkingCopy::path() const
{
    return copyPath(dir_, id_);
}

void WorkingCopy::setDirty(bool dirty)
{
    if (dirty_ == dirty)
        return;
    dirty_ = dirty;
    writeDescription();
}

void WorkingCopy::setSourcePath(const QString& path)
{
    sourcePath_ = path;
    writeDescription();
}

void WorkingCopy::writeDescription()
{
    QSettings d(descriptionPath(dir_, id_), QSettings::IniFormat);
    d.setValue("source", sourcePath_);
    d.setValue("title", title_);
    d.setValue("dirty", dirty_);
    d.setValue("modified", QDateTime::currentDateTimeUtc());
    d.sync();  // before the edit it announces is written
}

void WorkingCopy::remove()
{
    store_.reset();
    removeCopyFiles(dir_, id_);
    if (lock_)
        lock_->unlock();
    lock_.reset();
    QFile::remove(lockPath(dir_, id_));
}

RecoveryArea::RecoveryArea(QString dir) : dir_(std::move(dir))
{
    QDir().mkpath(dir_);
    QDir().mkpath(dir_ + "/documents");
}

QString RecoveryArea::defaultDir()
{
    const QByteArray env = qgetenv("MIZAN_RECOVERY_DIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + "/recovery";
}

Result<std::unique_ptr<WorkingCopy>> RecoveryArea::create(const Canvas& canvas, const QString& sourcePath,
                                                         const DocumentRecords* records)
{
    std::unique_ptr<WorkingCopy> wc(new WorkingCopy);
    wc->dir_ = dir_;
    wc->id_ = QUuid::createUuid().toString(QUuid::WithoutBraces);
    wc->sourcePath_ = sourcePath;
    wc->title_ = QString::fromStdString(canvas.info.title);
    wc->lock_ = tryLock(lockPath(dir_, wc->id_));
    if (!wc->lock_)
        return Error{ErrorCode::WriteFailed, "Cannot keep a working copy",
                     "The recovery folder " + dir_.toStdString() + " cannot be written.", {}};
    wc->writeDescription();
    auto store = CanvasStore::create(wc->path().toStdString(), canvas, records);
    if (!store) {
        removeCopyFiles(dir_, wc->id_);
        return store.error();
    }
    wc->store_ = std::move(store.value());
    if (auto wal = wc->store_->useWriteAheadLog(); !wal)
        return wal.error();
    return wc;
}

std::vector<RecoverableCopy> RecoveryArea::recoverable() const
{
    std::vector<RecoverableCopy> out;
    const QStringList descriptions = QDir(dir_).entryList({"*.ini"}, QDir::Files, QDir::Time);
    for (const QString& file : descriptions) {
        const QString id = QFileInfo(file).completeBaseName();
        auto lock = tryLock(lockPath(dir_, id));
        if (!lock)
            continue;  // an open document's copy
        QSettings d(descriptionPath(dir_, id), QSettings::IniFormat);
        if (!d.value("dirty").toBool() || !QFile::exists(copyPath(dir_, id)))
            continue;
        out.push_back({id, d.value("source").toString(), d.value("title").toString(),
                       d.value("modified").toDateTime()});
    }
    return out;
}

Result<std::unique_ptr<WorkingCopy>> RecoveryArea::adopt(const RecoverableCopy& copy, Canvas* canvas,
                                                        DocumentRecords* records)
{
    std::unique_ptr<WorkingCopy> wc(new WorkingCopy);
    wc->dir_ = dir_;
    wc->id_ = copy.id;
    wc->sourcePath_ = copy.sourcePath;
    wc->title_ = copy.title;
    wc->dirty_ = true;
    wc->lock_ = tryLock(lockPath(dir_, copy.id));
    if (!wc->lock_)
        return Error{ErrorCode::Busy, "Already being recovered", "Another Mizan is recovering this canvas.", {}};
    // A copy left by an older Mizan is brought to the current schema first
    // (it is ours: the backup the upgrade keeps is not needed).
    auto upgraded = upgradeCanvasFile(wc->path().toStdString());
    if (!upgraded)
        return upgraded.error();
    if (!upgraded->backupPath.empty())
        QFile::remove(QString::fromStdString(upgraded->backupPath));
    auto store = CanvasStore::open(wc->path().toStdString());
    if (!store)
        return store.error();
    auto read = store.value()->read();
    if (!read)
        return read.error();
    *canvas = std::move(read.value());
    if (records) {
        auto held = store.value()->readRecords();
        if (!held)
            return held.error();
        *records = std::move(held.value());
    }
    wc->store_ = std::move(store.value());
    if (auto wal = wc->store_->useWriteAheadLog(); !wal)
        return wal.error();
    return wc;
}

void RecoveryArea::discard(const RecoverableCopy& copy)
{
    auto lock = tryLock(lockPath(dir_, copy.id));
    if (!lock)
        return;
    removeCopyFiles(dir_, copy.id);
    lock->unlock();
    QFile::remove(lockPath(dir_, copy.id));
}

void RecoveryArea::removeStale()
{
    const QStringList descriptions = QDir(dir_).entryList({"*.ini"}, QDir::Files);
    for (const QString& file : descriptions) {
        const QString id = QFileInfo(file).completeBaseName();
        auto lock = tryLock(lockPath(dir_, id));
        if (!lock)
            continue;
        QSettings d(descriptionPath(dir_, id), QSettings::IniFormat);
        if (!d.value("dirty").toBool()) {
            removeCopyFiles(dir_, id);
            lock->unlock();
            QFile::remove(lockPath(dir_, id));
        }
    }
}

std::unique_ptr<QLockFile> RecoveryArea::lockDocument(const QString& path, QString* holder) const
{
    const QString canonical = QFileInfo(path).canonicalFilePath().isEmpty() ? QFileInfo(path).absoluteFilePath()
                                                                            : QFileInfo(path).canonicalFilePath();
    const QString key = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    auto lock = std::make_unique<QLockFile>(dir_ + "/documents/" + key + ".lock");
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, app;
    if (holder && lock->getLockInfo(&pid, &host, &app))
        *holder = QStringLiteral("%1 (process %2)").arg(app).arg(pid);
    return nullptr;
}

}  // namespace mizan::ui
