#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs fuzz targets (all, or one) for SECONDS each (default 60), starting
# from their checked-in seeds (tests/fuzz/corpus/NAME) and what earlier runs
# on this machine found (build/fuzz/fuzz-work/NAME), with the format's
# dictionary. A crash, a sanitizer report, a leak or an input slower than a
# second leaves its input in build/fuzz/findings/ and makes the run fail:
# add that input to tests/fuzz/regressions/NAME once it is fixed.
#   tests/fuzz/run.sh [TARGET|all] [SECONDS]
#   (after: cmake --preset fuzz && cmake --build --preset fuzz)
# TARGET: import, suggest, mizan_open, paste.
set -eu
which=${1:-all}
seconds=${2:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build/fuzz"
case "$which" in
  all) targets="import suggest mizan_open paste history" ;;
  import|suggest|mizan_open|paste|history) targets=$which ;;
  *) echo "run.sh: unknown target $which (import, suggest, mizan_open, paste, history or all)" >&2; exit 2 ;;
esac
mkdir -p "$build/findings"
# An input slower than a second is a finding; short runs (CI, a busy
# machine) allow three before calling it one.
timeout=1
[ "$seconds" -lt 120 ] && timeout=3

status=0
for name in $targets; do
  work="$build/fuzz-work/$name"
  mkdir -p "$work"
  regressions="$root/tests/fuzz/regressions/$name"
  [ -d "$regressions" ] || regressions=""
  max_len=65536
  [ "$name" = mizan_open ] && max_len=262144
  echo "== fuzz_$name for ${seconds}s"
  # The checked-in seeds and regressions are read, never written: new inputs go to $work.
  "$build/tests/fuzz/fuzz_$name" "$work" "$root/tests/fuzz/corpus/$name" $regressions \
      -dict="$root/tests/fuzz/mizan.dict" -max_total_time="$seconds" -timeout=$timeout -rss_limit_mb=2048 \
      -max_len=$max_len -detect_leaks=1 -artifact_prefix="$build/findings/$name-" -print_final_stats=1 \
      > "$build/findings/$name.log" 2>&1 || status=1
  grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *DONE)|cov:|ERROR|SUMMARY" \
      "$build/findings/$name.log" | tail -n 4
done
exit $status
