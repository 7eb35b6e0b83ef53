// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/segment_workbook.h"

#include "core/model/canvas_edit.h"
#include "core/planning/retention_economics.h"
#include "ui/document/document.h"
#include "ui/texts.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace mizan::ui {

namespace {

template <typename E>
void fillCombo(QComboBox* combo, bool withUnset)
{
    if (withUnset)
        combo->addItem(QCoreApplication::translate("mizan::ui::SegmentWorkbook", "Not set"), -1);
    for (E v : allValues<E>())
        combo->addItem(label(v), int(v));
}

QString money(double v)
{
    return QLocale().toString(v, 'f', 2);
}

}  // namespace

SegmentWorkbook::SegmentWorkbook(Document& document, NoteId segmentId, QWidget* parent)
    : QDialog(parent), document_(&document), segment_(std::move(segmentId))
{
    setAttribute(Qt::WA_DeleteOnClose);
    resize(980, 640);
    tabs_ = new QTabWidget(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);

    addTouchpointsPage();
    addEconomicsPage();
    addPersonasPage();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    connect(&document, &Document::changed, this, [this](const ChangeEvent&) { refresh(); });
    refresh();
}

// Touchpoints: lifecycle stages by channels.
void SegmentWorkbook::addTouchpointsPage()
{
    auto* tpPage = new QWidget;
    auto* tpLayout = new QVBoxLayout(tpPage);
    auto* tpHelp = new QLabel(tr("Where this segment meets you, stage by stage (TP3). Double-click a cell to describe the "
                                 "touchpoint: what happens, front or back office (RM5), who owns it (RT7), the experience "
                                 "aimed for (EX3), how it is measured (EX5) and whether satisfaction is surveyed (RT6)."));
    tpHelp->setWordWrap(true);
    grid_ = new QTableWidget;
    grid_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    grid_->setWordWrap(true);
    grid_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    grid_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    grid_->setAccessibleName(tr("Touchpoints"));
    tpLayout->addWidget(tpHelp);
    tpLayout->addWidget(grid_, 1);
    connect(grid_, &QTableWidget::cellDoubleClicked, this, &SegmentWorkbook::editTouchpoint);
    connect(grid_, &QTableWidget::cellActivated, this, &SegmentWorkbook::editTouchpoint);
    tabs_->addTab(tpPage, tr("Touchpoints"));
}

// Retention economics: the inputs, the figures and the chart.
void SegmentWorkbook::addEconomicsPage()
{
    economics_ = new QWidget;
    auto* ecoLayout = new QHBoxLayout(economics_);
    auto* form = new QFormLayout;
    const auto number = [&](const QString& name, auto get, auto set) {
        auto* spin = new QSpinBox;
        spin->setRange(-1, 2'000'000'000);
        spin->setSpecialValueText(tr("Not set"));
        spin->setGroupSeparatorShown(true);
        spin->setAccessibleName(name);
        form->addRow(name, spin);
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, [=, this](int v) {
            changeSegment(tr("Change %1").arg(name), [&](CustomerSegment& s) {
                RetentionInputs& e = s.economics.emplace(s.economics.value_or(RetentionInputs{}));
                set(e, v < 0 ? std::nullopt : std::optional<std::int64_t>(v));
            }, int(qHash(name) & 0x3fffffff));
        });
        economicsRefreshers_.push_back([=, this] {
            const CustomerSegment* s = segment();
            const QSignalBlocker b(spin);
            const auto v = s && s->economics ? get(*s->economics) : std::nullopt;
            spin->setValue(v ? int(*v) : -1);
        });
    };
    const auto amount = [&](const QString& name, double max, auto get, auto set) {
        auto* spin = new QDoubleSpinBox;
        spin->setRange(-1, max);
        spin->setDecimals(2);
        spin->setSpecialValueText(tr("Not set"));
        spin->setGroupSeparatorShown(true);
        spin->setAccessibleName(name);
        form->addRow(name, spin);
        connect(spin, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [=, this](double v) {
            changeSegment(tr("Change %1").arg(name), [&](CustomerSegment& s) {
                RetentionInputs& e = s.economics.emplace(s.economics.value_or(RetentionInputs{}));
                set(e, v < 0 ? std::nullopt : std::optional<double>(v));
            }, int(qHash(name) & 0x3fffffff));
        });
        economicsRefreshers_.push_back([=, this] {
            const CustomerSegment* s = segment();
            const QSignalBlocker b(spin);
            const auto v = s && s->economics ? get(*s->economics) : std::nullopt;
            spin->setValue(v ? *v : -1);
        });
    };
    number(tr("Customers"), [](const RetentionInputs& e) { return e.customers; },
           [](RetentionInputs& e, std::optional<std::int64_t> v) { e.customers = v; });
    amount(tr("Customers kept per period (%)"), 100, [](const RetentionInputs& e) { return e.retentionRate; },
           [](RetentionInputs& e, std::optional<double> v) { e.retentionRate = v; });
    amount(tr("Cost of winning a customer"), 1e12, [](const RetentionInputs& e) { return e.acquisitionCost; },
           [](RetentionInputs& e, std::optional<double> v) { e.acquisitionCost = v; });
    amount(tr("Cost of keeping a customer, per period"), 1e12, [](const RetentionInputs& e) { return e.retentionCost; },
           [](RetentionInputs& e, std::optional<double> v) { e.retentionCost = v; });
    amount(tr("Margin per customer, per period"), 1e12, [](const RetentionInputs& e) { return e.marginPerPeriod; },
           [](RetentionInputs& e, std::optional<double> v) { e.marginPerPeriod = v; });
    form->addRow(new QLabel(tr("<b>Why customers leave (%), RT2</b>")));
    amount(tr("Service quality"), 100, [](const RetentionInputs& e) { return std::optional(e.leavingReasons.service); },
           [](RetentionInputs& e, std::optional<double> v) { e.leavingReasons.service = v.value_or(0); });
    amount(tr("The product"), 100, [](const RetentionInputs& e) { return std::optional(e.leavingReasons.product); },
           [](RetentionInputs& e, std::optional<double> v) { e.leavingReasons.product = v.value_or(0); });
    amount(tr("Competitors"), 100, [](const RetentionInputs& e) { return std::optional(e.leavingReasons.competitors); },
           [](RetentionInputs& e, std::optional<double> v) { e.leavingReasons.competitors = v.value_or(0); });
    amount(tr("Other reasons"), 100, [](const RetentionInputs& e) { return std::optional(e.leavingReasons.other); },
           [](RetentionInputs& e, std::optional<double> v) { e.leavingReasons.other = v.value_or(0); });
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    figures_ = new QLabel;
    figures_->setWordWrap(true);
    figures_->setTextFormat(Qt::RichText);
    figures_->setAccessibleName(tr("Retention figures"));
    left->addWidget(figures_);
    left->addStretch();
    ecoLayout->addLayout(left, 2);
    chart_ = new QChartView;
    chart_->setRenderHint(QPainter::Antialiasing);
    chart_->setMinimumWidth(380);
    ecoLayout->addWidget(chart_, 3);
    tabs_->addTab(economics_, tr("Retention economics"));
}

// Personas: the list, and the selected one's form.
void SegmentWorkbook::addPersonasPage()
{
    auto* pPage = new QWidget;
    auto* pLayout = new QHBoxLayout(pPage);
    auto* listSide = new QVBoxLayout;
    personaList_ = new QListWidget;
    personaList_->setAccessibleName(tr("Personas"));
    auto* add = new QPushButton(tr("Add persona"));
    auto* remove = new QPushButton(tr("Remove persona"));
    listSide->addWidget(personaList_, 1);
    listSide->addWidget(add);
    listSide->addWidget(remove);
    pLayout->addLayout(listSide, 1);
    personaForm_ = new QWidget;
    auto* pf = new QFormLayout(personaForm_);
    const std::pair<QString, std::string Persona::*> fields[] = {
        {tr("Name"), &Persona::name},
        {tr("Who they are"), &Persona::who},
        {tr("Their goals (EX4)"), &Persona::goals},
        {tr("How they reach them (EX4)"), &Persona::means},
        {tr("Motivation (RT3)"), &Persona::motivation},
        {tr("First experience (RT3)"), &Persona::firstExperience},
        {tr("Personalisation (RT3)"), &Persona::personalisation},
        {tr("Change (RT3)"), &Persona::change},
        {tr("Satisfaction (RT3)"), &Persona::satisfaction},
        {tr("Loyalty (RT3)"), &Persona::loyalty},
    };
    for (const auto& [name, member] : fields) {
        auto* edit = new QLineEdit;
        edit->setAccessibleName(name);
        pf->addRow(name, edit);
        const auto m = member;
        connect(edit, &QLineEdit::textEdited, this, [=, this](const QString& text) {
            const int row = personaList_->currentRow();
            changeSegment(tr("Edit persona"), [&](CustomerSegment& s) {
                if (row >= 0 && row < int(s.personas.size()))
                    s.personas[size_t(row)].*m = text.toStdString();
            }, int(qHash(name + QString::number(row)) & 0x3fffffff));
        });
        personaRefreshers_.push_back([=, this] {
            const CustomerSegment* s = segment();
            const int row = personaList_->currentRow();
            const bool has = s && row >= 0 && row < int(s->personas.size());
            edit->setEnabled(has);
            if (edit->hasFocus())
                return;
            const QSignalBlocker b(edit);
            edit->setText(has ? QString::fromStdString(s->personas[size_t(row)].*m) : QString());
        });
    }
    pLayout->addWidget(personaForm_, 2);
    tabs_->addTab(pPage, tr("Personas"));
    connect(personaList_, &QListWidget::currentRowChanged, this, [this] {
        for (auto& r : personaRefreshers_)
            r();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        changeSegment(tr("Add persona"), [&](CustomerSegment& s) {
            s.personas.push_back(Persona{tr("New persona").toStdString(), {}, {}, {}, {}, {}, {}, {}, {}, {}});
        });
        personaList_->setCurrentRow(personaList_->count() - 1);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = personaList_->currentRow();
        changeSegment(tr("Remove persona"), [&](CustomerSegment& s) {
            if (row >= 0 && row < int(s.personas.size()))
                s.personas.erase(s.personas.begin() + row);
        });
    });
}

const CustomerSegment* SegmentWorkbook::segment() const
{
    if (!document_)
        return nullptr;
    const Note* n = document_->canvas().find(segment_);
    return n && n->segment ? &*n->segment : nullptr;
}

std::vector<NoteId> SegmentWorkbook::channels() const
{
    // The channels serving the segment, then any its touchpoints name.
    std::vector<NoteId> out;
    const Canvas& c = document_->canvas();
    for (const Note& ch : c.notes(BlockId::Channels))
        if (ch.channel && std::find(ch.channel->segments.begin(), ch.channel->segments.end(), segment_) != ch.channel->segments.end())
            out.push_back(ch.id);
    if (const CustomerSegment* s = segment())
        for (const Touchpoint& t : s->touchpoints)
            if (!t.channel.empty() && std::find(out.begin(), out.end(), t.channel) == out.end())
                out.push_back(t.channel);
    return out;
}

void SegmentWorkbook::changeSegment(const QString& action, const std::function<void(CustomerSegment&)>& change, int mergeKey)
{
    if (!document_)
        return;
    const Note* n = document_->canvas().find(segment_);
    if (!n)
        return;
    Note edited = *n;
    if (!edited.segment)
        edited.segment = CustomerSegment{};
    change(*edited.segment);
    document_->apply(edits::changeNotes(document_->canvas(), {edited}), action, mergeKey);
}

void SegmentWorkbook::refresh()
{
    if (!document_ || !document_->canvas().contains(segment_)) {
        close();
        return;
    }
    setWindowTitle(tr("%1: touchpoints, economics and personas").arg(noteTitle(document_->canvas(), segment_)));
    refreshGrid();
    refreshEconomics();
    refreshPersonas();
}

void SegmentWorkbook::refreshGrid()
{
    const auto chs = channels();
    const auto stages = allValues<LifecycleStage>();
    grid_->setRowCount(int(stages.size()));
    grid_->setColumnCount(int(chs.size()) + 1);
    QStringList columns;
    for (const auto& id : chs)
        columns << noteTitle(document_->canvas(), id);
    columns << tr("Any channel");
    grid_->setHorizontalHeaderLabels(columns);
    QStringList rows;
    for (LifecycleStage s : stages)
        rows << label(s);
    grid_->setVerticalHeaderLabels(rows);
    const CustomerSegment* seg = segment();
    for (int r = 0; r < int(stages.size()); ++r)
        for (int c = 0; c <= int(chs.size()); ++c) {
            const NoteId channel = c < int(chs.size()) ? chs[size_t(c)] : NoteId();
            QString text;
            if (seg)
                for (const Touchpoint& t : seg->touchpoints)
                    if (t.stage == stages[size_t(r)] && t.channel == channel) {
                        text = QString::fromStdString(t.activity);
                        if (t.office)
                            text += QStringLiteral("\n") + label(*t.office);
                        text += QStringLiteral("\n") +
                                (t.owner.empty() ? tr("No owner") : tr("Owner: %1").arg(QString::fromStdString(t.owner)));
                        if (t.measureKind)
                            text += QStringLiteral("\n") + tr("Measured by %1").arg(label(*t.measureKind).toLower());
                        break;
                    }
            auto* item = new QTableWidgetItem(text.isEmpty() ? QStringLiteral("+") : text);
            item->setTextAlignment(text.isEmpty() ? Qt::AlignCenter : Qt::AlignLeading | Qt::AlignTop);
            if (text.isEmpty())
                item->setForeground(palette().placeholderText());
            grid_->setItem(r, c, item);
        }
}

void SegmentWorkbook::editTouchpoint(int row, int column)
{
    const auto chs = channels();
    const LifecycleStage stage = allValues<LifecycleStage>()[size_t(row)];
    const NoteId channel = column < int(chs.size()) ? chs[size_t(column)] : NoteId();
    const CustomerSegment* seg = segment();
    if (!seg)
        return;
    Touchpoint current{stage, channel, {}, std::nullopt, {}, {}, std::nullopt, {}, std::nullopt};
    int existing = -1;
    for (std::size_t i = 0; i < seg->touchpoints.size(); ++i)
        if (seg->touchpoints[i].stage == stage && seg->touchpoints[i].channel == channel) {
            current = seg->touchpoints[i];
            existing = int(i);
            break;
        }

    QDialog dialog(this);
    dialog.setWindowTitle(tr("Touchpoint: %1").arg(label(stage)));
    auto* form = new QFormLayout(&dialog);
    auto* activity = new QPlainTextEdit(QString::fromStdString(current.activity));
    activity->setFixedHeight(60);
    auto* office = new QComboBox;
    fillCombo<Office>(office, true);
    office->setCurrentIndex(office->findData(current.office ? int(*current.office) : -1));
    auto* owner = new QLineEdit(QString::fromStdString(current.owner));
    auto* experience = new QLineEdit(QString::fromStdString(current.experience));
    auto* kind = new QComboBox;
    fillCombo<MeasureKind>(kind, true);
    kind->setCurrentIndex(kind->findData(current.measureKind ? int(*current.measureKind) : -1));
    auto* measure = new QLineEdit(QString::fromStdString(current.measure));
    // Not answered, yes or no: an unanswered survey is unknown, not "no".
    auto* surveyed = new QComboBox;
    surveyed->addItem(tr("Not answered"), -1);
    surveyed->addItem(tr("Yes, surveyed"), 1);
    surveyed->addItem(tr("No, not surveyed"), 0);
    surveyed->setCurrentIndex(surveyed->findData(current.satisfactionSurveyed ? int(*current.satisfactionSurveyed) : -1));
    form->addRow(tr("What happens"), activity);
    form->addRow(tr("Office (RM5)"), office);
    form->addRow(tr("Who owns it (RT7)"), owner);
    form->addRow(tr("Experience aimed for (EX3)"), experience);
    form->addRow(tr("Measured by (EX5)"), kind);
    form->addRow(tr("Measure"), measure);
    form->addRow(tr("Satisfaction surveyed here (RT6, RM6)"), surveyed);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* removeButton = existing >= 0 ? buttons->addButton(tr("Remove"), QDialogButtonBox::DestructiveRole) : nullptr;
    form->addRow(buttons);
    bool remove = false;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (removeButton)
        connect(removeButton, &QPushButton::clicked, &dialog, [&] {
            remove = true;
            dialog.accept();
        });
    if (dialog.exec() != QDialog::Accepted)
        return;
    Touchpoint t = current;
    t.activity = activity->toPlainText().toStdString();
    t.office = office->currentData().toInt() < 0 ? std::nullopt : std::optional(Office(office->currentData().toInt()));
    t.owner = owner->text().toStdString();
    t.experience = experience->text().toStdString();
    t.measureKind = kind->currentData().toInt() < 0 ? std::nullopt : std::optional(MeasureKind(kind->currentData().toInt()));
    t.measure = measure->text().toStdString();
    t.satisfactionSurveyed =
        surveyed->currentData().toInt() < 0 ? std::nullopt : std::optional<bool>(surveyed->currentData().toInt() == 1);
    changeSegment(remove ? tr("Remove touchpoint") : tr("Edit touchpoint"), [&](CustomerSegment& s) {
        if (existing >= 0 && remove)
            s.touchpoints.erase(s.touchpoints.begin() + existing);
        else if (existing >= 0)
            s.touchpoints[size_t(existing)] = t;
        else
            s.touchpoints.push_back(t);
    });
}

QString SegmentWorkbook::figuresText() const
{
    return figures_->text();
}

void SegmentWorkbook::refreshEconomics()
{
    for (auto& r : economicsRefreshers_)
        r();
    const CustomerSegment* seg = segment();
    const RetentionInputs inputs = seg && seg->economics ? *seg->economics : RetentionInputs{};
    const RetentionFigures f = computeRetention(inputs, 12);
    QStringList lines;
    const auto line = [&](const QString& name, const std::optional<double>& v, const QString& unit = {}) {
        lines << QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                     .arg(name.toHtmlEscaped(), v ? money(*v) + unit : tr("Not enough answers"));
    };
    line(f.retentionCostIsDefault ? tr("Cost of keeping a customer (6 to 1, RT5)") : tr("Cost of keeping a customer"),
         f.retentionCost);
    line(tr("Expected lifetime, in periods"), f.lifetimePeriods);
    line(tr("Lifetime value of a customer"), f.lifetimeValue);
    if (f.lifetimeValue && *f.lifetimeValue < 0)
        lines << QStringLiteral("<tr><td colspan=2><span style='color:#b35c00'>%1</span></td></tr>")
                     .arg(lifetimeLossText(*f.lifetimeValue).toHtmlEscaped());
    line(tr("Periods to pay back winning a customer"), f.paybackPeriods);
    line(tr("Lifetime value with 5 more points kept"), f.lifetimeValuePlus5);
    line(tr("Effect of 5 more points kept on that value"), f.profitEffectPercent, QStringLiteral(" %"));
    figures_->setText(QStringLiteral("<table cellspacing=4>%1</table><p>%2</p>")
                          .arg(lines.join(QString()),
                               tr("Published reference: for small and mid-sized businesses, 5% more retention raises "
                                  "profit by %1 to %2% (RT1).")
                                   .arg(QLocale().toString(kPublishedProfitEffectLow), QLocale().toString(kPublishedProfitEffectHigh))
                                   .toHtmlEscaped()));

    auto* chart = new QChart;
    chart->setTitle(tr("Customers over time"));
    // Axis labels in the interface's digits and separators (Arabic-Indic in Arabic).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    auto* now = new QLineSeries;
    now->setName(tr("Today's retention"));
    auto* better = new QLineSeries;
    better->setName(tr("5 more points kept"));
    for (std::size_t t = 0; t < f.customersOverTime.size(); ++t) {
        now->append(qreal(t), f.customersOverTime[t]);
        better->append(qreal(t), f.customersOverTimePlus5[t]);
    }
    chart->addSeries(now);
    chart->addSeries(better);
    auto* x = new QValueAxis;
    x->setTitleText(tr("Periods"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto* y = new QValueAxis;
    y->setTitleText(tr("Customers"));
    y->setLabelFormat(QStringLiteral("%.0f"));   // whole customers
    y->setMin(0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* s : {now, better}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (!f.customersOverTime.empty()) {
        x->setRange(0, qreal(f.customersOverTime.size() - 1));
        y->setRange(0, f.customersOverTime.front() * 1.05);
    }
    QChart* old = chart_->chart();
    chart_->setChart(chart);
    delete old;
}

void SegmentWorkbook::refreshPersonas()
{
    const CustomerSegment* seg = segment();
    const int row = personaList_->currentRow();
    {
        const QSignalBlocker b(personaList_);
        personaList_->clear();
        if (seg)
            for (const Persona& p : seg->personas)
                personaList_->addItem(p.name.empty() ? tr("(untitled)") : QString::fromStdString(p.name));
        personaList_->setCurrentRow(qMin(row, personaList_->count() - 1));
    }
    for (auto& r : personaRefreshers_)
        r();
}

}  // namespace mizan::ui
