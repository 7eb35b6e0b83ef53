// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/message_catalog.h"

#include "core/checklist/rules.h"
#include "core/model/translate_noop.h"
#include "core/model/vocabulary.h"

#include <algorithm>
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
    {"list.separator", QT_TRANSLATE_NOOP("Checklist", ", ")},
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

std::string renderMessage(const Message& message, const Canvas& canvas, const RenderOptions& options)
{
    const MessageTemplate* tpl = findTemplate(message.id);
    if (!tpl)
        return message.id;
    const std::string text = tr(options, tpl->context, tpl->text);
    const std::string separator = tr(options, kChecklistContext, findTemplate("list.separator")->text);

    const auto renderArg = [&](const MessageArg& a) {
        std::string out;
        for (std::size_t i = 0; i < a.values.size(); ++i) {
            if (i)
                out += separator;
            const std::string& v = a.values[i];
            switch (a.kind) {
            case MessageArg::Kind::Note: {
                std::string q = tr(options, kChecklistContext, findTemplate("name.quoted")->text);
                q.replace(q.find("{name}"), 6, noteName(canvas, v, options));
                out += q;
                break;
            }
            case MessageArg::Kind::Label: {
                // Labels are written in sentence case; inside a sentence a
                // capitalised word (not an acronym) is lowered.
                std::string label = termLabel(v, options);
                if (label.size() > 1 && label[0] >= 'A' && label[0] <= 'Z' && label[1] >= 'a' && label[1] <= 'z')
                    label[0] = static_cast<char>(label[0] - 'A' + 'a');
                out += label;
                break;
            }
            case MessageArg::Kind::Number:
                out += options.formatNumber ? options.formatNumber(std::stoll(v)) : v;
                break;
            case MessageArg::Kind::Text: out += v; break;
            }
        }
        return out;
    };

    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '{') {
            const auto close = text.find('}', i);
            if (close != std::string::npos) {
                const std::string_view name(text.data() + i + 1, close - i - 1);
                const auto arg = std::find_if(message.args.begin(), message.args.end(),
                                              [&](const MessageArg& a) { return a.name == name; });
                if (arg != message.args.end()) {
                    out += renderArg(*arg);
                    i = close + 1;
                    continue;
                }
            }
        }
        out += text[i++];
    }
    return out;
}

}  // namespace mizan
