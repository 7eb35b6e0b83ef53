// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help_dialog.h"

#include "core/checklist/method_points.h"
#include "core/checklist/rules.h"
#include "ui/texts.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mizan::ui {

namespace {

QTextBrowser* page(const QString& html)
{
    auto* b = new QTextBrowser;
    b->setOpenExternalLinks(true);
    b->setHtml(html);
    return b;
}

}  // namespace

HelpDialog::HelpDialog(QWidget* shortcutsFrom, Page which, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Mizan help"));
    resize(860, 620);
    tabs_ = new QTabWidget(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);

    // The method, point by point, grouped by source.
    const std::pair<const char*, QString> groups[] = {
        {"CR", tr("Customer relationships")}, {"RT", tr("Retention strategies")},
        {"EX", tr("Experiences, not relationships")}, {"TP", tr("Touchpoints")}, {"RM", tr("Relationship marketing")}};
    QString method = QStringLiteral("<p>%1</p>").arg(
        tr("Every finding cites the points of the method it rests on. This is what they say.").toHtmlEscaped());
    for (const auto& [prefix, title] : groups) {
        method += QStringLiteral("<h3>%1</h3><dl>").arg(title.toHtmlEscaped());
        for (const MethodPoint& p : methodPoints())
            if (p.id.substr(0, 2) == prefix)
                method += QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>")
                              .arg(QString::fromUtf8(p.id.data(), int(p.id.size())),
                                   QCoreApplication::translate("Method", p.text).toHtmlEscaped());
        method += QStringLiteral("</dl>");
    }
    tabs_->addTab(page(method), tr("The method"));

    QString rules;
    for (const RuleInfo& r : allRules()) {
        rules += QStringLiteral("<h4>%1 <small>(%2, %3)</small></h4><p>%4</p><p><i>%5</i></p>")
                     .arg(QCoreApplication::translate(kChecklistContext, r.title).toHtmlEscaped(),
                          severityName(r.severity).toHtmlEscaped(), QString::fromUtf8(r.methodRefs.data(), int(r.methodRefs.size())),
                          QCoreApplication::translate(kChecklistContext, r.why).toHtmlEscaped(),
                          QString::fromUtf8(r.id.data(), int(r.id.size())));
    }
    tabs_->addTab(page(rules), tr("Checklist rules"));

    QString keys = QStringLiteral("<table cellspacing=6>");
    if (shortcutsFrom)
        for (QAction* action : shortcutsFrom->actions())
            if (!action->shortcut().isEmpty())
                keys += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                            .arg(action->text().remove(QLatin1Char('&')).toHtmlEscaped(),
                                 action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    keys += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Double-click in a block to add a note there; double-click a note, or press F2 or Enter, to edit it; "
                        "Escape ends editing. The arrow keys walk the notes; drag notes to move them; Space+drag or the "
                        "middle button pans. In presentation mode: arrows and PageUp/PageDown step, F findings, B blank, "
                        "T timer, Esc leaves.")
                         .toHtmlEscaped());
    tabs_->addTab(page(keys), tr("Keyboard shortcuts"));

    tabs_->addTab(page(tr("<h2>Mizan %1</h2><p>A Business Model Canvas editor and customer-relationship planner.</p>"
                          "<p>The Business Model Canvas is by Strategyzer AG (strategyzer.com), published under the "
                          "Creative Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0).</p>"
                          "<p>Mizan is free software under the GNU General Public License, version 3 or later.</p>")
                           .arg(QStringLiteral(MIZAN_VERSION))),
                  tr("About"));
    tabs_->setCurrentIndex(int(which));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
}

}  // namespace mizan::ui
