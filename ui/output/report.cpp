// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/output/report.h"

#include "core/checklist/checklist.h"
#include "ui/canvas/note_flow.h"

#include "core/checklist/guided_questions.h"
#include "core/planning/retention_economics.h"
#include "ui/canvas/canvas_layout.h"
#include "ui/canvas/note_item.h"
#include "ui/canvas/note_look.h"
#include "ui/style.h"
#include "ui/texts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextDocument>

namespace mizan::ui {

namespace {


constexpr qreal kMarginPt = 24;
constexpr qreal kHeaderPt = 22;
constexpr qreal kFooterPt = 18;

QString esc(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

template <typename E>
QString labels(const EnumSet<E>& set)
{
    QStringList out;
    for (E v : set.values())
        out << label(v);
    return out.isEmpty() ? Report::tr("Not answered") : out.join(QStringLiteral(", "));
}

template <typename E>
QString labelOr(const std::optional<E>& v)
{
    return v ? label(*v) : Report::tr("Not answered");
}

// A table row, its cells in reading order. Qt lays a full-width table's
// columns out left to right whatever the text direction: on a
// right-to-left page the cells are given right to left.
bool pagesRtl()
{
    return QLocale().textDirection() == Qt::RightToLeft;
}

QString cells(QStringList html, const char* tag = "td")
{
    if (pagesRtl())
        std::reverse(html.begin(), html.end());
    QString out = QStringLiteral("<tr>");
    for (const QString& c : html)
        out += QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), c);
    return out + QStringLiteral("</tr>");
}

// A name and its value; every such table gives the names the same width,
// so the values of a page's tables line up in one column.
QString row(const QString& name, const QString& value)
{
    QStringList html = {QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()), value.toHtmlEscaped()};
    if (pagesRtl())
        std::reverse(html.begin(), html.end());
    const int nameColumn = pagesRtl() ? 1 : 0;
    return QStringLiteral("<tr><td width='%1'>%2</td><td width='%3'>%4</td></tr>")
        .arg(nameColumn == 0 ? QStringLiteral("32%") : QStringLiteral("68%"), html[0],
             nameColumn == 0 ? QStringLiteral("68%") : QStringLiteral("32%"), html[1]);
}

}  // namespace

const Checklist& Report::checklist() const
{
    if (!checklist_)
        checklist_ = std::make_unique<Checklist>(canvas_);
    return *checklist_;
}

Report::Report(const Canvas& canvas, std::vector<Finding> findings, ReportOptions options)
    : canvas_(canvas), findings_(std::move(findings)), options_(options)
{
}

Report::~Report() = default;

QPageLayout Report::pageLayout() const
{
    return QPageLayout(QPageSize(options_.pageSize), options_.orientation, QMarginsF(0, 0, 0, 0));
}

QRectF Report::contentRect(const QRectF& page, qreal dpp) const
{
    return page.adjusted(kMarginPt * dpp, (kMarginPt + kHeaderPt) * dpp, -kMarginPt * dpp, -(kMarginPt + kFooterPt) * dpp);
}

void Report::prepareCanvas(const QRectF& content, qreal dpp)
{
    // The canvas keeps its proportions inside the content area.
    const qreal scale = qMin(content.width() / CanvasLayout::kWidth, content.height() / CanvasLayout::kHeight);
    layout_ = layoutForPrint(canvas_, options_.rightToLeft, dpp / scale);
}

void Report::prepare(const QRectF& content, qreal dpp, QPaintDevice* device)
{
    prepareCanvas(content, dpp);
    document_ = std::make_unique<QTextDocument>();
    if (device)
        document_->documentLayout()->setPaintDevice(device);
    QFont base = Style::uiFont();
    base.setPointSizeF(10);
    document_->setDefaultFont(base);
    QTextOption option = document_->defaultTextOption();
    option.setTextDirection(pagesRtl() ? Qt::RightToLeft : Qt::LeftToRight);
    document_->setDefaultTextOption(option);
    document_->setPageSize(content.size());
    document_->setDocumentMargin(0);
    document_->setHtml(reportHtml(0));
    // Where the appendix starts, for the marker on the canvas page.
    appendixPage_ = 0;
    for (QTextBlock b = document_->begin(); b.isValid(); b = b.next())
        if (b.text() == tr("Appendix: notes continued")) {
            const qreal top = document_->documentLayout()->blockBoundingRect(b).top();
            appendixPage_ = 2 + int(top / content.height());
            break;
        }
    pageCount_ = 1 + (document_->isEmpty() ? 0 : document_->pageCount());
}

QString Report::peopleServing(const Canvas& c, const NoteId& segment) const
{
    // The segment's channels: those that serve it and those its plan uses.
    std::vector<NoteId> reach{segment};
    for (const Note& ch : c.notes(BlockId::Channels))
        if (ch.channel && std::find(ch.channel->segments.begin(), ch.channel->segments.end(), segment) != ch.channel->segments.end())
            reach.push_back(ch.id);
    for (const Note& n : c.notes(BlockId::CustomerRelationships))
        if (n.plan && n.plan->segment == segment)
            reach.insert(reach.end(), n.plan->channels.begin(), n.plan->channels.end());
    const bool single = c.notes(BlockId::CustomerSegments).size() == 1;
    QStringList serving, maybe;
    for (const Note& n : c.notes(BlockId::KeyResources)) {
        if (!n.team)
            continue;
        QStringList about;
        if (n.team->kind)
            about << label(*n.team->kind);
        if (n.team->headcount)
            about << tr("%n people", nullptr, int(*n.team->headcount));
        const QString entry = about.isEmpty() ? noteTitle(c, n.id)
                                              : QStringLiteral("%1 (%2)").arg(noteTitle(c, n.id), about.join(QStringLiteral(", ")));
        const bool serves = std::any_of(n.team->serves.begin(), n.team->serves.end(), [&](const NoteId& t) {
            return std::find(reach.begin(), reach.end(), t) != reach.end();
        });
        if (serves || (single && n.team->serves.empty()))
            serving << entry;
        else if (n.team->serves.empty())
            maybe << entry;
    }
    QString text = serving.isEmpty() ? tr("Nobody named") : serving.join(QStringLiteral("; "));
    if (!maybe.isEmpty())
        text += QStringLiteral("\n") + tr("Whom these serve is not said: %1").arg(maybe.join(QStringLiteral("; ")));
    return text;
}

QString Report::segmentExtrasHtml(const CustomerSegment& s) const
{
    const Canvas& c = canvas_;
    QString html;
    if (!s.touchpoints.empty()) {
        html += QStringLiteral("<h2>%1</h2><table width='100%'>").arg(tr("Touchpoints (TP3)"))
              + cells({tr("Stage"), tr("Channel"), tr("What happens"), tr("Office (RM5)"), tr("Owner (RT7)"),
                       tr("Measure (EX5)"), tr("Surveyed (RM6)")},
                      "th");
        for (const Touchpoint& t : s.touchpoints) {
            const QString surveyed = !t.satisfactionSurveyed ? tr("Not answered")
                                   : *t.satisfactionSurveyed  ? tr("Yes")
                                                              : tr("No");
            html += cells({label(t.stage).toHtmlEscaped(),
                           t.channel.empty() ? QString() : noteTitle(c, t.channel).toHtmlEscaped(), esc(t.activity),
                           t.office ? label(*t.office).toHtmlEscaped() : QString(), esc(t.owner),
                           (t.measureKind ? label(*t.measureKind) + QStringLiteral(": ") : QString()).toHtmlEscaped()
                               + esc(t.measure),
                           surveyed.toHtmlEscaped()});
        }
        html += QStringLiteral("</table>");
    }
    if (s.economics) {
        const RetentionFigures f = computeRetention(*s.economics);
        const auto value = [](const std::optional<double>& v) { return v ? QLocale().toString(*v, 'f', 2) : tr("Not answered"); };
        html += QStringLiteral("<h2>%1</h2><table width='100%'>").arg(tr("Retention economics (RT1, RT5)"));
        html += row(tr("Lifetime value of a customer"), value(f.lifetimeValue));
        if (f.lifetimeValue && *f.lifetimeValue < 0)
            html += row(tr("What this means"), lifetimeLossText(*f.lifetimeValue));
        html += row(tr("Periods to pay back winning a customer"), value(f.paybackPeriods));
        html += row(tr("Effect of 5 more points kept on that value (%)"), value(f.profitEffectPercent));
        html += row(tr("Published reference (RT1)"), tr("5% more retention: 25% to 85% more profit"));
        const LeavingReasons& r = s.economics->leavingReasons;
        html += row(tr("Why customers leave (RT2)"),
                    tr("service %1%, product %2%, competitors %3%, other %4%")
                        .arg(QLocale().toString(r.service), QLocale().toString(r.product), QLocale().toString(r.competitors),
                             QLocale().toString(r.other)));
        html += QStringLiteral("</table>");
    }
    for (const Persona& p : s.personas) {
        html += QStringLiteral("<h2>%1</h2><table width='100%'>").arg(tr("Persona: %1").arg(QString::fromStdString(p.name)).toHtmlEscaped());
        html += row(tr("Who they are"), QString::fromStdString(p.who));
        html += row(tr("Goals and how they reach them (EX4)"), QString::fromStdString(p.goals + (p.means.empty() ? "" : " / " + p.means)));
        html += row(tr("Journey (RT3)"), QString::fromStdString(p.motivation + " · " + p.firstExperience + " · " + p.personalisation
                                                                   + " · " + p.change + " · " + p.satisfaction + " · " + p.loyalty));
        html += QStringLiteral("</table>");
    }
    return html;
}

QString Report::segmentPageHtml(const Note& seg) const
{
    const Canvas& c = canvas_;
    QString html;
    html += QStringLiteral("<table width='100%'>");
    if (seg.segment) {
        if (!seg.segment->description.empty())
            html += row(tr("Segment"), QString::fromStdString(seg.segment->description));
        html += row(tr("Market"), labelOr(seg.segment->market));
        if (seg.segment->estimatedSize)
            html += row(tr("Estimated customers"), QLocale().toString(qlonglong(*seg.segment->estimatedSize)));
        if (seg.segment->revenuePerCustomer)
            html += row(tr("Revenue per customer per year"),
                        QLocale().toString(*seg.segment->revenuePerCustomer, 'f', 2) + QLatin1Char(' ') +
                            QString::fromStdString(c.info.currency));
    }
    const PlanGuide guide = guidePlan(c, seg.id, checklist().findingsOfSegment(seg.id));
    const Note* planNote = guide.plan.empty() ? nullptr : c.find(guide.plan);
    if (!planNote) {
        html += row(tr("Relationship plan"), tr("No plan yet (CR1)."));
    } else {
        const RelationshipPlan& p = *planNote->plan;
        html += row(tr("Depth (CR4)"), labelOr(p.depth));
        html += row(tr("Mechanisms (CR5)"), labels(p.mechanisms));
        html += row(tr("Focus (CR6)"), labels(p.focus));
        QStringList channels;
        for (const auto& id : p.channels) {
            const Note* ch = c.find(id);
            const QString ownership = ch && ch->channel && ch->channel->ownership ? label(*ch->channel->ownership)
                                                                                  : tr("ownership not set");
            channels << QStringLiteral("%1 (%2)").arg(noteTitle(c, id), ownership);
        }
        html += row(tr("Channels (CR7)"), channels.isEmpty() ? tr("Not answered") : channels.join(QStringLiteral("; ")));
        html += row(tr("Means (CR9)"), labels(p.means));
        QString voice = labelOr(p.voiceTone);
        if (!p.voiceText.empty())
            voice += QStringLiteral(": ") + QString::fromStdString(p.voiceText);
        html += row(tr("Voice (CR10)"), voice);
        for (const auto& v : p.channelVoices)
            html += row(tr("Voice on %1").arg(noteTitle(c, v.channel)), label(v.tone));
        if (!p.privacyStance.empty())
            html += row(tr("Privacy stance (EX2)"), QString::fromStdString(p.privacyStance));
        QString verdict = renderText(guide.verdict.message, c);
        for (const Finding& f : guide.verdict.reasons)
            verdict += QStringLiteral("\n• ") + renderText(f.message, c) + QStringLiteral(" → ") + renderText(f.suggestion, c);
        html += row(tr("Does the channel support it? (CR8)"), verdict).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    }
    html += row(tr("People who serve it (CR3)"), peopleServing(c, seg.id)).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    html += QStringLiteral("</table>");
    if (seg.segment)
        html += segmentExtrasHtml(*seg.segment);
    return html;
}

QString Report::findingsHtml() const
{
    const Canvas& c = canvas_;
    QString html;
    if (findings_.empty())
        html += QStringLiteral("<p>%1</p>").arg((c.noteCount() == 0 ? tr("An empty canvas: nothing to check yet.")
                                                 : c.notes(BlockId::CustomerSegments).empty()
                                                     ? tr("No customer segment yet: the checklist judges each segment's relationship.")
                                                     : tr("No findings: the blocks hold together."))
                                                    .toHtmlEscaped());
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Advice}) {
        QString rows;
        int count = 0;
        for (const Finding& f : findings_) {
            if (f.severity != s)
                continue;
            ++count;
            // A finding that rests on answers the notes' words suggest, not
            // yet accepted, says so.
            const QString resting = f.restsOnSuggestion
                                      ? QStringLiteral("<br/><small>\u2726 %1</small>")
                                            .arg(tr("Rests on a suggested answer, not yet confirmed.").toHtmlEscaped())
                                      : QString();
            rows += cells({QStringLiteral("%1<br/><i>%2</i>%3")
                               .arg(renderText(f.message, c).toHtmlEscaped(), renderText(f.suggestion, c).toHtmlEscaped(), resting),
                           QStringLiteral("<span class='m'>%1</span>").arg(methodRefsText(f).toHtmlEscaped())});
        }
        if (count)
            html += QStringLiteral("<h2 style='color:%1'>%2 (%3)</h2><table width='100%'>%4</table>")
                        .arg(Style::severityColour(s).name(), severityName(s).toHtmlEscaped(), QLocale().toString(count), rows);
    }
    return html;
}

QString Report::reportHtml(int) const
{
    const Canvas& c = canvas_;
    // The pages read in the direction of their words' language; the canvas
    // page's layout follows the canvas (options_.rightToLeft).
    const QString dir = pagesRtl() ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString html = QStringLiteral("<html><head><style>"
                                  "h1{font-size:16pt;} h2{font-size:13pt;margin-top:12pt;} "
                                  "td{padding:3pt 6pt;vertical-align:top;} "
                                  ".sev{font-weight:bold;} .m{color:#455a64;}"
                                  "</style></head><body dir='%1'>")
                       .arg(dir);
    bool first = true;
    const auto pageHeading = [&](const QString& text) {
        html += QStringLiteral("<h1 style='%1'>%2</h1>")
                    .arg(first ? QString() : QStringLiteral("page-break-before:always"), text.toHtmlEscaped());
        first = false;
    };

    // One page per segment: its relationship plan.
    for (const Note& seg : c.notes(BlockId::CustomerSegments)) {
        pageHeading(tr("Relationship plan: %1").arg(noteTitle(c, seg.id)));
        html += segmentPageHtml(seg);
    }

    // The relationship calendar (RT7, RT9).
    if (!c.calendar.empty()) {
        pageHeading(tr("Relationship calendar"));
        html += QStringLiteral("<table width='100%'>")
              + cells({tr("Action"), tr("Kind"), tr("Segment"), tr("First date"), tr("Repeats"), tr("Owner")}, "th");
        for (const CalendarAction& a : c.calendar)
            html += cells({esc(a.title), label(a.kind).toHtmlEscaped(),
                           (a.segment.empty() ? tr("Every segment") : noteTitle(c, a.segment)).toHtmlEscaped(),
                           QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.date, QTimeZone::utc()).date(), QLocale::ShortFormat),
                           label(a.recurrence).toHtmlEscaped(), esc(a.owner)});
        html += QStringLiteral("</table>");
    }

    // The findings report.
    pageHeading(tr("Findings"));
    html += findingsHtml();

    // The appendix: notes that did not fit on the canvas page.
    const auto overflow = layout_.overflow();
    if (!overflow.empty()) {
        pageHeading(tr("Appendix: notes continued"));
        for (const auto& b : layout_.blocks) {
            if (b.overflow.empty())
                continue;
            html += QStringLiteral("<h2>%1</h2>").arg(blockTitle(b.block).toHtmlEscaped());
            for (const auto& id : b.overflow) {
                const Note* n = c.find(id);
                const QString dirAttr = noteIsRightToLeft(*n, options_.rightToLeft) ? QStringLiteral("rtl") : QStringLiteral("ltr");
                html += QStringLiteral("<p dir='%1'>%2</p>").arg(dirAttr, esc(n->text).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
            }
        }
    }
    html += QStringLiteral("</body></html>");
    return html;
}

void Report::paintFrame(QPainter& p, const QRectF& page, qreal dpp, int number, int total) const
{
    QFont f = Style::uiFont();
    f.setPixelSize(qMax(1, qRound(9 * dpp)));
    p.setFont(f);
    p.setPen(QColor("#37474f"));
    // Absolute: Qt would otherwise swap left and right again for right-to-left text.
    const Qt::Alignment start = Qt::AlignAbsolute | (pagesRtl() ? Qt::AlignRight : Qt::AlignLeft);
    const Qt::Alignment end = Qt::AlignAbsolute | (pagesRtl() ? Qt::AlignLeft : Qt::AlignRight);
    const QRectF header(page.left() + kMarginPt * dpp, page.top() + kMarginPt * dpp, page.width() - 2 * kMarginPt * dpp,
                        kHeaderPt * dpp * 0.8);
    QFont bold = f;
    bold.setBold(true);
    bold.setPixelSize(qMax(1, qRound(11 * dpp)));
    p.setFont(bold);
    QTextOption o(start | Qt::AlignVCenter);
    o.setTextDirection(pagesRtl() ? Qt::RightToLeft : Qt::LeftToRight);
    const QString title = canvas_.info.title.empty() ? tr("Untitled canvas") : QString::fromStdString(canvas_.info.title);
    p.drawText(header, title, o);
    p.setFont(f);
    o.setAlignment(end | Qt::AlignVCenter);
    p.drawText(header, QLocale().toString(options_.date, QLocale::LongFormat), o);

    const QRectF footer(header.left(), page.bottom() - (kMarginPt + kFooterPt * 0.7) * dpp, header.width(), kFooterPt * dpp * 0.7);
    o.setAlignment(start | Qt::AlignVCenter);
    p.drawText(footer, tr("Business Model Canvas by Strategyzer AG (strategyzer.com), CC BY-SA 3.0"), o);
    o.setAlignment(end | Qt::AlignVCenter);
    p.drawText(footer, tr("Page %1 of %2").arg(QLocale().toString(number), QLocale().toString(total)), o);
}

void Report::paintCanvas(QPainter& p, const QRectF& target, int appendixPage) const
{
    const qreal scale = qMin(target.width() / CanvasLayout::kWidth, target.height() / CanvasLayout::kHeight);
    const QPointF origin(target.center().x() - CanvasLayout::kWidth * scale / 2, target.top());
    p.save();
    p.translate(origin);
    p.scale(scale, scale);
    p.setRenderHint(QPainter::Antialiasing);
    const bool rtl = options_.rightToLeft;
    for (const PrintedBlock& b : layout_.blocks) {
        p.setPen(QPen(QColor("#78909c"), 1.5));
        p.setBrush(Qt::white);
        p.drawRect(b.rect);
        const qreal icon = 24;
        const QRectF iconRect = rtl ? QRectF(b.rect.right() - 10 - icon, b.rect.top() + 10, icon, icon)
                                    : QRectF(b.rect.left() + 10, b.rect.top() + 10, icon, icon);
        Style::blockIcon(b.block)->render(&p, iconRect);
        QFont titleFont = printFont(18);
        titleFont.setBold(true);
        p.setFont(titleFont);
        p.setPen(QColor("#263238"));
        QTextOption to((rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        to.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        p.drawText(QRectF(b.rect.left() + icon + 20, b.rect.top(), b.rect.width() - 2 * icon - 40, CanvasLayout::kHeaderHeight),
                   blockTitle(b.block), to);

        const QFont font = printFont(b.fontPixels);
        for (const PrintedNote& pn : b.notes) {
            const Note* n = canvas_.find(pn.id);
            const NoteLook look = noteLook(canvas_, *n, true);
            p.setPen(QPen(QColor("#00000040"), 0.8));
            p.setBrush(look.fill);
            p.drawRoundedRect(pn.card, 3, 3);
            const bool noteIsRtl = noteIsRightToLeft(*n, rtl);
            if (look.strip.isValid()) {
                p.setPen(Qt::NoPen);
                p.setBrush(look.strip);
                p.drawRect(noteIsRtl ? QRectF(pn.card.right() - 3, pn.card.top(), 3, pn.card.height())
                                     : QRectF(pn.card.left(), pn.card.top(), 3, pn.card.height()));
            }
            p.setPen(Style::readableOn(look.fill));
            drawWrapped(p, QString::fromStdString(n->text), font, pn.text, noteIsRtl);
        }
        if (!b.overflow.empty()) {
            QFont mf = font;
            mf.setItalic(true);
            p.setFont(mf);
            p.setPen(QColor("#b35c00"));
            QTextOption mo(Qt::AlignCenter);
            mo.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
            p.drawText(b.marker,
                       appendixPage > 0 ? tr("▸ Continued in the appendix, page %1").arg(QLocale().toString(appendixPage))
                                        : tr("▸ Continued in the appendix"),
                       mo);
        }
    }
    p.restore();
}

void Report::paintCanvasPage(QPainter& p, const QRectF& page, qreal dpp, int number, int total)
{
    const QRectF content = contentRect(page, dpp);
    // A lone canvas page (PNG, SVG) has no appendix page to point to, and
    // needs none of the pages that follow laid out.
    if (total == 1) {
        prepareCanvas(content, dpp);
        appendixPage_ = 0;
    } else if (!document_) {
        prepare(content, dpp, nullptr);
    }
    p.fillRect(page, Qt::white);
    paintFrame(p, page, dpp, number, total);
    paintCanvas(p, content, appendixPage_);
}

bool Report::render(QPagedPaintDevice* device, const std::function<bool(int done, int total)>& progress)
{
    cancelled_ = false;
    const auto goOn = [&](int done, int total) {
        if (progress && !progress(done, total))
            cancelled_ = true;
        return !cancelled_;
    };
    device->setPageLayout(pageLayout());
    QPainter p;
    if (!goOn(0, 0) || !p.begin(device))
        return false;
    const qreal dpp = device->logicalDpiX() / 72.0;
    const QRectF page(0, 0, device->width(), device->height());
    const QRectF content = contentRect(page, dpp);
    prepare(content, dpp, device);
    if (!goOn(0, pageCount_)) {
        p.end();
        return false;
    }

    paintFrame(p, page, dpp, 1, pageCount_);
    paintCanvas(p, content, appendixPage_);
    if (!goOn(1, pageCount_)) {
        p.end();
        return false;
    }
    const qreal pageHeight = content.height();
    for (int i = 0; i + 1 < pageCount_; ++i) {
        device->newPage();
        paintFrame(p, page, dpp, i + 2, pageCount_);
        p.save();
        p.translate(content.left(), content.top() - i * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * pageHeight, content.width(), pageHeight);
        context.palette.setColor(QPalette::Text, Qt::black);
        p.setClipRect(context.clip);
        document_->documentLayout()->draw(&p, context);
        p.restore();
        if (!goOn(i + 2, pageCount_)) {
            p.end();
            return false;
        }
    }
    return p.end();
}

}  // namespace mizan::ui
