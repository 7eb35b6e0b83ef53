#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the editor screenshots in this folder from the real window,
# rendered offscreen. Run from the repository root after a build.
set -euo pipefail
tool=build/default/tests/ui/screenshot_tool
export QT_QPA_PLATFORM=offscreen
shot() { MIZAN_SCREENSHOT_LANGUAGE=$4 MIZAN_SCREENSHOT_WINDOW=${MIZAN_SCREENSHOT_WINDOW:-} "$tool" "docs/images/$1" "resources/examples/$2" "$3" 2>/dev/null; echo "docs/images/$1"; }
shot editor-en.png coffee-roastery.en.json "Gift buyers on" en
shot editor-ar.png tailoring-atelier.ar.json "العرائس" ar
shot editor-he.png dental-clinic.he.json "משפחות" he
shot editor-fr.png coffee-roastery.en.json "Home brewers" fr
MIZAN_SCREENSHOT_WINDOW=workbook:0 shot touchpoints.png coffee-roastery.en.json "Independent cafés" en
MIZAN_SCREENSHOT_WINDOW=workbook:1 shot retention-economics.png coffee-roastery.en.json "Home brewers" en
MIZAN_SCREENSHOT_WINDOW=calendar shot relationship-calendar.png coffee-roastery.en.json "Home brewers" en
# The first page of each example's PDF report.
for pair in coffee-roastery.en:en tailoring-atelier.ar:ar dental-clinic.he:he; do
  name=${pair%%:*}; lang=${pair#*:}
  build/default/app/mizan export "resources/examples/$name.json" --to "/tmp/mizan-$name.pdf"
  pdftoppm -r 80 -png -f 1 -l 1 -singlefile "/tmp/mizan-$name.pdf" "docs/images/pdf-canvas-$lang"
  echo "docs/images/pdf-canvas-$lang.png"
done
