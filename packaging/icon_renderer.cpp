// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the application icon's SVG to PNG at the sizes
// desktops look for.   icon_renderer IN.svg OUT_DIR SIZE...

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: icon_renderer IN.svg OUT_DIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid())
        return 2;
    for (int i = 3; i < argc; ++i) {
        const int size = std::atoi(argv[i]);
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        svg.render(&p);
        p.end();
        if (!image.save(QStringLiteral("%1/mizan-%2.png").arg(QString::fromLocal8Bit(argv[2])).arg(size)))
            return 2;
    }
    return 0;
}
