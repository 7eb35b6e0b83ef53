#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs each fuzz target for SECONDS (default 60) on its seeds: the import
# fixtures, the examples and the corpus canvases for the importers, the
# lexicons and the notes of the corpus for the suggestion reader. A crash
# leaves its input in build/fuzz/findings/ and exits non-zero.
#   tests/fuzz/run.sh [SECONDS]   (after: cmake --preset fuzz && cmake --build --preset fuzz)
set -eu
seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build/fuzz"
work="$build/fuzz-work"
mkdir -p "$work/import" "$work/suggest" "$build/findings"

# Seeds: an importer's input is a byte choosing the extension, then the file.
i=0
for f in $(find "$root/tests/fixtures/import" "$root/resources/examples" -type f ! -name README.md); do
  i=$((i + 1))
  { printf "\\$(printf %o $((i % 7)))"; cat "$f"; } > "$work/import/seed-$i"
done
# A suggestion input is a byte choosing the language, then notes split by NUL.
i=0
for lex in "$root"/resources/lexicon/*.lex; do
  i=$((i + 1))
  { printf "\\$(printf %o $i)"; grep -v '^[#@[]' "$lex" | head -400 | tr '\n' '\0'; } > "$work/suggest/seed-$i"
done

status=0
for target in fuzz_import fuzz_suggest; do
  corpus="$work/${target#fuzz_}"
  echo "== $target for ${seconds}s"
  "$build/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$build/findings/$target-" -print_final_stats=1 2>&1 | tail -n 12 || status=1
done
exit $status
