// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/versions/change_text.h"

#include "core/suggest/suggestion.h"
#include "core/suggest/suggestion_text.h"
#include "ui/texts.h"

#include <boost/json.hpp>

#include <QCoreApplication>
#include <QStringList>

namespace mizan::ui {

namespace json = boost::json;

namespace {

// The suggestion field naming the same answer, for its translated label
// and vocabulary.
std::string_view answerField(const std::string& path)
{
    static const std::pair<const char*, std::string_view> kAnswers[] = {
        {"relationship_plan/segment", field::PlanSegment},  {"relationship_plan/mechanisms", field::PlanMechanism},
        {"relationship_plan/focus", field::PlanFocus},      {"relationship_plan/depth", field::PlanDepth},
        {"relationship_plan/means", field::PlanMeans},      {"relationship_plan/tone", field::PlanTone},
        {"channel/ownership", field::ChannelOwnership},     {"channel/phases", field::ChannelPhase},
        {"channel/means", field::ChannelMeans},             {"channel/segments", field::ChannelSegment},
        {"team/kind", field::TeamKind},                     {"team/headcount", field::TeamHeadcount},
        {"team/serves", field::TeamServes},                 {"segment/market", field::SegmentMarket},
        {"segment/estimated_size", field::SegmentSize},     {"capabilities", field::Capability},
    };
    for (const auto& [p, f] : kAnswers)
        if (path == p)
            return f;
    return {};
}

QString oneValue(const json::value& v, std::string_view vocabulary, const Canvas& canvas)
{
    if (const auto* s = v.if_string()) {
        const std::string text(*s);
        if (!vocabulary.empty())
            if (const QString l = label(std::string_view(std::string(vocabulary) + ":" + text)); !l.isEmpty() && l != QString::fromStdString(text))
                return l;
        if (canvas.contains(text))
            return noteTitle(canvas, text);
        return QString::fromStdString(text);
    }
    return QString::fromStdString(json::serialize(v));
}

}  // namespace

QString changeFieldLabel(const std::string& path)
{
    if (const auto f = answerField(path); !f.empty())
        return QString::fromStdString(fieldLabel(f, renderOptions()));
    if (path == "text")
        return QCoreApplication::translate("Comparison", "Text");
    if (path == "description")
        return QCoreApplication::translate("Comparison", "Description");
    if (path == "tags")
        return QCoreApplication::translate("Comparison", "Tags");
    if (path == "links")
        return QCoreApplication::translate("Comparison", "Linked notes");
    if (path == "colour")
        return QCoreApplication::translate("Comparison", "Colour");
    if (path == "title")
        return QCoreApplication::translate("Comparison", "Title");
    if (path == "language")
        return QCoreApplication::translate("Comparison", "Language");
    if (path == "currency")
        return QCoreApplication::translate("Comparison", "Currency");
    if (path == "calendar")
        return QCoreApplication::translate("Comparison", "Relationship calendar");
    QString p = QString::fromStdString(path);
    return p.replace('/', QStringLiteral(" › ")).replace('_', ' ');
}

QString changeValueText(const std::string& path, const std::string& value, const Canvas& canvas)
{
    if (value.empty())
        return QCoreApplication::translate("Comparison", "(none)");
    json::error_code ec;
    const json::value v = json::parse(value, ec);
    if (ec)
        return QString::fromStdString(value);   // already text
    const std::string_view vocabulary = fieldVocabulary(answerField(path));
    if (const auto* list = v.if_array()) {
        if (list->empty())
            return QCoreApplication::translate("Comparison", "(none)");
        QStringList parts;
        for (const auto& item : *list)
            parts << oneValue(item, vocabulary, canvas);
        return parts.join(QStringLiteral(", "));
    }
    return oneValue(v, vocabulary, canvas);
}

QString changeLine(const CanvasChange& c, const Canvas& before, const Canvas& after)
{
    using K = CanvasChange::Kind;
    switch (c.kind) {
    case K::Added:
        return QCoreApplication::translate("Comparison", "Added to %1").arg(blockTitle(c.block));
    case K::Removed:
        return QCoreApplication::translate("Comparison", "Removed from %1").arg(blockTitle(c.block));
    case K::Moved: {
        const auto from = fromKey<BlockId>(c.before);
        return QCoreApplication::translate("Comparison", "Moved from %1 to %2").arg(from ? blockTitle(*from) : QString::fromStdString(c.before), blockTitle(c.block));
    }
    case K::Changed:
    case K::Canvas:
    case K::Calendar: {
        // The values as the changed-field text gives them (a string's text,
        // else JSON): quoted again so that the words are looked up.
        const auto asJson = [](const std::string& s) {
            json::error_code ec;
            json::parse(s, ec);
            return ec ? json::serialize(json::value(s)) : s;
        };
        const QString was = c.before.empty() ? QCoreApplication::translate("Comparison", "(none)") : changeValueText(c.field, asJson(c.before), before);
        const QString now = c.after.empty() ? QCoreApplication::translate("Comparison", "(none)") : changeValueText(c.field, asJson(c.after), after);
        return QCoreApplication::translate("Comparison", "%1: %2 → %3").arg(changeFieldLabel(c.field), was, now);
    }
    }
    return {};
}

}  // namespace mizan::ui
