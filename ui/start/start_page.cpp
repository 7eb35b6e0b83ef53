// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/start/start_page.h"

#include "ui/start/starters.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mizan::ui {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QCommandLinkButton* link(const QString& title, const QString& description, QWidget* parent)
{
    auto* button = new QCommandLinkButton(title, description, parent);
    button->setIcon(QIcon());
    button->setIconSize(QSize(0, 0));
    return button;
}

}  // namespace

StartPage::StartPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    // The page keeps a reading width on a wide screen, centred.
    auto* centre = new QWidget(scroll);
    auto* row = new QHBoxLayout(centre);
    content_ = new QWidget(centre);
    content_->setMaximumWidth(1100);
    row->addWidget(content_);
    scroll->setWidget(centre);
    rebuild();
}

void StartPage::setRecent(const QStringList& paths)
{
    if (paths == recent_)
        return;
    recent_ = paths;
    rebuild();
}

void StartPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void StartPage::rebuild()
{
    // Everything is made anew: the texts follow the language, the recent
    // files the list.
    // Later: the button clicked may be the one asking for the rebuild
    // (a recent file opened from this page).
    for (QWidget* old : content_->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    delete content_->layout();
    auto* grid = new QGridLayout(content_);
    grid->setContentsMargins(40, 32, 40, 32);
    grid->setHorizontalSpacing(40);
    grid->setVerticalSpacing(6);

    auto* title = new QLabel(content_);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    title->setFont(big);
    title->setText(tr("Mizan"));
    grid->addWidget(title, 0, 0, 1, 3);
    auto* intro = new QLabel(tr("Fill in the nine blocks of your business model, plan each customer segment's "
                                "relationship, and see where the blocks contradict each other."),
                             content_);
    intro->setWordWrap(true);
    grid->addWidget(intro, 1, 0, 1, 3);
    grid->setRowMinimumHeight(2, 16);
    addColumns(grid);
}

void StartPage::addColumns(QGridLayout* grid)
{

    // Start, templates and examples, recent files: three columns.
    auto column = [&](int index, const QString& name) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(heading(name, content_));
        grid->addLayout(box, 3, index, Qt::AlignTop);
        grid->setColumnStretch(index, 1);
        grid->setColumnMinimumWidth(index, 200);
        return box;
    };
    QVBoxLayout* start = column(0, tr("Start"));
    QCommandLinkButton* blank =
        link(tr("New empty canvas"), tr("The nine blocks, empty: begin with your customer segments."), content_);
    blank->setObjectName(QStringLiteral("newEmpty"));
    connect(blank, &QCommandLinkButton::clicked, this, &StartPage::newCanvasRequested);
    start->addWidget(blank);
    QCommandLinkButton* open = link(tr("Open a canvas..."), tr("A .mizan file, or a canvas saved as JSON."), content_);
    connect(open, &QCommandLinkButton::clicked, this, &StartPage::openRequested);
    start->addWidget(open);
    QCommandLinkButton* import = link(tr("Import from another tool..."),
                                      tr("Markdown, CSV, Leantime's export, the Business Model Canvas app."), content_);
    connect(import, &QCommandLinkButton::clicked, this, &StartPage::importRequested);
    start->addWidget(import);
    start->addStretch();

    QVBoxLayout* shapes = column(1, tr("Templates"));
    auto addStarter = [&](QVBoxLayout* box, const Starter& s) {
        QCommandLinkButton* b = link(s.title, s.description, content_);
        b->setProperty("resource", s.resource);
        connect(b, &QCommandLinkButton::clicked, this, [this, r = s.resource] { emit starterRequested(r); });
        box->addWidget(b);
    };
    for (const Starter& s : templateStarters())
        addStarter(shapes, s);
    shapes->addSpacing(16);
    shapes->addWidget(heading(tr("Examples"), content_));
    for (const Starter& s : exampleStarters())
        addStarter(shapes, s);
    shapes->addStretch();

    QVBoxLayout* recent = column(2, tr("Recent"));
    if (recent_.isEmpty()) {
        auto* none = new QLabel(tr("The canvases you open will be listed here."), content_);
        none->setWordWrap(true);
        none->setEnabled(false);
        recent->addWidget(none);
    }
    for (const QString& path : recent_) {
        const QFileInfo info(path);
        QCommandLinkButton* b = link(info.fileName(), QDir::toNativeSeparators(info.absolutePath()), content_);
        b->setProperty("path", path);
        connect(b, &QCommandLinkButton::clicked, this, [this, path] { emit recentRequested(path); });
        recent->addWidget(b);
    }
    recent->addStretch();
    grid->setRowStretch(4, 1);
}

}  // namespace mizan::ui
