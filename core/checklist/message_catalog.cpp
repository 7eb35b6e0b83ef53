// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/message_catalog.h"

#include "core/checklist/rules.h"
#include "core/formats/import_messages.h"
#include "core/model/translate_noop.h"
#include "core/model/vocabulary.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_map>

namespace mizan {

namespace {


// Messages that are not findings: the guided questions (CR4-CR10) and the
// CR8 verdict.
constexpr std::pair<std::string_view, const char*> kMessages[] = {
    {"question.depth", QT_TRANSLATE_NOOP("Checklist", "How deep is the relationship with {segment}: continuous contact, or limited?")},
    {"question.mechanism", QT_TRANSLATE_NOOP("Checklist", "Which mechanisms will carry the relationship?")},
    {"question.focus", QT_TRANSLATE_NOOP("Checklist", "What is the relationship for: winning, keeping or growing customers?")},
    {"question.channel", QT_TRANSLATE_NOOP("Checklist", "Which channels does it run through? Do you own them, or use a partner's?")},
    {"question.means", QT_TRANSLATE_NOOP("Checklist", "Which concrete means fit these answers and the channels?")},
    {"question.voice", QT_TRANSLATE_NOOP("Checklist", "Which voice fits {segment} and the chosen mechanisms?")},
    {"verdict.question", QT_TRANSLATE_NOOP("Checklist", "Does the channel of {segment} support these answers?")},
    {"verdict.incomplete", QT_TRANSLATE_NOOP("Checklist", "Answer depth, mechanism, focus and channel to see whether the channel supports them.")},
    {"verdict.supported", QT_TRANSLATE_NOOP("Checklist", "Yes: {channels} support these answers.")},
    {"verdict.not_supported", QT_TRANSLATE_NOOP("Checklist", "Not yet. Change the answers or the channel:")},
    {"name.untitled", QT_TRANSLATE_NOOP("Checklist", "(untitled)")},
    {"name.quoted", QT_TRANSLATE_NOOP("Checklist", "“{name}”")},

    // The answers a segment's checks still need (segment.unanswered), each
    // a phrase that completes "Still to answer for {segment}: ...".
    {"ask.plan_note", QT_TRANSLATE_NOOP("Checklist", "which note of Customer Relationships is its plan")},
    {"ask.depth", QT_TRANSLATE_NOOP("Checklist", "how deep the relationship is")},
    {"ask.mechanism", QT_TRANSLATE_NOOP("Checklist", "which mechanisms carry it")},
    {"ask.focus", QT_TRANSLATE_NOOP("Checklist", "whether it is to win, keep or grow customers")},
    {"ask.channel", QT_TRANSLATE_NOOP("Checklist", "which channels it runs through")},
    {"ask.ownership", QT_TRANSLATE_NOOP("Checklist", "who owns {notes}: you or a partner")},
    {"ask.phases", QT_TRANSLATE_NOOP("Checklist", "the phases covered by {notes}")},
    {"ask.channel_segments", QT_TRANSLATE_NOOP("Checklist", "the segments served by {notes}")},
    {"ask.means_offered", QT_TRANSLATE_NOOP("Checklist", "the means offered by {notes}")},
    {"ask.channel_for", QT_TRANSLATE_NOOP("Checklist", "which channel reaches it")},
    {"ask.people", QT_TRANSLATE_NOOP("Checklist", "who in Key Resources serves it (its plan relies on {labels})")},
    {"ask.team_size", QT_TRANSLATE_NOOP("Checklist", "the headcount of {notes}")},
    {"ask.team_role", QT_TRANSLATE_NOOP("Checklist", "the role of {notes}")},
    {"ask.team_serves", QT_TRANSLATE_NOOP("Checklist", "the segments served by {notes}")},
    {"ask.segment_size", QT_TRANSLATE_NOOP("Checklist", "about how many customers it has")},
    {"ask.cost", QT_TRANSLATE_NOOP("Checklist", "which cost in Cost Structure pays for {notes}")},
    {"ask.means", QT_TRANSLATE_NOOP("Checklist", "the concrete means of the plan's {labels}")},
    {"ask.voice", QT_TRANSLATE_NOOP("Checklist", "the voice it speaks in")},
    {"ask.link", QT_TRANSLATE_NOOP("Checklist", "whether it is served by {notes} (say so with a link)")},
    {"ask.surveyed", QT_TRANSLATE_NOOP("Checklist", "whether its touchpoints are surveyed for satisfaction")},
    {"ask.measure_kind", QT_TRANSLATE_NOOP("Checklist", "whether its touchpoints' measures count outcomes or activity")},
    {"ask.hinted", QT_TRANSLATE_NOOP("Checklist", "whether {notes} gives it {labels} (tick it in the planner if so)")},
    {"ask.office", QT_TRANSLATE_NOOP("Checklist", "whether its touchpoints at {labels} are front or back office")},
    {"ask.owner", QT_TRANSLATE_NOOP("Checklist", "who is responsible for its touchpoints at {labels}")},
    {"ask.value_proposition", QT_TRANSLATE_NOOP("Checklist", "which value proposition serves it")},
    {"ask.revenue_stream", QT_TRANSLATE_NOOP("Checklist", "which revenue stream it pays into")},
    {"ask.persona", QT_TRANSLATE_NOOP("Checklist", "who its personas are, what they want and how they get it")},

    // Lists, for languages whose translator gives no list format.
    {"list.separator", QT_TRANSLATE_NOOP("Checklist", ", ")},
    {"list.last", QT_TRANSLATE_NOOP("Checklist", " and ")},
    // Between the questions of one prompt, which hold lists of their own.
    {"list.questions", QT_TRANSLATE_NOOP("Checklist", "; ")},
};


}  // namespace

const MessageTemplate* findTemplate(std::string_view id)
{
    static const auto index = [] {
        std::unordered_map<std::string, MessageTemplate> m;
        for (const RuleInfo& r : allRules()) {
            m.emplace(std::string(r.id), MessageTemplate{kChecklistContext, r.message});
            m.emplace(std::string(r.id) + ".fix", MessageTemplate{kChecklistContext, r.suggestion});
        }
        for (const auto& [key, text] : kMessages)
            m.emplace(std::string(key), MessageTemplate{kChecklistContext, text});
        for (const auto& [key, text] : importTemplates())
            m.emplace(std::string(key), MessageTemplate{kImportContext, text});
        return m;
    }();
    const auto it = index.find(std::string(id));
    return it == index.end() ? nullptr : &it->second;
}

namespace {

std::string tr(const RenderOptions& o, const char* context, const char* text)
{
    return o.translate ? o.translate(context, text) : std::string(text);
}

}  // namespace

std::string noteName(const Canvas& canvas, const NoteId& id, const RenderOptions& options)
{
    const Note* n = canvas.find(id);
    std::string name = n ? displayName(*n) : std::string();
    if (name.empty())
        name = tr(options, kChecklistContext, findTemplate("name.untitled")->text);
    return name;
}

std::string termLabel(std::string_view key, const RenderOptions& options)
{
    const Term* t = findTerm(key);
    return t ? tr(options, kVocabularyContext, t->label) : std::string(key);
}

std::string joinEnglish(const std::vector<std::string>& items)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

namespace {

std::string join(const RenderOptions& o, const std::vector<std::string>& items)
{
    if (o.joinList)
        return o.joinList(items);
    if (!o.translate)
        return joinEnglish(items);
    const std::string separator = tr(o, kChecklistContext, findTemplate("list.separator")->text);
    const std::string last = tr(o, kChecklistContext, findTemplate("list.last")->text);
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += i + 1 == items.size() ? last : separator;
        out += items[i];
    }
    return out;
}

std::string quotedName(const Canvas& canvas, const NoteId& id, const RenderOptions& o)
{
    std::string q = tr(o, kChecklistContext, findTemplate("name.quoted")->text);
    const std::string name = std::string(kIsolateStart) + noteName(canvas, id, o) + std::string(kIsolateEnd);
    if (const auto at = q.find("{name}"); at != std::string::npos)
        q.replace(at, 6, name);
    else
        q = name;
    return q;
}

std::string labelInSentence(std::string_view key, const RenderOptions& o)
{
    // Labels are written in sentence case; inside a sentence a capitalised
    // word (not an acronym) is lowered.
    std::string label = termLabel(key, o);
    if (label.size() > 1 && label[0] >= 'A' && label[0] <= 'Z' && label[1] >= 'a' && label[1] <= 'z')
        label[0] = static_cast<char>(label[0] - 'A' + 'a');
    return label;
}

std::string isolated(const std::string& text)
{
    return std::string(kIsolateStart) + text + std::string(kIsolateEnd);
}

// Text in the quotation marks of the template text.quoted.
std::string quotedText(const std::string& text, const RenderOptions& o)
{
    const MessageTemplate* q = findTemplate("text.quoted");
    std::string out = q ? tr(o, q->context, q->text) : std::string("\"{text}\"");
    if (const auto at = out.find("{text}"); at != std::string::npos)
        out.replace(at, 6, isolated(text));
    else
        out = isolated(text);
    return out;
}

std::string formatNumberText(const std::string& v, const RenderOptions& o)
{
    if (v.find('.') != std::string::npos)
        return o.formatDecimal ? o.formatDecimal(std::stod(v)) : v;
    return o.formatNumber ? o.formatNumber(std::stoll(v)) : v;
}

// Fills {name} placeholders of text from the callback; unknown ones stay.
template <typename F>
std::string fill(const std::string& text, F&& value)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '{') {
            const auto close = text.find('}', i);
            if (close != std::string::npos) {
                if (auto v = value(std::string_view(text.data() + i + 1, close - i - 1))) {
                    out += *v;
                    i = close + 1;
                    continue;
                }
            }
        }
        out += text[i++];
    }
    return out;
}

}  // namespace

std::string renderMessage(const Message& message, const Canvas& canvas, const RenderOptions& options)
{
    const MessageTemplate* tpl = findTemplate(message.id);
    if (!tpl)
        return message.id;
    const auto argNamed = [&](std::string_view name) -> const MessageArg* {
        const auto it = std::find_if(message.args.begin(), message.args.end(),
                                     [&](const MessageArg& a) { return a.name == name; });
        return it == message.args.end() ? nullptr : &*it;
    };
    std::function<std::string(const MessageArg&)> renderArg;
    const auto renderQuestion = [&](const std::string& item) {
        std::vector<std::string> notes, labels;
        std::string key;
        std::size_t start = 0;
        while (start <= item.size()) {
            const auto end = std::min(item.find(' ', start), item.size());
            const std::string token = item.substr(start, end - start);
            if (key.empty())
                key = token;
            else if (token.find(':') != std::string::npos)
                labels.push_back(labelInSentence(token, options));
            else if (!token.empty())
                notes.push_back(quotedName(canvas, token, options));
            start = end + 1;
        }
        const MessageTemplate* q = findTemplate(key);
        if (!q)
            return key;
        return fill(tr(options, q->context, q->text), [&](std::string_view name) -> std::optional<std::string> {
            if (name == "notes")
                return join(options, notes);
            if (name == "labels")
                return join(options, labels);
            if (const MessageArg* a = argNamed(name);
                a && a->kind != MessageArg::Kind::Question && a->kind != MessageArg::Kind::Phrase)
                return renderArg(*a);
            return std::nullopt;
        });
    };
    renderArg = [&](const MessageArg& a) {
        std::vector<std::string> items;
        for (const std::string& v : a.values) {
            switch (a.kind) {
            case MessageArg::Kind::Note: items.push_back(quotedName(canvas, v, options)); break;
            case MessageArg::Kind::Label: items.push_back(labelInSentence(v, options)); break;
            case MessageArg::Kind::Number: items.push_back(formatNumberText(v, options)); break;
            case MessageArg::Kind::Text: items.push_back(isolated(v)); break;
            case MessageArg::Kind::Question:
            case MessageArg::Kind::Phrase: items.push_back(renderQuestion(v)); break;
            case MessageArg::Kind::Title: items.push_back(termLabel(v, options)); break;
            case MessageArg::Kind::Quoted: items.push_back(quotedText(v, options)); break;
            }
        }
        if (a.kind == MessageArg::Kind::Question) {
            const std::string separator = tr(options, kChecklistContext, findTemplate("list.questions")->text);
            std::string out;
            for (std::size_t i = 0; i < items.size(); ++i)
                out += (i ? separator : std::string()) + items[i];
            return out;
        }
        return join(options, items);
    };
    return fill(tr(options, tpl->context, tpl->text), [&](std::string_view name) -> std::optional<std::string> {
        if (const MessageArg* a = argNamed(name))
            return renderArg(*a);
        return std::nullopt;
    });
}

std::string renderMessage(const Message& message, const RenderOptions& options)
{
    static const Canvas empty;
    return renderMessage(message, empty, options);
}

}  // namespace mizan
