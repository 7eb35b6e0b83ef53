// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor.h"

#include "app/check_command.h"
#include "core/text/lexicon.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/startup_probe.h"
#include "ui/document/recovery_area.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMessageBox>
#include <QSettings>

#include <cstdlib>
#include <iostream>
#include <future>

namespace mizan::app {

namespace {

bool hasDisplay()
{
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY") || std::getenv("QT_QPA_PLATFORM");
}

void setApplicationNames()
{
    QApplication::setOrganizationName(QStringLiteral("Mizan"));
    QApplication::setApplicationName(QStringLiteral("Mizan"));
    QApplication::setApplicationVersion(QStringLiteral(MIZAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.mizan.Mizan"));
}

// The editor as it starts for a user, timed to its first painted canvas.
int runMeasuringStartup(const std::vector<std::string>& files)
{
    setApplicationNames();
    ui::Language language;
    language.apply(QSettings().value(QStringLiteral("language")).toString());
    ui::RecoveryArea recovery(ui::RecoveryArea::defaultDir());
    ui::MainWindow window(recovery, &language);
    window.show();
    for (const auto& file : files) {
        QString error;
        if (!window.openFile(QString::fromStdString(file), &error)) {
            std::cerr << "mizan: " << error.toStdString() << '\n';
            return 2;
        }
    }
    ui::reportFirstPaintAndQuit();
    return QApplication::exec();
}

}  // namespace

int runEditor(int argc, char** argv, const std::vector<std::string>& files, const EditorOptions& options)
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

    // The checklist's word lists load on the other core while Qt starts.
    const auto preload = std::async(std::launch::async, [] { text::Lexicon::builtIn(); });
    QApplication app(argc, argv);
    if (options.reportStartup)
        return runMeasuringStartup(files);
    // One Mizan per user: a second launch hands its files to the running
    // one (which opens them, and refuses a file already open) and ends.
    const QString server = QStringLiteral("mizan-%1").arg(qEnvironmentVariable("USER", QStringLiteral("user")));
    {
        QLocalSocket socket;
        socket.connectToServer(server);
        if (socket.waitForConnected(300)) {
            QStringList paths;
            for (const auto& f : files)
                paths << QFileInfo(QString::fromStdString(f)).absoluteFilePath();
            socket.write((paths.join(QLatin1Char('\n')) + QStringLiteral("\n\n")).toUtf8());
            socket.waitForBytesWritten(1000);
            socket.waitForReadyRead(2000);  // the running Mizan's acknowledgement
            std::cout << "Mizan is already running: the files were handed to it.\n";
            return 0;
        }
    }
    QLocalServer::removeServer(server);
    QLocalServer handoff;
    handoff.listen(server);
    setApplicationNames();

    ui::Language language;
    language.apply(QSettings().value(QStringLiteral("language")).toString());
    ui::RecoveryArea recovery(ui::RecoveryArea::defaultDir());
    ui::MainWindow window(recovery, &language);
    window.show();
    window.offerRecovery();
    for (const auto& file : files)
        window.openFile(QString::fromStdString(file));
    QObject::connect(&handoff, &QLocalServer::newConnection, &window, [&] {
        QLocalSocket* peer = handoff.nextPendingConnection();
        QObject::connect(peer, &QLocalSocket::readyRead, peer, [&window, peer] {
            const QByteArray data = peer->readAll();
            if (!data.endsWith("\n\n"))
                return;
            for (const QString& path : QString::fromUtf8(data).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                window.openFile(path);
            window.raise();
            window.activateWindow();
            peer->write("ok");
            peer->flush();
            peer->disconnectFromServer();
        });
        QObject::connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
    });
    // With no file, the start page shows.
    return app.exec();
}

}  // namespace mizan::app
