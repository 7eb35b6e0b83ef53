// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/foreign_files.h"

#include "core/formats/canvas_import.h"
#include "core/formats/markdown_format.h"
#include "core/storage/file_util.h"
#include "ui/texts.h"

#include <QFileInfo>

namespace mizan::ui {

bool isMizanFile(const QString& path)
{
    return path.endsWith(QStringLiteral(".mizan"), Qt::CaseInsensitive) || path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
}

Result<ImportedDocument> importDocument(const QString& path, RecoveryArea& area)
{
    const QFileInfo info(path);
    auto bytes = readFile(info.absoluteFilePath().toStdString(), kImportMaxBytes);
    if (!bytes)
        return bytes.error();
    auto imported = importCanvas(bytes.value(), info.fileName().toStdString());
    if (!imported)
        return imported.error();
    ImportedDocument out;
    const RenderOptions options = renderOptions();
    for (const auto& line : imported->report)
        out.report << QString::fromStdString(renderMessage(line, options));
    auto document = Document::create(std::move(imported->canvas), area);
    if (!document)
        return document.error();
    out.document = std::move(document.value());
    out.format = QString::fromStdString(imported->format);
    return out;
}

Status exportMarkdown(const Canvas& canvas, const QString& path)
{
    return writeFileAtomically(path.toStdString(), toMarkdown(canvas));
}

}  // namespace mizan::ui
