#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Teams that share canvases through git: a real repository with the set-up of
# docs/versions.md (.gitattributes, the merge driver, the text conversion).
# Two branches edit the same canvas; the merge through Mizan's driver
# combines their edits; then both change the same note's text: the merge
# stops with the conflict reported, and resolving it (keeping theirs) works.
#   tests/git/git_merge_test.sh MIZAN
set -eu
mizan=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q -b main repo
cd repo
git config user.name "Mizan test"
git config user.email "test@example.org"
echo '*.mizan merge=mizan diff=mizan' > .gitattributes
git config merge.mizan.name "Mizan canvas merge"
git config merge.mizan.driver "$mizan merge %O %A %B -o %A"
git config diff.mizan.textconv "$mizan convert --stdout"

# edit FILE PYTHON: changes the canvas through its JSON form.
edit() {
  "$mizan" convert "$1" "$work/edit.json" >/dev/null
  python3 -c "import json,sys; d=json.load(open('$work/edit.json')); $2; json.dump(d, open('$work/edit.json','w'), ensure_ascii=False)"
  rm "$1"
  "$mizan" convert "$work/edit.json" "$1" >/dev/null
}

"$mizan" convert "$root/resources/examples/coffee-roastery.en.json" canvas.mizan >/dev/null
git add .gitattributes canvas.mizan
git commit -qm base

git checkout -qb consultant
edit canvas.mizan "d['blocks']['customer_relationships'][0]['relationship_plan']['depth']='deep'"
git commit -qam "deeper plan"
git diff HEAD~1 | grep -q '"depth": "deep"' || { echo "git diff does not show the canvas change"; exit 1; }

git checkout -q main
edit canvas.mizan "d['blocks']['customer_segments'][0]['text']='Home brewers (subscribers, 2027)'"
git commit -qam "segment renamed"

git merge -q --no-edit consultant
"$mizan" summary canvas.mizan | grep -q "Home brewers (subscribers, 2027)" || { echo "main's edit lost"; exit 1; }
"$mizan" convert canvas.mizan --stdout | grep -q '"depth": "deep"' || { echo "the consultant's edit lost"; exit 1; }

# The same note's text both ways: a conflict.
git checkout -q consultant
edit canvas.mizan "d['blocks']['customer_segments'][1]['text']='Cafés (theirs)'"
git commit -qam "theirs"
git checkout -q main
edit canvas.mizan "d['blocks']['customer_segments'][1]['text']='Cafés (ours)'"
git commit -qam "ours"
if git merge -q --no-edit consultant > "$work/merge.out" 2>&1; then
  echo "a conflicting merge went through"; exit 1
fi
grep -q "conflict" "$work/merge.out" || { echo "the conflict was not reported"; cat "$work/merge.out"; exit 1; }
"$mizan" summary canvas.mizan | grep -q "Cafés (ours)" || { echo "the conflicted file does not open with ours"; exit 1; }
# Resolved by keeping theirs.
git checkout -q --theirs canvas.mizan
git add canvas.mizan
git commit -qm "merged, theirs kept"
"$mizan" summary canvas.mizan | grep -q "Cafés (theirs)" || { echo "resolution lost"; exit 1; }
echo "git merge through Mizan: edits combined, conflict reported and resolved"
