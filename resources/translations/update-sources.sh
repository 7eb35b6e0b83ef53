#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the translation sources from the code: the interface's tr()
# strings and the core's QT_TRANSLATE_NOOP-marked vocabulary, checklist,
# method and import texts. Run from the repository root; then translate what
# is marked unfinished (Qt Linguist, or by hand) and rebuild.
set -euo pipefail
lupdate=/usr/lib/qt6/bin/lupdate
sources=(core/checklist/message_catalog.cpp core/checklist/method_points.cpp core/checklist/rules/*.cpp core/formats/import_messages.cpp core/model/vocabulary.cpp core/suggest/suggestion_text.cpp app/*.cpp ui/*.cpp ui/*.h ui/*/*.cpp ui/*/*.h)
for lang in ar he en fr; do
  "$lupdate" -silent -no-obsolete -locations none -I . "${sources[@]}" -ts "resources/translations/mizan_$lang.ts"
done
grep -c 'type="unfinished"' resources/translations/*.ts || true
