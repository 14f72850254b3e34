#include "MethodologyDialog.h"

#include "report/StatusReport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hubwatch {

MethodologyDialog::MethodologyDialog(const QString &scopeDescription, const QString &endpoint, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("methodologyDialog"));
    setWindowTitle(tr("How HubWatch measures"));
    m_sections = {
        {tr("Source"),
         tr("Every poll lists the most downloaded models and datasets from the Hub's public API at %1, with each repo's "
            "all-time downloads. The counts are the Hub's own; HubWatch only records them and keeps their history.")
             .arg(endpoint)},
        {tr("The headline"),
         tr("The tracked cumulative downloads: the sum of the all-time downloads of the repos in scope (%1). It is not "
            "the whole Hub: repos outside the top lists are not counted, and spaces have no download counts at all. "
            "Changing the top N starts a new headline series, so figures of different scopes are never compared.")
             .arg(scopeDescription)},
        {tr("30-day downloads"),
         tr("The Hub's own rolling count of the last 30 days for each repo. It falls as well as rises, unlike the "
            "all-time count.")},
        {tr("Growth and velocity"),
         tr("Growth per day compares two polls of the same scope some days apart, over the repos present in both: a "
            "repo entering or leaving the top lists is not growth. A repo's velocity is the change of its all-time "
            "count per day.")},
        {tr("Milestones"),
         tr("The expected date of the next milestone extends the recent growth; its interval widens the further away "
            "it lies, so a date months ahead is given as months. A milestone alert is raised once, also for a crossing "
            "that happened while HubWatch was closed.")},
        {tr("Hot categories"),
         tr("Each pipeline tag's share of the download velocity of the top %1 models, compared with a week before. "
            "A category is hot when its share grew by the number of points set in Settings.")
             .arg(StatusReport::HotTopN)},
        {tr("Licences"),
         tr("Read from each repo's licence tag and grouped as permissive, restricted, other or unknown. This is a "
            "guide, not legal advice: read the licence itself before using a model in a product.")},
        {tr("What the numbers do not say"),
         tr("A download is a file request the Hub counts: experiments, CI runs, mirrors and re-downloads count too. "
            "Downloads are not deployments, not unique users and not unique models. When the Hub lowers a count, "
            "HubWatch keeps the history as recorded, flags an upstream correction and leaves that repo out of the "
            "growth.")},
    };

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    for (const auto &[title, text] : std::as_const(m_sections)) {
        auto *heading = new QLabel(title, page);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        auto *body = new QLabel(text, page);
        for (QLabel *label : {heading, body}) {
            label->setTextFormat(Qt::PlainText); // the endpoint and scope come from settings
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            pageLayout->addWidget(label);
        }
        pageLayout->addSpacing(6);
    }
    pageLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(560, 480);
}

} // namespace hubwatch
