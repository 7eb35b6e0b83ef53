#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop integration as a Linux desktop reads it: the desktop entry,
# MIME types and AppStream metainfo validate, and `cmake --install` puts
# everything where desktops look, with a working program.
set -u
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passes=0
failures=0
ok() { passes=$((passes + 1)); }
bad() { echo "FAIL: $*"; failures=$((failures + 1)); }

desktop-file-validate "$src/packaging/org.mizan.Mizan.desktop" >"$tmp/out" 2>&1 && ok || bad "desktop entry: $(cat "$tmp/out")"
appstreamcli validate --no-net --pedantic "$src/packaging/org.mizan.Mizan.metainfo.xml" >"$tmp/out" 2>&1 \
  && ok || bad "metainfo: $(cat "$tmp/out")"
mkdir -p "$tmp/mime/packages"
cp "$src/packaging/org.mizan.Mizan.mime.xml" "$tmp/mime/packages/"
update-mime-database "$tmp/mime" >"$tmp/out" 2>&1 && grep -q "application/x-mizan-canvas" "$tmp/mime/types" \
  && ok || bad "MIME types: $(cat "$tmp/out")"
grep -q "Mizn\|0x4d697a6e" "$tmp/mime/magic" 2>/dev/null || grep -q "application/x-mizan-canvas" "$tmp/mime/magic" \
  && ok || bad "MIME magic for the SQLite application id is missing"

cmake --install "$build" --prefix "$tmp/usr" >"$tmp/out" 2>&1 && ok || bad "cmake --install: $(tail -5 "$tmp/out")"
for f in bin/mizan share/applications/org.mizan.Mizan.desktop share/mime/packages/org.mizan.Mizan.xml \
         share/metainfo/org.mizan.Mizan.metainfo.xml share/icons/hicolor/48x48/apps/org.mizan.Mizan.png \
         share/icons/hicolor/256x256/apps/org.mizan.Mizan.png share/icons/hicolor/scalable/apps/org.mizan.Mizan.svg \
         share/man/man1/mizan.1 share/mizan/examples/coffee-roastery.en.json share/doc/Mizan/LICENSE; do
  [ -e "$tmp/usr/$f" ] && ok || bad "not installed: $f"
done
"$tmp/usr/bin/mizan" --version | grep -q '^mizan ' && ok || bad "installed mizan --version"
"$tmp/usr/bin/mizan" check "$tmp/usr/share/mizan/examples/coffee-roastery.en.json" >/dev/null; [ $? -eq 0 ] && ok || bad "installed mizan check"
man -l "$tmp/usr/share/man/man1/mizan.1" >/dev/null 2>&1 || command -v man >/dev/null || true
echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
