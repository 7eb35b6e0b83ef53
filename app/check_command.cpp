// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/check_command.h"

#include "app/canvas_io.h"
#include "core/checklist/checklist.h"
#include "core/checklist/findings_json.h"
#include "core/checklist/message_catalog.h"
#include "core/checklist/rules.h"
#include "core/model/vocabulary.h"

#include <iostream>

namespace mizan::app {

namespace {

const char* severityHeading(Severity s)
{
    switch (s) {
    case Severity::Error: return "Errors";
    case Severity::Warning: return "Warnings";
    case Severity::Advice: return "Advice";
    }
    return "";
}

std::string plural(std::size_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

void printText(const Canvas& canvas, const std::vector<Finding>& findings, const std::string& file)
{
    std::size_t counts[3] = {0, 0, 0};
    for (const Finding& f : findings)
        ++counts[static_cast<int>(f.severity)];
    std::cout << file << ": " << plural(counts[0], "error", "errors") << ", "
              << plural(counts[1], "warning", "warnings") << ", " << counts[2] << " advice\n";
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Advice}) {
        if (!counts[static_cast<int>(s)])
            continue;
        std::cout << '\n' << severityHeading(s) << '\n';
        for (const Finding& f : findings) {
            if (f.severity != s)
                continue;
            std::cout << "  - " << renderMessage(f.message, canvas) << '\n';
            std::cout << "    Subjects: ";
            for (std::size_t i = 0; i < f.subjects.size(); ++i) {
                const auto loc = canvas.locate(f.subjects[i]);
                std::cout << (i ? "; " : "") << noteName(canvas, f.subjects[i]);
                if (loc)
                    std::cout << " (" << termLabel("block:" + std::string(toKey(loc->block))) << ")";
            }
            std::cout << "\n    Method: ";
            for (std::size_t i = 0; i < f.methodRefs.size(); ++i)
                std::cout << (i ? ", " : "") << f.methodRefs[i];
            std::cout << "  [" << f.ruleId << "]\n";
            std::cout << "    Suggestion: " << renderMessage(f.suggestion, canvas) << '\n';
        }
    }
}

}  // namespace

int checkCommand(const std::vector<std::string>& args)
{
    std::string file, format = "text";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size())
            format = args[++i];
        else if (args[i].rfind("--format=", 0) == 0)
            format = args[i].substr(9);
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
        std::cerr << "mizan: usage: mizan check FILE [--format text|json]\n";
        return 2;
    }
    auto canvas = readCanvas(file);
    if (!canvas) {
        std::cerr << "mizan: " << canvas.error().oneLine() << '\n';
        return 2;
    }
    const auto findings = runChecklist(canvas.value());
    if (format == "json")
        std::cout << findingsToJson(canvas.value(), findings, file);
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
