// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export_command.h"

#include "app/canvas_io.h"
#include "core/formats/calendar_ics.h"
#include "core/checklist/checklist.h"
#include "ui/output/exporter.h"
#include "ui/language.h"

#include <QGuiApplication>

#include <cstdlib>
#include <iostream>

namespace mizan::app {

namespace {

int usage(const std::string& message)
{
    std::cerr << "mizan: " << message
              << "\nUsage: mizan export FILE --to OUT [--page-size A4|A3|Letter] "
                 "[--orientation landscape|portrait] [--dpi N]\n";
    return 2;
}

}  // namespace

int exportCommand(int argc, char** argv, const std::vector<std::string>& args)
{
    std::string in, out;
    ui::ExportOptions options;
    std::optional<bool> rtl;
    std::string language;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args[++i];
        };
        if (a == "--to") {
            auto v = value();
            if (!v)
                return usage("--to needs a file");
            out = *v;
        } else if (a == "--page-size") {
            auto v = value();
            if (v == "A4" || v == "a4")
                options.pageSize = QPageSize::A4;
            else if (v == "A3" || v == "a3")
                options.pageSize = QPageSize::A3;
            else if (v == "Letter" || v == "letter")
                options.pageSize = QPageSize::Letter;
            else
                return usage("--page-size is A4, A3 or Letter");
        } else if (a == "--orientation") {
            auto v = value();
            if (v == "landscape")
                options.orientation = QPageLayout::Landscape;
            else if (v == "portrait")
                options.orientation = QPageLayout::Portrait;
            else
                return usage("--orientation is landscape or portrait");
        } else if (a == "--dpi") {
            auto v = value();
            char* end = nullptr;
            const long dpi = v ? std::strtol(v->c_str(), &end, 10) : 0;
            if (!v || *end || dpi < 36 || dpi > 1200)
                return usage("--dpi is a whole number from 36 to 1200");
            options.dpi = int(dpi);
        } else if (a == "--language") {
            auto v = value();
            if (!v || !ui::Language::available().contains(QString::fromStdString(*v)))
                return usage("--language is one of ar, he, en, fr");
            language = *v;
        } else if (a == "--direction") {
            auto v = value();
            if (v != "rtl" && v != "ltr")
                return usage("--direction is rtl or ltr");
            rtl = *v == "rtl";
        } else if (!a.empty() && a[0] == '-') {
            return usage("unknown option " + a);
        } else if (in.empty()) {
            in = a;
        } else {
            return usage("export takes one input file");
        }
    }
    if (in.empty() || out.empty())
        return usage("export needs a file and --to OUT");
    const bool ics = QString::fromStdString(out).endsWith(QStringLiteral(".ics"), Qt::CaseInsensitive);
    if (!ics && ui::exportFormatOf(QString::fromStdString(out)) == ui::ExportFormat::Unknown)
        return usage("cannot tell the format of " + out + ": use .pdf, .png, .svg, .json or .ics");

    auto canvas = readCanvas(in);
    if (!canvas) {
        printError(canvas.error());
        return 2;
    }
    if (ics) {  // the relationship calendar: no drawing involved
        if (auto st = writeCalendarIcs(canvas.value(), out); !st) {
            printError(st.error());
            return 2;
        }
        return 0;
    }
    // Drawing needs fonts, not a screen.
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY") && !std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // The report speaks the canvas's language unless told otherwise.
    ui::Language words;
    const QString code = QString::fromStdString(language.empty() ? canvas->info.language : language);
    words.apply(ui::Language::available().contains(code) ? code : QStringLiteral("en"));
    options.rightToLeft = rtl.value_or(ui::isRightToLeftLanguage(canvas->info.language));
    const auto findings = runChecklist(canvas.value());
    if (auto st = ui::exportCanvas(canvas.value(), findings, QString::fromStdString(out), options); !st) {
        printError(st.error());
        return 2;
    }
    return 0;
}

}  // namespace mizan::app
