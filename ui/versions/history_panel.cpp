// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/versions/history_panel.h"

#include "core/versions/canvas_history.h"
#include "ui/document/document.h"
#include "ui/panels/wrapping_rows.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mizan::ui {

namespace {
constexpr int kVersionRole = Qt::UserRole + 1;
}

HistoryPanel::HistoryPanel(QWidget* parent) : QWidget(parent)
{
    hint_ = new QLabel(this);
    hint_->setWordWrap(true);
    list_ = new QTreeWidget(this);
    list_->setObjectName(QStringLiteral("versions"));
    list_->setColumnCount(2);
    list_->setRootIsDecorated(false);
    wrapRowsToColumns(list_);
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list_->setAllColumnsShowFocus(true);
    list_->header()->setStretchLastSection(true);
    save_ = new QPushButton(this);
    open_ = new QPushButton(this);
    compare_ = new QPushButton(this);
    restore_ = new QPushButton(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open_);
    buttons->addWidget(compare_);
    buttons->addWidget(restore_);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    top->addWidget(hint_, 1);
    top->addWidget(save_);
    layout->addLayout(top);
    layout->addWidget(list_, 1);
    layout->addLayout(buttons);

    const auto withCurrent = [this](void (HistoryPanel::*signal)(std::int64_t)) {
        return [this, signal] {
            if (const auto v = currentVersion())
                emit(this->*signal)(*v);
        };
    };
    const auto compare = [this] {
        const auto chosen = selectedVersions();
        if (chosen.size() == 2)
            emit compareTwoRequested(chosen[0], chosen[1]);
        else if (const auto v = currentVersion())
            emit compareRequested(*v);
    };
    connect(save_, &QPushButton::clicked, this, &HistoryPanel::saveVersionRequested);
    connect(open_, &QPushButton::clicked, this, withCurrent(&HistoryPanel::openRequested));
    connect(compare_, &QPushButton::clicked, this, compare);
    connect(restore_, &QPushButton::clicked, this, withCurrent(&HistoryPanel::restoreRequested));

    // The same, and renaming and deleting, from the list's context menu and keys.
    const auto listAction = [this](auto slot, QKeySequence key = {}) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        list_->addAction(action);
        return action;
    };
    openAction_ = listAction(withCurrent(&HistoryPanel::openRequested));
    compareAction_ = listAction(compare);
    restoreAction_ = listAction(withCurrent(&HistoryPanel::restoreRequested));
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    list_->addAction(separator);
    rename_ = listAction(withCurrent(&HistoryPanel::renameRequested), QKeySequence(Qt::Key_F2));
    delete_ = listAction(
        [this] {
            if (const auto chosen = selectedVersions(); !chosen.empty())
                emit deleteRequested(chosen);
        },
        QKeySequence(QKeySequence::Delete));
    list_->setContextMenuPolicy(Qt::ActionsContextMenu);
    list_->installEventFilter(this);
    connect(list_, &QTreeWidget::itemActivated, this, withCurrent(&HistoryPanel::compareRequested));
    connect(list_, &QTreeWidget::currentItemChanged, this, &HistoryPanel::updateButtons);
    connect(list_, &QTreeWidget::itemSelectionChanged, this, &HistoryPanel::updateButtons);
    retranslate();
}

void HistoryPanel::setDocument(Document* document)
{
    if (document_)
        disconnect(document_, nullptr, this, nullptr);
    document_ = document;
    if (document_) {
        connect(document_, &Document::historyChanged, this, &HistoryPanel::refresh);
        connect(document_, &Document::filePathChanged, this, &HistoryPanel::refresh);
        connect(document_, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    refresh();
}

std::optional<std::int64_t> HistoryPanel::currentVersion() const
{
    const QTreeWidgetItem* item = list_->currentItem();
    if (!item || !item->data(0, kVersionRole).isValid())
        return std::nullopt;
    return item->data(0, kVersionRole).toLongLong();
}

std::vector<std::int64_t> HistoryPanel::selectedVersions() const
{
    std::vector<std::int64_t> out;
    for (const QTreeWidgetItem* item : list_->selectedItems())
        out.push_back(item->data(0, kVersionRole).toLongLong());
    std::sort(out.begin(), out.end());
    return out;
}

QString HistoryPanel::summary(const Version& v, bool first)
{
    if (first)
        return tr("The first version: %Ln note(s)", nullptr, int(v.noteCount));
    QStringList parts;
    if (v.added)
        parts << tr("%Ln added", nullptr, v.added);
    if (v.removed)
        parts << tr("%Ln removed", nullptr, v.removed);
    if (v.moved)
        parts << tr("%Ln moved", nullptr, v.moved);
    if (v.changed)
        parts << tr("%Ln changed", nullptr, v.changed);
    if (parts.isEmpty())
        return tr("No change to the notes");
    return QLocale().createSeparatedList(parts);
}

void HistoryPanel::refresh()
{
    list_->clear();
    const bool keeps = document_ && document_->keepsHistory();
    if (document_) {
        const auto& versions = document_->history().versions();
        for (std::size_t i = versions.size(); i-- > 0;) {
            const Version& v = versions[i];
            auto* item = new QTreeWidgetItem(list_);
            // The name (or "Automatic") over the date; what changed beside, wrapped.
            const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(v.created), QLocale::ShortFormat);
            item->setText(0, (v.automatic() ? tr("Automatic") : QString::fromStdString(v.name)) + QLatin1Char('\n') + when);
            item->setText(1, summary(v, i == 0));
            item->setData(0, kVersionRole, qlonglong(v.id));
            for (int c = 0; c < 2; ++c)
                item->setToolTip(c, item->text(c));
            if (!v.automatic()) {
                QFont bold = item->font(0);
                bold.setBold(true);
                item->setFont(0, bold);
            }
        }
        if (!versions.empty())
            list_->setCurrentItem(list_->topLevelItem(0));
    }
    list_->resizeColumnToContents(0);
    save_->setEnabled(document_ && !document_->isReadOnly());
    hint_->setText(!document_   ? QString()
                   : !keeps     ? tr("Versions are kept in .mizan documents: save this canvas as one to keep its history.")
                   : list_->topLevelItemCount() == 0
                       ? tr("No versions yet. Save a version before a workshop or a pitch; the first save of a new day also keeps the canvas as it stood at the end of the last day.")
                       : tr("%Ln version(s)", nullptr, list_->topLevelItemCount()));
    updateButtons();
}

void HistoryPanel::updateButtons()
{
    const bool has = currentVersion().has_value();
    const bool two = selectedVersions().size() == 2;
    open_->setEnabled(has);
    compare_->setEnabled(has && selectedVersions().size() <= 2);
    compare_->setText(two ? tr("Compare the Two") : tr("Compare with Now"));
    compare_->setToolTip(tr("Select two versions (Ctrl+click) to compare them with each other"));
    const bool editable = document_ && !document_->isReadOnly() && document_->keepsHistory();
    restore_->setEnabled(has && document_ && !document_->isReadOnly());
    openAction_->setEnabled(open_->isEnabled());
    compareAction_->setEnabled(compare_->isEnabled());
    compareAction_->setText(compare_->text());
    restoreAction_->setEnabled(restore_->isEnabled());
    rename_->setEnabled(has && editable && selectedVersions().size() <= 1);
    delete_->setEnabled(has && editable);
}

void HistoryPanel::retranslate()
{
    list_->setHeaderLabels({tr("Version"), tr("What changed")});
    save_->setText(tr("Save a Version…"));
    open_->setText(tr("Open"));
    open_->setToolTip(tr("Open the version read-only in a new tab"));
    restore_->setText(tr("Restore"));
    restore_->setToolTip(tr("Make the canvas what this version holds (Undo takes it back)"));
    openAction_->setText(open_->text());
    restoreAction_->setText(restore_->text());
    rename_->setText(tr("Rename…"));
    delete_->setText(tr("Delete…"));
    refresh();
}

bool HistoryPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == list_ && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        QAction* action = key->matches(QKeySequence::Delete) ? delete_
                        : key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier ? rename_
                                                                                         : nullptr;
        if (action) {
            // Taken by the list rather than by a shortcut of the window.
            event->accept();
            if (event->type() == QEvent::KeyPress && action->isEnabled())
                action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mizan::ui
