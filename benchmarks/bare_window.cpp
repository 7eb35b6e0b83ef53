// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of the editor's start-up: a bare Qt main window with a graphics
// view showing one item, timed the way `mizan --report-startup` is.

#include "ui/startup_probe.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMainWindow>

int main(int argc, char** argv)
{
    mizan::ui::programStart();
    QApplication app(argc, argv);
    QMainWindow window;
    QGraphicsScene scene;
    scene.addText(QStringLiteral("Mizan ميزان"));
    auto* view = new QGraphicsView(&scene);
    window.setCentralWidget(view);
    window.resize(1200, 800);
    window.show();
    mizan::ui::reportFirstPaintAndQuit();
    return QApplication::exec();
}
