// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/wrapping_rows.h"

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>

#include <cmath>

namespace mizan::ui {

namespace {

// The height of text laid out in lines of `width`, as the view's style
// lays it out (each line as tall as the fonts it uses).
int laidOutHeight(const QFont& font, QString text, int width)
{
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
    }
    layout.endLayout();
    return static_cast<int>(std::ceil(height));
}

class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView* tree) : QStyledItemDelegate(tree), tree_(tree) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        if (o.text.isEmpty())
            return size;
        int indent = 0;
        if (index.column() == 0) {
            int depth = tree_->rootIsDecorated() ? 1 : 0;
            for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
                ++depth;
            indent = depth * tree_->indentation();
        }
        const int margin = 2 * (tree_->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree_) + 1);
        const int width = tree_->header()->sectionSize(index.column()) - indent - margin
                        - (o.features & QStyleOptionViewItem::HasDecoration ? o.decorationSize.width() + margin : 0);
        size.setHeight(qMax(size.height(), laidOutHeight(o.font, o.text, qMax(40, width)) + 6));
        return size;
    }

private:
    QTreeView* tree_;
};

}  // namespace

void wrapRowsToColumns(QTreeView* tree)
{
    tree->setItemDelegate(new WrappingDelegate(tree));
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    // Rows grow and shrink with their column as the dock is resized (once
    // for a drag's worth of resizes).
    auto* relayout = new QTimer(tree);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    QObject::connect(relayout, &QTimer::timeout, tree, &QTreeView::doItemsLayout);
    QObject::connect(tree->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
}

}  // namespace mizan::ui
