// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/form_builder.h"

#include "core/model/canvas_edit.h"
#include "ui/document/document.h"
#include "ui/canvas/note_item.h"

#include <QColorDialog>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace mizan::ui {

namespace {


// Text fields follow the direction of what is typed in them.
void followTextDirection(QWidget* field, const QString& text)
{
    const auto d = directionOfText(text);
    field->setLayoutDirection(d == Qt::LayoutDirectionAuto ? field->parentWidget() ? field->parentWidget()->layoutDirection()
                                                                                   : Qt::LeftToRight
                                                           : d);
}

}  // namespace

FormBuilder::FormBuilder(Document& document, NoteId note, QVBoxLayout* layout)
    : document_(document), id_(std::move(note)), layout_(layout)
{
}

const Note* FormBuilder::note() const
{
    return document_.canvas().find(id_);
}

void FormBuilder::edit(const QString& action, const Mutator& change, int mergeKey)
{
    const Note* current = note();
    if (!current)
        return;
    Note changed = *current;
    change(changed);
    document_.apply(edits::changeNotes(document_.canvas(), {changed}), action, mergeKey);
}

int FormBuilder::mergeKeyFor(const QString& field) const
{
    // Typing in one field of one note merges into one undo step.
    return int(qHash(QString::fromStdString(id_) + QLatin1Char(':') + field) & 0x3fffffff);
}

QWidget* FormBuilder::labelled(const QString& labelText, QWidget* field)
{
    auto* row = new QWidget;
    auto* box = new QVBoxLayout(row);
    box->setContentsMargins(0, 2, 0, 2);
    box->setSpacing(2);
    auto* l = new QLabel(labelText);
    l->setWordWrap(true);
    l->setBuddy(field);
    box->addWidget(l);
    box->addWidget(field);
    field->setAccessibleName(labelText);
    return row;
}

void FormBuilder::heading(const QString& textValue, const QString& methodRef)
{
    auto* l = new QLabel(QStringLiteral("<b>%1</b>%2").arg(textValue.toHtmlEscaped(),
                                                         methodRef.isEmpty() ? QString()
                                                                             : QStringLiteral(" <small>(%1)</small>").arg(methodRef)));
    l->setWordWrap(true);
    if (!methodRef.isEmpty())
        l->setToolTip(methodText(methodRef.toStdString()));
    layout_->addSpacing(8);
    layout_->addWidget(l);
}

void FormBuilder::explanation(const QString& textValue)
{
    auto* l = new QLabel(textValue);
    l->setWordWrap(true);
    l->setForegroundRole(QPalette::PlaceholderText);
    layout_->addWidget(l);
}

void FormBuilder::text(const QString& labelText, std::function<std::string(const Note&)> get,
                       std::function<void(Note&, const std::string&)> set, bool multiLine)
{
    const int key = mergeKeyFor(labelText);
    const QString action = tr("Edit %1").arg(labelText);
    if (multiLine) {
        auto* field = new QPlainTextEdit;
        field->setTabChangesFocus(true);
        field->setFixedHeight(72);
        layout_->addWidget(labelled(labelText, field));
        QObject::connect(field, &QPlainTextEdit::textChanged, field, [=, this] {
            followTextDirection(field, field->toPlainText());
            const std::string value = field->toPlainText().toStdString();
            edit(action, [&](Note& n) { set(n, value); }, key);
        });
        refreshers_.push_back([=, this] {
            const Note* n = note();
            if (!n || field->hasFocus())
                return;
            const QString value = QString::fromStdString(get(*n));
            if (field->toPlainText() != value) {
                const QSignalBlocker block(field);
                field->setPlainText(value);
            }
            followTextDirection(field, value);
        });
    } else {
        auto* field = new QLineEdit;
        layout_->addWidget(labelled(labelText, field));
        QObject::connect(field, &QLineEdit::textEdited, field, [=, this](const QString& value) {
            followTextDirection(field, value);
            edit(action, [&](Note& n) { set(n, value.toStdString()); }, key);
        });
        refreshers_.push_back([=, this] {
            const Note* n = note();
            if (!n || field->hasFocus())
                return;
            const QString value = QString::fromStdString(get(*n));
            if (field->text() != value) {
                const QSignalBlocker block(field);
                field->setText(value);
            }
            followTextDirection(field, value);
        });
    }
}

void FormBuilder::noteChecks(BlockId from, std::function<std::vector<NoteId>(const Note&)> get,
                             std::function<void(Note&, std::vector<NoteId>)> set,
                             std::function<QString(const Note&)> describe)
{
    const auto& candidates = document_.canvas().notes(from);
    if (candidates.empty()) {
        explanation(tr("There are no notes in %1 yet.").arg(blockTitle(from)));
        return;
    }
    std::vector<std::pair<NoteId, QCheckBox*>> boxes;
    for (const Note& c : candidates) {
        QString caption = noteTitle(document_.canvas(), c.id);
        if (describe) {
            const QString extra = describe(c);
            if (!extra.isEmpty())
                caption += QStringLiteral(" (%1)").arg(extra);
        }
        // Long names are shortened so the panel keeps its width; the tooltip has them whole.
        auto* check = new QCheckBox(caption.size() > 36 ? caption.left(34) + QStringLiteral("…") : caption);
        check->setToolTip(caption);
        check->setAccessibleName(caption);
        layout_->addWidget(check);
        boxes.emplace_back(c.id, check);
        const NoteId id = c.id;
        QObject::connect(check, &QCheckBox::toggled, check, [this, id, get, set](bool on) {
            edit(tr("Answer a question"), [&](Note& n) {
                std::vector<NoteId> ids = get(n);
                std::erase(ids, id);
                if (on)
                    ids.push_back(id);
                set(n, ids);
            });
        });
    }
    refreshers_.push_back([this, boxes, get] {
        if (const Note* n = note()) {
            const auto ids = get(*n);
            for (const auto& [id, check] : boxes) {
                const QSignalBlocker block(check);
                check->setChecked(std::find(ids.begin(), ids.end(), id) != ids.end());
            }
        }
    });
}

void FormBuilder::number(const QString& labelText, std::function<std::optional<std::int64_t>(const Note&)> get,
                         std::function<void(Note&, std::optional<std::int64_t>)> set)
{
    auto* spin = new QSpinBox;
    spin->setRange(-1, 2'000'000'000);
    spin->setSpecialValueText(tr("Not set"));
    spin->setGroupSeparatorShown(true);
    layout_->addWidget(labelled(labelText, spin));
    const int key = mergeKeyFor(labelText);
    QObject::connect(spin, qOverload<int>(&QSpinBox::valueChanged), spin, [=, this](int v) {
        edit(tr("Change %1").arg(labelText), [&](Note& n) { set(n, v < 0 ? std::nullopt : std::optional<std::int64_t>(v)); }, key);
    });
    refreshers_.push_back([=, this] {
        if (const Note* n = note(); n && !spin->hasFocus()) {
            const QSignalBlocker block(spin);
            const auto v = get(*n);
            spin->setValue(v ? int(std::min<std::int64_t>(*v, 2'000'000'000)) : -1);
        }
    });
}

void FormBuilder::money(const QString& labelText, std::function<std::optional<double>(const Note&)> get,
                        std::function<void(Note&, std::optional<double>)> set)
{
    auto* spin = new QDoubleSpinBox;
    spin->setRange(-1, 1e12);
    spin->setDecimals(2);
    spin->setSpecialValueText(tr("Not set"));
    spin->setGroupSeparatorShown(true);
    layout_->addWidget(labelled(labelText, spin));
    const int key = mergeKeyFor(labelText);
    QObject::connect(spin, qOverload<double>(&QDoubleSpinBox::valueChanged), spin, [=, this](double v) {
        edit(tr("Change %1").arg(labelText), [&](Note& n) { set(n, v < 0 ? std::nullopt : std::optional<double>(v)); }, key);
    });
    refreshers_.push_back([=, this] {
        if (const Note* n = note(); n && !spin->hasFocus()) {
            const QSignalBlocker block(spin);
            const auto v = get(*n);
            spin->setValue(v ? *v : -1);
        }
    });
}

void FormBuilder::colour(const QString& labelText, std::function<std::string(const Note&)> get,
                         std::function<void(Note&, const std::string&)> set)
{
    auto* row = new QWidget;
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    // One button shows the colour and picks another; the other goes back
    // to the automatic colour, and is only offered when a colour is set.
    auto* button = new QPushButton;
    auto* clear = new QPushButton(tr("Automatic"));
    clear->setToolTip(tr("Use the automatic colour again"));
    clear->setAccessibleName(tr("Automatic %1").arg(labelText));
    h->addWidget(button, 1);
    h->addWidget(clear);
    layout_->addWidget(labelled(labelText, row));
    button->setAccessibleName(labelText);
    QObject::connect(button, &QPushButton::clicked, button, [=, this] {
        const Note* n = note();
        const QColor initial = n && !get(*n).empty() ? QColor(QString::fromStdString(get(*n))) : QColor(Qt::white);
        const QColor chosen = QColorDialog::getColor(initial, button, labelText);
        if (chosen.isValid())
            edit(tr("Change %1").arg(labelText), [&](Note& m) { set(m, chosen.name().toStdString()); });
    });
    QObject::connect(clear, &QPushButton::clicked, clear,
                     [=, this] { edit(tr("Change %1").arg(labelText), [&](Note& m) { set(m, std::string()); }); });
    refreshers_.push_back([=, this] {
        if (const Note* n = note()) {
            const QString c = QString::fromStdString(get(*n));
            button->setText(c.isEmpty() ? tr("Choose a colour...") : c);
            clear->setEnabled(!c.isEmpty());
            button->setStyleSheet(c.isEmpty() ? QString() : QStringLiteral("background:%1;color:%2").arg(c, QColor(c).lightness() > 128 ? "black" : "white"));
        }
    });
}

void FormBuilder::custom(QWidget* widget, std::function<void()> refresh)
{
    layout_->addWidget(widget);
    refreshers_.push_back(std::move(refresh));
}

void FormBuilder::refresh()
{
    for (auto& r : refreshers_)
        r();
}

}  // namespace mizan::ui
