// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/output/export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QSpinBox>

namespace mizan::ui {

namespace {

struct Export {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

bool askOptions(QWidget* parent, ExportOptions* options, bool withDpi)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(Export::tr("Page"));
    auto* form = new QFormLayout(&dialog);
    auto* size = new QComboBox;
    size->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    size->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    size->addItem(QStringLiteral("Letter"), int(QPageSize::Letter));
    size->setCurrentIndex(size->findData(int(options->pageSize)));
    auto* orientation = new QComboBox;
    orientation->addItem(Export::tr("Landscape"), int(QPageLayout::Landscape));
    orientation->addItem(Export::tr("Portrait"), int(QPageLayout::Portrait));
    orientation->setCurrentIndex(orientation->findData(int(options->orientation)));
    auto* dpi = new QSpinBox;
    dpi->setRange(36, 1200);
    dpi->setValue(options->dpi);
    dpi->setSuffix(Export::tr(" dpi"));
    auto* rtl = new QCheckBox(Export::tr("Lay out right to left"));
    rtl->setChecked(options->rightToLeft);
    form->addRow(Export::tr("Page size"), size);
    form->addRow(Export::tr("Orientation"), orientation);
    if (withDpi)
        form->addRow(Export::tr("Resolution"), dpi);
    form->addRow(QString(), rtl);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    options->pageSize = QPageSize::PageSizeId(size->currentData().toInt());
    options->orientation = QPageLayout::Orientation(orientation->currentData().toInt());
    options->dpi = dpi->value();
    options->rightToLeft = rtl->isChecked();
    return true;
}

}  // namespace

QString askExport(QWidget* parent, const QString& suggestedName, ExportOptions* options)
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(parent, Export::tr("Export canvas"), suggestedName,
                                                Export::tr("PDF report (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Mizan JSON (*.json)"),
                                                &selected);
    if (path.isEmpty())
        return {};
    if (exportFormatOf(path) == ExportFormat::Unknown)
        path += selected.contains(QLatin1String("png")) ? QStringLiteral(".png")
              : selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg")
              : selected.contains(QLatin1String("json")) ? QStringLiteral(".json")
                                                         : QStringLiteral(".pdf");
    const ExportFormat format = exportFormatOf(path);
    if (format != ExportFormat::Json && !askOptions(parent, options, format == ExportFormat::Png))
        return {};
    return path;
}

bool askPageSetup(QWidget* parent, ExportOptions* options)
{
    return askOptions(parent, options, false);
}

}  // namespace mizan::ui
