// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mizan::ui {

Language::Language(QObject* parent) : QObject(parent) {}

Language::~Language()
{
    if (mizan_)
        QCoreApplication::removeTranslator(mizan_.get());
    if (qt_)
        QCoreApplication::removeTranslator(qt_.get());
}

QStringList Language::available()
{
    return {QStringLiteral("ar"), QStringLiteral("he"), QStringLiteral("en"), QStringLiteral("fr")};
}

QString Language::nativeName(const QString& code)
{
    if (code == QLatin1String("ar"))
        return QStringLiteral("العربية");
    if (code == QLatin1String("he"))
        return QStringLiteral("עברית");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString Language::systemDefault()
{
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (code == QLatin1String("iw"))
            return QStringLiteral("he");
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool Language::apply(const QString& requested)
{
    const QString code = available().contains(requested) ? requested : systemDefault();
    auto mizan = std::make_unique<QTranslator>();
    if (!mizan->load(QStringLiteral(":/i18n/mizan_%1.qm").arg(code)))
        return false;
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (mizan_)
        QCoreApplication::removeTranslator(mizan_.get());
    if (qt_)
        QCoreApplication::removeTranslator(qt_.get());
    mizan_ = std::move(mizan);
    qt_ = haveQt ? std::move(qt) : nullptr;
    if (qt_)
        QCoreApplication::installTranslator(qt_.get());
    QCoreApplication::installTranslator(mizan_.get());  // sends LanguageChange to every widget

    const QLocale locale(code);
    QLocale::setDefault(locale);
    if (qobject_cast<QApplication*>(QCoreApplication::instance()))
        QApplication::setLayoutDirection(locale.textDirection());
    current_ = code;
    emit changed(code);
    return true;
}

}  // namespace mizan::ui
