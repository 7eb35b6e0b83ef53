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
# A canvas with a history: a named version, then a week's edits (a segment
# renamed, a plan deepened, a partner dropped, an activity moved, a channel
# added), then another named version. The History panel and the comparison
# of the first version with the canvas as it is now.
versioned() {  # EXAMPLE OUT.mizan FIRST-NAME SECOND-NAME ADDED-CHANNEL
  local m=build/default/app/mizan work; work=$(mktemp -d)
  "$m" convert "resources/examples/$1" "$work/base.mizan" >/dev/null
  "$m" version "$work/base.mizan" "$3" >/dev/null
  "$m" convert "$work/base.mizan" "$work/edit.json" >/dev/null
  python3 - "$work/edit.json" "$5" <<'PY'
import json, sys
path, channel = sys.argv[1], sys.argv[2]
d = json.load(open(path)); b = d['blocks']
b['customer_segments'][0]['text'] += ' ✦'
for n in b['customer_relationships']:
    p = n.get('relationship_plan') or {}
    if p.get('depth') and p['depth'] != 'deep':
        p['depth'] = 'deep'; break
gone = b['key_partners'].pop(0)['id']
for notes in b.values():
    for n in notes:
        n['links'] = [l for l in n.get('links', []) if l != gone]
b['key_resources'].append(b['key_activities'].pop(0))
new = dict(b['value_propositions'][0]); new.update(id='ch-new', text=channel, links=[], tags=[])
b['channels'].append(new)
json.dump(d, open(path, 'w'), ensure_ascii=False)
PY
  "$m" convert "$work/edit.json" "$work/edited.mizan" >/dev/null
  "$m" merge "$work/base.mizan" "$work/base.mizan" "$work/edited.mizan" -o "$2" >/dev/null
  "$m" version "$2" "$4" >/dev/null
  rm -rf "$work"
}
versioned coffee-roastery.en.json /tmp/mizan-history-en.mizan "Workshop 3" "Investor deck" "Saturday farmers market stall"
versioned tailoring-atelier.ar.json /tmp/mizan-history-ar.mizan "الورشة الثالثة" "عرض المستثمرين" "ركن في سوق الجمعة"
for lang in en ar; do
  MIZAN_SCREENSHOT_LANGUAGE=$lang MIZAN_SCREENSHOT_WINDOW=history "$tool" "docs/images/history-$lang.png" "/tmp/mizan-history-$lang.mizan" 2>/dev/null
  echo "docs/images/history-$lang.png"
  MIZAN_SCREENSHOT_LANGUAGE=$lang MIZAN_SCREENSHOT_WINDOW=compare:1 "$tool" "docs/images/comparison-$lang.png" "/tmp/mizan-history-$lang.mizan" 2>/dev/null
  echo "docs/images/comparison-$lang.png"
done
# The first page of each example's PDF report.
for pair in coffee-roastery.en:en tailoring-atelier.ar:ar dental-clinic.he:he; do
  name=${pair%%:*}; lang=${pair#*:}
  build/default/app/mizan export "resources/examples/$name.json" --to "/tmp/mizan-$name.pdf"
  pdftoppm -r 80 -png -f 1 -l 1 -singlefile "/tmp/mizan-$name.pdf" "docs/images/pdf-canvas-$lang"
  echo "docs/images/pdf-canvas-$lang.png"
done
