// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the window shows when no canvas is open (a first start, or after the
// last one is closed): a new empty canvas, the templates of common business
// shapes, the bundled examples, recent files, open and import.

#include <QWidget>

class QGridLayout;

namespace mizan::ui {

class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);
    void setRecent(const QStringList& paths);

signals:
    void newCanvasRequested();
    void openRequested();
    void importRequested();
    // A template or an example, by resource.
    void starterRequested(const QString& resource);
    void recentRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void addColumns(QGridLayout* grid);

    QWidget* content_ = nullptr;
    QStringList recent_;
};

}  // namespace mizan::ui
