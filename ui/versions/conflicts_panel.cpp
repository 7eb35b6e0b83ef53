// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/versions/conflicts_panel.h"

#include "core/versions/canvas_diff.h"
#include "core/versions/canvas_merge.h"
#include "ui/document/document.h"
#include "ui/texts.h"
#include "ui/versions/change_text.h"
#include "ui/panels/wrapping_rows.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mizan::ui {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QString valueText(const MergeConflict& c, const std::string& value, const Canvas& canvas)
{
    if (c.field == "deleted")
        return value.empty() ? ConflictsPanel::tr("deleted") : ConflictsPanel::tr("edited: %1").arg(QString::fromStdString(value));
    if (c.field == "block") {
        const auto b = fromKey<BlockId>(value);
        return b ? blockTitle(*b) : QString::fromStdString(value);
    }
    // The field's text (a string's text, else JSON): quoted for the lookup.
    return changeValueText(c.field, value.empty() || value.front() == '[' || value.front() == '{'
                                        ? value
                                        : QStringLiteral("\"%1\"").arg(QString::fromStdString(value)).toStdString(),
                           canvas);
}

// Mine as the canvas has it now (it may have been edited since the merge).
std::string currentValue(const MergeConflict& c, const Canvas& canvas)
{
    if (c.note.empty() || c.field == "deleted" || c.field == "note" || c.field == "added")
        return c.ours;
    const auto loc = canvas.locate(c.note);
    if (!loc)
        return c.ours;
    if (c.field == "block")
        return std::string(toKey(loc->block));
    const NoteFields fields = noteFields(canvas.notes(loc->block)[loc->index]);
    const auto it = fields.find(c.field);
    return it == fields.end() ? std::string() : fieldText(it->second);
}

}  // namespace

ConflictsPanel::ConflictsPanel(QWidget* parent) : QWidget(parent)
{
    hint_ = new QLabel(this);
    hint_->setWordWrap(true);
    list_ = new QTreeWidget(this);
    list_->setObjectName(QStringLiteral("conflicts"));
    list_->setColumnCount(4);
    list_->setRootIsDecorated(false);
    list_->setAllColumnsShowFocus(true);
    wrapRowsToColumns(list_);
    mine_ = new QPushButton(this);
    theirs_ = new QPushButton(this);
    edit_ = new QPushButton(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(mine_);
    buttons->addWidget(theirs_);
    buttons->addWidget(edit_);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(hint_);
    layout->addWidget(list_, 1);
    layout->addLayout(buttons);
    connect(mine_, &QPushButton::clicked, this, [this] { resolve(false); });
    connect(theirs_, &QPushButton::clicked, this, [this] { resolve(true); });
    connect(edit_, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem* item = list_->currentItem();
        if (!item || !document_)
            return;
        const auto& c = document_->conflicts().at(std::size_t(item->data(0, kIndexRole).toInt()));
        if (!c.note.empty())
            emit noteRequested(c.note);
    });
    connect(list_, &QTreeWidget::currentItemChanged, this, &ConflictsPanel::updateButtons);
    connect(list_, &QTreeWidget::itemActivated, edit_, &QPushButton::click);
    retranslate();
}

int ConflictsPanel::count() const
{
    return document_ ? int(document_->conflicts().size()) : 0;
}

void ConflictsPanel::setDocument(Document* document)
{
    if (document_)
        disconnect(document_, nullptr, this, nullptr);
    document_ = document;
    if (document_) {
        connect(document_, &Document::conflictsChanged, this, &ConflictsPanel::refresh);
        connect(document_, &Document::changed, this, [this] {
            if (count() > 0)
                refresh();
        });
        connect(document_, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    refresh();
}

void ConflictsPanel::refresh()
{
    const int keep = list_->currentIndex().row();
    list_->clear();
    if (document_) {
        const Canvas& canvas = document_->canvas();
        const auto& conflicts = document_->conflicts();
        for (std::size_t i = 0; i < conflicts.size(); ++i) {
            const MergeConflict& c = conflicts[i];
            auto* item = new QTreeWidgetItem(list_);
            item->setText(0, c.note.empty() ? tr("The canvas")
                                            : (canvas.contains(c.note) ? noteTitle(canvas, c.note)
                                                                       : QString::fromStdString(c.name)));
            item->setText(1, c.field == "deleted" ? tr("Deleted on one side, edited on the other")
                             : c.field == "block" ? tr("Block")
                                                  : changeFieldLabel(c.field));
            item->setText(2, valueText(c, currentValue(c, canvas), canvas));
            item->setText(3, valueText(c, c.theirs, canvas));
            for (int col = 0; col < 4; ++col)
                item->setToolTip(col, item->text(col));
            item->setData(0, kIndexRole, int(i));
        }
    }
    if (list_->topLevelItemCount() > 0)
        list_->setCurrentItem(list_->topLevelItem(qBound(0, keep, list_->topLevelItemCount() - 1)));
    for (int c = 0; c < 2; ++c)
        list_->resizeColumnToContents(c);
    hint_->setText(count() == 0 ? tr("No merge conflicts.")
                                : tr("%Ln conflict(s) from a merge: for each, keep yours, keep theirs, or edit the note. "
                                     "Yours is on the canvas until you choose.",
                                     nullptr, count()));
    updateButtons();
    emit countChanged(count());
}

void ConflictsPanel::updateButtons()
{
    const QTreeWidgetItem* item = list_->currentItem();
    const bool editable = document_ && !document_->isReadOnly();
    const MergeConflict* c = item && document_ ? &document_->conflicts().at(std::size_t(item->data(0, kIndexRole).toInt()))
                                               : nullptr;
    mine_->setEnabled(c && editable);
    theirs_->setEnabled(c && editable && document_->canKeepTheirs(*c));
    edit_->setEnabled(c && !c->note.empty());
}

void ConflictsPanel::resolve(bool theirs)
{
    const QTreeWidgetItem* item = list_->currentItem();
    if (!item || !document_)
        return;
    QString error;
    if (!document_->resolveConflict(std::size_t(item->data(0, kIndexRole).toInt()),
                                    theirs ? Document::Resolution::KeepTheirs : Document::Resolution::KeepMine, &error)
        && !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot keep theirs"), error);
}

void ConflictsPanel::retranslate()
{
    list_->setHeaderLabels({tr("Note"), tr("What"), tr("Mine"), tr("Theirs")});
    mine_->setText(tr("Keep Mine"));
    theirs_->setText(tr("Keep Theirs"));
    edit_->setText(tr("Edit the Note"));
    refresh();
}

void ConflictsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mizan::ui
