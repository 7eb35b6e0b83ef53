// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/document_tab.h"

#include "ui/canvas/canvas_layout.h"
#include "ui/canvas/canvas_scene.h"
#include "ui/canvas/canvas_view.h"
#include "ui/document/document.h"
#include "ui/canvas/note_item.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace mizan::ui {

DocumentTab::DocumentTab(std::unique_ptr<Document> document, QWidget* parent)
    : QWidget(parent), document_(std::move(document))
{
    scene_ = new CanvasScene(*document_, this);
    view_ = new CanvasView(scene_, this);
    banner_ = new QLabel(this);
    banner_->setWordWrap(true);
    banner_->setMargin(8);
    banner_->setStyleSheet(QStringLiteral("QLabel{background:#fff3cd;color:#5c4400;border-bottom:1px solid #e0c46c;}"));
    banner_->setAccessibleName(tr("Document status"));

    findBar_ = new QWidget(this);
    auto* findLayout = new QHBoxLayout(findBar_);
    findLayout->setContentsMargins(6, 2, 6, 2);
    findField_ = new QLineEdit(findBar_);
    findField_->setPlaceholderText(tr("Find in notes"));
    findField_->setAccessibleName(tr("Find in notes"));
    findField_->setClearButtonEnabled(true);
    findStatus_ = new QLabel(findBar_);
    auto* close = new QToolButton(findBar_);
    close->setText(QStringLiteral("×"));
    close->setAccessibleName(tr("Close find bar"));
    findLayout->addWidget(findField_, 1);
    findLayout->addWidget(findStatus_);
    findLayout->addWidget(close);
    findBar_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner_);
    layout->addWidget(findBar_);
    layout->addWidget(view_, 1);

    connect(findField_, &QLineEdit::textChanged, this, [this](const QString& text) {
        matches_ = scene_->markMatches(text);
        matchIndex_ = -1;
        if (text.isEmpty())
            findStatus_->clear();
        else if (matches_.empty())
            findStatus_->setText(tr("No match"));
        else
            findNext();
    });
    connect(findField_, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(close, &QToolButton::clicked, this, [this] {
        findField_->clear();
        findBar_->hide();
        view_->setFocus();
    });
    connect(document_.get(), &Document::workingCopyFailed, this, &DocumentTab::updateBanner);
    connect(document_.get(), &Document::modifiedChanged, this, &DocumentTab::updateBanner);
    updateBanner();
}

DocumentTab::~DocumentTab()
{
    // The scene refers to the document: it goes first, quietly (its items'
    // deletion would otherwise announce selection changes to a window that
    // may be half destroyed).
    scene_->blockSignals(true);
    delete view_;
    delete scene_;
}

void DocumentTab::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        findField_->setPlaceholderText(tr("Find in notes"));
        findField_->setAccessibleName(tr("Find in notes"));
        updateBanner();
    }
}

void DocumentTab::updateBanner()
{
    QString text;
    if (!document_->workingCopyError().isEmpty())
        text = tr("Mizan cannot keep a copy of your changes, so editing is paused: %1 Save the canvas elsewhere to "
                  "keep it.")
                   .arg(document_->workingCopyError());
    else if (document_->isReadOnly())
        text = tr("Read-only: %1").arg(document_->readOnlyReason());
    banner_->setText(text);
    banner_->setVisible(!text.isEmpty());
}

void DocumentTab::showFind()
{
    findBar_->show();
    findField_->setFocus();
    findField_->selectAll();
}

void DocumentTab::findNext(bool backwards)
{
    if (matches_.empty())
        return;
    const int n = int(matches_.size());
    matchIndex_ = ((backwards ? matchIndex_ - 1 : matchIndex_ + 1) % n + n) % n;
    const NoteId& id = matches_[size_t(matchIndex_)];
    scene_->selectNotes({id});
    if (NoteItem* item = scene_->noteItem(id))
        view_->reveal(item->sceneBoundingRect());
    findStatus_->setText(tr("%1 of %2").arg(QLocale().toString(matchIndex_ + 1), QLocale().toString(n)));
}

}  // namespace mizan::ui
