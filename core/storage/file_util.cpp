// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/file_util.h"

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace mizan {

namespace {

std::string folderOf(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

faults::Hook faultHook = nullptr;

// An injected failure of call (tests), else 0.
int injected(std::string_view call)
{
    return faultHook ? faultHook(call) : 0;
}

// Flushes the folder's entries, so a rename in it survives a power cut.
int syncFolder(const std::string& path)
{
    if (const int err = injected("fsync-folder"))
        return err;
    const int fd = ::open(folderOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return 0;  // a folder that cannot be opened for reading cannot be flushed either
    const int err = ::fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
    ::close(fd);
    return err;
}

}  // namespace

void faults::setHook(Hook hook)
{
    faultHook = hook;
}

std::string fileName(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool fileExists(const std::string& path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

Error writeError(const std::string& path, int err, std::string_view detail)
{
    std::string text;
    switch (err) {
    case ENOSPC:
    case EDQUOT: text = "The disk is full. Free some space or save somewhere else."; break;
    case EACCES:
    case EPERM: text = "You do not have permission to write in " + folderOf(path) + "."; break;
    case EROFS: text = "The folder " + folderOf(path) + " is on a read-only disk."; break;
    case ENOENT: text = "The folder " + folderOf(path) + " does not exist."; break;
    case EISDIR: text = path + " is a folder."; break;
    default: text = std::strerror(err); break;
    }
    Error e{ErrorCode::WriteFailed, "Could not save " + fileName(path), text, {std::strerror(err)}};
    if (!detail.empty())
        e.trail.emplace_back(detail);
    return e;
}

namespace {

Error openError(const std::string& path, int err)
{
    if (err == ENOENT)
        return Error{ErrorCode::FileNotFound, "File not found", path + " does not exist.", {std::strerror(err)}};
    if (err == EACCES || err == EPERM)
        return Error{ErrorCode::PermissionDenied, "Cannot read file", "You do not have permission to read " + path + ".",
                     {std::strerror(err)}};
    return Error{ErrorCode::FileNotFound, "Cannot read file", path + ": " + std::strerror(err), {}};
}

std::string readUpTo(int fd, std::size_t n)
{
    std::string data(n, '\0');
    std::size_t got = 0;
    while (got < n) {
        const auto r = ::read(fd, data.data() + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += static_cast<std::size_t>(r);
    }
    data.resize(got);
    return data;
}

}  // namespace

Result<std::string> readFilePrefix(const std::string& path, std::size_t n)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return openError(path, errno);
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error{ErrorCode::NotACanvas, "Cannot read file", path + " is not a regular file.", {}};
    }
    std::string data = readUpTo(fd, n);
    ::close(fd);
    return data;
}

bool syncFile(const std::string& path)
{
    if (injected("fsync"))
        return false;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Result<std::string> readFile(const std::string& path, std::size_t maxBytes)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return openError(path, errno);
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error{ErrorCode::NotACanvas, "Cannot read file", path + " is not a regular file.", {}};
    }
    if (static_cast<std::size_t>(st.st_size) > maxBytes) {
        ::close(fd);
        return Error{ErrorCode::TooLarge, "File too large",
                     path + " is " + std::to_string(st.st_size / (1024 * 1024)) + " MiB; the limit is "
                         + std::to_string(maxBytes / (1024 * 1024)) + " MiB.",
                     {}};
    }
    std::string data = readUpTo(fd, static_cast<std::size_t>(st.st_size));
    ::close(fd);
    return data;
}

std::string siblingTempPath(const std::string& target, std::string_view purpose)
{
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    for (;;) {
        const std::string candidate = folderOf(target) + "/." + fileName(target) + "." + std::string(purpose) + "-"
            + std::to_string(::getpid()) + "-" + std::to_string(rng() % 1000000);
        if (!fileExists(candidate))
            return candidate;
    }
}

namespace {

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether a leftover's name (after ".NAME.") is one of ours, and whose:
// "saving-PID-N" or "probe-PID-N", maybe with a SQLite suffix; pid 0 for
// the older "saving-N".
bool parseLeftover(std::string_view rest, long* pid)
{
    for (std::string_view suffix : {"-journal", "-wal", "-shm"})
        if (rest.ends_with(suffix))
            rest.remove_suffix(suffix.size());
    std::string_view body;
    for (std::string_view purpose : {"saving-", "probe-"})
        if (rest.starts_with(purpose))
            body = rest.substr(purpose.size());
    const auto dash = body.find('-');
    if (dash == std::string_view::npos) {
        *pid = 0;
        return allDigits(body);
    }
    if (!allDigits(body.substr(0, dash)) || !allDigits(body.substr(dash + 1)) || dash > 9)
        return false;
    *pid = std::stol(std::string(body.substr(0, dash)));
    return true;
}

bool processRuns(long pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

}  // namespace

int removeLeftoversOf(const std::string& target)
{
    const std::string folder = folderOf(target);
    const std::string prefix = "." + fileName(target) + ".";
    DIR* dir = ::opendir(folder.c_str());
    if (!dir)
        return 0;
    int removed = 0;
    const auto now = std::time(nullptr);
    while (const dirent* entry = ::readdir(dir)) {
        const std::string_view name(entry->d_name);
        long pid = 0;
        // Any document's leftovers in the folder whose writer is gone (a
        // first Save As killed half-way leaves no document to open); the
        // older names, without a pid, only for this document.
        std::string_view rest;
        if (name.starts_with(prefix))
            rest = name.substr(prefix.size());
        else if (name.size() > 1 && name[0] == '.')
            for (std::string_view mark : {".saving-", ".probe-"})
                if (const auto at = name.rfind(mark); at != std::string_view::npos && at > 1)
                    rest = name.substr(at + 1);
        if (rest.empty() || !parseLeftover(rest, &pid) || (pid == 0 && !name.starts_with(prefix)))
            continue;
        const std::string path = folder + "/" + std::string(name);
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        const bool dead = pid ? !processRuns(pid) : now - st.st_mtime > 600;
        if (dead && ::unlink(path.c_str()) == 0)
            ++removed;
    }
    ::closedir(dir);
    return removed;
}

Status checkWritableFolder(const std::string& path)
{
    const std::string probe = siblingTempPath(path, "probe");
    const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return writeError(path, errno);
    ::close(fd);
    ::unlink(probe.c_str());
    return success();
}

Status replaceFile(const std::string& from, const std::string& to)
{
    struct stat st {};
    if (::stat(to.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        return writeError(to, EISDIR);
    if (const int err = injected("rename"); err || ::rename(from.c_str(), to.c_str()) != 0) {
        const int e = err ? err : errno;
        ::unlink(from.c_str());
        return writeError(to, e, "rename");
    }
    // Renamed, but not yet on the disk for sure: say so rather than claim
    // a save a power cut could undo.
    if (const int err = syncFolder(to))
        return writeError(to, err, "fsync of the folder");
    return success();
}

Status writeFileAtomically(const std::string& path, std::string_view bytes)
{
    removeLeftoversOf(path);
    const std::string tmp = siblingTempPath(path, "saving");
    if (const int err = injected("open"))
        return writeError(path, err);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return writeError(path, errno);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const int err = injected("write");
        if (err)
            errno = err;
        const auto n = err ? -1 : ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            return writeError(path, err);
        }
        done += static_cast<std::size_t>(n);
    }
    const int injectedSync = injected("fsync");
    const int syncErr = injectedSync ? injectedSync : ::fsync(fd) == 0 ? 0 : errno;
    const int closeErr = ::close(fd) == 0 ? 0 : errno;
    if (syncErr || closeErr) {
        ::unlink(tmp.c_str());
        return writeError(path, syncErr ? syncErr : closeErr);
    }
    return replaceFile(tmp, path);
}

}  // namespace mizan
