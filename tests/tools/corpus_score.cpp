// SPDX-License-Identifier: GPL-3.0-or-later
// Scores the checklist on the realistic corpus (tests/corpus): each canvas
// comes with what a consultant applying METHOD must flag and must not flag,
// written before the checklist was run on it, and a verdict on every other
// warning or error it raised. Prints, per canvas and in total, recall (must-
// flag items found; also counting the concerns no rule covers) and
// precision (warnings and errors judged right, out of those judged), and the
// findings nobody judged yet. A must-flag item may carry "disputed": the
// reason the checklist does not flag it (it asks instead, say); it counts as
// a miss in recall without failing. Exits 1 when a must-flag item is missed, a
// must-not-flag item is reported, an error is reported on a segment a person
// serves, or the totals fall under 90%.
//
//   mizan_corpus_score [CORPUS_DIR]

#include "core/checklist/checklist.h"
#include "core/formats/json_format.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;
namespace json = boost::json;
using namespace mizan;

namespace {

std::string readAll(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string str(const json::object& o, const char* key)
{
    const auto* v = o.if_contains(key);
    return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

std::string_view severityName(Severity s)
{
    return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "advice";
}

bool about(const Finding& f, const std::string& subject)
{
    return !f.subjects.empty() && f.subjects.front() == subject;
}

struct Totals {
    int mustFlag = 0, found = 0, uncovered = 0, textOnly = 0;
    int mustNot = 0, violated = 0;
    int right = 0, wrong = 0, unjudged = 0;
    int canvases = 0, disputed = 0;
};

double percent(int a, int b)
{
    return b ? 100.0 * a / b : 100.0;
}

}  // namespace

int main(int argc, char** argv)
{
    const fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::path(MIZAN_CORPUS_DIR);
    std::vector<fs::path> cases;
    for (const auto& e : fs::directory_iterator(dir))
        if (fs::exists(e.path() / "expected.json"))
            cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());
    if (cases.empty()) {
        std::cerr << "no canvases in " << dir << '\n';
        return 1;
    }
    Totals t;
    bool failed = false;
    std::printf("%-24s %-14s %8s %9s %9s %8s\n", "canvas", "kind", "recall", "must-not", "judged", "wrong");
    for (const fs::path& folder : cases) {
        const std::string name = folder.filename().string();
        auto canvas = fromJson(readAll(folder / "canvas.json"));
        if (!canvas) {
            std::cerr << name << ": " << canvas.error().oneLine() << '\n';
            failed = true;
            continue;
        }
        const json::value expected = json::parse(readAll(folder / "expected.json"));
        const json::object& e = expected.as_object();
        const auto findings = runChecklist(canvas.value());
        std::vector<bool> judged(findings.size(), false);
        const auto list = [&](const char* key) -> const json::array& {
            static const json::array none;
            const auto* v = e.if_contains(key);
            return v && v->is_array() ? v->get_array() : none;
        };
        int found = 0, must = 0, violated = 0, right = 0, wrong = 0;
        for (const auto& item : list("must_flag")) {
            const auto& o = item.as_object();
            ++must;
            bool hit = false;
            for (std::size_t i = 0; i < findings.size(); ++i)
                if (findings[i].ruleId == str(o, "rule") && about(findings[i], str(o, "subject"))) {
                    hit = true;
                    if (!judged[i] && findings[i].severity != Severity::Advice)
                        ++right;
                    judged[i] = true;
                }
            if (hit)
                ++found;
            else if (!str(o, "disputed").empty()) {
                // Missed on purpose, with the reason written in the file: a
                // miss in the figures, not a failure.
                ++t.disputed;
                std::printf("  DISPUTED %s: %s on %s: %s\n", name.c_str(), str(o, "rule").c_str(), str(o, "subject").c_str(),
                            str(o, "disputed").c_str());
            } else {
                failed = true;
                std::printf("  MISSED   %s: %s on %s (%s)\n", name.c_str(), str(o, "rule").c_str(), str(o, "subject").c_str(),
                            str(o, "why").c_str());
            }
        }
        for (const auto& item : list("must_not_flag")) {
            const auto& o = item.as_object();
            ++t.mustNot;
            for (std::size_t i = 0; i < findings.size(); ++i) {
                const Finding& f = findings[i];
                const bool byRule = !str(o, "rule").empty() && f.ruleId == str(o, "rule");
                const bool bySeverity = str(o, "rule").empty() && severityName(f.severity) == str(o, "severity");
                if ((byRule || bySeverity) && about(f, str(o, "subject"))) {
                    ++violated;
                    failed = true;
                    if (!judged[i] && f.severity != Severity::Advice)
                        ++wrong;
                    judged[i] = true;
                    std::printf("  FLAGGED  %s: %s on %s, which must not be (%s)\n", name.c_str(), f.ruleId.c_str(),
                                str(o, "subject").c_str(), str(o, "why").c_str());
                }
            }
        }
        for (const auto& item : list("judged_after")) {
            const auto& o = item.as_object();
            for (std::size_t i = 0; i < findings.size(); ++i)
                if (!judged[i] && findings[i].ruleId == str(o, "rule") && about(findings[i], str(o, "subject"))) {
                    judged[i] = true;
                    (str(o, "verdict") == "right" ? right : wrong) += 1;
                }
        }
        for (std::size_t i = 0; i < findings.size(); ++i)
            if (!judged[i] && findings[i].severity != Severity::Advice) {
                ++t.unjudged;
                std::printf("  UNJUDGED %s: %s %s on %s\n", name.c_str(), std::string(severityName(findings[i].severity)).c_str(),
                            findings[i].ruleId.c_str(), findings[i].subjects.front().c_str());
            }
        const int uncovered = static_cast<int>(list("uncovered").size());
        std::printf("%-24s %-14s %4d/%-3d %9d %5d/%-3d %8d\n", name.c_str(), str(e, "kind").c_str(), found, must + uncovered,
                    violated, right, right + wrong, wrong);
        t.mustFlag += must;
        t.found += found;
        t.uncovered += uncovered;
        t.textOnly += static_cast<int>(list("needs_text_reading").size());
        t.violated += violated;
        t.right += right;
        t.wrong += wrong;
        ++t.canvases;
    }
    const double recall = percent(t.found, t.mustFlag);
    const double precision = percent(t.right, t.right + t.wrong);
    std::printf("\n%d canvases. Recall: %d of %d must-flag items found: %.1f%%; counting the %d concerns no rule "
                "covers as misses: %.1f%%.\n",
                t.canvases, t.found, t.mustFlag, recall, t.uncovered, percent(t.found, t.mustFlag + t.uncovered));
    std::printf("Precision: %d of %d warnings and errors judged right: %.1f%% (%d not judged).\n", t.right,
                t.right + t.wrong, precision, t.unjudged);
    std::printf("Must-not-flag traps: %d, reported: %d. Must-flag items missed on purpose (disputed, reasons in the "
                "files): %d. Problems only the notes' text shows: %d.\n",
                t.mustNot, t.violated, t.disputed, t.textOnly);
    if (recall < 90.0 || precision < 90.0)
        failed = true;
    return failed ? 1 : 0;
}
