// SPDX-License-Identifier: GPL-3.0-or-later
// Kill an editing process with SIGKILL at random moments, many times: every
// run must recover a valid canvas holding every edit acknowledged before
// the kill.

#include "ui/document/document.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace mizan;

class CrashTest : public QObject {
    Q_OBJECT

private slots:
    void everyAcknowledgedEditSurvivesSigkill()
    {
        QRandomGenerator rng(20261123);
        const int runs = qEnvironmentVariableIntValue("MIZAN_CRASH_RUNS") > 0 ? qEnvironmentVariableIntValue("MIZAN_CRASH_RUNS") : 40;
        int totalAcked = 0;
        for (int run = 0; run < runs; ++run) {
            QTemporaryDir dir;
            QProcess child;
            child.setProgram(QStringLiteral(CRASH_EDITOR));
            child.setArguments({dir.path()});
            child.start();
            QVERIFY2(child.waitForStarted(), "the editing process did not start");
            // Let it edit for a random while, then pull the plug.
            const int wait = int(rng.bounded(20, 400));
            QTest::qWait(wait);
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(5000));
            const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            int lastAck = -1;
            for (const QString& line : lines)
                if (line.startsWith(QStringLiteral("ack ")))
                    lastAck = line.mid(4).toInt();
            totalAcked += lastAck + 1;

            ui::RecoveryArea area(dir.path());
            const auto copies = area.recoverable();
            if (lastAck < 0) {
                // Killed before the first edit: nothing to recover, or an empty canvas.
                QVERIFY(copies.size() <= 1);
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
        qInfo("%d runs, %d acknowledged edits, all recovered", runs, totalAcked);
    }
};

QTEST_GUILESS_MAIN(CrashTest)
#include "crash_test.moc"
