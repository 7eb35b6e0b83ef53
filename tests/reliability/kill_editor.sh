#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Kills an editing Mizan with SIGKILL at random moments, RUNS times (default
# 1,000), while it edits, saves, saves under new names and exports; after
# each kill: the working copy recovers every acknowledged edit (or a saved
# document holds them all), every saved document opens, the export reads,
# and no temporary file is left once the folder is written again. Not run
# by CI (ctest runs the same test 40 times).
#   tests/reliability/kill_editor.sh [RUNS]    (after: cmake --build --preset default)
set -eu
runs=${1:-1000}
root=$(cd "$(dirname "$0")/../.." && pwd)
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
MIZAN_CRASH_RUNS=$runs "$root/build/default/tests/ui/mizan_crash_tests" -maxwarnings 0 2>&1 | grep -E "QINFO|FAIL|Totals"
