// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for the crash test: edits a document as fast as it can and prints
// "ack N" after each edit has returned (and so has been written to the
// working copy); every 5th edit it saves ("saved N PATH": Save As to a new
// file every 15th, else Save), every 7th it exports JSON ("exported N").
// The test kills it with SIGKILL at a random moment.
//   crash_editor RECOVERY_DIR [DOCUMENT_DIR]
// Even edits add note "crash-N" with text "edit-N"; odd edits change the
// text of note "crash-(N-1)" to "edit-N".

#include "core/formats/json_format.h"
#include "core/model/canvas_edit.h"
#include "core/storage/file_util.h"
#include "ui/document/document.h"

#include <QCoreApplication>

#include <cstdio>

using namespace mizan;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2 && argc != 3)
        return 2;
    const QString documents = argc == 3 ? QString::fromLocal8Bit(argv[2]) : QString();
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
        if (documents.isEmpty())
            continue;
        if (i % 5 == 4) {
            QString error;
            const bool saved = doc.filePath().isEmpty() || i % 15 == 14
                ? doc.saveAs(documents + QStringLiteral("/canvas-%1.mizan").arg(i), &error)
                : doc.save(&error);
            if (!saved)
                return 5;
            std::printf("saved %d %s\n", i, doc.filePath().toLocal8Bit().constData());
            std::fflush(stdout);
        }
        if (i % 7 == 6) {
            if (!writeFileAtomically((documents + QStringLiteral("/export.json")).toStdString(), toJson(doc.canvas())))
                return 6;
            std::printf("exported %d\n", i);
            std::fflush(stdout);
        }
    }
}
