// SPDX-License-Identifier: GPL-3.0-or-later
// Right to left and four languages, checked the way a user would notice:
// every menu, action and planner label translated, the interface and the
// canvas mirrored in Arabic and Hebrew, notes aligned by their own
// direction, numbers in the locale's digits.

#include "core/checklist/message_catalog.h"
#include "core/checklist/method_points.h"
#include "core/checklist/rules.h"
#include "core/model/vocabulary.h"
#include "ui/canvas/canvas_scene.h"
#include "ui/document/document.h"
#include "ui/document/document_tab.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/canvas/note_item.h"
#include "ui/panels/planner_panel.h"
#include "ui/texts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGraphicsScene>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QUndoStack>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace mizan;
using namespace mizan::ui;

namespace {

void collectActions(QMenu* menu, QStringList& out)
{
    for (QAction* a : menu->actions()) {
        if (a->isSeparator())
            continue;
        out << a->text();
        if (a->menu())
            collectActions(a->menu(), out);
    }
}

QStringList menuTexts(MainWindow& w)
{
    QStringList out;
    for (QAction* a : w.menuBar()->actions()) {
        out << a->text();
        if (a->menu())
            collectActions(a->menu(), out);
    }
    return out;
}

QStringList plannerTexts(MainWindow& w)
{
    QStringList out;
    for (auto* l : w.planner()->findChildren<QLabel*>())
        out << l->text();
    for (auto* b : w.planner()->findChildren<QAbstractButton*>())
        out << b->text();
    return out;
}

// Placeholders a translation must keep: {name}, %1, %n.
QStringList placeholders(const QString& s)
{
    QStringList out;
    auto it = QRegularExpression(QStringLiteral("\\{[a-z]+\\}|%[0-9n]")).globalMatch(s);
    while (it.hasNext())
        out << it.next().captured();
    out.sort();
    return out;
}

}  // namespace

class I18nTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MizanTests"));
    }

    void cleanup()
    {
        Language().apply(QStringLiteral("en"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void everySourceStringIsTranslatedWithItsPlaceholders_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& code : Language::available())
            QTest::newRow(qPrintable(code)) << code;
    }

    void everySourceStringIsTranslatedWithItsPlaceholders()
    {
        QFETCH(QString, language);
        QFile file(QStringLiteral(MIZAN_TRANSLATIONS_DIR "/mizan_%1.ts").arg(language));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        int messages = 0;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
                ++messages;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                QVERIFY2(xml.attributes().value(QStringLiteral("type")).isEmpty(),
                         qPrintable(QStringLiteral("unfinished: ") + source));
                if (!numerus) {
                    const QString t = xml.readElementText();
                    QVERIFY2(!t.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + source));
                    QCOMPARE(placeholders(t), placeholders(source));
                    QCOMPARE(t.count(QRegularExpression(QStringLiteral("&(?!&)"))), source.count(QRegularExpression(QStringLiteral("&(?!&)"))));
                }
            } else if (xml.name() == QLatin1String("numerusform")) {
                const QString t = xml.readElementText();
                QVERIFY2(!t.isEmpty(), qPrintable(QStringLiteral("plural form missing: ") + source));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 500);
    }

    void theMethodsWordsAreAllTranslated()
    {
        for (const QString& code : {QStringLiteral("ar"), QStringLiteral("he"), QStringLiteral("fr")}) {
            QTranslator t;
            QVERIFY(t.load(QStringLiteral(":/i18n/mizan_%1.qm").arg(code)));
            const auto has = [&](const char* context, const char* text) {
                return !*text || !t.translate(context, text).isEmpty();
            };
            for (const RuleInfo& r : allRules()) {
                QVERIFY2(has(kChecklistContext, r.message), r.message);
                QVERIFY2(has(kChecklistContext, r.suggestion), r.suggestion);
                QVERIFY2(has(kChecklistContext, r.title), r.title);
                QVERIFY2(has(kChecklistContext, r.why), r.why);
            }
            for (const MethodPoint& p : methodPoints())
                QVERIFY2(has("Method", p.text), p.text);
            for (BlockId b : allValues<BlockId>()) {
                QVERIFY(has(kVocabularyContext, blockInfo(b).title));
                for (const char* q : blockInfo(b).guidingQuestions)
                    QVERIFY2(has(kVocabularyContext, q), q);
            }
            for (Mechanism m : allValues<Mechanism>()) {
                QVERIFY(has(kVocabularyContext, term(m).label));
                QVERIFY(has(kVocabularyContext, term(m).explanation));
            }
        }
    }

    void findingsReadAsEachLanguageWritesLists()
    {
        // A segment spoken to in two clashing tones, and a team of 12,345.
        Canvas c;
        Note seg{.id = "seg", .text = "Ahmed's clients"};
        seg.segment = CustomerSegment{"", MarketType::Niche, 12345, std::nullopt, ""};
        c.insertNote(BlockId::CustomerSegments, seg);
        Message m{"voice.clash",
                  {{"segment", MessageArg::Kind::Note, {"seg"}}, {"tones", MessageArg::Kind::Label, {"tone:formal", "tone:playful"}}}};
        Message size{"dedicated.team_too_small",
                     {{"segment", MessageArg::Kind::Note, {"seg"}},
                      {"size", MessageArg::Kind::Number, {"12345"}},
                      {"people", MessageArg::Kind::Number, {"2"}},
                      {"capacity", MessageArg::Kind::Number, {"100"}},
                      {"ratio", MessageArg::Kind::Number, {"50"}}}};
        const QString fsi = QChar(0x2068), pdi = QChar(0x2069);
        struct Case {
            const char* code;
            QString conjunction, number;
        } cases[] = {{"en", QStringLiteral(" and "), QStringLiteral("12,345")},
                     {"fr", QStringLiteral(" et "), QStringLiteral("12\u202f345")},
                     {"ar", QStringLiteral(" و"), QStringLiteral("١٢٬٣٤٥")},
                     {"he", QStringLiteral(" ו"), QStringLiteral("12,345")}};
        for (const Case& k : cases) {
            QVERIFY(Language().apply(QString::fromLatin1(k.code)));
            const QString text = renderText(m, c);
            QVERIFY2(text.contains(k.conjunction), qPrintable(text));
            // The Latin name keeps its own direction inside an Arabic or Hebrew sentence.
            QVERIFY2(text.contains(fsi + QStringLiteral("Ahmed's clients") + pdi), qPrintable(text));
            const QString withNumber = renderText(size, c);
            QVERIFY2(withNumber.contains(k.number) || withNumber.contains(QString(k.number).replace(QChar(0x202f), QChar(0xa0))),
                     qPrintable(withNumber));
        }
    }

    void eachLanguageTranslatesEveryMenuAndThePlannerAtOnce()
    {
        RecoveryArea recovery(dir_.filePath(QStringLiteral("recovery")));
        Language language;
        QVERIFY(language.apply(QStringLiteral("en")));
        MainWindow window(recovery, &language);
        window.show();
        QVERIFY(window.newFromExample(MainWindow::exampleResources().at(0)));
        Document& doc = window.currentTab()->document();
        const NoteId segment = doc.canvas().notes(BlockId::CustomerSegments).front().id;
        window.currentTab()->scene().selectNotes({segment});
        const QStringList englishMenus = menuTexts(window);
        const QStringList englishPlanner = plannerTexts(window);
        QVERIFY(englishMenus.contains(QStringLiteral("&File")));

        // Words that are the same in every language: names, page sizes, user text.
        QSet<QString> same = {QStringLiteral("English"), QStringLiteral("العربية"), QStringLiteral("עברית"), QStringLiteral("Français")};
        for (BlockId b : allValues<BlockId>())
            for (const Note& n : doc.canvas().notes(b))
                same.insert(QString::fromStdString(n.text).section(QLatin1Char('\n'), 0, 0));

        for (const QString& code : {QStringLiteral("ar"), QStringLiteral("he"), QStringLiteral("fr")}) {
            QVERIFY(language.apply(code));  // no restart: the open window follows
            QCoreApplication::processEvents();
            const bool rtl = code != QLatin1String("fr");
            QCOMPARE(window.layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
            QCOMPARE(window.currentTab()->scene().isRightToLeft(), rtl);
            const QStringList menus = menuTexts(window);
            QCOMPARE(menus.size(), englishMenus.size());
            for (int i = 0; i < menus.size(); ++i)
                if (!same.contains(englishMenus[i]))
                    QVERIFY2(menus[i] != englishMenus[i], qPrintable(code + QStringLiteral(": menu not translated: ") + englishMenus[i]));
            // French shares words with English ("Description"): the planner
            // is compared for the languages with another script.
            const QStringList planner = code == QLatin1String("fr") ? QStringList() : plannerTexts(window);
            for (const QString& text : planner) {
                const QString plain = QString(text).remove(QRegularExpression(QStringLiteral("<[^>]*>"))).trimmed();
                if (plain.isEmpty() || same.contains(plain) || plain.startsWith(QLatin1Char('#')) || plain.contains(QRegularExpression(QStringLiteral("^[0-9.,# ]+$"))))
                    continue;
                bool userText = false;
                for (const QString& s : std::as_const(same))
                    userText |= !s.isEmpty() && plain.contains(s);
                if (userText)
                    continue;
                QVERIFY2(!englishPlanner.contains(text), qPrintable(code + QStringLiteral(": planner not translated: ") + text));
            }
            // Numbers follow the locale.
            QCOMPARE(QLocale().name().left(2), code);
        }
        while (window.tabCount()) {
            window.currentTab()->document().undoStack()->setClean();
            window.closeTab(0);
        }
    }

    void theCanvasStaysLeftToRightWhenAskedTo()
    {
        RecoveryArea recovery(dir_.filePath(QStringLiteral("recovery2")));
        Language language;
        QSettings().setValue(QStringLiteral("view/keepLeftToRightCanvas"), true);
        MainWindow window(recovery, &language);
        QVERIFY(window.newFromExample(MainWindow::exampleResources().at(1)));
        QVERIFY(language.apply(QStringLiteral("ar")));
        QCoreApplication::processEvents();
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        QVERIFY(!window.currentTab()->scene().isRightToLeft());
        QSettings().setValue(QStringLiteral("view/keepLeftToRightCanvas"), false);
        while (window.tabCount())
            window.closeTab(0);
    }

    void aNoteIsAlignedByItsOwnDirection()
    {
        // Ink on the side the text starts from: right for Arabic and Hebrew,
        // left for English, whatever the canvas; an override wins.
        const struct {
            const char* text;
            TextDirection direction;
            bool expectRight;
        } cases[] = {{"مرحبا", TextDirection::Auto, true},
                     {"שלום", TextDirection::Auto, true},
                     {"Hello", TextDirection::Auto, false},
                     {"مرحبا", TextDirection::LeftToRight, false},
                     {"Hello", TextDirection::RightToLeft, true}};
        for (const auto& c : cases) {
            QGraphicsScene scene;
            auto* item = new NoteItem("n");
            scene.addItem(item);
            NoteLook look;
            look.text = QString::fromUtf8(c.text);
            look.fill = Qt::white;
            look.direction = c.direction;
            item->setLook(look);
            item->setSlot(QRectF(0, 0, 300, 96));
            QImage image(300, 96, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            scene.render(&p, QRectF(0, 0, 300, 96), QRectF(0, 0, 300, 96));
            p.end();
            int left = 300, right = 0;
            for (int y = 10; y < 60; ++y)
                for (int x = 5; x < 295; ++x)
                    if (qGray(image.pixel(x, y)) < 128) {
                        left = qMin(left, x);
                        right = qMax(right, x);
                    }
            QVERIFY2(right > left, c.text);
            const int gapLeft = left, gapRight = 300 - right;
            QVERIFY2(c.expectRight ? gapRight < gapLeft : gapLeft < gapRight, c.text);
        }
    }
};

QTEST_MAIN(I18nTest)
#include "i18n_test.moc"
