// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds the planner's forms: each field reads its value from the selected
// note and writes changes back as an undoable edit of that note. Fields are
// refreshed in place after every edit (the focused one keeps what the user
// is typing), so the panel never loses the cursor.

#include "core/model/canvas.h"
#include "core/model/enum_set.h"
#include "ui/texts.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <vector>

class QFormLayout;
class QGridLayout;
class QLayout;
class QVBoxLayout;
class QWidget;

namespace mizan::ui {

class Document;

class FormBuilder {
    Q_DECLARE_TR_FUNCTIONS(FormBuilder)

public:
    using Getter = std::function<const Note*()>;
    using Mutator = std::function<void(Note&)>;

    FormBuilder(Document& document, NoteId note, QVBoxLayout* layout);

    void heading(const QString& text, const QString& methodRef = {});
    void explanation(const QString& text);

    // Free text: single line, or multi-line.
    void text(const QString& label, std::function<std::string(const Note&)> get,
              std::function<void(Note&, const std::string&)> set, bool multiLine = false);
    // One optional value of an enum, as a combo box with "Not set".
    template <typename E>
    void choice(const QString& label, std::function<std::optional<E>(const Note&)> get,
                std::function<void(Note&, std::optional<E>)> set);
    // One value of an enum as radio buttons with their explanations.
    template <typename E>
    void radios(std::function<std::optional<E>(const Note&)> get, std::function<void(Note&, std::optional<E>)> set);
    // A set of enum values as check boxes (with explanations as tooltips).
    template <typename E>
    void checks(std::function<EnumSet<E>(const Note&)> get, std::function<void(Note&, EnumSet<E>)> set,
                const std::vector<E>& values, int columns = 1);
    // A set of notes (ids) from a block, as check boxes.
    void noteChecks(BlockId from, std::function<std::vector<NoteId>(const Note&)> get,
                    std::function<void(Note&, std::vector<NoteId>)> set,
                    std::function<QString(const Note&)> describe = {});
    void number(const QString& label, std::function<std::optional<std::int64_t>(const Note&)> get,
                std::function<void(Note&, std::optional<std::int64_t>)> set);
    void money(const QString& label, std::function<std::optional<double>(const Note&)> get,
               std::function<void(Note&, std::optional<double>)> set);
    void colour(const QString& label, std::function<std::string(const Note&)> get,
                std::function<void(Note&, const std::string&)> set);
    // A widget whose content comes from a function, refreshed with the rest.
    void custom(QWidget* widget, std::function<void()> refresh);

    // Reloads every field from the canvas.
    void refresh();

    const Note* note() const;
    void edit(const QString& action, const Mutator& change, int mergeKey = -1);
    QVBoxLayout* layout() const { return layout_; }

private:
    QWidget* labelled(const QString& label, QWidget* field);
    int mergeKeyFor(const QString& field) const;

    Document& document_;
    NoteId id_;
    QVBoxLayout* layout_;
    std::vector<std::function<void()>> refreshers_;
};

}  // namespace mizan::ui

#include "ui/panels/form_builder_impl.h"
