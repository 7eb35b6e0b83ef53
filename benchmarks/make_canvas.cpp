// SPDX-License-Identifier: GPL-3.0-or-later
// make_canvas N OUT: writes the benchmark canvas of N notes to OUT (.mizan
// or .json, by extension).

#include "benchmarks/support/benchmark_canvas.h"
#include "core/formats/json_format.h"
#include "core/storage/canvas_store.h"
#include "core/storage/file_util.h"

#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 3 || std::atoi(argv[1]) < 1) {
        std::cerr << "usage: make_canvas NOTES OUT.mizan|OUT.json\n";
        return 2;
    }
    const mizan::Canvas canvas = mizan::bench::benchmarkCanvas(std::atoi(argv[1]));
    const std::string out = argv[2];
    const auto written = out.ends_with(".json") ? mizan::writeFileAtomically(out, mizan::toJson(canvas))
                                                : mizan::saveCanvasFile(canvas, out);
    if (!written) {
        std::cerr << "make_canvas: " << written.error().oneLine() << '\n';
        return 2;
    }
    return 0;
}
