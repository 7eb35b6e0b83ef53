// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// In-app help: the method as readable text (every METHOD point the
// findings cite), the checklist's rules, the keyboard shortcuts, and About
// with the version and the canvas attribution.

#include <QDialog>

class QTabWidget;

namespace mizan::ui {

class HelpDialog : public QDialog {
    Q_OBJECT

public:
    enum class Page { Method, Rules, Shortcuts, About };
    // shortcutsFrom: the window whose actions' shortcuts are listed.
    HelpDialog(QWidget* shortcutsFrom, Page page, QWidget* parent = nullptr);
    QTabWidget* tabs() const { return tabs_; }

private:
    QTabWidget* tabs_;
};

}  // namespace mizan::ui
