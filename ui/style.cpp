// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <QtMath>

#include <array>
#include <memory>

namespace mizan::ui {

namespace {

bool presentation = false;

double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

}  // namespace

const Palette& Style::editorPalette()
{
    static const Palette p{QColor("#eef1f3"), QColor("#ffffff"), QColor("#90a4ae"), QColor("#263238"),
                           QColor("#1c1c1c"), QColor("#00000030"), QColor("#1565c0"), QColor("#1565c0")};
    return p;
}

const Palette& Style::presentationPalette()
{
    static const Palette p{QColor("#000000"), QColor("#101418"), QColor("#b0bec5"), QColor("#ffffff"),
                           QColor("#000000"), QColor("#ffffff"), QColor("#ffd54f"), QColor("#ffd54f")};
    return p;
}

const Palette& Style::palette()
{
    return presentation ? presentationPalette() : editorPalette();
}

void Style::setPresentation(bool on)
{
    presentation = on;
}

QFont Style::uiFont()
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Sans Hebrew"),
                   QStringLiteral("DejaVu Sans")});
    return f;
}

QSvgRenderer* Style::blockIcon(BlockId block)
{
    static std::array<std::unique_ptr<QSvgRenderer>, kBlockCount> icons;
    auto& icon = icons[static_cast<std::size_t>(block)];
    if (!icon)
        icon = std::make_unique<QSvgRenderer>(QStringLiteral(":/icons/blocks/%1.svg").arg(QString::fromUtf8(toKey(block).data())));
    return icon.get();
}

QIcon Style::severityIcon(Severity s)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(severityColour(s));
    p.setPen(Qt::NoPen);
    p.drawEllipse(1, 1, 12, 12);
    return QIcon(pm);
}

QColor Style::severityColour(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QColor("#c62828");
    case Severity::Warning: return QColor("#b35c00");
    case Severity::Advice: return QColor("#1565c0");
    }
    return {};
}

QColor Style::defaultNoteColour(BlockId block)
{
    switch (block) {
    case BlockId::CustomerSegments: return QColor("#fff3b0");
    case BlockId::ValuePropositions: return QColor("#ffe0b2");
    case BlockId::Channels: return QColor("#d7ecff");
    case BlockId::CustomerRelationships: return QColor("#fce4ec");
    case BlockId::RevenueStreams: return QColor("#dcedc8");
    case BlockId::KeyResources: return QColor("#e1f5fe");
    case BlockId::KeyActivities: return QColor("#ede7f6");
    case BlockId::KeyPartners: return QColor("#f1f8e9");
    case BlockId::CostStructure: return QColor("#ffebee");
    }
    return Qt::white;
}

double Style::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor Style::readableOn(const QColor& background)
{
    return contrast(Qt::black, background) >= contrast(Qt::white, background) ? QColor(Qt::black) : QColor(Qt::white);
}

}  // namespace mizan::ui
