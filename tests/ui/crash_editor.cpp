// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for the crash test: edits a document as fast as it can and prints
// "ack N" after each edit has returned (and so has been written to the
// working copy). The test kills it with SIGKILL at a random moment.
//   crash_editor RECOVERY_DIR
// Even edits add note "crash-N" with text "edit-N"; odd edits change the
// text of note "crash-(N-1)" to "edit-N".

#include "core/model/canvas_edit.h"
#include "ui/document/document.h"

#include <QCoreApplication>

#include <cstdio>

using namespace mizan;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    ui::RecoveryArea area(QString::fromLocal8Bit(argv[1]));
    Canvas canvas;
    canvas.info.title = "Crash test";
    auto created = ui::Document::create(std::move(canvas), area);
    if (!created)
        return 3;
    ui::Document& doc = *created.value();
    for (int i = 0;; ++i) {
        const Canvas& c = doc.canvas();
        if (i % 2 == 0) {
            Note n{.id = "crash-" + std::to_string(i), .text = "edit-" + std::to_string(i)};
            doc.apply(edits::insertNotes(c, BlockId(i % 9), c.notes(BlockId(i % 9)).size(), {n}), "add");
        } else {
            Note n = *c.find("crash-" + std::to_string(i - 1));
            n.text = "edit-" + std::to_string(i);
            // Typing-like edits that merge into one undo step.
            doc.apply(edits::changeNotes(c, {n}), "type", 7);
        }
        if (!doc.workingCopyError().isEmpty())
            return 4;
        std::printf("ack %d\n", i);
        std::fflush(stdout);
    }
}
