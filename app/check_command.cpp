// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/check_command.h"

#include "app/canvas_io.h"
#include "core/checklist/checklist.h"
#include "core/checklist/findings_json.h"
#include "core/checklist/message_catalog.h"
#include "core/checklist/rules.h"
#include "core/model/vocabulary.h"
#include "core/suggest/suggestions.h"
#include "core/text/lexicon.h"
#include "ui/language.h"
#include "ui/texts.h"

#include <QCoreApplication>

#include <future>
#include <iostream>

namespace mizan::app {

namespace {

std::string severityHeading(Severity s)
{
    return ui::severityName(s).toStdString();
}

void printText(const Canvas& canvas, const std::vector<Finding>& findings, const std::string& file)
{
    const RenderOptions options = ui::renderOptions();
    int counts[3] = {0, 0, 0};
    for (const Finding& f : findings)
        ++counts[static_cast<int>(f.severity)];
    const int errors = counts[0], warnings = counts[1], advice = counts[2];
    const QString errorsText = QCoreApplication::translate("CommandLine", "%Ln error(s)", nullptr, errors);
    const QString warningsText = QCoreApplication::translate("CommandLine", "%Ln warning(s)", nullptr, warnings);
    const QString adviceText = QCoreApplication::translate("CommandLine", "%Ln piece(s) of advice", nullptr, advice);
    std::cout << file << ": "
              << QCoreApplication::translate("CommandLine", "%1, %2, %3").arg(errorsText, warningsText, adviceText).toStdString()
              << '\n';
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Advice}) {
        if (!counts[static_cast<int>(s)])
            continue;
        std::cout << '\n' << severityHeading(s) << '\n';
        for (const Finding& f : findings) {
            if (f.severity != s)
                continue;
            std::cout << "  - " << renderMessage(f.message, canvas, options) << '\n';
            if (f.restsOnSuggestion)
                std::cout << "    " << QCoreApplication::translate("CommandLine", "(rests on a suggested answer)").toStdString() << '\n';
            QStringList subjects;
            for (const NoteId& id : f.subjects) {
                QString subject = QString::fromStdString(noteName(canvas, id, options));
                if (const auto loc = canvas.locate(id))
                    subject += QStringLiteral(" (") + ui::blockTitle(loc->block) + QLatin1Char(')');
                subjects << subject;
            }
            std::cout << "    " << QCoreApplication::translate("CommandLine", "Subjects: %1").arg(subjects.join(QStringLiteral("; "))).toStdString() << '\n';
            std::cout << "    " << QCoreApplication::translate("CommandLine", "Method: %1").arg(ui::methodRefsText(f)).toStdString() << "  [" << f.ruleId << "]\n";
            std::cout << "    " << QCoreApplication::translate("CommandLine", "Suggestion: %1").arg(QString::fromStdString(renderMessage(f.suggestion, canvas, options))).toStdString()
                      << '\n';
        }
    }
}

}  // namespace

int checkCommand(const std::vector<std::string>& args)
{
    std::string file, format = "text", language;
    bool suggested = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size())
            format = args[++i];
        else if (args[i].rfind("--format=", 0) == 0)
            format = args[i].substr(9);
        else if (args[i] == "--language" && i + 1 < args.size())
            language = args[++i];
        else if (args[i].rfind("--language=", 0) == 0)
            language = args[i].substr(11);
        else if (args[i] == "--suggested")
            suggested = true;
        else if (!args[i].empty() && args[i][0] == '-') {
            std::cerr << "mizan: unknown option " << args[i] << "\nTry 'mizan --help'.\n";
            return 2;
        } else if (file.empty())
            file = args[i];
        else {
            std::cerr << "mizan: check takes one file\n";
            return 2;
        }
    }
    if (file.empty() || (format != "text" && format != "json")) {
        std::cerr << "mizan: usage: mizan check FILE [--format text|json] [--language ar|he|en|fr] [--suggested]\n";
        return 2;
    }
    if (!language.empty() && !ui::Language::available().contains(QString::fromStdString(language))) {
        std::cerr << "mizan: --language is one of ar, he, en, fr\n";
        return 2;
    }
    // The checklist's word lists load on the other core while the file is read.
    auto preload = std::async(std::launch::async, [] { text::Lexicon::builtIn(); });
    auto canvas = readCanvas(file);
    preload.wait();
    if (!canvas) {
        printError(canvas.error());
        return 2;
    }
    // The messages in the requested language, else the canvas's, else the
    // system's; the same translations as the editor's.
    int argc = 1;
    char name[] = "mizan";
    char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    ui::Language words;
    const QString canvasLanguage = QString::fromStdString(canvas->info.language).section(QLatin1Char('-'), 0, 0);
    words.apply(!language.empty() ? QString::fromStdString(language)
                : ui::Language::available().contains(canvasLanguage) ? canvasLanguage
                                                                     : QString());
    const auto findings = suggested ? checkWithSuggestions(canvas.value()) : runChecklist(canvas.value());
    if (format == "json")
        std::cout << findingsToJson(canvas.value(), findings, file, ui::renderOptions());
    else
        printText(canvas.value(), findings, file);
    const bool errors =
        std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; });
    return errors ? 1 : 0;
}

int rulesCommand(const std::vector<std::string>& args)
{
    if (!args.empty()) {
        std::cerr << "mizan: rules takes no arguments\n";
        return 2;
    }
    std::cout << "| Rule | Severity | METHOD | What it flags | Why | Why this severity | How to fix it |\n"
              << "|---|---|---|---|---|---|---|\n";
    for (const RuleInfo& r : allRules()) {
        std::string refs(r.methodRefs);
        for (auto& c : refs)
            if (c == ' ')
                c = ',';
        std::string fix = r.suggestion;
        std::cout << "| `" << r.id << "` | " << severityKey(r.severity) << " | " << refs << " | " << r.title << " | "
                  << r.why << " | " << r.severityReason << " | " << fix << " |\n";
    }
    return 0;
}

}  // namespace mizan::app
