// SPDX-License-Identifier: GPL-3.0-or-later
// Exports as a reader of the PDF would check them: page size and count,
// every font embedded, every note's text in the file, nothing outside its
// block, the appendix for what does not fit; PNG size from the resolution;
// SVG that Qt's renderer opens; the command line's failures.

#include "core/checklist/checklist.h"
#include "core/formats/json_format.h"
#include "ui/canvas/canvas_layout.h"
#include "ui/output/exporter.h"
#include "ui/output/report.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace mizan;
using namespace mizan::ui;

namespace {

Canvas loadExample(const QString& name)
{
    QFile f(QStringLiteral(MIZAN_EXAMPLES_DIR "/") + name);
    f.open(QIODevice::ReadOnly);
    auto c = fromJson(f.readAll().toStdString());
    return c.ok() ? c.value() : Canvas{};
}

QString run(const QString& program, const QStringList& args, int* status = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (status)
        *status = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
}

// Each word of a page with its box (pdftotext -bbox), in points.
QMultiHash<QString, QRectF> wordBoxes(const QString& pdf, int page)
{
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                                                            QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    static const QRegularExpression word(QString::fromLatin1(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QMultiHash<QString, QRectF> boxes;
    for (auto m = word.globalMatch(html); m.hasNext();) {
        const auto w = m.next();
        boxes.insert(w.captured(5), QRectF(QPointF(w.captured(1).toDouble(), w.captured(2).toDouble()),
                                           QPointF(w.captured(3).toDouble(), w.captured(4).toDouble())));
    }
    return boxes;
}

// Letters only, in compatibility form: what survives text extraction
// whatever the script (Arabic comes back as presentation forms, marks may
// move, lines are wrapped).
QString letters(const QString& text)
{
    const QString n = text.normalized(QString::NormalizationForm_KC);
    QString out;
    for (const QChar c : n)
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

// Every word of text is in the extracted text: words, because a line that
// mixes Arabic or Hebrew with Latin comes out of a PDF in visual runs. A
// word carrying a combining mark (a shadda, say) is left out: the font
// draws letter and mark as one glyph, and Qt's PDF maps that glyph back to
// the mark alone, so pdftotext cannot give the letter back although the page
// shows it.
bool hasMark(const QString& word)
{
    for (const QChar c : word)
        if (c.category() == QChar::Mark_NonSpacing)
            return true;
    return false;
}

bool hasEveryWord(const QString& extracted, const QString& text)
{
    QSet<QString> words;
    for (const QString& w : extracted.normalized(QString::NormalizationForm_KC).split(QRegularExpression(QStringLiteral("[\\s\\p{P}\\p{Cf}]+")), Qt::SkipEmptyParts))
        words.insert(letters(w));
    for (const QString& w : text.split(QRegularExpression(QStringLiteral("[\\s\\p{P}\\p{Cf}]+")), Qt::SkipEmptyParts))
        if (!letters(w).isEmpty() && !hasMark(w) && !words.contains(letters(w)))
            return false;
    return true;
}

// A canvas whose notes cannot all fit on one page.
Canvas crowdedCanvas()
{
    Canvas c = loadExample(QStringLiteral("coffee-roastery.en.json"));
    std::string lorem;
    for (int i = 0; i < 60; ++i)
        lorem += "word" + std::to_string(i) + " lengthy explanation of the partnership terms ";
    for (int i = 0; i < 14; ++i)
        c.insertNote(BlockId::KeyPartners, Note{.id = "long-" + std::to_string(i), .text = "Partner " + std::to_string(i) + ": " + lorem});
    c.insertNote(BlockId::CustomerRelationships, Note{.id = "long-cr", .text = "العلاقة " + lorem});
    return c;
}

}  // namespace

class ExportTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    void pdfOfEachExampleHasItsPagesFontsAndText_data()
    {
        QTest::addColumn<QString>("example");
        QTest::newRow("English") << QStringLiteral("coffee-roastery.en.json");
        QTest::newRow("Arabic") << QStringLiteral("tailoring-atelier.ar.json");
        QTest::newRow("Hebrew") << QStringLiteral("dental-clinic.he.json");
    }

    void pdfOfEachExampleHasItsPagesFontsAndText()
    {
        QFETCH(QString, example);
        const Canvas canvas = loadExample(example);
        const QString pdf = dir_.filePath(example + QStringLiteral(".pdf"));
        ExportOptions options;
        options.rightToLeft = isRightToLeftLanguage(canvas.info.language);
        QVERIFY(exportCanvas(canvas, runChecklist(canvas), pdf, options).ok());

        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("842 x 595 pts (A4)")), qPrintable(info));
        // The canvas, a page per segment, the findings.
        const int segments = int(canvas.notes(BlockId::CustomerSegments).size());
        const int pages = info.section(QStringLiteral("Pages:"), 1).trimmed().section(QLatin1Char('\n'), 0, 0).toInt();
        QVERIFY2(pages >= 2 + segments, qPrintable(info));

        const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString& line : fonts) {
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 5 && cols[cols.size() - 5] == QStringLiteral("yes"), qPrintable(QStringLiteral("not embedded: ") + line));
        }

        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (BlockId b : allValues<BlockId>())
            for (const Note& n : canvas.notes(b))
                QVERIFY2(hasEveryWord(text, QString::fromStdString(n.text)),
                         qPrintable(QStringLiteral("missing from the PDF: ") + QString::fromStdString(n.text)));
        QVERIFY(text.contains(QStringLiteral("Strategyzer AG")));
    }

    void theReportCarriesTouchpointsEconomicsPersonasAndTheCalendar()
    {
        Canvas canvas = loadExample(QStringLiteral("coffee-roastery.en.json"));
        Note seg = canvas.notes(BlockId::CustomerSegments).front();
        seg.segment->touchpoints = {Touchpoint{LifecycleStage::Delivery, "", "Parcel tracking", Office::Back,
                                               "Logistics lead", "No surprises", MeasureKind::Outcome, "Delivered on time", true}};
        seg.segment->economics = RetentionInputs{1000, 80.0, 120.0, std::nullopt, 50.0, LeavingReasons{}};
        seg.segment->personas = {Persona{"Omar", "Weekend brewer", "Great coffee", "Subscription", "", "", "", "", "", ""}};
        canvas.replaceNote(seg);
        canvas.calendar = {CalendarAction{"c1", "Spring tasting evening", ActionKind::Event, seg.id, std::nullopt,
                                          1'775'001'600'000, Recurrence::Yearly, "Events team"}};
        const QString pdf = dir_.filePath(QStringLiteral("extras.pdf"));
        QVERIFY(exportCanvas(canvas, {}, pdf, ExportOptions{}).ok());
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (const char* expected : {"Touchpoints (TP3)", "Parcel tracking", "Logistics lead", "Retention economics",
                                     "Persona: Omar", "Relationship calendar", "Spring tasting evening", "Events team"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }

    void pageSizeAndOrientationAreHonoured()
    {
        const Canvas canvas = loadExample(QStringLiteral("coffee-roastery.en.json"));
        const struct {
            QPageSize::PageSizeId size;
            QPageLayout::Orientation orientation;
            const char* expected;
        } cases[] = {{QPageSize::A3, QPageLayout::Landscape, "1191 x 842 pts (A3)"},
                     {QPageSize::Letter, QPageLayout::Landscape, "792 x 612 pts (letter)"},
                     {QPageSize::A4, QPageLayout::Portrait, "595 x 842 pts (A4)"}};
        for (const auto& c : cases) {
            ExportOptions options;
            options.pageSize = c.size;
            options.orientation = c.orientation;
            const QString pdf = dir_.filePath(QStringLiteral("size.pdf"));
            QVERIFY(exportCanvas(canvas, {}, pdf, options).ok());
            const QString info = run(QStringLiteral("pdfinfo"), {pdf});
            QVERIFY2(info.contains(QLatin1String(c.expected)), qPrintable(info));
        }
    }

    void aCrowdedBlockShrinksThenContinuesInTheAppendix()
    {
        const Canvas canvas = crowdedCanvas();
        Report report(canvas, {}, ReportOptions{});
        QPdfWriter writer(dir_.filePath(QStringLiteral("crowded.pdf")));
        writer.setResolution(600);
        QVERIFY(report.render(&writer));
        const PrintLayout& layout = report.canvasLayout();

        bool shrunk = false;
        for (const PrintedBlock& b : layout.blocks) {
            for (std::size_t i = 0; i < b.notes.size(); ++i) {
                const PrintedNote& n = b.notes[i];
                // No card outside its block, no two cards overlapping, no line outside its card.
                QVERIFY2(b.area.contains(n.card), qPrintable(QString::fromStdString(n.id)));
                for (std::size_t k = i + 1; k < b.notes.size(); ++k)
                    QVERIFY(!n.card.intersects(b.notes[k].card));
                for (const QRectF& line : n.lines)
                    QVERIFY2(n.card.adjusted(-0.5, -0.5, 0.5, 0.5).contains(line), qPrintable(QString::fromStdString(n.id)));
            }
            if (!b.overflow.empty()) {
                QVERIFY(b.area.contains(b.marker));
                for (const PrintedNote& n : b.notes)
                    QVERIFY(!n.card.intersects(b.marker));
            }
            if (b.block == BlockId::KeyPartners) {
                QVERIFY(!b.overflow.empty());
                shrunk = b.fontPixels < layout.blocks[size_t(BlockId::ValuePropositions)].fontPixels;
            }
        }
        QVERIFY2(shrunk, "the crowded block should print smaller before it overflows");
        // The text never goes below the readable minimum, 6.5 pt: the canvas
        // spans the page's width less two 24 pt margins.
        const qreal unitsPerPoint = CanvasLayout::kWidth / (842.0 - 2 * 24);
        for (const PrintedBlock& b : layout.blocks)
            QVERIFY2(b.fontPixels / unitsPerPoint >= 6.5 - 0.01, qPrintable(QString::number(b.fontPixels / unitsPerPoint)));

        // What did not fit is in the appendix, and the block says where.
        const QString text = run(QStringLiteral("pdftotext"), {dir_.filePath(QStringLiteral("crowded.pdf")), QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Appendix: notes continued")));
        QVERIFY(text.contains(QStringLiteral("Continued in the appendix, page")));
        for (const NoteId& id : layout.overflow())
            QVERIFY2(hasEveryWord(text, QString::fromStdString(canvas.find(id)->text)), qPrintable(QString::fromStdString(id)));
    }

    void aLongPdfExportReportsItsPagesAndCanBeCancelled()
    {
        const Canvas canvas = crowdedCanvas();
        const QString pdf = dir_.filePath(QStringLiteral("progress.pdf"));
        std::vector<std::pair<int, int>> heard;
        ExportOptions options;
        options.progress = [&](int done, int total) {
            heard.emplace_back(done, total);
            return true;
        };
        QVERIFY(exportCanvas(canvas, {}, pdf, options).ok());
        // Laid out first (no total yet), then every page in turn.
        QVERIFY(heard.size() >= 4);
        QCOMPARE(heard.front(), std::make_pair(0, 0));
        const int pages = heard.back().second;
        QVERIFY(pages > 2);
        QCOMPARE(heard.back().first, pages);
        for (std::size_t i = 2; i < heard.size(); ++i)
            QCOMPARE(heard[i].first, heard[i - 1].first + 1);

        // Stopped at the second page: an error that says so, and no file.
        const QString cancelled = dir_.filePath(QStringLiteral("cancelled.pdf"));
        options.progress = [](int done, int) { return done < 2; };
        const auto st = exportCanvas(canvas, {}, cancelled, options);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(cancelled));
        QCOMPARE(QDir(dir_.path()).entryList({QStringLiteral(".cancelled*")}, QDir::Hidden | QDir::Files).size(), 0);
    }

    void pngFollowsTheResolutionAndSvgOpens()
    {
        const Canvas canvas = loadExample(QStringLiteral("dental-clinic.he.json"));
        for (int dpi : {72, 150}) {
            ExportOptions options;
            options.dpi = dpi;
            const QString png = dir_.filePath(QStringLiteral("canvas-%1.png").arg(dpi));
            QVERIFY(exportCanvas(canvas, {}, png, options).ok());
            QImageReader reader(png);
            // A4 landscape in inches, times the resolution.
            const QSizeF inches = QPageSize(QPageSize::A4).size(QPageSize::Inch).transposed();
            QCOMPARE(reader.size(), QSize(qRound(inches.width() * dpi), qRound(inches.height() * dpi)));
        }
        const QString svg = dir_.filePath(QStringLiteral("canvas.svg"));
        QVERIFY(exportCanvas(canvas, {}, svg, ExportOptions{}).ok());
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.defaultSize().width() > renderer.defaultSize().height());
    }

    void theCommandLineExportsAndFailsCleanly()
    {
        const QString mizan = QStringLiteral(MIZAN_BINARY);
        const QString example = QStringLiteral(MIZAN_EXAMPLES_DIR "/coffee-roastery.en.json");
        int status = -1;
        const QString pdf = dir_.filePath(QStringLiteral("cli.pdf"));
        run(mizan, {QStringLiteral("export"), example, QStringLiteral("--to"), pdf, QStringLiteral("--page-size"), QStringLiteral("A3")}, &status);
        QCOMPARE(status, 0);
        QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("(A3)")));

        const QString png = dir_.filePath(QStringLiteral("cli.png"));
        run(mizan, {QStringLiteral("export"), example, QStringLiteral("--to"), png, QStringLiteral("--dpi"), QStringLiteral("100")}, &status);
        QCOMPARE(status, 0);
        QCOMPARE(QImageReader(png).size().width(), qRound(QPageSize(QPageSize::A4).size(QPageSize::Inch).height() * 100));

        const QString bad = dir_.filePath(QStringLiteral("bad.pdf"));
        QString out = run(mizan, {QStringLiteral("export"), example, QStringLiteral("--to"), bad, QStringLiteral("--page-size"), QStringLiteral("B5")}, &status);
        QCOMPARE(status, 2);
        QVERIFY(out.contains(QStringLiteral("A4, A3 or Letter")));
        QVERIFY(!QFile::exists(bad));
        out = run(mizan, {QStringLiteral("export"), example, QStringLiteral("--to"), dir_.filePath(QStringLiteral("no/such/dir/x.pdf"))}, &status);
        QCOMPARE(status, 2);
        QVERIFY(out.contains(QStringLiteral("does not exist")));
        out = run(mizan, {QStringLiteral("export"), dir_.filePath(QStringLiteral("missing.json")), QStringLiteral("--to"), bad}, &status);
        QCOMPARE(status, 2);
        QVERIFY(!QFile::exists(bad));
        const QStringList leftovers = QDir(dir_.path()).entryList({QStringLiteral("*bad*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }

    // The example's Customer Relationships notes fit on the canvas page:
    // the block's room is used before anything goes to an appendix.
    void theCanvasPageUsesTheBlocksRoomBeforeTheAppendix()
    {
        const Canvas canvas = loadExample(QStringLiteral("coffee-roastery.en.json"));
        const QString pdf = dir_.filePath(QStringLiteral("room.pdf"));
        QVERIFY(exportCanvas(canvas, {}, pdf, ExportOptions{}).ok());
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(!text.contains(QStringLiteral("Appendix")));
        QVERIFY(!text.contains(QStringLiteral("Continued in the appendix")));
    }

    // On a segment's page the values of the plan, the economics and the
    // persona tables start in one column; a lifetime value below zero is
    // said in words.
    void aSegmentsValuesLineUpAndALossIsExplained()
    {
        const Canvas canvas = loadExample(QStringLiteral("coffee-roastery.en.json"));
        const QString pdf = dir_.filePath(QStringLiteral("columns.pdf"));
        QVERIFY(exportCanvas(canvas, {}, pdf, ExportOptions{}).ok());
        const auto boxes = wordBoxes(pdf, 2);
        QVERIFY(boxes.contains(QStringLiteral("1,800")));      // estimated customers: the plan table
        QVERIFY(boxes.contains(QStringLiteral("-16.00")));     // lifetime value: the economics table
        QVERIFY(boxes.contains(QStringLiteral("Designer,")));  // the persona table
        const qreal plan = boxes.value(QStringLiteral("1,800")).left();
        QVERIFY2(qAbs(boxes.value(QStringLiteral("-16.00")).left() - plan) < 1.5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(boxes.value(QStringLiteral("-16.00")).left()).arg(plan)));
        QVERIFY(qAbs(boxes.value(QStringLiteral("Designer,")).left() - plan) < 1.5);
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                                                QStringLiteral("2"), pdf, QStringLiteral("-")});
        QVERIFY(text.simplified().contains(QStringLiteral("Customers leave before paying back what winning them cost")));
    }

    // A right-to-left page mirrors its tables: the touchpoints' first
    // column (the stage) is on the right.
    void rightToLeftTablesStartOnTheRight()
    {
        Canvas canvas = loadExample(QStringLiteral("coffee-roastery.en.json"));
        Note seg = canvas.notes(BlockId::CustomerSegments).front();
        seg.segment->touchpoints = {Touchpoint{LifecycleStage::Delivery, "", "Parcel tracking", Office::Back,
                                               "Logistics lead", "No surprises", MeasureKind::Outcome, "Delivered", true}};
        canvas.replaceNote(seg);
        QLocale::setDefault(QLocale(QStringLiteral("he")));
        const QString pdf = dir_.filePath(QStringLiteral("mirrored.pdf"));
        ExportOptions options;
        options.rightToLeft = true;
        const bool exported = exportCanvas(canvas, {}, pdf, options).ok();
        QLocale::setDefault(QLocale(QStringLiteral("en")));
        QVERIFY(exported);
        const auto boxes = wordBoxes(pdf, 2);
        QVERIFY(boxes.contains(QStringLiteral("Stage")) && boxes.contains(QStringLiteral("Surveyed")));
        QVERIFY(boxes.value(QStringLiteral("Stage")).left() > boxes.value(QStringLiteral("Surveyed")).left());
        QVERIFY(boxes.value(QStringLiteral("tracking")).left() > boxes.value(QStringLiteral("Logistics")).left());
        // The plan table too: the names on the right, their values to their left.
        QVERIFY(boxes.value(QStringLiteral("Market")).left() > boxes.value(QStringLiteral("Niche")).left());
    }

    // With --language ar, an English canvas's report reads right to left:
    // the findings page's method references are on the left.
    void theReportFollowsTheLanguageOfItsWords()
    {
        const QString pdf = dir_.filePath(QStringLiteral("arabic.pdf"));
        int status = -1;
        run(QStringLiteral(MIZAN_BINARY), {QStringLiteral("export"), QStringLiteral(MIZAN_EXAMPLES_DIR "/coffee-roastery.en.json"),
                                           QStringLiteral("--to"), pdf, QStringLiteral("--language"), QStringLiteral("ar")},
            &status);
        QCOMPARE(status, 0);
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY(pages > 2);
        bool found = false;
        for (int page = 2; page <= pages && !found; ++page) {
            const auto boxes = wordBoxes(pdf, page);
            if (!boxes.contains(QStringLiteral("RT5,")))
                continue;
            found = true;
            const QRectF ref = boxes.value(QStringLiteral("RT5,"));
            QVERIFY2(ref.left() < 200, qPrintable(QString::number(ref.left())));   // an A4 landscape page is 842 wide
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(ExportTest)
#include "export_test.moc"
