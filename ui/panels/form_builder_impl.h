// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Template members of FormBuilder (included from form_builder.h).

#include "core/model/vocabulary.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace mizan::ui {

inline QString explanationOf(const Term& t)
{
    QString text = t.explanation && *t.explanation ? QCoreApplication::translate(kVocabularyContext, t.explanation)
                                                   : QString();
    if (t.methodRef && *t.methodRef)
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("(%1)").arg(t.methodRef);
    return text;
}

template <typename E>
void FormBuilder::choice(const QString& labelText, std::function<std::optional<E>(const Note&)> get,
                         std::function<void(Note&, std::optional<E>)> set)
{
    auto* combo = new QComboBox;
    combo->setAccessibleName(labelText);
    combo->addItem(tr("Not set"));
    for (E v : allValues<E>()) {
        combo->addItem(label(v), int(v));
        combo->setItemData(combo->count() - 1, explanationOf(term(v)), Qt::ToolTipRole);
    }
    layout_->addWidget(labelled(labelText, combo));
    QObject::connect(combo, qOverload<int>(&QComboBox::activated), combo, [this, combo, set, labelText](int index) {
        const std::optional<E> value = index <= 0 ? std::nullopt : std::optional<E>(static_cast<E>(combo->itemData(index).toInt()));
        edit(tr("Change %1").arg(labelText), [&](Note& n) { set(n, value); });
    });
    refreshers_.push_back([this, combo, get] {
        if (const Note* n = note()) {
            const QSignalBlocker block(combo);
            const auto v = get(*n);
            combo->setCurrentIndex(v ? combo->findData(int(*v)) : 0);
        }
    });
}

template <typename E>
void FormBuilder::radios(std::function<std::optional<E>(const Note&)> get, std::function<void(Note&, std::optional<E>)> set)
{
    auto* group = new QButtonGroup(layout_->parentWidget());
    std::vector<QRadioButton*> buttons;
    for (E v : allValues<E>()) {
        auto* button = new QRadioButton(label(v));
        const QString explanation = explanationOf(term(v));
        button->setToolTip(explanation);
        button->setAccessibleDescription(explanation);
        group->addButton(button, int(v));
        layout_->addWidget(button);
        if (!explanation.isEmpty()) {
            auto* hint = new QLabel(explanation);
            hint->setWordWrap(true);
            hint->setIndent(24);
            hint->setForegroundRole(QPalette::PlaceholderText);
            layout_->addWidget(hint);
        }
        buttons.push_back(button);
    }
    QObject::connect(group, &QButtonGroup::idClicked, group, [this, set](int id) {
        edit(tr("Answer a question"), [&](Note& n) { set(n, static_cast<E>(id)); });
    });
    refreshers_.push_back([this, group, buttons, get] {
        if (const Note* n = note()) {
            const auto v = get(*n);
            group->setExclusive(false);
            for (auto* b : buttons) {
                const QSignalBlocker block(b);
                b->setChecked(v && group->id(b) == int(*v));
            }
            group->setExclusive(true);
        }
    });
}

template <typename E>
void FormBuilder::checks(std::function<EnumSet<E>(const Note&)> get, std::function<void(Note&, EnumSet<E>)> set,
                         const std::vector<E>& values, int columns)
{
    auto* box = new QWidget;
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    std::vector<std::pair<E, QCheckBox*>> boxes;
    int i = 0;
    for (E v : values) {
        auto* check = new QCheckBox(label(v));
        check->setToolTip(explanationOf(term(v)));
        check->setAccessibleDescription(check->toolTip());
        grid->addWidget(check, i / columns, i % columns);
        ++i;
        boxes.emplace_back(v, check);
        QObject::connect(check, &QCheckBox::toggled, check, [this, v, get, set](bool on) {
            edit(tr("Answer a question"), [&](Note& n) {
                EnumSet<E> s = get(n);
                s.set(v, on);
                set(n, s);
            });
        });
    }
    layout_->addWidget(box);
    refreshers_.push_back([this, boxes, get] {
        if (const Note* n = note()) {
            const EnumSet<E> s = get(*n);
            for (const auto& [v, check] : boxes) {
                const QSignalBlocker block(check);
                check->setChecked(s.contains(v));
            }
        }
    });
}

}  // namespace mizan::ui
