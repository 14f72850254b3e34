#include "PollingPage.h"

#include "FieldChecks.h"
#include "FieldMessage.h"
#include "SettingsLayout.h"
#include "hub/AuthPolicy.h"
#include "hub/HubConfig.h"
#include "settings/SettingKeys.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>

#include <algorithm>

namespace hubwatch {

namespace {
constexpr int kMaxIntervalMinutes = 7 * 24 * 60;
constexpr int kMaxTop = 100000;
} // namespace

PollingPage::PollingPage(const Settings &settings, const QProcessEnvironment &env, FieldChecks *checks, QWidget *parent)
    : SettingsPage(checks, parent)
    , m_settings(settings)
{
    using namespace SettingsLayout;
    QFormLayout *form = pageForm(this);
    m_topModels = new SpinBox(this);
    m_topModels->setObjectName(QStringLiteral("topModels"));
    m_topModels->setAllowedRange(0, kMaxTop);
    m_topModels->setSingleStep(100);
    m_topModels->setGroupSeparatorShown(true);
    m_topDatasets = new SpinBox(this);
    m_topDatasets->setObjectName(QStringLiteral("topDatasets"));
    m_topDatasets->setAllowedRange(0, kMaxTop);
    m_topDatasets->setSingleStep(100);
    m_topDatasets->setGroupSeparatorShown(true);
    m_topMessage = message("topMessage", this);
    m_interval = new SpinBox(this);
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setAllowedRange(1, kMaxIntervalMinutes); // below one minute is refused
    m_interval->setSuffix(tr(" min"));
    m_interval->setToolTip(tr("At least 1 minute; 15 by default. The Hub's rate limits are respected in any case."));
    m_intervalMessage = message("intervalMessage", this);
    m_endpoint = new QLineEdit(this);
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_endpoint->setPlaceholderText(HubConfig::defaultEndpoint());
    m_endpointNote = note(this);
    m_endpointNote->setObjectName(QStringLiteral("endpointNote"));
    m_endpointMessage = message("endpointMessage", this);
    form->addRow(formLabel(tr("Top models:"), m_topModels, this), fieldCell(this, {m_topModels}));
    form->addRow(formLabel(tr("Top datasets:"), m_topDatasets, this), fieldCell(this, {m_topDatasets, m_topMessage}));
    form->addRow(formLabel(tr("Poll every:"), m_interval, this), fieldCell(this, {m_interval, m_intervalMessage}));
    form->addRow(formLabel(tr("Endpoint:"), m_endpoint, this), fieldCell(this, {m_endpoint, m_endpointMessage, m_endpointNote}));

    // The census: a switch and its period on one line, what it costs under them.
    m_census = new QCheckBox(tr("Take a census every"), this);
    m_census->setObjectName(QStringLiteral("census"));
    m_censusHours = new SpinBox(this);
    m_censusHours->setObjectName(QStringLiteral("censusHours"));
    m_censusHours->setAllowedRange(1, SettingKeys::kMaxCensusHours);
    m_censusHours->setSuffix(tr(" h"));
    auto *censusLine = new QWidget(this);
    auto *censusRow = new QHBoxLayout(censusLine);
    censusRow->setContentsMargins(0, 0, 0, 0);
    censusRow->addWidget(m_census);
    censusRow->addWidget(m_censusHours);
    censusRow->addStretch(1);
    QLabel *censusNote = note(this);
    censusNote->setText(tr("Counts every public model, dataset and space between polls, within the same rate limit: "
                           "a few thousand requests, tens of minutes on a free token."));
    m_censusMessage = message("censusMessage", this);
    form->addRow(formLabel(tr("Whole Hub:"), m_census, this), fieldCell(this, {censusLine, m_censusMessage, censusNote}));
    load(env);
    connect(m_census, &QCheckBox::toggled, m_censusHours, &QWidget::setEnabled);
    connect(m_census, &QCheckBox::toggled, this, &PollingPage::edited);
    connect(m_censusHours, &QSpinBox::valueChanged, this, &PollingPage::edited);

    for (SpinBox *box : {m_topModels, m_topDatasets, m_interval})
        connect(box, &QSpinBox::valueChanged, this, &PollingPage::edited);
    watchText(m_endpoint);
}

void PollingPage::load(const QProcessEnvironment &env)
{
    const PollScope scope = m_settings.scope();
    m_topModels->setValue(scope.topModels);
    m_topDatasets->setValue(scope.topDatasets);
    m_interval->setValue(int(m_settings.pollInterval().count()));
    const int censusHours = m_settings.censusEveryHours();
    m_census->setChecked(censusHours > 0);
    m_censusHours->setValue(censusHours > 0 ? censusHours : 24);
    m_censusHours->setEnabled(censusHours > 0);
    const QString envEndpoint = env.value(QStringLiteral("HF_ENDPOINT")).trimmed();
    m_endpointOverridden = !envEndpoint.isEmpty();
    if (m_endpointOverridden) {
        m_endpoint->setText(envEndpoint);
        m_endpoint->setReadOnly(true);
        m_endpointNote->setText(tr("Overridden by HF_ENDPOINT."));
    } else {
        m_endpoint->setText(m_settings.endpoint());
        m_endpointNote->setText(tr("Leave empty to use %1.").arg(HubConfig::defaultEndpoint()));
    }
}

void PollingPage::showCommandLineEndpoint(const QString &endpoint)
{
    if (endpoint.trimmed().isEmpty())
        return;
    m_endpointOverridden = true;
    m_endpoint->setText(endpoint.trimmed());
    m_endpoint->setReadOnly(true);
    m_endpointNote->setText(tr("Given with --endpoint for this run; the setting is kept for other runs."));
}

QString PollingPage::endpointWarning() const
{
    const QString text = m_endpoint->text().trimmed();
    QUrl url;
    QString why;
    if (text.isEmpty() || !HubConfig::parseEndpoint(text, &url, &why) || AuthPolicy::endpointAllowsToken(url))
        return QString();
    // The rule of AuthPolicy: a token goes only over https, or plain http to this computer.
    return tr("Plain http: HubWatch never sends your access token over it, so this endpoint is polled anonymously. "
              "Use https, or plain http only to this computer (localhost).");
}

QString PollingPage::topWarning() const
{
    // The headline's history is kept per top-N scope (PollScope::key()); the watchlist is not
    // part of that key, so only these two numbers start a new series.
    const PollScope saved = m_settings.scope();
    if (m_topModels->value() == saved.topModels && m_topDatasets->value() == saved.topDatasets)
        return QString();
    const QLocale locale;
    return tr("Changing the top N starts a new headline series: totals over a different top N do not compare, so the "
              "headline history is kept per top N. Going back to %1 models and %2 datasets continues the current series.")
        .arg(locale.toString(saved.topModels), locale.toString(saved.topDatasets));
}

void PollingPage::check()
{
    const QLocale locale;
    // Top N: each number in its range, and something to track.
    QString topError;
    QList<QWidget *> topErrorFields;
    for (SpinBox *box : {m_topModels, m_topDatasets}) {
        if (!box->valueAllowed() && topError.isEmpty()) {
            topError = tr("Between 0 and %1.").arg(locale.toString(kMaxTop));
            topErrorFields = {box};
        }
    }
    if (topError.isEmpty() && m_topModels->value() == 0 && m_topDatasets->value() == 0 && m_settings.scope().watch.isEmpty()) {
        topError = tr("Nothing would be tracked: choose some top models or datasets, or add to the watchlist.");
        topErrorFields = {m_topModels, m_topDatasets};
    }
    checks().report(m_topMessage, {m_topModels, m_topDatasets}, topErrorFields, topError, topWarning());

    QString intervalError;
    if (m_interval->value() < m_interval->allowedMinimum())
        intervalError = tr("At least 1 minute.");
    else if (m_interval->value() > m_interval->allowedMaximum())
        intervalError = tr("At most %1 minutes (a week).").arg(locale.toString(kMaxIntervalMinutes));
    checks().report(m_intervalMessage, {m_interval}, {m_interval}, intervalError);

    QString censusError;
    if (m_census->isChecked() && !m_censusHours->valueAllowed())
        censusError = tr("Between 1 and %1 hours (a month).").arg(locale.toString(SettingKeys::kMaxCensusHours));
    checks().report(m_censusMessage, {m_censusHours}, {m_censusHours}, censusError);

    QString endpointError;
    if (const QString endpoint = m_endpoint->text().trimmed(); !m_endpointOverridden && !endpoint.isEmpty()) {
        QUrl url;
        if (!HubConfig::parseEndpoint(endpoint, &url, &endpointError) && endpointError.isEmpty())
            endpointError = tr("Not a usable address.");
    }
    checks().report(m_endpointMessage, {m_endpoint}, {m_endpoint}, endpointError, endpointWarning());
}

void PollingPage::apply(Settings &settings) const
{
    PollScope scope = settings.scope(); // keeps the watchlist, edited elsewhere
    scope.topModels = m_topModels->value();
    scope.topDatasets = m_topDatasets->value();
    settings.setScope(scope);
    settings.setPollInterval(std::chrono::minutes(std::max(1, m_interval->value())));
    if (!m_endpointOverridden)
        settings.setEndpoint(m_endpoint->text().trimmed());
    settings.setCensusEveryHours(m_census->isChecked() ? std::clamp(m_censusHours->value(), 1, SettingKeys::kMaxCensusHours) : 0);
}

} // namespace hubwatch
