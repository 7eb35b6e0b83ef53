// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/start/starters.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace mizan::ui {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("Starters", text);
}

}  // namespace

std::vector<Starter> exampleStarters()
{
    return {
        {QStringLiteral(":/examples/coffee-roastery.en.json"), translated(QT_TRANSLATE_NOOP("Starters", "Coffee roastery (English)")),
         translated(QT_TRANSLATE_NOOP("Starters", "Subscribers, cafés and gift buyers; a finished canvas with a few contradictions to find."))},
        {QStringLiteral(":/examples/tailoring-atelier.ar.json"), translated(QT_TRANSLATE_NOOP("Starters", "Tailoring atelier (Arabic)")),
         translated(QT_TRANSLATE_NOOP("Starters", "Brides, companies ordering uniforms and everyday clients, written right to left."))},
        {QStringLiteral(":/examples/dental-clinic.he.json"), translated(QT_TRANSLATE_NOOP("Starters", "Dental clinic (Hebrew)")),
         translated(QT_TRANSLATE_NOOP("Starters", "Families, implant patients and local employers, written right to left."))},
    };
}

std::vector<Starter> templateStarters()
{
    struct Shape {
        const char* file;
        const char* title;
        const char* description;
    };
    static const Shape shapes[] = {
        {"subscription", QT_TRANSLATE_NOOP("Starters", "Subscription"),
         QT_TRANSLATE_NOOP("Starters", "A recurring offer: subscribers won once and kept month after month.")},
        {"marketplace", QT_TRANSLATE_NOOP("Starters", "Marketplace"),
         QT_TRANSLATE_NOOP("Starters", "Two sides, buyers and sellers, each a segment with its own relationship.")},
        {"b2b-services", QT_TRANSLATE_NOOP("Starters", "B2B services"),
         QT_TRANSLATE_NOOP("Starters", "Business clients served by account managers, and smaller ones served online.")},
        {"local-shop", QT_TRANSLATE_NOOP("Starters", "Local shop"),
         QT_TRANSLATE_NOOP("Starters", "A neighbourhood shop: regulars, passers-by, the counter and the owner.")},
    };
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    std::vector<Starter> starters;
    for (const Shape& s : shapes) {
        QString resource = QStringLiteral(":/templates/%1.%2.json").arg(QLatin1String(s.file), language);
        if (!QFile::exists(resource))
            resource = QStringLiteral(":/templates/%1.en.json").arg(QLatin1String(s.file));
        starters.push_back({resource, translated(s.title), translated(s.description)});
    }
    return starters;
}

}  // namespace mizan::ui
