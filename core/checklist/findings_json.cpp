// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/findings_json.h"

#include "core/formats/json_canonical.h"

#include <boost/json.hpp>

namespace json = boost::json;

namespace mizan {

std::string_view severityKey(Severity s)
{
    switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Advice: return "advice";
    }
    return "";
}

std::string findingsToJson(const Canvas& canvas, const std::vector<Finding>& findings, const std::string& file,
                           const RenderOptions& options)
{
    std::size_t counts[3] = {0, 0, 0};
    json::array list;
    for (const Finding& f : findings) {
        ++counts[static_cast<int>(f.severity)];
        json::object o;
        o["rule"] = f.ruleId;
        o["severity"] = severityKey(f.severity);
        json::array method;
        for (const auto& m : f.methodRefs)
            method.emplace_back(m);
        o["method"] = std::move(method);
        json::array subjects;
        for (const auto& id : f.subjects) {
            json::object s;
            s["id"] = id;
            const auto loc = canvas.locate(id);
            s["block"] = loc ? toKey(loc->block) : "";
            s["name"] = noteName(canvas, id, options);
            subjects.emplace_back(std::move(s));
        }
        o["subjects"] = std::move(subjects);
        o["message"] = renderMessage(f.message, canvas, options);
        o["suggestion"] = renderMessage(f.suggestion, canvas, options);
        json::object args;
        for (const auto& a : f.message.args) {
            json::array values;
            for (const auto& v : a.values)
                values.emplace_back(v);
            args[a.name] = std::move(values);
        }
        o["arguments"] = std::move(args);
        if (f.restsOnSuggestion)
            o["rests_on_suggestion"] = true;
        list.emplace_back(std::move(o));
    }
    json::object root;
    root["format"] = "mizan-findings";
    root["version"] = kFindingsFormatVersion;
    root["file"] = file;
    root["summary"] = json::object{{"errors", counts[0]}, {"warnings", counts[1]}, {"advice", counts[2]}};
    root["findings"] = std::move(list);
    return canonicalJsonText(root);
}

}  // namespace mizan
