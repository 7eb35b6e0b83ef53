// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A failing disk for tests: an SQLite VFS that wraps the default one and
// becomes the default, plus the file helpers' seam (core/storage/file_util.h)
// for the rename and folder flush of an atomic save. Every I/O call is
// counted (open, read, write, sync, truncate, lock, and the seam's calls);
// armed at N, the Nth call fails with EIO (ENOSPC for writes, when asked).
//
// Power loss: armed for a crash at the Nth sync, every write since each
// file's last sync is thrown away at that moment (the bytes go back to what
// they were, the file to its synced size), or, with partial writes, the
// pages of those writes land in order up to a point and the rest is lost;
// then every later call fails, as if the machine were off. The files left
// are what the disk would hold after the power came back.

#include <cstdint>
#include <string>

namespace mizan::test {

class FaultyDisk {
public:
    enum class Fault { Once, FromThenOn, PowerLoss, PowerLossPartial };

    // Installs the VFS (once per process) and returns the disk.
    static FaultyDisk& install();

    // Counts calls from now on; the Nth fails as fault says (0: none does).
    void arm(int n, Fault fault = Fault::Once, bool diskFull = false);
    void disarm();
    int calls() const;
    bool fired() const;
};

}  // namespace mizan::test
