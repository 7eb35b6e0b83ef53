// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/planner_panel.h"

#include "core/model/canvas_edit.h"
#include "core/checklist/guided_questions.h"
#include "ui/document/document.h"
#include "ui/panels/form_builder.h"
#include "ui/panels/segment_workbook.h"
#include "ui/panels/suggestion_list.h"
#include "ui/style.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace mizan::ui {

namespace {


std::string joinTags(const std::vector<std::string>& tags)
{
    std::string out;
    for (const auto& t : tags)
        out += (out.empty() ? "" : ", ") + t;
    return out;
}

std::vector<std::string> splitTags(const std::string& text)
{
    std::vector<std::string> tags;
    // The Latin comma or the Arabic one (،).
    for (const QString& part : QString::fromStdString(text).split(QRegularExpression(QStringLiteral("[,\u060C]")), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            tags.push_back(t.toStdString());
    return tags;
}

const Note* planNoteOf(const Canvas& canvas, const NoteId& segment)
{
    for (const Note& n : canvas.notes(BlockId::CustomerRelationships))
        if (n.plan && n.plan->segment == segment)
            return &n;
    return nullptr;
}

template <typename E>
std::vector<E> valuesOf()
{
    const auto all = allValues<E>();
    return {all.begin(), all.end()};
}

// Checks for the notes of one block within a list of references (a note's
// links, a team's served segments): ticking replaces that block's part of
// the list and keeps the rest.
void referenceChecks(FormBuilder& f, const Canvas& canvas, BlockId target,
                     std::function<const std::vector<NoteId>*(const Note&)> list,
                     std::function<std::vector<NoteId>&(Note&)> field)
{
    const auto inTarget = [&canvas, target](const NoteId& id) {
        const auto loc = canvas.locate(id);
        return loc && loc->block == target;
    };
    f.noteChecks(
        target,
        [list, inTarget](const Note& n) {
            std::vector<NoteId> in;
            if (const auto* ids = list(n))
                std::copy_if(ids->begin(), ids->end(), std::back_inserter(in), inTarget);
            return in;
        },
        [field, inTarget](Note& n, std::vector<NoteId> chosen) {
            std::vector<NoteId>& ids = field(n);
            std::erase_if(ids, inTarget);
            ids.insert(ids.end(), chosen.begin(), chosen.end());
        });
}

void linkChecks(FormBuilder& f, const Canvas& canvas, BlockId target)
{
    referenceChecks(f, canvas, target, [](const Note& n) { return &n.links; }, [](Note& n) -> std::vector<NoteId>& { return n.links; });
}

}  // namespace

PlannerPanel::PlannerPanel(QWidget* parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Planner"));
    buildEmpty(tr("Open a canvas to plan its relationships."));
}

PlannerPanel::~PlannerPanel()
{
    delete page_;
}

void PlannerPanel::changeEvent(QEvent* event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuild();
}

void PlannerPanel::setDocument(Document* document)
{
    if (document_ == document)
        return;
    if (document_)
        disconnect(document_, nullptr, this, nullptr);
    document_ = document;
    note_.clear();
    if (document_) {
        connect(document_, &Document::changed, this, &PlannerPanel::onChanged);
        connect(document_, &Document::suggestionsChanged, this, [this] { onChanged({}); });
    }
    rebuild();
}

void PlannerPanel::setSelection(const std::vector<NoteId>& notes)
{
    const NoteId next = notes.size() == 1 ? notes.front() : NoteId();
    if (next == note_ && structureKey() == structure_)
        return;
    note_ = next;
    rebuild();
}

QString PlannerPanel::structureKey() const
{
    if (!document_ || note_.empty())
        return {};
    const Canvas& c = document_->canvas();
    const auto loc = c.locate(note_);
    if (!loc)
        return {};
    QString key = QString::fromStdString(note_) + QString::number(int(loc->block));
    // Forms list the canvas's segments, channels, resources: and a segment's plan.
    for (BlockId b : {BlockId::CustomerSegments, BlockId::Channels, BlockId::KeyResources, BlockId::KeyActivities})
        for (const Note& n : c.notes(b))
            key += QLatin1Char('|') + QString::fromStdString(n.id) + (n.team ? "t" : "");
    const Note& note = c.notes(loc->block)[loc->index];
    if (loc->block == BlockId::CustomerSegments)
        if (const Note* plan = planNoteOf(c, note_))
            key += QStringLiteral("plan:") + QString::fromStdString(plan->id);
    if (note.plan)
        key += QStringLiteral("P") + QString::fromStdString(note.plan->segment);
    key += note.team ? "T" : "";
    key += note.capabilities.empty() ? "" : "C";
    return key;
}

void PlannerPanel::onChanged(const ChangeEvent&)
{
    if (structureKey() != structure_) {
        rebuild();
        return;
    }
    if (form_)
        form_->refresh();
    if (planForm_)
        planForm_->refresh();
}

void PlannerPanel::suggested(FormBuilder& f, std::vector<std::string_view> fields)
{
    const Note* note = f.note();
    if (!note)
        return;
    auto* list = new SuggestionList(*document_, note->id, std::move(fields));
    f.custom(list, [list] { list->refresh(); });
}

void PlannerPanel::buildEmpty(const QString& message)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* label = new QLabel(message);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    layout->addStretch();
    layout->addWidget(label);
    layout->addStretch();
    setWidget(page);  // deletes the previous page
    page_ = page;
}

void PlannerPanel::rebuild()
{
    // Forms capture their widgets: drop them with the page they fill. The
    // page goes later: the edit that asked for this rebuild may come from
    // one of its widgets, still in its signal.
    takeWidget();
    if (page_) {
        page_->hide();
        page_->deleteLater();
    }
    page_ = nullptr;
    form_.reset();
    planForm_.reset();
    structure_ = structureKey();

    if (!document_) {
        buildEmpty(tr("Open a canvas to plan its relationships."));
        return;
    }
    const Canvas& canvas = document_->canvas();
    const auto loc = note_.empty() ? std::nullopt : canvas.locate(note_);
    if (!loc) {
        buildEmpty(tr("Select a customer segment to plan its relationship, or a channel, plan or team to "
                      "answer its questions."));
        return;
    }
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    page->setEnabled(!document_->isReadOnly());
    form_ = std::make_unique<FormBuilder>(*document_, note_, layout);
    const Note& note = canvas.notes(loc->block)[loc->index];

    auto* title = new QLabel(QStringLiteral("<h3>%1</h3>").arg(noteTitle(canvas, note_).toHtmlEscaped()));
    title->setWordWrap(true);
    layout->addWidget(title);
    form_->custom(title, [this, title] {
        if (document_ && document_->canvas().contains(note_))
            title->setText(QStringLiteral("<h3>%1</h3>").arg(noteTitle(document_->canvas(), note_).toHtmlEscaped()));
    });
    auto* where = new QLabel(blockTitle(loc->block));
    where->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(where);

    // What the note's words suggest (and, for a segment, its plan's).
    std::vector<NoteId> suggesting{note_};
    if (loc->block == BlockId::CustomerSegments)
        if (const Note* plan = planNoteOf(canvas, note_))
            suggesting.push_back(plan->id);
    auto* summary = new SuggestionSummary(*document_, suggesting);
    form_->custom(summary, [summary] { summary->refresh(); });

    switch (loc->block) {
    case BlockId::CustomerSegments: buildSegment(*form_, note); break;
    // A relationship note without a plan yet gets the plan's questions too:
    // answering one (or accepting what its words suggest) makes it a plan.
    case BlockId::CustomerRelationships: buildPlanNote(*form_, note); break;
    case BlockId::Channels: buildChannel(*form_); break;
    case BlockId::KeyResources:
    case BlockId::KeyActivities:
    case BlockId::KeyPartners: buildResource(*form_, note, loc->block); break;
    default: break;
    }
    buildCommon(*form_, loc->block);
    layout->addStretch();
    setWidget(page);
    page_ = page;
    form_->refresh();
    if (planForm_)
        planForm_->refresh();
}

void PlannerPanel::buildSegment(FormBuilder& f, const Note& note)
{
    f.heading(tr("Customer segment"));
    f.text(tr("Description"), [](const Note& n) { return n.segment ? n.segment->description : std::string(); },
           [](Note& n, const std::string& v) { n.segment.emplace(n.segment.value_or(CustomerSegment{})).description = v; }, true);
    f.choice<MarketType>(tr("Market"), [](const Note& n) { return n.segment ? n.segment->market : std::nullopt; },
                         [](Note& n, std::optional<MarketType> v) { n.segment.emplace(n.segment.value_or(CustomerSegment{})).market = v; });
    suggested(f, {field::SegmentMarket});
    f.number(tr("Estimated number of customers"),
             [](const Note& n) { return n.segment ? n.segment->estimatedSize : std::nullopt; },
             [](Note& n, std::optional<std::int64_t> v) { n.segment.emplace(n.segment.value_or(CustomerSegment{})).estimatedSize = v; });
    suggested(f, {field::SegmentSize});
    f.money(tr("Revenue per customer per year"),
            [](const Note& n) { return n.segment ? n.segment->revenuePerCustomer : std::nullopt; },
            [](Note& n, std::optional<double> v) { n.segment.emplace(n.segment.value_or(CustomerSegment{})).revenuePerCustomer = v; });
    f.colour(tr("Segment colour"), [](const Note& n) { return n.segment ? n.segment->colour : std::string(); },
             [](Note& n, const std::string& v) { n.segment.emplace(n.segment.value_or(CustomerSegment{})).colour = v; });

    auto* workbook = new QPushButton(tr("Touchpoints, economics and personas..."));
    workbook->setToolTip(tr("The segment's touchpoints across its lifecycle (TP3), what keeping it is worth (RT1, RT5) "
                            "and its personas (RT4)"));
    const NoteId segmentId = note.id;
    connect(workbook, &QPushButton::clicked, this, [this, segmentId] {
        if (document_) {
            auto* dialog = new SegmentWorkbook(*document_, segmentId, window());
            dialog->show();
        }
    });
    f.custom(workbook, [] {});

    const Canvas& canvas = document_->canvas();
    f.heading(tr("Relationship plan"), QStringLiteral("CR1"));
    if (const Note* plan = planNoteOf(canvas, note.id)) {
        buildPlan(f, note.id, plan->id);
        return;
    }
    f.explanation(tr("How will you interact with this segment before, during and after delivering value?"));
    auto* create = new QPushButton(tr("Plan the relationship"));
    const NoteId segment = note.id;
    connect(create, &QPushButton::clicked, this, [this, segment] {
        const Canvas& c = document_->canvas();
        Note plan{.id = c.newNoteId()};
        plan.text = tr("Relationship with %1").arg(noteTitle(c, segment)).toStdString();
        plan.plan = RelationshipPlan{};
        plan.plan->segment = segment;
        document_->apply(edits::insertNotes(c, BlockId::CustomerRelationships, c.notes(BlockId::CustomerRelationships).size(), {plan}),
                         tr("Plan the relationship"));
    });
    f.custom(create, [] {});
}

void PlannerPanel::buildPlan(FormBuilder& segmentForm, const NoteId& segment, const NoteId& plan)
{
    planForm_ = std::make_unique<FormBuilder>(*document_, plan, segmentForm.layout());
    FormBuilder& f = *planForm_;
    const auto P = [](const Note& n) -> const RelationshipPlan& {
        static const RelationshipPlan none;
        return n.plan ? *n.plan : none;
    };
    const auto W = [](Note& n) -> RelationshipPlan& { return n.plan.emplace(n.plan.value_or(RelationshipPlan{})); };

    f.heading(tr("How deep is the relationship?"), QStringLiteral("CR4"));
    f.radios<Depth>([=](const Note& n) { return P(n).depth; }, [=](Note& n, std::optional<Depth> v) { W(n).depth = v; });
    suggested(f, {field::PlanDepth});

    f.heading(tr("Which mechanisms carry it?"), QStringLiteral("CR5"));
    suggested(f, {field::PlanMechanism});
    const auto mechanisms = valuesOf<Mechanism>();
    f.checks<Mechanism>([=](const Note& n) { return P(n).mechanisms; }, [=](Note& n, EnumSet<Mechanism> v) { W(n).mechanisms = v; },
                        {mechanisms.begin(), mechanisms.begin() + 6});
    f.explanation(tr("More ways to keep in touch (CR12):"));
    f.checks<Mechanism>([=](const Note& n) { return P(n).mechanisms; }, [=](Note& n, EnumSet<Mechanism> v) { W(n).mechanisms = v; },
                        {mechanisms.begin() + 6, mechanisms.end()});

    f.heading(tr("What is it for?"), QStringLiteral("CR6"));
    f.checks<Focus>([=](const Note& n) { return P(n).focus; }, [=](Note& n, EnumSet<Focus> v) { W(n).focus = v; }, valuesOf<Focus>());
    suggested(f, {field::PlanFocus});

    f.heading(tr("Which channels does it run through?"), QStringLiteral("CR7"));
    f.noteChecks(BlockId::Channels, [=](const Note& n) { return P(n).channels; },
                 [=](Note& n, std::vector<NoteId> v) { W(n).channels = std::move(v); },
                 [](const Note& c) { return c.channel && c.channel->ownership ? label(*c.channel->ownership) : tr("ownership not set"); });

    // The CR8 verdict, recomputed after every edit.
    f.heading(tr("Does the channel support these answers?"), QStringLiteral("CR8"));
    auto* verdict = new QLabel;
    verdict->setWordWrap(true);
    verdict->setTextFormat(Qt::RichText);
    verdict->setAccessibleName(tr("Channel verdict"));
    f.custom(verdict, [this, verdict, segment] {
        if (!document_ || !document_->canvas().contains(segment))
            return;
        const Canvas& c = document_->canvas();
        const PlanGuide guide = guidePlan(c, segment, document_->checklist().findingsOfSegment(segment));
        QString html;
        QColor colour;
        switch (guide.verdict.status) {
        case Cr8Verdict::Status::Incomplete: colour = QColor("#546e7a"); break;
        case Cr8Verdict::Status::Supported: colour = QColor("#2e7d32"); break;
        case Cr8Verdict::Status::NotSupported: colour = Style::severityColour(Severity::Warning); break;
        }
        html = QStringLiteral("<p style='color:%1'><b>%2</b></p>").arg(colour.name(), renderText(guide.verdict.message, c).toHtmlEscaped());
        if (!guide.verdict.reasons.empty()) {
            html += QStringLiteral("<ul>");
            for (const Finding& r : guide.verdict.reasons)
                html += QStringLiteral("<li>%1<br/><i>%2</i></li>").arg(renderText(r.message, c).toHtmlEscaped(), renderText(r.suggestion, c).toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        verdict->setText(html);
        verdict->setStyleSheet(QStringLiteral("QLabel{border-left:4px solid %1;padding:6px;}").arg(colour.name()));
    });

    f.heading(tr("Which concrete means?"), QStringLiteral("CR9"));
    suggested(f, {field::PlanMeans});
    f.checks<Means>([=](const Note& n) { return P(n).means; }, [=](Note& n, EnumSet<Means> v) { W(n).means = v; }, valuesOf<Means>(), 2);

    f.heading(tr("Which voice?"), QStringLiteral("CR10"));
    f.choice<Tone>(tr("Tone"), [=](const Note& n) { return P(n).voiceTone; }, [=](Note& n, std::optional<Tone> v) { W(n).voiceTone = v; });
    suggested(f, {field::PlanTone});
    f.text(tr("How it sounds"), [=](const Note& n) { return P(n).voiceText; }, [=](Note& n, const std::string& v) { W(n).voiceText = v; });

    f.heading(tr("Privacy stance"), QStringLiteral("EX2"));
    f.text(tr("What data you keep, why, and what the customer controls"), [=](const Note& n) { return P(n).privacyStance; },
           [=](Note& n, const std::string& v) { W(n).privacyStance = v; }, true);

    auto* open = new QPushButton(tr("Show the plan's note"));
    connect(open, &QPushButton::clicked, this, [this, plan] { emit noteRequested(plan); });
    f.custom(open, [] {});
}

void PlannerPanel::buildPlanNote(FormBuilder& f, const Note& note)
{
    f.heading(tr("The segment this plan is for"), QStringLiteral("CR1"));
    auto* combo = new QComboBox;
    combo->setAccessibleName(tr("Segment"));
    combo->addItem(tr("Not set"));
    for (const Note& s : document_->canvas().notes(BlockId::CustomerSegments))
        combo->addItem(noteTitle(document_->canvas(), s.id), QString::fromStdString(s.id));
    connect(combo, qOverload<int>(&QComboBox::activated), this, [&f, combo](int index) {
        const std::string id = index <= 0 ? std::string() : combo->itemData(index).toString().toStdString();
        f.edit(tr("Change segment"), [&](Note& n) { n.plan.emplace(n.plan.value_or(RelationshipPlan{})).segment = id; });
    });
    f.custom(combo, [&f, combo] {
        if (const Note* n = f.note()) {
            const QSignalBlocker block(combo);
            const int i = n->plan ? combo->findData(QString::fromStdString(n->plan->segment)) : 0;
            combo->setCurrentIndex(i < 0 ? 0 : i);
        }
    });
    suggested(f, {field::PlanSegment});
    buildPlan(f, note.plan ? note.plan->segment : NoteId(), note.id);
}

void PlannerPanel::buildChannel(FormBuilder& f)
{
    const auto C = [](const Note& n) -> const Channel& {
        static const Channel none;
        return n.channel ? *n.channel : none;
    };
    const auto W = [](Note& n) -> Channel& { return n.channel.emplace(n.channel.value_or(Channel{})); };
    f.heading(tr("Channel"), QStringLiteral("CR7"));
    f.choice<ChannelOwnership>(tr("Ownership"), [=](const Note& n) { return C(n).ownership; },
                               [=](Note& n, std::optional<ChannelOwnership> v) { W(n).ownership = v; });
    suggested(f, {field::ChannelOwnership});
    f.choice<ChannelReach>(tr("Reach"), [=](const Note& n) { return C(n).reach; },
                           [=](Note& n, std::optional<ChannelReach> v) { W(n).reach = v; });
    f.heading(tr("Phases it covers"));
    suggested(f, {field::ChannelPhase});
    f.checks<ChannelPhase>([=](const Note& n) { return C(n).phases; }, [=](Note& n, EnumSet<ChannelPhase> v) { W(n).phases = v; },
                           valuesOf<ChannelPhase>());
    f.heading(tr("Segments it serves"), QStringLiteral("CR8"));
    suggested(f, {field::ChannelSegment});
    f.noteChecks(BlockId::CustomerSegments, [=](const Note& n) { return C(n).segments; },
                 [=](Note& n, std::vector<NoteId> v) { W(n).segments = std::move(v); });
    f.heading(tr("Means it offers"), QStringLiteral("CR9"));
    suggested(f, {field::ChannelMeans});
    f.checks<Means>([=](const Note& n) { return C(n).means; }, [=](Note& n, EnumSet<Means> v) { W(n).means = v; }, valuesOf<Means>(), 2);
}

void PlannerPanel::buildResource(FormBuilder& f, const Note& note, BlockId block)
{
    if (block == BlockId::KeyResources) {
        f.heading(tr("People"), QStringLiteral("CR3"));
        auto* people = new QCheckBox(tr("This resource is a team of people"));
        connect(people, &QCheckBox::toggled, this, [&f](bool on) {
            f.edit(tr("Change team"), [&](Note& n) {
                if (on)
                    n.team = n.team.value_or(Team{});
                else
                    n.team.reset();
            });
        });
        f.custom(people, [&f, people] {
            if (const Note* n = f.note()) {
                const QSignalBlocker block(people);
                people->setChecked(n->team.has_value());
            }
        });
        if (!note.team)
            suggested(f, {field::TeamKind, field::TeamHeadcount, field::TeamServes});
        if (note.team) {
            f.choice<TeamKind>(tr("Team"), [](const Note& n) { return n.team ? n.team->kind : std::nullopt; },
                               [](Note& n, std::optional<TeamKind> v) { n.team.emplace(n.team.value_or(Team{})).kind = v; });
            suggested(f, {field::TeamKind});
            f.number(tr("Headcount"), [](const Note& n) { return n.team ? n.team->headcount : std::nullopt; },
                     [](Note& n, std::optional<std::int64_t> v) { n.team.emplace(n.team.value_or(Team{})).headcount = v; });
            suggested(f, {field::TeamHeadcount});
            // CR3: capacity is judged per segment, from the people who serve it.
            f.heading(tr("Whom this team serves"), QStringLiteral("CR3"));
            suggested(f, {field::TeamServes});
            f.explanation(tr("Leave empty while it is not decided: the checklist then asks instead of judging."));
            for (BlockId target : {BlockId::CustomerSegments, BlockId::Channels}) {
                f.explanation(target == BlockId::CustomerSegments ? tr("Segments:")
                                                                  : tr("Channels (it serves their segments):"));
                referenceChecks(
                    f, document_->canvas(), target, [](const Note& n) { return n.team ? &n.team->serves : nullptr; },
                    [](Note& n) -> std::vector<NoteId>& { return n.team.emplace(n.team.value_or(Team{})).serves; });
            }
        }
    }
    f.heading(tr("What it provides"), QStringLiteral("CR11"));
    suggested(f, {field::Capability});
    f.checks<Capability>([](const Note& n) { return n.capabilities; }, [](Note& n, EnumSet<Capability> v) { n.capabilities = v; },
                         valuesOf<Capability>());
    if (!note.capabilities.empty() && !note.team) {
        // What a capability provides counts for the segments it is linked to.
        f.heading(tr("Segments it serves"));
        linkChecks(f, document_->canvas(), BlockId::CustomerSegments);
    }
}

void PlannerPanel::buildCommon(FormBuilder& f, BlockId block)
{
    const Canvas& canvas = document_->canvas();
    if (block == BlockId::ValuePropositions || block == BlockId::RevenueStreams) {
        f.heading(block == BlockId::ValuePropositions ? tr("Segments it serves") : tr("Segments that pay it"));
        suggested(f, {field::LinkSegment});
        linkChecks(f, canvas, BlockId::CustomerSegments);
    }
    if (block == BlockId::CostStructure) {
        f.heading(tr("What this cost pays for"), QStringLiteral("RM2"));
        for (BlockId from : {BlockId::KeyResources, BlockId::KeyActivities})
            linkChecks(f, canvas, from);
    }
    f.heading(tr("Note"));
    f.choice<TextDirection>(tr("Text direction"), [](const Note& n) { return std::optional<TextDirection>(n.direction); },
                            [](Note& n, std::optional<TextDirection> v) { n.direction = v.value_or(TextDirection::Auto); });
    f.colour(tr("Note colour"), [](const Note& n) { return n.colour; }, [](Note& n, const std::string& v) { n.colour = v; });
    f.text(tr("Tags, separated by commas"), [](const Note& n) { return joinTags(n.tags); },
           [](Note& n, const std::string& v) { n.tags = splitTags(v); });
}

}  // namespace mizan::ui
