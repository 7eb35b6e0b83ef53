// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/document_tab.h"

#include "ui/canvas/canvas_layout.h"
#include "ui/canvas/canvas_scene.h"
#include "ui/canvas/canvas_view.h"
#include "ui/document/document.h"
#include "ui/canvas/note_item.h"

#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
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

    createDiskBar();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner_);
    layout->addWidget(diskBar_);
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
    updateDiskBar();
}

void DocumentTab::createDiskBar()
{
    diskBar_ = new QWidget(this);
    diskBar_->setObjectName(QStringLiteral("diskBar"));
    diskBar_->setAttribute(Qt::WA_StyledBackground);
    diskBar_->setStyleSheet(QStringLiteral("#diskBar{background:#dbe9fb;border-bottom:1px solid #8fb3e3;} "
                                           "#diskBar QLabel{color:#12325e;}"));
    auto* diskLayout = new QHBoxLayout(diskBar_);
    diskLayout->setContentsMargins(8, 4, 8, 4);
    diskText_ = new QLabel(diskBar_);
    diskText_->setWordWrap(true);
    diskTake_ = new QPushButton(diskBar_);
    diskCompare_ = new QPushButton(tr("Compare"), diskBar_);
    diskIgnore_ = new QPushButton(diskBar_);
    diskLayout->addWidget(diskText_, 1);
    diskLayout->addWidget(diskTake_);
    diskLayout->addWidget(diskCompare_);
    diskLayout->addWidget(diskIgnore_);
    diskBar_->hide();
    connect(diskTake_, &QPushButton::clicked, this, &DocumentTab::takeFromDisk);
    connect(diskCompare_, &QPushButton::clicked, this, [this] { emit compareRequested(diskSubject_); });
    connect(diskIgnore_, &QPushButton::clicked, this, [this] {
        if (diskSubject_ == document_->filePath())
            document_->ignoreDiskVersion();
        else
            document_->ignoreConflictCopy(diskSubject_);
        updateDiskBar();
    });
    connect(document_.get(), &Document::diskChanged, this, &DocumentTab::updateDiskBar);
    connect(document_.get(), &Document::modifiedChanged, this, &DocumentTab::updateDiskBar);
}

void DocumentTab::updateDiskBar()
{
    const QString name = QFileInfo(document_->filePath()).fileName();
    if (document_->fileChangedOnDisk()) {
        diskSubject_ = document_->filePath();
        if (document_->isModified()) {
            diskText_->setText(tr("%1 was changed on disk by another program, and you have unsaved edits. Merge the two: "
                                  "changes to different notes combine, and a note changed both ways is listed as a conflict.")
                                   .arg(name));
            diskTake_->setText(tr("Merge with My Edits"));
        } else {
            diskText_->setText(tr("%1 was changed on disk by another program.").arg(name));
            diskTake_->setText(tr("Reload"));
        }
        diskIgnore_->setText(tr("Keep Mine"));
        diskIgnore_->setToolTip(tr("Keep the canvas as it is here: the next save writes over the file on disk"));
        diskBar_->show();
        return;
    }
    const QStringList copies = document_->conflictCopies();
    if (!copies.isEmpty()) {
        diskSubject_ = copies.first();
        diskText_->setText(tr("A sync client left a conflicting copy of %1: %2. Merge it in to keep the edits made in it.")
                               .arg(name, QFileInfo(diskSubject_).fileName()));
        diskTake_->setText(tr("Merge It In"));
        diskIgnore_->setText(tr("Not Now"));
        diskIgnore_->setToolTip({});
        diskBar_->show();
        return;
    }
    diskSubject_.clear();
    diskBar_->hide();
}

void DocumentTab::takeFromDisk()
{
    QString error;
    int conflicts = 0;
    const bool done = diskSubject_ == document_->filePath() ? document_->takeDiskVersion(&error, &conflicts)
                                                            : document_->mergeCopy(diskSubject_, &error, &conflicts);
    if (!done)
        QMessageBox::warning(this, tr("Cannot read the other version"), error);
    else
        tellConflicts(this, conflicts);
    updateDiskBar();
}

void DocumentTab::tellConflicts(QWidget* parent, int conflicts)
{
    if (conflicts > 0)
        QMessageBox::information(parent, tr("Merged with conflicts"),
                                 tr("%Ln note field(s) were changed both ways. Yours is kept on the canvas for now; the "
                                    "Conflicts panel lists each one to keep yours, keep theirs, or edit.",
                                    nullptr, conflicts));
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
