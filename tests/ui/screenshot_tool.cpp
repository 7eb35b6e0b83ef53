// SPDX-License-Identifier: GPL-3.0-or-later
// Takes screenshots of the real editor window for the documentation:
//   screenshot_tool OUT.png FILE [NOTE-TEXT-PREFIX]
// opens FILE, selects the first note whose text starts with the prefix (so
// the planner shows it), and saves the whole window as a PNG.

#include "ui/canvas/canvas_scene.h"
#include "ui/document/document.h"
#include "ui/document/document_tab.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/panels/calendar_dialog.h"
#include "ui/panels/segment_workbook.h"
#include <QTabWidget>
#include "ui/panels/planner_panel.h"
#include "ui/versions/comparison_window.h"
#include "ui/versions/history_panel.h"

#include <QDockWidget>
#include <QTreeWidget>

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace mizan;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 3) {
        std::fprintf(stderr, "usage: screenshot_tool OUT.png FILE [NOTE-TEXT-PREFIX]\n");
        return 2;
    }
    QTemporaryDir dir;
    ui::RecoveryArea recovery(dir.path());
    ui::Language language;
    language.apply(qEnvironmentVariable("MIZAN_SCREENSHOT_LANGUAGE", QStringLiteral("en")));
    ui::MainWindow window(recovery, &language);
    window.resize(1600, 1000);
    window.show();
    QString error;
    if (!window.openFile(QString::fromLocal8Bit(argv[2]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    if (argc > 3) {
        const std::string prefix = argv[3];
        const Canvas& c = window.currentTab()->document().canvas();
        for (BlockId b : allValues<BlockId>())
            for (const Note& n : c.notes(b))
                if (n.text.rfind(prefix, 0) == 0) {
                    window.currentTab()->scene().selectNotes({n.id});
                    goto selected;
                }
    }
selected:
    // MIZAN_SCREENSHOT_WINDOW: "workbook:N" (tab N of the selected segment's
    // workbook) or "calendar" grabs that window instead of the main one.
    QWidget* target = &window;
    const QString which = qEnvironmentVariable("MIZAN_SCREENSHOT_WINDOW");
    if (which.startsWith(QLatin1String("workbook"))) {
        const auto ids = window.currentTab()->scene().selectedNoteIds();
        if (!ids.empty()) {
            auto* book = new ui::SegmentWorkbook(window.currentTab()->document(), ids.front(), &window);
            book->tabs()->setCurrentIndex(which.section(QLatin1Char(':'), 1).toInt());
            book->resize(1100, 640);
            book->show();
            target = book;
        }
    } else if (which == QLatin1String("history")) {
        // The History panel in front, its oldest version selected.
        if (auto* dock = window.findChild<QDockWidget*>(QStringLiteral("history"))) {
            dock->show();
            dock->raise();
        }
        if (auto* list = window.historyPanel()->list(); list->topLevelItemCount() > 0)
            list->setCurrentItem(list->topLevelItem(list->topLevelItemCount() - 1));
    } else if (which.startsWith(QLatin1String("compare"))) {
        // compare:N: version N compared with the canvas as it is.
        if (auto* cmp = window.compareVersion(which.section(QLatin1Char(':'), 1).toLongLong())) {
            cmp->resize(1600, 1000);
            target = cmp;
        }
    } else if (which == QLatin1String("calendar")) {
        auto* calendar = new ui::CalendarDialog(window.currentTab()->document(), &window);
        calendar->resize(1000, 360);
        calendar->show();
        target = calendar;
    }
    QTimer::singleShot(300, [&] {
        if (qEnvironmentVariableIsSet("MIZAN_DEBUG_WIDTHS"))
            for (QWidget* w : window.planner()->widget()->findChildren<QWidget*>())
                if (w->minimumSizeHint().width() > 300)
                    std::fprintf(stderr, "%s %d %s %s\n", w->metaObject()->className(), w->minimumSizeHint().width(), qPrintable(w->accessibleName()), qPrintable(w->property("text").toString().left(60)));
        // Docks shown again after the start page take their tabs' order
        // once laid out: the History panel is raised after that.
        if (which == QLatin1String("history"))
            if (auto* dock = window.findChild<QDockWidget*>(QStringLiteral("history"))) {
                dock->raise();
                QApplication::processEvents();
            }
        const bool ok = target->grab().save(QString::fromLocal8Bit(argv[1]));
        window.currentTab()->document().undoStack();
        app.exit(ok ? 0 : 1);
    });
    return app.exec();
}
