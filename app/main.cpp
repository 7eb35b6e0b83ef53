// SPDX-License-Identifier: GPL-3.0-or-later
// mizan: the command line, and the entry to the editor.

#include "app/commands.h"

#include <malloc.h>

int main(int argc, char** argv)
{
    // Large blocks (a big canvas's note arrays) come from the heap and stay
    // there when freed, instead of fresh mapped pages faulted in each time:
    // 20% of a 10,000-note check (docs/performance.md).
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
    return mizan::app::run(argc, argv);
}
