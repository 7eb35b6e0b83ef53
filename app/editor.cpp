// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor.h"

#include "app/check_command.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/recovery_area.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

#include <cstdlib>
#include <iostream>

namespace mizan::app {

namespace {

bool hasDisplay()
{
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY") || std::getenv("QT_QPA_PLATFORM");
}

}  // namespace

int runEditor(int argc, char** argv, const std::vector<std::string>& files)
{
    if (!hasDisplay()) {
        std::cout << "Mizan's editor needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are "
                     "not set).\n";
        if (files.empty()) {
            std::cout << "Run 'mizan --help' for what works without one.\n";
            return 0;
        }
        std::cout << "Here is what the relationship checklist finds instead:\n\n";
        int status = 0;
        for (const auto& file : files) {
            const int s = checkCommand({file});
            status = std::max(status, s == 2 ? 2 : 0);
        }
        return status;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mizan"));
    QApplication::setApplicationName(QStringLiteral("Mizan"));
    QApplication::setApplicationVersion(QStringLiteral(MIZAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.mizan.Mizan"));

    ui::Language language;
    language.apply(QSettings().value(QStringLiteral("language")).toString());
    ui::RecoveryArea recovery(ui::RecoveryArea::defaultDir());
    ui::MainWindow window(recovery, &language);
    window.resize(1500, 920);
    window.show();
    window.offerRecovery();
    for (const auto& file : files)
        window.openFile(QString::fromStdString(file));
    if (window.tabCount() == 0)
        window.newCanvas();
    return app.exec();
}

}  // namespace mizan::app
