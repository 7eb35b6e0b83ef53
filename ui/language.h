// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The interface language: Arabic, Hebrew, English or French, chosen in the
// app and applied at once (no restart), defaulting to the system's. Loads
// Mizan's translation and Qt's own, sets the locale for numbers and dates,
// and mirrors the interface for right-to-left languages.

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace mizan::ui {

class Language : public QObject {
    Q_OBJECT

public:
    explicit Language(QObject* parent = nullptr);
    ~Language() override;

    // "ar", "he", "en", "fr"; the languages Mizan speaks.
    static QStringList available();
    // The language's own name: "العربية", "עברית", "English", "Français".
    static QString nativeName(const QString& code);
    // The best available language for the system's locale.
    static QString systemDefault();

    QString current() const { return current_; }
    // Applies code ("" for the system's) now: every window retranslates
    // and, for Arabic and Hebrew, mirrors.
    bool apply(const QString& code);

signals:
    void changed(const QString& code);

private:
    std::unique_ptr<QTranslator> mizan_;
    std::unique_ptr<QTranslator> qt_;
    QString current_;
};

}  // namespace mizan::ui
