#include "GuidanceView.h"

#include "analysis/CompactNumber.h"
#include "analysis/MilestoneLadder.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hubwatch {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // figures and scope text come from the network
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString signedNumber(double value, const QLocale &locale, int decimals)
{
    const QString text = locale.toString(value, 'f', decimals);
    return value > 0 ? locale.positiveSign() + text : text;
}

} // namespace

GuidanceView::GuidanceView(Settings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    build();
    retranslate();
    updateLive();
}

void GuidanceView::build()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(m_scroll);

    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("guidanceContent"));
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(16, 12, 16, 16);
    column->setSpacing(6);

    const QList<GuidanceCard> cards = GuidanceCatalog::cards();
    const QSet<QString> done = m_settings.checklistDone();
    for (GuidanceCard::Section section : GuidanceCatalog::sections()) {
        auto *heading = new QLabel(content);
        QFont headingFont = heading->font();
        headingFont.setBold(true);
        headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
        heading->setFont(headingFont);
        auto *intro = new QLabel(content);
        intro->setWordWrap(true);
        intro->setForegroundRole(QPalette::PlaceholderText); // subdued, from the palette in any theme
        if (!m_sectionTitles.isEmpty())
            column->addSpacing(14);
        column->addWidget(heading);
        column->addWidget(intro);
        m_sectionTitles.insert(section, heading);
        m_sectionIntros.insert(section, intro);

        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(10);
        grid->setVerticalSpacing(10);
        grid->setColumnStretch(0, 1);
        grid->setColumnStretch(1, 1);
        column->addLayout(grid);
        int index = 0;
        for (const GuidanceCard &card : cards) {
            if (card.section != section)
                continue;
            CardWidgets w;
            w.card = card;
            w.frame = new QFrame(content);
            w.frame->setObjectName(QStringLiteral("card:") + card.id);
            w.frame->setFrameShape(QFrame::StyledPanel);
            w.frame->setFrameShadow(QFrame::Plain);
            // Base/Text roles: a light card on a light window, a dark card on a dark one.
            w.frame->setAutoFillBackground(true);
            w.frame->setBackgroundRole(QPalette::Base);
            w.frame->setForegroundRole(QPalette::Text);
            auto *box = new QVBoxLayout(w.frame);
            box->setContentsMargins(12, 10, 12, 10);
            box->setSpacing(6);

            auto *titleRow = new QHBoxLayout;
            titleRow->setSpacing(6);
            if (card.checkable) {
                w.check = new QCheckBox(w.frame);
                w.check->setObjectName(QStringLiteral("check"));
                w.check->setChecked(done.contains(card.id));
                const QString id = card.id;
                connect(w.check, &QCheckBox::toggled, this, [this, id](bool on) {
                    m_settings.setChecklistItem(id, on);
                    for (CardWidgets &cw : m_cards) {
                        if (cw.card.id == id) {
                            QFont f = cw.title->font();
                            f.setStrikeOut(on);
                            cw.title->setFont(f);
                        }
                    }
                });
                titleRow->addWidget(w.check, 0, Qt::AlignTop);
            }
            w.title = plainLabel(w.frame);
            w.title->setObjectName(QStringLiteral("title"));
            QFont titleFont = w.title->font();
            titleFont.setBold(true);
            titleFont.setStrikeOut(card.checkable && done.contains(card.id));
            w.title->setFont(titleFont);
            if (w.check)
                w.title->setBuddy(w.check);
            titleRow->addWidget(w.title, 1);
            box->addLayout(titleRow);

            w.body = plainLabel(w.frame);
            w.body->setObjectName(QStringLiteral("body"));
            box->addWidget(w.body);

            if (card.live != GuidanceCard::Live::None) {
                w.live = plainLabel(w.frame);
                w.live->setObjectName(QStringLiteral("live"));
                QFont liveFont = w.live->font();
                liveFont.setBold(true);
                w.live->setFont(liveFont);
                box->addWidget(w.live);
            }
            box->addStretch(1);
            if (!card.view.isEmpty()) {
                w.action = new QPushButton(w.frame);
                w.action->setObjectName(QStringLiteral("action"));
                w.action->setBackgroundRole(QPalette::Button);
                w.action->setForegroundRole(QPalette::ButtonText);
                const QString view = card.view;
                connect(w.action, &QPushButton::clicked, this, [this, view] { Q_EMIT openView(view); });
                auto *actionRow = new QHBoxLayout;
                actionRow->addStretch(1);
                actionRow->addWidget(w.action);
                box->addLayout(actionRow);
            }
            grid->addWidget(w.frame, index / 2, index % 2);
            ++index;
            m_cards.append(w);
        }
    }
    column->addStretch(1);
    m_scroll->setWidget(content);
}

void GuidanceView::retranslate()
{
    const QList<GuidanceCard> cards = GuidanceCatalog::cards();
    for (CardWidgets &w : m_cards) {
        for (const GuidanceCard &c : cards) {
            if (c.id == w.card.id) {
                w.card = c;
                break;
            }
        }
        w.title->setText(w.card.title);
        w.body->setText(w.card.body);
        if (w.check)
            w.check->setAccessibleName(w.card.title);
        if (w.action)
            w.action->setText(w.card.actionText);
    }
    for (auto it = m_sectionTitles.cbegin(); it != m_sectionTitles.cend(); ++it)
        it.value()->setText(GuidanceCatalog::sectionTitle(it.key()));
    for (auto it = m_sectionIntros.cbegin(); it != m_sectionIntros.cend(); ++it)
        it.value()->setText(GuidanceCatalog::sectionIntro(it.key()));
}

void GuidanceView::setReport(const StatusReport &report)
{
    m_report = report;
    updateLive();
}

void GuidanceView::updateLive()
{
    for (CardWidgets &w : m_cards) {
        if (w.live)
            w.live->setText(liveText(w.card.live));
    }
}

QString GuidanceView::liveText(GuidanceCard::Live live) const
{
    using Live = GuidanceCard::Live;
    const StatusReport &r = m_report;
    const AggregatePoint &h = r.headline;
    const QLocale loc = locale();
    const auto n = [&loc](qint64 v) { return CompactNumber::format(v, loc); };
    const bool haveData = h.pollId > 0;

    switch (live) {
    case Live::None: return QString();
    case Live::Scale: {
        // The whole Hub when a census has measured it; else the tracked sum, saying it is less.
        const CensusFigures &c = r.census;
        if (c.hasComplete()) {
            const QString growth = c.growthKnown
                ? tr("%1 per day").arg((c.growthPerDay < 0 ? QString() : loc.positiveSign()) + n(qint64(c.growthPerDay)))
                : tr("growth known after the next census");
            return tr("%1 downloads all time across the whole Hub, %2\nfrom the census of %3 UTC (public repositories only)")
                .arg(n(c.latest.totalAllTime()), growth, loc.toString(c.latest.finishedAt.toUTC(), QLocale::ShortFormat));
        }
        if (!haveData)
            break;
        const QString growth =
            r.growthKnown ? tr("%1 per day").arg(loc.positiveSign() + n(qint64(r.growthPerDay))) : tr("growth not known yet");
        return tr("%1 downloads all time, %2\nSummed over %3 (not the whole Hub)").arg(n(h.totalAllTime), growth, h.scopeDescription)
            + QLatin1Char('\n') + censusHint();
    }
    case Live::Window30d:
        if (!haveData)
            break;
        return tr("%1 in the last 30 days · %2 all time").arg(n(h.sumDownloads30d), n(h.totalAllTime));
    case Live::Velocity: {
        if (!haveData)
            break;
        if (r.hot.categories.isEmpty())
            return tr("No download velocity yet: it needs polls on more than one day.");
        QStringList lines{tr("Share of the top-50 download velocity:")};
        const int shown = std::min<int>(3, int(r.hot.categories.size()));
        for (int i = 0; i < shown; ++i) {
            const CategoryShare &c = r.hot.categories.at(i);
            const QString share = loc.toString(c.shareNow, 'f', 1);
            lines << (r.hot.hasBaseline ? tr("%1 %2% (%3 pts in a week)").arg(c.label, share, signedNumber(c.changePoints, loc, 1))
                                        : tr("%1 %2%").arg(c.label, share));
        }
        if (r.hot.hasBaseline)
            lines << tr("%n new in the top 50 this week", nullptr, int(r.hot.newEntrants.size()));
        else
            lines << tr("No week-old list to compare with yet.");
        return lines.join(QLatin1Char('\n'));
    }
    case Live::Licences: {
        if (!haveData)
            break;
        const LicenseSummary &s = r.licences;
        if (s.total <= 0)
            return tr("No licences inspected yet.");
        return tr("%1 permissive · %2 restricted · %3 other · %4 unknown\nof %5 repos inspected")
            .arg(loc.toString(s.permissive), loc.toString(s.restricted), loc.toString(s.other), loc.toString(s.unknown),
                 loc.toString(s.total));
    }
    case Live::PickleOnly: {
        if (!haveData)
            break;
        const StatusReport::Formats &f = r.formats;
        if (f.inspected <= 0)
            return tr("No weight files inspected yet.");
        return tr("%1 pickle-only of %2 repos inspected\n%3 safetensors · %4 GGUF · %5 gated")
            .arg(loc.toString(f.pickleOnly), loc.toString(f.inspected), loc.toString(f.safetensors), loc.toString(f.gguf),
                 loc.toString(f.gated));
    }
    case Live::Milestone: {
        if (!haveData)
            break;
        if (r.nextMilestone <= 0)
            return tr("No next milestone yet.");
        const QString next = MilestoneLadder::label(r.nextMilestone, loc);
        const auto day = [&loc](const QDateTime &t) { return loc.toString(t.date(), QLocale::ShortFormat); };
        switch (r.projection.status) {
        case Projection::Status::Ok:
            return tr("Next milestone %1, expected around %2\n(between %3 and %4)")
                .arg(next, day(r.projection.eta), day(r.projection.etaLow),
                     r.projection.etaHigh.isValid() ? day(r.projection.etaHigh) : tr("later"));
        case Projection::Status::AlreadyReached: return tr("Milestone %1 reached on %2").arg(next, day(r.projection.eta));
        default:
            return r.projection.explanation.isEmpty() ? tr("Next milestone %1").arg(next)
                                                      : tr("Next milestone %1\n%2").arg(next, r.projection.explanation);
        }
    }
    case Live::ScopeCovered: {
        const CensusFigures &c = r.census;
        const QString whole = c.hasComplete() ? tr("Whole Hub: %1 downloads over %2 repos, census of %3 UTC")
                                                    .arg(n(c.latest.totalAllTime()), n(CensusFigures::repos(c.latest)),
                                                         loc.toString(c.latest.finishedAt.toUTC(), QLocale::ShortFormat))
                                              : censusHint();
        if (!haveData && c.hasComplete())
            return whole;
        if (!haveData)
            break;
        return tr("Now: %1, %Ln repos covered, last complete poll %2 UTC", nullptr, h.reposCovered)
                   .arg(h.scopeDescription, loc.toString(h.at.toUTC(), QLocale::ShortFormat))
            + QLatin1Char('\n') + whole;
    }
    }
    return tr("No data yet: this figure appears after the first complete poll.");
}

QString GuidanceView::censusHint()
{
    return tr("A census (hubwatch census, or the collector's daily one) gives the whole Hub's figure.");
}

QStringList GuidanceView::cardIds() const
{
    QStringList ids;
    for (const CardWidgets &w : m_cards)
        ids << w.card.id;
    return ids;
}

QString GuidanceView::cardTitle(const QString &id) const
{
    for (const CardWidgets &w : m_cards)
        if (w.card.id == id)
            return w.title->text();
    return QString();
}

QString GuidanceView::cardBody(const QString &id) const
{
    for (const CardWidgets &w : m_cards)
        if (w.card.id == id)
            return w.body->text();
    return QString();
}

QString GuidanceView::cardLiveText(const QString &id) const
{
    for (const CardWidgets &w : m_cards)
        if (w.card.id == id)
            return w.live ? w.live->text() : QString();
    return QString();
}

QPushButton *GuidanceView::cardAction(const QString &id) const
{
    for (const CardWidgets &w : m_cards)
        if (w.card.id == id)
            return w.action;
    return nullptr;
}

QCheckBox *GuidanceView::cardCheck(const QString &id) const
{
    for (const CardWidgets &w : m_cards)
        if (w.card.id == id)
            return w.check;
    return nullptr;
}

void GuidanceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateLive();
    } else if (event->type() == QEvent::LocaleChange) {
        updateLive();
    }
    QWidget::changeEvent(event);
}

} // namespace hubwatch
