// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands.h"

#include "app/canvas_io.h"
#include "app/check_command.h"
#include "app/editor.h"
#include "app/export_command.h"
#include "app/suggest_command.h"
#include "app/version_commands.h"
#include "core/checklist/message_catalog.h"
#include "core/formats/import_messages.h"
#include "core/versions/canvas_diff.h"
#include "core/versions/canvas_merge.h"
#include "core/formats/json_format.h"
#include "core/model/note.h"
#include "core/storage/salvage.h"
#include "ui/language.h"
#include "ui/startup_probe.h"
#include "ui/texts.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace mizan::app {

namespace {

constexpr const char* kUsage = R"(Usage:
  mizan [FILE...]                open the files in the editor (.mizan, .json; a
                                 file of another tool is imported as a new canvas)
  mizan convert IN --stdout       IN as Mizan JSON on standard output (for git diff)
  mizan convert IN OUT [--language ar|he|en|fr]
                                 convert a canvas: IN is read by its content (.mizan,
                                 Mizan JSON, Leantime XML export, Business Model
                                 Canvas app save, Markdown or CSV), OUT is written
                                 by its extension (.mizan, .json or .md); prints
                                 what was imported and what was not, in the
                                 language asked for, else the system's
  mizan check FILE [--format text|json] [--language ar|he|en|fr] [--suggested]
                                 run the relationship checklist; exit 1 if it
                                 finds an error-level contradiction; with
                                 --suggested, on the answers suggested by the
                                 notes' words too
  mizan suggest FILE [--format text|json] [--language ar|he|en|fr]
                                 list the answers the notes' words suggest
  mizan suggest FILE --apply -o OUT
                                 write a canvas with every suggestion accepted
  mizan export FILE --to OUT [--page-size A4|A3|Letter]
               [--orientation landscape|portrait] [--dpi N] [--direction rtl|ltr]
               [--language ar|he|en|fr]
                                 export to .pdf (the report), .png or .svg (the
                                 canvas page), .json, or .ics (the relationship
                                 calendar), by OUT's extension
  mizan merge BASE OURS THEIRS -o OUT
                                 three-way merge by note and by field; with
                                 conflicts (the same field changed both ways, a
                                 note deleted on one side and edited on the
                                 other) ours is kept, the notes are tagged
                                 merge-conflict, each is listed, and the exit
                                 status is 1
  mizan salvage DAMAGED.mizan OUT
                                 read every note that can still be read from a
                                 damaged document into a new one (.mizan or
                                 .json), and say what was recovered
  mizan diff A B [--format text|json]
                                 what changed from A to B (.mizan or .json, or a
                                 version kept in a .mizan: FILE@NAME or FILE@ID),
                                 note by note and field by field; exit 0 same, 1
                                 different, 2 error
  mizan versions FILE [--format text|json]
                                 list the versions kept inside a .mizan document
  mizan version FILE NAME        keep the canvas as it is now as a named version
  mizan rules                    list the checklist's rules (Markdown)
  mizan summary FILE             print the canvas's blocks, segments and plans
  mizan --report-startup FILE    open the editor, print the time from start to
                                 the first painted canvas, and quit (benchmarks)
  mizan --version                print the version
  mizan --help                   print this help

Exit status: 0 on success, 1 when check finds errors, 2 when a file cannot be read or written or the
arguments are wrong, with the reason on one line; --verbose (with any command) adds every
detail. The input of a conversion is never modified, and a failed conversion leaves no output.
)";

int fail(const Error& e)
{
    return failWith(e);
}

std::string canonicalPath(const std::string& path)
{
    char buf[PATH_MAX];
    return ::realpath(path.c_str(), buf) ? std::string(buf) : path;
}

// An error on one line, in the user's language when it carries a message.
int fail(const Error& e, const RenderOptions& options)
{
    if (e.message.id.empty())
        return fail(e);
    Error shown = e;
    shown.title = renderMessage(errorTitle(e.message), options);
    shown.text = renderMessage(e.message, options);
    return fail(shown);
}

int convert(const std::vector<std::string>& args)
{
    std::vector<std::string> files;
    std::string language;
    bool toStdout = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--language" && i + 1 < args.size())
            language = args[++i];
        else if (args[i].rfind("--language=", 0) == 0)
            language = args[i].substr(11);
        else if (args[i] == "--stdout")
            toStdout = true;
        else if (args[i].size() > 1 && args[i][0] == '-')
            return usageError("unknown option " + args[i]);
        else
            files.push_back(args[i]);
    }
    if (toStdout && files.size() == 1) {
        // The canvas as canonical JSON on standard output (git's textconv).
        auto canvas = readCanvas(files[0]);
        if (!canvas)
            return fail(canvas.error());
        std::cout << toJson(canvas.value());
        return 0;
    }
    if (files.size() != 2)
        return usageError("convert takes an input and an output file");
    if (!language.empty() && !ui::Language::available().contains(QString::fromStdString(language)))
        return usageError("--language is one of ar, he, en, fr");
    const std::string& in = files[0];
    const std::string& out = files[1];
    // The report in the language asked for, else the system's; the editor's translations.
    int argc = 1;
    char name[] = "mizan";
    char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    ui::Language words;
    words.apply(QString::fromStdString(language));
    const RenderOptions options = ui::renderOptions();
    if (fileKindOf(out) == FileKind::Unknown)
        return usageError("cannot tell the output format of " + out + ": use .mizan, .json or .md");
    if (canonicalPath(in) == canonicalPath(out))
        return usageError("the output must be a different file from the input");
    LoadReport report;
    std::vector<Message> imported;
    auto canvas = readCanvas(in, &report, &imported);
    if (!canvas)
        return fail(canvas.error(), options);
    if (report.readOnly)
        return fail(Error{ErrorCode::NewerVersion, "Made by a newer Mizan",
                          report.readOnlyReason + " Converting it could lose what that version added; update Mizan.",
                          {}});
    if (auto written = writeCanvas(canvas.value(), out); !written)
        return fail(written.error());
    for (const auto& line : imported)
        std::cout << renderMessage(line, options) << '\n';
    return 0;
}

int salvage(const std::vector<std::string>& args)
{
    if (args.size() != 2)
        return usageError("salvage takes the damaged file and the file to write");
    if (fileKindOf(args[1]) != FileKind::Mizan && fileKindOf(args[1]) != FileKind::Json)
        return usageError("cannot tell the output format of " + args[1] + ": use .mizan or .json");
    if (canonicalPath(args[0]) == canonicalPath(args[1]))
        return usageError("the output must be a different file from the damaged one");
    auto saved = salvageCanvasFile(args[0]);
    if (!saved)
        return fail(saved.error());
    if (auto written = writeCanvas(saved->canvas, args[1]); !written)
        return fail(written.error());
    std::cout << args[1] << ": " << saved->report.summary() << ".\n";
    return 0;
}

const char* blockTitle(BlockId b)
{
    switch (b) {
    case BlockId::CustomerSegments: return "Customer segments";
    case BlockId::ValuePropositions: return "Value propositions";
    case BlockId::Channels: return "Channels";
    case BlockId::CustomerRelationships: return "Customer relationships";
    case BlockId::RevenueStreams: return "Revenue streams";
    case BlockId::KeyResources: return "Key resources";
    case BlockId::KeyActivities: return "Key activities";
    case BlockId::KeyPartners: return "Key partners";
    case BlockId::CostStructure: return "Cost structure";
    }
    return "";
}

std::string quoted(const std::string& s)
{
    std::string flat = s;
    for (char& c : flat)
        if (c == '\n')
            c = ' ';
    return "\"" + flat + "\"";
}

int diff(const std::vector<std::string>& args)
{
    std::vector<std::string> files;
    std::string format = "text";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size())
            format = args[++i];
        else if (args[i].rfind("--format=", 0) == 0)
            format = args[i].substr(9);
        else if (args[i].size() > 1 && args[i][0] == '-')
            return usageError("unknown option " + args[i]);
        else
            files.push_back(args[i]);
    }
    if (files.size() != 2 || (format != "text" && format != "json"))
        return usageError("usage: mizan diff A B [--format text|json]");
    auto a = readCanvasOrVersion(files[0]);
    if (!a)
        return fail(a.error());
    auto b = readCanvasOrVersion(files[1]);
    if (!b)
        return fail(b.error());
    const auto changes = diffCanvases(a.value(), b.value());
    if (format == "json") {
        std::cout << changesToJson(changes) << '\n';
        return changes.empty() ? 0 : 1;
    }
    for (const CanvasChange& c : changes) {
        using K = CanvasChange::Kind;
        const std::string where = c.note.empty() ? "" : std::string(blockTitle(c.block)) + "  " + quoted(c.name) + " [" + c.note + "]";
        switch (c.kind) {
        case K::Added: std::cout << "+ " << where << '\n'; break;
        case K::Removed: std::cout << "- " << where << '\n'; break;
        case K::Moved:
            std::cout << "> " << where << "  moved from " << blockTitle(fromKey<BlockId>(c.before).value_or(c.block)) << '\n';
            break;
        case K::Changed:
            std::cout << "~ " << where << "  " << c.field << ": " << (c.before.empty() ? "(none)" : quoted(c.before))
                      << " -> " << (c.after.empty() ? "(none)" : quoted(c.after)) << '\n';
            break;
        case K::Canvas:
        case K::Calendar:
            std::cout << "~ canvas " << c.field << ": " << quoted(c.before) << " -> " << quoted(c.after) << '\n';
            break;
        }
    }
    if (changes.empty())
        std::cout << "The canvases are the same.\n";
    return changes.empty() ? 0 : 1;
}

int merge(const std::vector<std::string>& args)
{
    std::vector<std::string> files;
    std::string out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if ((args[i] == "-o" || args[i] == "--output") && i + 1 < args.size())
            out = args[++i];
        else if (args[i].size() > 1 && args[i][0] == '-')
            return usageError("unknown option " + args[i]);
        else
            files.push_back(args[i]);
    }
    if (files.size() != 3 || out.empty())
        return usageError("usage: mizan merge BASE OURS THEIRS -o OUT");
    // OURS' and THEIRS' histories are read with them (a .mizan result keeps both).
    std::vector<Canvas> canvases;
    DocumentRecords records[3];
    for (std::size_t i = 0; i < files.size(); ++i) {
        auto c = readCanvas(files[i], nullptr, nullptr, &records[i]);
        if (!c)
            return fail(c.error());
        canvases.push_back(std::move(c.value()));
    }
    const MergeResult merged = mergeCanvases(canvases[0], canvases[1], canvases[2]);
    // Named without an extension (git's merge driver writes over OURS): as OURS is.
    const FileKind kind = fileKindOf(out) != FileKind::Unknown ? fileKindOf(out) : fileKindByContent(files[1]);
    // A .mizan result keeps OURS' history with the versions THEIRS added,
    // and lists the conflicts for the editor.
    DocumentRecords kept{combinedHistory(records[1].history, records[2].history), merged.conflicts};
    if (auto written = writeCanvas(merged.canvas, out, kind, &kept); !written)
        return fail(written.error());
    for (const MergeConflict& c : merged.conflicts)
        std::cout << "conflict: " << (c.note.empty() ? std::string("canvas") : quoted(c.name) + " [" + c.note + "]")
                  << "  " << c.field << ": base " << quoted(c.base) << ", ours " << quoted(c.ours) << ", theirs "
                  << quoted(c.theirs) << '\n';
    if (!merged.conflicts.empty())
        std::cout << out << ": " << merged.conflicts.size() << " conflict(s); ours is kept, the notes are tagged "
                  << kConflictTag << ".\n";
    return merged.conflicts.empty() ? 0 : 1;
}

int summary(const std::string& path)
{
    LoadReport report;
    auto loaded = readCanvas(path, &report);
    if (!loaded)
        return fail(loaded.error());
    const Canvas& c = loaded.value();
    std::cout << c.info.title << '\n';
    if (!c.info.description.empty())
        std::cout << c.info.description << '\n';
    if (report.readOnly)
        std::cout << "(" << report.readOnlyReason << ")\n";
    std::cout << '\n';
    for (BlockId b : allValues<BlockId>()) {
        std::cout << blockTitle(b) << " (" << c.notes(b).size() << ")\n";
        for (const Note& n : c.notes(b)) {
            std::cout << "  - " << displayName(n);
            if (n.plan && !n.plan->segment.empty())
                if (const Note* s = c.find(n.plan->segment))
                    std::cout << "  [plan for " << displayName(*s) << "]";
            std::cout << '\n';
        }
    }
    return 0;
}

}  // namespace

int run(int argc, char** argv)
{
    ui::programStart();
    std::vector<std::string> args(argv + 1, argv + argc);
    EditorOptions editor;
    if (const auto v = std::find(args.begin(), args.end(), "--verbose"); v != args.end()) {
        setVerbose(true);
        args.erase(v);
    }
    if (const auto probe = std::find(args.begin(), args.end(), "--report-startup"); probe != args.end()) {
        editor.reportStartup = true;
        args.erase(probe);
    }
    if (args.empty() && editor.reportStartup)
        return usageError("--report-startup takes the file to open");
    if (args.empty())
        return runEditor(argc, argv, {}, editor);
    const std::string& cmd = args[0];
    if (cmd == "--help" || cmd == "-h") {
        std::cout << kUsage;
        return 0;
    }
    if (cmd == "--version" || cmd == "-V") {
        std::cout << "mizan " << MIZAN_VERSION << '\n';
        return 0;
    }
    if (cmd == "convert")
        return convert({args.begin() + 1, args.end()});
    if (cmd == "check")
        return checkCommand({args.begin() + 1, args.end()});
    if (cmd == "export")
        return exportCommand(argc, argv, {args.begin() + 1, args.end()});
    if (cmd == "merge")
        return merge({args.begin() + 1, args.end()});
    if (cmd == "diff")
        return diff({args.begin() + 1, args.end()});
    if (cmd == "versions")
        return versionsCommand({args.begin() + 1, args.end()});
    if (cmd == "version")
        return saveVersionCommand({args.begin() + 1, args.end()});
    if (cmd == "salvage")
        return salvage({args.begin() + 1, args.end()});
    if (cmd == "rules")
        return rulesCommand({args.begin() + 1, args.end()});
    if (cmd == "suggest")
        return suggestCommand({args.begin() + 1, args.end()});
    if (cmd == "summary") {
        if (args.size() != 2)
            return usageError("summary takes one file");
        return summary(args[1]);
    }
    for (const auto& a : args)
        if (!a.empty() && a[0] == '-' && a.rfind("-platform", 0) != 0 && a.rfind("-style", 0) != 0)
            return usageError("unknown option " + a);
    if (args.size() == 1 && fileKindOf(cmd) == FileKind::Unknown && cmd.find('.') == std::string::npos)
        return usageError("unknown command " + cmd);
    return runEditor(argc, argv, args, editor);
}

}  // namespace mizan::app
