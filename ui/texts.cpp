// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/texts.h"

#include "core/checklist/method_points.h"
#include "core/model/vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

namespace mizan::ui {

RenderOptions renderOptions()
{
    RenderOptions o;
    o.translate = [](const char* context, const char* text) {
        return QCoreApplication::translate(context, text).toStdString();
    };
    o.formatNumber = [](std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)).toStdString(); };
    o.formatDecimal = [](double v) { return QLocale().toString(v, 'f', 1).toStdString(); };
    // The locale's own list pattern: "a, b and c", "أ وب", "א וב", "a et b".
    o.joinList = [](const std::vector<std::string>& items) {
        QStringList list;
        for (const auto& i : items)
            list << QString::fromStdString(i);
        return QLocale().createSeparatedList(list).toStdString();
    };
    return o;
}

QString renderText(const Message& message, const Canvas& canvas)
{
    return QString::fromStdString(renderMessage(message, canvas, renderOptions()));
}

QString label(std::string_view key)
{
    return QString::fromStdString(termLabel(key, renderOptions()));
}

QString blockTitle(BlockId block)
{
    return QCoreApplication::translate(kVocabularyContext, blockInfo(block).title);
}

QString blockQuestions(BlockId block)
{
    QStringList lines;
    for (const char* q : blockInfo(block).guidingQuestions)
        lines << QCoreApplication::translate(kVocabularyContext, q);
    return lines.join('\n');
}

QString methodText(const std::string& id)
{
    const MethodPoint* p = findMethodPoint(id);
    if (!p)
        return QString::fromStdString(id);
    return QString::fromStdString(id) + QStringLiteral(": ") + QCoreApplication::translate("Method", p->text);
}

QString methodRefsText(const Finding& finding)
{
    QStringList ids;
    for (const auto& r : finding.methodRefs)
        ids << QString::fromStdString(r);
    return ids.join(QStringLiteral(", "));
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("Findings", "Errors");
    case Severity::Warning: return QCoreApplication::translate("Findings", "Warnings");
    case Severity::Advice: return QCoreApplication::translate("Findings", "Advice");
    }
    return {};
}

QString noteTitle(const Canvas& canvas, const NoteId& id)
{
    return QString::fromStdString(noteName(canvas, id, renderOptions()));
}

QString lifetimeLossText(double lifetimeValue)
{
    return QCoreApplication::translate("Economics",
                                       "Customers leave before paying back what winning them cost: each customer won loses "
                                       "%1 over the time they stay. Keep them longer, win them for less, or earn more per "
                                       "period (RT5).")
        .arg(QLocale().toString(-lifetimeValue, 'f', 2));
}

}  // namespace mizan::ui
