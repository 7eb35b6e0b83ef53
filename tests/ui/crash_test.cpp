// SPDX-License-Identifier: GPL-3.0-or-later
// Kill an editing process with SIGKILL at random moments, many times: every
// run must recover a valid canvas holding every edit acknowledged before
// the kill; every document it saved opens, holding every edit saved; the
// JSON it exported reads; and once the documents are opened again, no
// temporary file is left beside them. MIZAN_CRASH_RUNS sets the number of
// runs (40 by default; tests/reliability/kill_editor.sh runs 1,000).

#include "core/formats/json_format.h"
#include "core/storage/canvas_store.h"
#include "core/storage/file_util.h"
#include "ui/document/document.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace mizan;

class CrashTest : public QObject {
    Q_OBJECT

    // The documents a killed editor left: each opens (opening removes what
    // the dead writer left beside it), the last one saved holds every edit
    // up to its save, the export reads, and nothing else is in the folder.
    static void checkDocuments(const QString& folder, int lastSaved, const QString& savedPath, int run)
    {
        const QDir dir(folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.mizan")}, QDir::Files)) {
            auto loaded = loadCanvasFile(dir.filePath(name).toStdString());
            QVERIFY2(loaded.ok(), qPrintable(QStringLiteral("run %1: %2 damaged: %3")
                                                 .arg(run)
                                                 .arg(name, QString::fromStdString(loaded.ok() ? "" : loaded.error().oneLine()))));
            if (dir.filePath(name) == savedPath)
                for (int i = 0; i <= lastSaved; i += 2)
                    QVERIFY2(loaded->find("crash-" + std::to_string(i)),
                             qPrintable(QStringLiteral("run %1: saved edit %2 missing from %3").arg(run).arg(i).arg(name)));
        }
        std::string exported = "{}";
        if (QFile::exists(dir.filePath(QStringLiteral("export.json")))) {
            auto json = readFile(dir.filePath(QStringLiteral("export.json")).toStdString(), 1 << 26);
            QVERIFY(json.ok());
            QVERIFY2(fromJson(json.value()).ok(), qPrintable(QStringLiteral("run %1: export.json damaged").arg(run)));
            exported = json.value();
        }
        // The restarted editor writes into the folder again (an export, a
        // save): whatever the killed one left there goes.
        QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("export.json")).toStdString(), exported).ok());
        const QStringList left = dir.entryList(QDir::Files | QDir::Hidden).filter(QRegularExpression(QStringLiteral("^\\.")));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("run %1: left beside the documents: %2").arg(run).arg(left.join(QLatin1Char(' ')))));
    }

private slots:
    void everyAcknowledgedEditSurvivesSigkill()
    {
        QRandomGenerator rng(20261123);
        const int runs = qEnvironmentVariableIntValue("MIZAN_CRASH_RUNS") > 0 ? qEnvironmentVariableIntValue("MIZAN_CRASH_RUNS") : 40;
        int totalAcked = 0, savedFiles = 0;
        for (int run = 0; run < runs; ++run) {
            QTemporaryDir dir, documents;
            QProcess child;
            child.setProgram(QStringLiteral(CRASH_EDITOR));
            child.setArguments({dir.path(), documents.path()});
            child.start();
            QVERIFY2(child.waitForStarted(), "the editing process did not start");
            // Let it edit for a random while, then pull the plug.
            const int wait = int(rng.bounded(20, 400));
            QTest::qWait(wait);
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(5000));
            const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            int lastAck = -1, lastSaved = -1;
            QString savedPath;
            for (const QString& line : lines) {
                if (line.startsWith(QStringLiteral("ack ")))
                    lastAck = line.mid(4).toInt();
                if (line.startsWith(QStringLiteral("saved "))) {
                    lastSaved = line.section(QLatin1Char(' '), 1, 1).toInt();
                    savedPath = line.section(QLatin1Char(' '), 2);
                }
            }
            totalAcked += lastAck + 1;
            checkDocuments(documents.path(), lastSaved, savedPath, run);
            if (QTest::currentTestFailed())
                return;
            savedFiles += QDir(documents.path()).entryList({QStringLiteral("*.mizan")}).size();

            ui::RecoveryArea area(dir.path());
            const auto copies = area.recoverable();
            if (lastAck < 0) {
                // Killed before the first edit: nothing to recover, or an empty canvas.
                QVERIFY(copies.size() <= 1);
                continue;
            }
            if (copies.empty()) {
                // Killed right after a save (maybe before it said so, maybe a
                // Save As to a new name): nothing unsaved to recover, and a
                // saved document holds every edit.
                bool holdsAll = false;
                const QDir saved(documents.path());
                for (const QString& name : saved.entryList({QStringLiteral("*.mizan")}, QDir::Files)) {
                    auto loaded = loadCanvasFile(saved.filePath(name).toStdString());
                    bool all = loaded.ok();
                    for (int i = 0; all && i <= lastAck; i += 2)
                        all = loaded->find("crash-" + std::to_string(i)) != nullptr;
                    holdsAll = holdsAll || all;
                }
                QVERIFY2(holdsAll, qPrintable(QStringLiteral("run %1: edits up to %2 neither saved nor recoverable")
                                                  .arg(run)
                                                  .arg(lastAck)));
                continue;
            }
            QCOMPARE(int(copies.size()), 1);
            auto recovered = ui::Document::recover(copies.front(), area);
            QVERIFY2(recovered.ok(), recovered.ok() ? "" : recovered.error().oneLine().c_str());
            const Canvas& canvas = recovered.value()->canvas();
            for (int i = 0; i <= lastAck; ++i) {
                const int noteIndex = i % 2 == 0 ? i : i - 1;
                const Note* n = canvas.find("crash-" + std::to_string(noteIndex));
                QVERIFY2(n, qPrintable(QStringLiteral("run %1: edit %2 of %3 lost").arg(run).arg(i).arg(lastAck)));
                // The note holds this edit or a later one.
                const int holds = std::stoi(n->text.substr(5));
                QVERIFY2(holds >= i || (i % 2 == 0 && holds == i), qPrintable(QStringLiteral("run %1: edit %2 lost").arg(run).arg(i)));
            }
            QVERIFY(recovered.value()->isModified());
        }
        qInfo("%d runs, %d acknowledged edits, all recovered; %d saved documents, none damaged, no temporary file "
              "left", runs, totalAcked, savedFiles);
    }
};

QTEST_GUILESS_MAIN(CrashTest)
#include "crash_test.moc"
