// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/version_commands.h"

#include "app/canvas_io.h"
#include "core/model/timestamp.h"
#include "core/storage/canvas_store.h"
#include "core/storage/file_util.h"

#include <boost/json.hpp>

#include <iostream>

namespace mizan::app {

namespace {

Error noSuchVersion(const std::string& path, const std::string& which)
{
    return Error{ErrorCode::InvalidContent, "No such version",
                 fileName(path) + " has no version named or numbered \"" + which + "\" (see mizan versions "
                     + fileName(path) + ").",
                 {}};
}

}  // namespace

Result<Canvas> readCanvasOrVersion(const std::string& spec)
{
    const auto at = spec.rfind('@');
    if (at == std::string::npos || at == 0 || fileExists(spec))
        return readCanvas(spec);
    const std::string path = spec.substr(0, at), which = spec.substr(at + 1);
    DocumentRecords records;
    if (auto loaded = loadCanvasFile(path, nullptr, &records); !loaded)
        return loaded.error();
    for (auto v = records.history.versions().rbegin(); v != records.history.versions().rend(); ++v)
        if (v->name == which || std::to_string(v->id) == which)
            return records.history.canvasOf(v->id);
    return noSuchVersion(path, which);
}

int versionsCommand(const std::vector<std::string>& args)
{
    std::string file, format = "text";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size())
            format = args[++i];
        else if (!args[i].empty() && args[i][0] == '-')
            return usageError("unknown option " + args[i]);
        else if (file.empty())
            file = args[i];
        else
            return usageError("usage: mizan versions FILE [--format text|json]");
    }
    if (file.empty() || (format != "text" && format != "json"))
        return usageError("usage: mizan versions FILE [--format text|json]");
    DocumentRecords records;
    if (auto loaded = loadCanvasFile(file, nullptr, &records); !loaded)
        return failWith(loaded.error());
    boost::json::array list;
    for (const Version& v : records.history.versions()) {
        if (format == "json") {
            list.push_back(boost::json::object{{"id", v.id},           {"name", v.name},       {"created", formatTimestamp(v.created)},
                                               {"automatic", v.automatic()}, {"notes", v.noteCount}, {"added", v.added},
                                               {"removed", v.removed}, {"moved", v.moved},     {"changed", v.changed}});
            continue;
        }
        std::cout << v.id << "  " << formatTimestamp(v.created) << "  "
                  << (v.automatic() ? std::string("(automatic)") : "\"" + v.name + "\"") << "  " << v.noteCount
                  << " notes";
        if (v.id != records.history.versions().front().id)
            std::cout << "; " << v.added << " added, " << v.removed << " removed, " << v.moved << " moved, "
                      << v.changed << " changed";
        std::cout << '\n';
    }
    if (format == "json")
        std::cout << boost::json::serialize(boost::json::object{{"versions", list}}) << '\n';
    else if (records.history.empty())
        std::cout << fileName(file) << " has no versions yet.\n";
    return 0;
}

int saveVersionCommand(const std::vector<std::string>& args)
{
    if (args.size() != 2 || args[1].empty())
        return usageError("usage: mizan version FILE NAME");
    const std::string& file = args[0];
    if (fileKindByContent(file) != FileKind::Mizan)
        return failWith(Error{ErrorCode::NotACanvas, "Not a .mizan document",
                            fileName(file) + ": versions are kept inside .mizan documents (mizan convert makes one).", {}});
    LoadReport report;
    DocumentRecords records;
    auto canvas = loadCanvasFile(file, &report, &records);
    if (!canvas)
        return failWith(canvas.error());
    if (report.readOnly)
        return failWith(Error{ErrorCode::NewerVersion, "Made by a newer Mizan", report.readOnlyReason, {}});
    if (report.migrated) {
        auto up = upgradeCanvasFile(file);
        if (!up)
            return failWith(up.error());
        std::cout << fileName(file) << ": upgraded from schema " << up->fromVersion << " to " << up->toVersion
                  << " to keep versions; the original is kept as " << up->backupPath << ".\n";
    }
    auto added = records.history.add(canvas.value(), args[1], nowMs());
    if (!added)
        return failWith(added.error());
    auto store = CanvasStore::open(file);
    if (!store)
        return failWith(store.error());
    if (auto st = store.value()->writeVersion(added.value()); !st)
        return failWith(st.error());
    std::cout << fileName(file) << ": version " << added.value().id << " \"" << args[1] << "\" saved.\n";
    return 0;
}

}  // namespace mizan::app
