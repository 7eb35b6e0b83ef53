#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb, installs it with apt (which brings Debian's Qt, SQLite,
# Boost and libical runtime packages), runs the installed program, and
# removes it again. Run as root on Debian 12 from the repository root.
set -euo pipefail
cmake --preset default >/dev/null
cmake --build --preset default
(cd build/default && cpack -G DEB >/dev/null)
deb=$(ls -t build/default/mizan_*.deb | head -n 1)
echo "Package: $deb"
dpkg-deb --field "$deb" Package Version Depends
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -q mizan >/dev/null' EXIT
/usr/bin/mizan --version
/usr/bin/mizan check /usr/share/mizan/examples/coffee-roastery.en.json >/dev/null && echo "mizan check: ok"
test -f /usr/share/applications/org.mizan.Mizan.desktop && echo "desktop entry: installed"
test -f /usr/share/icons/hicolor/48x48/apps/org.mizan.Mizan.png && echo "icon: installed"
echo "The package installs and runs."
