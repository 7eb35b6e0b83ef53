// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/faulty_disk.h"

#include "core/storage/file_util.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace mizan::test {

namespace {

using Fault = FaultyDisk::Fault;

// What a power cut would take back: each write since the file's last sync,
// with the bytes it replaced, and the file's size at that sync.
struct Unsynced {
    struct Write {
        std::int64_t offset;
        std::string before;
    };
    std::vector<Write> writes;
    std::int64_t syncedSize = 0;
};

struct State {
    std::mutex lock;
    sqlite3_vfs* real = nullptr;
    int armedAt = 0;
    Fault fault = Fault::Once;
    bool diskFull = false;
    int calls = 0;
    bool fired = false;
    bool off = false;   // after a power cut: every call fails
    std::map<std::string, Unsynced> unsynced;
} state;

std::int64_t sizeOf(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    const auto size = ::lseek(fd, 0, SEEK_END);
    ::close(fd);
    return size < 0 ? 0 : size;
}

std::string bytesAt(const std::string& path, std::int64_t offset, std::int64_t n)
{
    std::string out;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return out;
    out.resize(static_cast<std::size_t>(n));
    const auto got = ::pread(fd, out.data(), static_cast<std::size_t>(n), offset);
    out.resize(got < 0 ? 0 : static_cast<std::size_t>(got));
    ::close(fd);
    return out;
}

// The power goes: unsynced writes are undone, newest first (with partial
// writes, the older half of them is kept, as if those pages had landed).
void powerCut()
{
    for (auto& [path, u] : state.unsynced) {
        std::size_t keep = state.fault == Fault::PowerLossPartial ? u.writes.size() / 2 : 0;
        const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        for (std::size_t i = u.writes.size(); i-- > keep;) {
            const auto& w = u.writes[i];
            if (!w.before.empty() && ::pwrite(fd, w.before.data(), w.before.size(), w.offset) < 0)
                break;
        }
        if (keep == 0 && ::ftruncate(fd, u.syncedSize) != 0) {
        }
        ::close(fd);
    }
    state.unsynced.clear();
    state.off = true;
}

// Counts a call; true when it must fail. A sync may be the crash point.
bool failCall(bool isSync)
{
    std::lock_guard guard(state.lock);
    if (state.off)
        return true;
    if (state.armedAt <= 0)
        return false;
    const bool powerLoss = state.fault == Fault::PowerLoss || state.fault == Fault::PowerLossPartial;
    if (powerLoss && !isSync)
        return false;
    ++state.calls;
    if (state.calls == state.armedAt || (state.fault == Fault::FromThenOn && state.calls > state.armedAt)) {
        state.fired = true;
        if (powerLoss)
            powerCut();
        return true;
    }
    return false;
}

void recordWrite(const std::string& path, std::int64_t offset, std::int64_t n)
{
    if (path.empty())
        return;
    std::lock_guard guard(state.lock);
    if (state.fault != Fault::PowerLoss && state.fault != Fault::PowerLossPartial)
        return;
    auto [it, added] = state.unsynced.try_emplace(path);
    if (added)
        it->second.syncedSize = sizeOf(path);
    it->second.writes.push_back({offset, bytesAt(path, offset, n)});
}

void recordSync(const std::string& path)
{
    std::lock_guard guard(state.lock);
    state.unsynced.erase(path);
}

struct File {
    sqlite3_file base;
    const char* path;    // SQLite keeps the name until xClose ("" for temporary files)
    sqlite3_file* real;  // follows this struct in the same allocation
};

sqlite3_file* realOf(sqlite3_file* f)
{
    return reinterpret_cast<File*>(f)->real;
}

int xClose(sqlite3_file* f)
{
    auto* file = reinterpret_cast<File*>(f);
    return file->real->pMethods ? file->real->pMethods->xClose(file->real) : SQLITE_OK;
}
int xRead(sqlite3_file* f, void* buf, int n, sqlite3_int64 off)
{
    if (failCall(false))
        return SQLITE_IOERR_READ;
    return realOf(f)->pMethods->xRead(realOf(f), buf, n, off);
}
int xWrite(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off)
{
    if (failCall(false))
        return state.diskFull ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    recordWrite(reinterpret_cast<File*>(f)->path, off, n);
    return realOf(f)->pMethods->xWrite(realOf(f), buf, n, off);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (failCall(false))
        return SQLITE_IOERR_TRUNCATE;
    const std::string path = reinterpret_cast<File*>(f)->path;
    const auto now = sizeOf(path);
    if (size < now)
        recordWrite(path, size, now - size);
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int xSync(sqlite3_file* f, int flags)
{
    if (failCall(true))
        return SQLITE_IOERR_FSYNC;
    const int rc = realOf(f)->pMethods->xSync(realOf(f), flags);
    if (rc == SQLITE_OK)
        recordSync(reinterpret_cast<File*>(f)->path);
    return rc;
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int xLock(sqlite3_file* f, int level)
{
    if (failCall(false))
        return SQLITE_IOERR_LOCK;
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int xUnlock(sqlite3_file* f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    if (failCall(false))
        return SQLITE_IOERR_SHMMAP;
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 off, int n, void** out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), off, n, out);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 off, void* p)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), off, p);
}

const sqlite3_io_methods kMethods = {3,          xClose,      xRead,        xWrite,       xTruncate,
                                     xSync,      xFileSize,   xLock,        xUnlock,      xCheckReservedLock,
                                     xFileControl, xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock,
                                     xShmBarrier, xShmUnmap,  xFetch,       xUnfetch};

int xOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* f, int flags, int* outFlags)
{
    auto* file = reinterpret_cast<File*>(f);
    file->base.pMethods = nullptr;
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    file->real->pMethods = nullptr;
    if (failCall(false))
        return SQLITE_CANTOPEN;
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    const int rc = real->xOpen(real, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    file->path = name ? name : "";
    file->base.pMethods = &kMethods;
    return SQLITE_OK;
}
int xDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    if (failCall(false))
        return SQLITE_IOERR_DELETE;
    recordSync(name);
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xDelete(real, name, syncDir);
}
int xAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out)
{
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xAccess(real, name, flags, out);
}
int xFullPathname(sqlite3_vfs* vfs, const char* name, int n, char* out)
{
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xFullPathname(real, name, n, out);
}

// The file helpers' calls: "fsync", "fsync-folder" and "rename" are sync
// points (a power cut may come at any of them).
int seam(std::string_view call)
{
    const bool isSync = call == "fsync" || call == "fsync-folder" || call == "rename";
    if (!failCall(isSync))
        return 0;
    return call == "write" && state.diskFull ? ENOSPC : EIO;
}

}  // namespace

FaultyDisk& FaultyDisk::install()
{
    static FaultyDisk disk;
    static sqlite3_vfs vfs = [] {
        sqlite3_initialize();
        sqlite3_vfs* real = sqlite3_vfs_find(nullptr);
        state.real = real;
        sqlite3_vfs v = *real;
        v.szOsFile = static_cast<int>(sizeof(File)) + real->szOsFile;
        v.zName = "mizan-faulty-disk";
        v.pAppData = real;
        v.pNext = nullptr;
        v.xOpen = xOpen;
        v.xDelete = xDelete;
        v.xAccess = xAccess;
        v.xFullPathname = xFullPathname;
        return v;
    }();
    static const bool registered = [] {
        sqlite3_vfs_register(&vfs, 1);
        faults::setHook(seam);
        return true;
    }();
    (void)registered;
    return disk;
}

void FaultyDisk::arm(int n, Fault fault, bool diskFull)
{
    std::lock_guard guard(state.lock);
    state.armedAt = n;
    state.fault = fault;
    state.diskFull = diskFull;
    state.calls = 0;
    state.fired = false;
    state.off = false;
    state.unsynced.clear();
}

void FaultyDisk::disarm()
{
    std::lock_guard guard(state.lock);
    state.armedAt = 0;
    state.off = false;
    state.unsynced.clear();
}

int FaultyDisk::calls() const
{
    return state.calls;
}

bool FaultyDisk::fired() const
{
    return state.fired;
}

}  // namespace mizan::test
