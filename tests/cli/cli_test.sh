#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line as a user meets it: conversions of the bundled examples,
# and hostile inputs that must end with status 2, a one-line reason, and the
# input untouched.
set -u
mizan=$1
src=$2
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
failures=0
passes=0

ok() { passes=$((passes + 1)); }
# Text without the direction isolates (U+2068, U+2069) around the file's words.
plain() { sed $'s/\xe2\x81\xa8//g; s/\xe2\x81\xa9//g' "$@"; }
bad() { echo "FAIL: $*"; failures=$((failures + 1)); }

expect_status() {  # expected-status description command...
  local want=$1 what=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then
    bad "$what: exit $got, expected $want; stderr: $(cat "$tmp/err")"
    return 1
  fi
  ok
}

# --version and --help
expect_status 0 "--version" "$mizan" --version && grep -qE '^mizan [0-9]+\.[0-9]+\.[0-9]+$' "$tmp/out" || bad "--version output: $(cat "$tmp/out")"
expect_status 0 "--help" "$mizan" --help && grep -q 'mizan convert IN OUT' "$tmp/out" || bad "--help lacks convert"
expect_status 2 "unknown option" "$mizan" --frobnicate

# Every example converts json -> mizan -> json byte-identically.
shopt -s nullglob
examples=("$src"/resources/examples/*.json)
[ ${#examples[@]} -ge 3 ] || bad "expected at least three bundled examples, found ${#examples[@]}"
for ex in "${examples[@]}"; do
  name=$(basename "$ex" .json)
  before=$(sha256sum <"$ex")
  expect_status 0 "convert $name to .mizan" "$mizan" convert "$ex" "$tmp/$name.mizan" || continue
  expect_status 0 "convert $name back to .json" "$mizan" convert "$tmp/$name.mizan" "$tmp/$name.json" || continue
  cmp -s "$ex" "$tmp/$name.json" && ok || bad "$name: json -> mizan -> json is not byte-identical"
  [ "$(sha256sum <"$ex")" = "$before" ] && ok || bad "$name: the input was modified"
  [ "$(sqlite3 "$tmp/$name.mizan" 'pragma integrity_check')" = "ok" ] && ok || bad "$name: integrity_check"
  [ "$(sqlite3 "$tmp/$name.mizan" 'pragma application_id')" = "$((0x4d697a6e))" ] && ok || bad "$name: application_id"
done

# Hostile inputs: status 2, one line on stderr naming the problem, input untouched.
hostile() {  # file expected-words...
  local file=$1; shift
  local before
  before=$( { sha256sum <"$file"; } 2>/dev/null || echo missing)
  expect_status 2 "convert $(basename "$file")" "$mizan" convert "$file" "$tmp/out.json" || return
  [ "$(wc -l <"$tmp/err")" -eq 1 ] && ok || bad "$(basename "$file"): expected one line on stderr, got: $(cat "$tmp/err")"
  for word in "$@"; do
    plain "$tmp/err" | grep -qiF -- "$word" && ok || bad "$(basename "$file"): stderr lacks '$word': $(cat "$tmp/err")"
  done
  [ "$( { sha256sum <"$file"; } 2>/dev/null || echo missing)" = "$before" ] && ok || bad "$(basename "$file") was modified"
  [ ! -e "$tmp/out.json" ] && ok || bad "$(basename "$file"): a partial output was left"
}

hostile "$tmp/missing.mizan" "does not exist"
{ printf "\x89"; head -c 5000 /dev/urandom; } >"$tmp/random.mizan"; hostile "$tmp/random.mizan" "not an SQLite database"
sqlite3 "$tmp/foreign.mizan" 'create table t(x); insert into t values (1);'; hostile "$tmp/foreign.mizan" "another application"
if [ -f "$tmp/${name:-x}.mizan" ]; then
  head -c 3000 "$tmp/$name.mizan" >"$tmp/truncated.mizan"; hostile "$tmp/truncated.mizan" "damaged"
  cp "$tmp/$name.mizan" "$tmp/newer.mizan"; sqlite3 "$tmp/newer.mizan" 'pragma user_version = 42'
  # A newer file is read (for conversion) but reported; it stays untouched.
  before=$(sha256sum <"$tmp/newer.mizan")
  expect_status 0 "summary of a newer file" "$mizan" summary "$tmp/newer.mizan" && grep -q "newer Mizan" "$tmp/out" || bad "newer file: no read-only notice"
  [ "$(sha256sum <"$tmp/newer.mizan")" = "$before" ] && ok || bad "newer file was modified"
  # Converting it could drop what the newer version added: refused.
  hostile "$tmp/newer.mizan" "newer Mizan"
fi
printf '{"format": "mizan-canvas", "version": 1,,}' >"$tmp/malformed.json"; hostile "$tmp/malformed.json" "line 1"
printf '{"format": "mizan-canvas", "version": 99}' >"$tmp/newer.json"; hostile "$tmp/newer.json" "newer Mizan" "version 99"
printf '{"type": "FeatureCollection"}' >"$tmp/foreign.json"; hostile "$tmp/foreign.json" "not a Mizan canvas"
{ printf '[%.0s' {1..5000}; printf ']%.0s' {1..5000}; } >"$tmp/deep.json"; hostile "$tmp/deep.json" "nested too deeply"
printf '{"format": "mizan-canvas", "version": 1, "canvas": {"x": NaN}}' >"$tmp/nan.json"; hostile "$tmp/nan.json" "NaN"
head -c $((65 * 1024 * 1024)) /dev/zero | tr '\0' ' ' >"$tmp/large.json"; hostile "$tmp/large.json" "too large"
printf 'hello' >"$tmp/notes.txt"; hostile "$tmp/notes.txt" "no canvas blocks"

# Canvases of other tools convert by content; the import report goes to standard output.
fixtures="$src/tests/fixtures/import"
for f in leantime/obmcanvas-12.xml redphoenixq/corner-bakery.json markdown/notion-export.md csv/excel-french.csv \
         markdown/plain-text.txt csv/excel-unicode.txt; do
  name=$(basename "$f"); name=${name%.*}
  before=$(sha256sum <"$fixtures/$f")
  expect_status 0 "convert $f to .mizan" "$mizan" convert "$fixtures/$f" "$tmp/$name.mizan" || continue
  head -1 "$tmp/out" | grep -qE '^[0-9]+ notes? in [0-9] blocks? from ' && ok || bad "$f: no import summary: $(cat "$tmp/out")"
  [ "$(sha256sum <"$fixtures/$f")" = "$before" ] && ok || bad "$f: the input was modified"
  [ "$(sqlite3 "$tmp/$name.mizan" 'pragma integrity_check')" = "ok" ] && ok || bad "$f: integrity_check"
  expect_status 0 "convert $f to .json" "$mizan" convert "$fixtures/$f" "$tmp/$name.json"
  expect_status 0 "convert $f to .md" "$mizan" convert "$fixtures/$f" "$tmp/$name.md"
done
grep -q 'Leantime' <("$mizan" convert "$fixtures/leantime/hostile.xml" "$tmp/hostile.json") && ok || bad "hostile Leantime: no report"
grep -q '"lean_problem", which is not a block' <("$mizan" convert "$fixtures/leantime/hostile.xml" "$tmp/hostile2.json" | plain) \
  && ok || bad "hostile Leantime: the unplaced note is not reported"
# The report and the refusals in the language asked for: its digits, the file's words isolated.
expect_status 0 "convert --language ar" "$mizan" convert "$fixtures/leantime/hostile.xml" "$tmp/hostile3.json" --language ar \
  && { head -1 "$tmp/out" | grep -q "٥" && grep -q $'\xe2\x81\xa8lean_problem\xe2\x81\xa9' "$tmp/out" && ok \
       || bad "Arabic convert report: $(cat "$tmp/out")"; }
expect_status 2 "convert --language ar of a refused file" "$mizan" convert "$fixtures/csv/truncated.csv" "$tmp/t.json" --language ar \
  && { grep -q "٣" "$tmp/err" && ok || bad "Arabic refusal: $(cat "$tmp/err")"; }
expect_status 2 "convert --language xx" "$mizan" convert "$fixtures/leantime/hostile.xml" "$tmp/hostile4.json" --language xx

# Every example converts to Markdown and back with the same notes in the same blocks.
for ex in "${examples[@]}"; do
  name=$(basename "$ex" .json)
  expect_status 0 "convert $name to .md" "$mizan" convert "$ex" "$tmp/$name.md" || continue
  [ ! -s "$tmp/out" ] && ok || bad "$name: a Mizan canvas needs no import report: $(cat "$tmp/out")"
  [ "$(grep -c '^## ' "$tmp/$name.md")" -eq 9 ] && ok || bad "$name.md: expected nine block headings"
  expect_status 0 "convert $name.md back" "$mizan" convert "$tmp/$name.md" "$tmp/$name.back.json" || continue
  "$mizan" summary "$ex" | sed 's/  \[plan for .*\]$//' >"$tmp/summary.before"
  "$mizan" summary "$tmp/$name.back.json" >"$tmp/summary.after"
  cmp -s "$tmp/summary.before" "$tmp/summary.after" && ok || bad "$name: json -> md -> json changed the notes: $(diff "$tmp/summary.before" "$tmp/summary.after" | head -5)"
done

# Files of other tools that cannot be read: status 2, one line, no output.
hostile "$fixtures/leantime/truncated.xml" "cut short" "line 48" "<description>"
hostile "$fixtures/leantime/leancanvas-4.xml" "leancanvas"
hostile "$fixtures/redphoenixq/truncated.json" "not valid JSON" "line 1, column"
hostile "$fixtures/markdown/no-blocks.md" "no canvas blocks" "Agenda"
hostile "$fixtures/csv/truncated.csv" "never closed" "line 3"
hostile "$fixtures/encoding/latin1.md" "not UTF-8" "0xE9 at offset 17"
hostile "$fixtures/encoding/empty.md" "empty"
expect_status 2 "convert to an unknown extension" "$mizan" convert "$fixtures/markdown/french.md" "$tmp/canvas.txt" \
  && { grep -q "use .mizan, .json or .md" "$tmp/err" && ok || bad "unknown extension: $(cat "$tmp/err")"; }
[ ! -e "$tmp/canvas.txt" ] && ok || bad "unknown extension: an output was left"

# A conversion into a folder nobody can write to fails cleanly.
if [ ${#examples[@]} -gt 0 ]; then
  mkdir "$tmp/ro"; chmod 555 "$tmp/ro"
  run_as=()
  [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null && run_as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  cp "${examples[0]}" "$tmp/in.json"; chmod 644 "$tmp/in.json"; chmod 755 "$tmp"
  expect_status 2 "convert into a read-only folder" "${run_as[@]}" "$mizan" convert "$tmp/in.json" "$tmp/ro/out.mizan" \
    && { grep -q "permission" "$tmp/err" && ok || bad "read-only folder: $(cat "$tmp/err")"; }
  [ -z "$(ls -A "$tmp/ro")" ] && ok || bad "read-only folder: something was left: $(ls -A "$tmp/ro")"
fi

# mizan check: 0 without errors, 1 with, 2 when unreadable.
for ex in "${examples[@]}"; do
  expect_status 0 "check $(basename "$ex")" "$mizan" check "$ex" --language en \
    && { grep -q "^Warnings$\|^Advice$" "$tmp/out" && ok || bad "check $(basename "$ex"): no findings printed"; }
  expect_status 0 "check --format json $(basename "$ex")" "$mizan" check "$ex" --format json \
    && { head -3 "$tmp/out" | grep -q '"format": "mizan-findings"' && ok || bad "check json: wrong header"; }
done
error_case="$src/tests/checks/dedicated-no_people-fires/canvas.json"
if [ -f "$error_case" ]; then
  expect_status 1 "check a canvas with an error" "$mizan" check "$error_case" --language en \
    && { grep -q "^Errors$" "$tmp/out" && grep -q "CR3" "$tmp/out" && ok || bad "check error output: $(cat "$tmp/out")"; }
fi
# The messages speak the canvas's language by default, or --language: lists joined as
# the language writes them, numbers in its digits, names isolated in their direction.
atelier="$src/resources/examples/tailoring-atelier.ar.json"
coffee="$src/resources/examples/coffee-roastery.en.json"
if [ -f "$atelier" ] && [ -f "$coffee" ]; then
  expect_status 0 "check in the canvas's language (Arabic)" "$mizan" check "$atelier" \
    && { grep -q "^تحذيرات$" "$tmp/out" && grep -q "رسمية ومرحة" "$tmp/out" && grep -q "٥٠" "$tmp/out" \
         && grep -q $'\u2068' "$tmp/out" && ok || bad "Arabic check output: $(head -5 "$tmp/out")"; }
  expect_status 0 "check --language he" "$mizan" check "$coffee" --language he \
    && { grep -q "^אזהרות$" "$tmp/out" && ok || bad "Hebrew check output: $(head -5 "$tmp/out")"; }
  expect_status 0 "check --language fr" "$mizan" check "$atelier" --language fr \
    && { grep -q "^Avertissements$" "$tmp/out" && grep -q "formel et ludique\|formelle et ludique" "$tmp/out" && ok \
         || bad "French check output: $(head -5 "$tmp/out")"; }
  expect_status 0 "check --format json keeps ids and arguments" "$mizan" check "$atelier" --format json --language en \
    && { grep -q '"arguments"' "$tmp/out" && grep -q '"rule": "voice.clash"' "$tmp/out" && ok || bad "json arguments"; }
  expect_status 2 "check --language xx" "$mizan" check "$atelier" --language xx
fi
expect_status 2 "check a missing file" "$mizan" check "$tmp/nothing.json"
expect_status 2 "check with a bad format" "$mizan" check "${examples[0]}" --format yaml

# With no display, opening a canvas says so and prints its findings instead of crashing.
if [ ${#examples[@]} -gt 0 ]; then
  expect_status 0 "open with no display" env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$mizan" "${examples[0]}" \
    && { grep -q "needs a graphical display" "$tmp/out" && grep -q "relationship checklist" "$tmp/out" && ok \
         || bad "no-display message: $(cat "$tmp/out")"; }
fi

# docs/checklist.md carries exactly the rule table mizan rules prints.
expect_status 0 "rules" "$mizan" rules
sed -n '/<!-- rules:begin -->/,/<!-- rules:end -->/p' "$src/docs/checklist.md" | sed '1d;$d' >"$tmp/documented"
cmp -s "$tmp/out" "$tmp/documented" && ok || bad "docs/checklist.md's rule table differs from 'mizan rules': regenerate it"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
