#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The history kept inside a .mizan file, from the command line: versions
# saved and listed, a version compared with the canvas (FILE@NAME), and a
# merge that keeps OURS' history and records its conflicts for the editor.
#   tests/git/versions_cli_test.sh MIZAN
set -eu
mizan=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "$1"; exit 1; }

"$mizan" convert "$root/resources/examples/coffee-roastery.en.json" canvas.mizan >/dev/null
"$mizan" versions canvas.mizan | grep -q "no versions yet" || fail "a new file lists versions"
"$mizan" version canvas.mizan "Workshop 3" | grep -q 'version 1 "Workshop 3" saved' || fail "version not saved"

# The canvas changes (through its JSON form, into a copy that keeps nothing else).
"$mizan" convert canvas.mizan edit.json >/dev/null
python3 -c "import json; d=json.load(open('edit.json')); d['blocks']['customer_segments'][1]['text']='Cafés (theirs)'; json.dump(d, open('edit.json','w'), ensure_ascii=False)"
"$mizan" convert edit.json theirs.mizan >/dev/null
python3 -c "import json; d=json.load(open('edit.json')); d['blocks']['customer_segments'][1]['text']='Cafés (ours)'; d['blocks']['customer_segments'][0]['text']='Home brewers (ours)'; json.dump(d, open('edit.json','w'), ensure_ascii=False)"
"$mizan" convert edit.json ours-canvas.mizan >/dev/null

# OURS is the versioned file with our edits: merged from base (itself) and our canvas.
cp canvas.mizan base.mizan
"$mizan" merge base.mizan canvas.mizan ours-canvas.mizan -o ours.mizan >/dev/null || fail "a one-sided merge reported conflicts"
"$mizan" versions ours.mizan | grep -q '"Workshop 3"' || fail "the merge dropped OURS' history"
status=0
"$mizan" diff "ours.mizan@Workshop 3" ours.mizan > diff.out || status=$?
[ "$status" = 1 ] || fail "diff against a version: exit $status"
grep -q 'Home brewers (ours)' diff.out || fail "diff against a version misses the change"
"$mizan" diff "ours.mizan@Investor deck" ours.mizan 2> err.out && fail "an unknown version was accepted"
grep -q "no version named" err.out || fail "an unknown version is not explained"

# Both sides changed the cafés' text: a conflict, recorded in the result,
# which keeps the versions of both sides.
"$mizan" version theirs.mizan "Client review" >/dev/null
status=0
"$mizan" merge base.mizan ours.mizan theirs.mizan -o merged.mizan > merge.out || status=$?
[ "$status" = 1 ] || fail "a conflicting merge exited $status"
grep -q "conflict" merge.out || fail "the conflict is not listed"
[ "$(sqlite3 merged.mizan 'SELECT count(*) FROM merge_conflict')" = 1 ] || fail "the conflict is not recorded in the file"
"$mizan" versions merged.mizan --format json | grep -q '"name":"Workshop 3"' || fail "the merged file lost OURS' history"
"$mizan" versions merged.mizan --format json | grep -q '"name":"Client review"' || fail "the merged file lost THEIRS' versions"
echo "versions from the command line: saved, listed, compared, kept through a merge with its conflicts"
