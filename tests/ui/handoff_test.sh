#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A second launch with a file hands it to the running Mizan, which opens it
# (and so holds its lock): never a second writer on the same file.
set -u
mizan=$1
src=$2
tmp=$(mktemp -d)
export MIZAN_RECOVERY_DIR=$tmp/recovery XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data QT_QPA_PLATFORM=offscreen
export USER=handoff-test-$$
cp "$src/resources/examples/coffee-roastery.en.json" "$tmp/first.json"
cp "$src/resources/examples/dental-clinic.he.json" "$tmp/second.json"
"$mizan" "$tmp/first.json" >"$tmp/first.log" 2>&1 &
first=$!
trap 'kill $first 2>/dev/null; wait $first 2>/dev/null; rm -rf "$tmp"' EXIT
lock_of() { echo "$tmp/recovery/documents/$(printf '%s' "$(realpath "$1")" | sha1sum | cut -d' ' -f1).lock"; }
for _ in $(seq 50); do [ -e "$(lock_of "$tmp/first.json")" ] && break; sleep 0.1; done
[ -e "$(lock_of "$tmp/first.json")" ] || { echo "FAIL: the first Mizan did not open its file"; cat "$tmp/first.log"; echo "0 passed, 1 failed"; exit 1; }
out=$(timeout 20 "$mizan" "$tmp/second.json" 2>&1); status=$?
failures=0
[ $status -eq 0 ] && echo "$out" | grep -q "already running" || { echo "FAIL: second launch: $status $out"; failures=1; }
for _ in $(seq 50); do [ -e "$(lock_of "$tmp/second.json")" ] && break; sleep 0.1; done
[ -e "$(lock_of "$tmp/second.json")" ] || { echo "FAIL: the running Mizan did not open the handed file"; failures=$((failures + 1)); }
kill -0 $first 2>/dev/null || { echo "FAIL: the first Mizan stopped"; failures=$((failures + 1)); }
echo "$((3 - failures)) passed, $failures failed"
[ $failures -eq 0 ]
