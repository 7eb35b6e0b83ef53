// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/output/exporter.h"

#include "core/storage/file_util.h"
#include "core/formats/json_format.h"
#include "ui/output/report.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace mizan::ui {

namespace {

struct Export {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

Error failed(const QString& path, const QString& why)
{
    return Error{ErrorCode::WriteFailed, Export::tr("Could not export %1").arg(QFileInfo(path).fileName()).toStdString(),
                 why.toStdString(), {}};
}

ReportOptions reportOptions(const ExportOptions& o)
{
    ReportOptions r;
    r.pageSize = o.pageSize;
    r.orientation = o.orientation;
    r.rightToLeft = o.rightToLeft;
    return r;
}

Status commit(QSaveFile& file, const QString& path)
{
    if (!file.commit())
        return failed(path, file.errorString());
    return success();
}

}  // namespace

ExportFormat exportFormatOf(const QString& path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (ext == QLatin1String("png"))
        return ExportFormat::Png;
    if (ext == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (ext == QLatin1String("json"))
        return ExportFormat::Json;
    return ExportFormat::Unknown;
}

bool isRightToLeftLanguage(const std::string& language)
{
    if (language.empty())
        return false;
    return QLocale(QString::fromStdString(language)).textDirection() == Qt::RightToLeft;
}

bool printReport(const Canvas& canvas, const std::vector<Finding>& findings, QPagedPaintDevice* device,
                 const ExportOptions& options)
{
    Report report(canvas, findings, reportOptions(options));
    return report.render(device);
}

Status exportCanvas(const Canvas& canvas, const std::vector<Finding>& findings, const QString& path,
                    const ExportOptions& options)
{
    const ExportFormat format = exportFormatOf(path);
    if (format == ExportFormat::Unknown)
        return failed(path, Export::tr("Mizan exports .pdf, .png, .svg and .json files."));
    if (auto writable = checkWritableFolder(QFileInfo(path).absoluteFilePath().toStdString()); !writable)
        return writable;
    if (format == ExportFormat::Json)
        return writeFileAtomically(path.toStdString(), toJson(canvas));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, file.errorString());
    Report report(canvas, findings, reportOptions(options));
    const QPageLayout page = report.pageLayout();

    switch (format) {
    case ExportFormat::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("Mizan"));
        writer.setTitle(QString::fromStdString(canvas.info.title));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        if (!report.render(&writer, options.progress)) {
            file.cancelWriting();
            if (report.cancelled())
                return Error{ErrorCode::Cancelled, Export::tr("Export cancelled").toStdString(),
                             Export::tr("Nothing was written.").toStdString(), {}};
            return failed(path, Export::tr("The PDF could not be drawn."));
        }
        break;
    }
    case ExportFormat::Png: {
        const QSizeF inches = page.fullRect(QPageLayout::Inch).size();
        const QSize pixels(qRound(inches.width() * options.dpi), qRound(inches.height() * options.dpi));
        if (pixels.width() * qint64(pixels.height()) > 400'000'000LL)
            return failed(path, Export::tr("That resolution makes an image too large; choose fewer dots per inch."));
        QImage image(pixels, QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(options.dpi / 0.0254));
        image.setDotsPerMeterY(qRound(options.dpi / 0.0254));
        QPainter p(&image);
        report.paintCanvasPage(p, QRectF(QPointF(0, 0), pixels), options.dpi / 72.0, 1, 1);
        p.end();
        if (!image.save(&file, "PNG")) {
            file.cancelWriting();
            return failed(path, Export::tr("The image could not be encoded."));
        }
        break;
    }
    case ExportFormat::Svg: {
        const QSizeF points = page.fullRect(QPageLayout::Point).size();
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(points.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), points));
        svg.setResolution(72);
        svg.setTitle(QString::fromStdString(canvas.info.title));
        QPainter p(&svg);
        report.paintCanvasPage(p, QRectF(QPointF(0, 0), points), 1.0, 1, 1);
        p.end();
        break;
    }
    default: break;
    }
    return commit(file, path);
}

}  // namespace mizan::ui
