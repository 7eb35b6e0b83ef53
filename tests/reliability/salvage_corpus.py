#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Damages the bundled examples in the ways disks and copies do (each page
zeroed in turn, cut short at a quarter, half and three quarters, 40 bytes
flipped ten times over) and reports what `mizan salvage` recovers, and that
`mizan check` refuses each damaged file on one line.

    tests/reliability/salvage_corpus.py [--build DIR]
"""
import argparse, glob, os, random, re, subprocess, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "..", ".."))
ap = argparse.ArgumentParser(description=__doc__)
ap.add_argument("--build", default=os.path.join(root, "build", "default"))
mizan = os.path.join(os.path.abspath(ap.parse_args().build), "app", "mizan")

def damaged_versions(data):
    page = 4096
    for p in range(1, len(data) // page):
        yield f"page {p} zeroed", data[:p * page] + bytes(page) + data[(p + 1) * page:]
    for frac in (4, 2):
        yield f"cut at 1/{frac}", data[:len(data) // frac]
    yield "cut at 3/4", data[:len(data) * 3 // 4]
    rng = random.Random(7)
    for k in range(10):
        b = bytearray(data)
        for _ in range(40):
            b[rng.randrange(100, len(b))] ^= 0xFF
        yield f"40 bytes flipped ({k + 1})", bytes(b)

totals = {"files": 0, "refused on one line": 0, "salvaged": 0, "whole": 0, "notes": 0, "notes recovered": 0}
with tempfile.TemporaryDirectory() as work:
    for example in sorted(glob.glob(os.path.join(root, "resources", "examples", "*.json"))):
        good = os.path.join(work, "good.mizan")
        subprocess.run([mizan, "convert", example, good], check=True, capture_output=True)
        notes = int(re.search(r"(\d+) of (\d+)", subprocess.run(
            [mizan, "salvage", good, os.path.join(work, "self.mizan")], capture_output=True, text=True).stdout).group(2))
        os.remove(os.path.join(work, "self.mizan"))
        data = open(good, "rb").read()
        for label, bad in damaged_versions(data):
            path = os.path.join(work, "bad.mizan")
            open(path, "wb").write(bad)
            check = subprocess.run([mizan, "check", path], capture_output=True, text=True, errors="replace")
            totals["files"] += 1
            totals["notes"] += notes
            if check.returncode == 2 and check.stderr.count("\n") == 1:
                totals["refused on one line"] += 1
            out = os.path.join(work, "out.mizan")
            if os.path.exists(out):
                os.remove(out)
            s = subprocess.run([mizan, "salvage", path, out], capture_output=True, text=True, errors="replace")
            if s.returncode == 0:
                got = int(re.search(r"(\d+) of", s.stdout).group(1))
                totals["salvaged"] += 1
                totals["notes recovered"] += got
                totals["whole"] += got == notes
                assert subprocess.run([mizan, "check", out], capture_output=True).returncode in (0, 1), out
print("| damaged files | refused by `mizan check` on one line | salvaged | salvaged whole | notes recovered |")
print("|---|---|---|---|---|")
print(f"| {totals['files']} | {totals['refused on one line']} | {totals['salvaged']} | {totals['whole']} | "
      f"{totals['notes recovered']} of {totals['notes']} ({100 * totals['notes recovered'] / totals['notes']:.0f}%) |")
