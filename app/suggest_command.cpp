// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/suggest_command.h"

#include "app/canvas_io.h"
#include "core/formats/json_canonical.h"
#include "core/suggest/suggestion_text.h"
#include "core/suggest/suggestions.h"
#include "ui/language.h"
#include "ui/texts.h"

#include <QCoreApplication>

#include <boost/json.hpp>

#include <iostream>

namespace mizan::app {

namespace {

int usage(const std::string& message)
{
    std::cerr << "mizan: " << message << "\nTry 'mizan --help'.\n";
    return 2;
}

void printText(const Canvas& canvas, const std::vector<Suggestion>& suggestions, const std::string& file)
{
    const RenderOptions options = ui::renderOptions();
    const int count = static_cast<int>(suggestions.size());
    std::cout << file << ": "
              << QCoreApplication::translate("CommandLine", "%Ln suggestion(s) read from the notes' words", nullptr, count)
                     .toStdString()
              << '\n';
    NoteId current;
    for (const Suggestion& s : suggestions) {
        if (s.note != current) {
            current = s.note;
            const auto loc = canvas.locate(s.note);
            std::cout << '\n' << noteName(canvas, s.note, options);
            if (loc)
                std::cout << " (" << ui::blockTitle(loc->block).toStdString() << ")";
            std::cout << '\n';
        }
        std::cout << "  - " << fieldLabel(s.field, options) << ": " << valueText(s, canvas, options);
        if (!s.words.empty())
            std::cout << "  "
                      << QCoreApplication::translate("CommandLine", "(from: “%1”)")
                             .arg(QString::fromStdString(s.words).simplified())
                             .toStdString();
        std::cout << '\n';
    }
}

void printJson(const Canvas& canvas, const std::vector<Suggestion>& suggestions, const std::string& file)
{
    namespace json = boost::json;
    const RenderOptions options = ui::renderOptions();
    json::array list;
    for (const Suggestion& s : suggestions) {
        const auto loc = canvas.locate(s.note);
        list.emplace_back(json::object{{"note", s.note},
                                       {"block", loc ? toKey(loc->block) : ""},
                                       {"field", s.field},
                                       {"value", s.value},
                                       {"label", valueText(s, canvas, options)},
                                       {"words", s.words},
                                       {"key", s.key()}});
    }
    json::object root;
    root["format"] = "mizan-suggestions";
    root["version"] = 1;
    root["file"] = file;
    root["suggestions"] = std::move(list);
    std::cout << canonicalJsonText(root);
}

}  // namespace

int suggestCommand(const std::vector<std::string>& args)
{
    std::string file, format = "text", language, out;
    bool apply = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--format" && i + 1 < args.size())
            format = args[++i];
        else if (a == "--language" && i + 1 < args.size())
            language = args[++i];
        else if ((a == "-o" || a == "--output") && i + 1 < args.size())
            out = args[++i];
        else if (a == "--apply")
            apply = true;
        else if (!a.empty() && a[0] == '-')
            return usage("unknown option " + a);
        else if (file.empty())
            file = a;
        else
            return usage("suggest takes one file");
    }
    if (file.empty() || (format != "text" && format != "json"))
        return usage("usage: mizan suggest FILE [--format text|json] [--language ar|he|en|fr] [--apply -o OUT]");
    if (apply != !out.empty())
        return usage("--apply writes a canvas: give it -o OUT (and -o needs --apply)");
    if (!language.empty() && !ui::Language::available().contains(QString::fromStdString(language)))
        return usage("--language is one of ar, he, en, fr");
    if (apply && fileKindOf(out) == FileKind::Unknown)
        return usage("cannot tell the output format of " + out + ": use .mizan or .json");
    auto canvas = readCanvas(file);
    if (!canvas) {
        printError(canvas.error());
        return 2;
    }
    const auto suggestions = suggest(canvas.value());
    if (apply) {
        if (auto written = writeCanvas(withSuggestions(canvas.value(), suggestions), out); !written) {
            printError(written.error());
            return 2;
        }
        return 0;
    }
    int argc = 1;
    char name[] = "mizan";
    char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    ui::Language words;
    const QString canvasLanguage = QString::fromStdString(canvas->info.language).section(QLatin1Char('-'), 0, 0);
    words.apply(!language.empty() ? QString::fromStdString(language)
                : ui::Language::available().contains(canvasLanguage) ? canvasLanguage
                                                                     : QString());
    if (format == "json")
        printJson(canvas.value(), suggestions, file);
    else
        printText(canvas.value(), suggestions, file);
    return 0;
}

}  // namespace mizan::app
