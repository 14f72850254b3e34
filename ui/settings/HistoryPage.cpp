#include "HistoryPage.h"

#include "FieldChecks.h"
#include "FieldMessage.h"
#include "SettingsLayout.h"
#include "settings/Settings.h"
#include "store/StoreLocation.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hubwatch {

namespace {
constexpr int kMaxRetentionDays = 36500;
constexpr int kDefaultRetentionDays = 90;
} // namespace

HistoryPage::HistoryPage(const Settings &settings, FieldChecks *checks, QWidget *parent) : SettingsPage(checks, parent)
{
    using namespace SettingsLayout;
    auto *box = new QVBoxLayout(this);
    m_keepAll = new QRadioButton(tr("Keep every sample"), this);
    m_keepAll->setObjectName(QStringLiteral("keepAll"));
    m_compact = new QRadioButton(tr("Compact samples older than"), this);
    m_compact->setObjectName(QStringLiteral("compact"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_keepAll);
    group->addButton(m_compact);
    m_retentionDays = new RangeCheckedSpinBox<QSpinBox>(this);
    m_retentionDays->setObjectName(QStringLiteral("retentionDays"));
    m_retentionDays->setAllowedRange(1, kMaxRetentionDays);
    m_retentionDays->setSuffix(tr(" days"));
    m_resolution = new QComboBox(this);
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_resolution->addItem(tr("to hourly"), false);
    m_resolution->addItem(tr("to daily"), true);
    m_retentionMessage = message("retentionMessage", this);
    auto *compactRow = new QHBoxLayout;
    compactRow->addWidget(m_compact);
    compactRow->addWidget(m_retentionDays);
    compactRow->addWidget(m_resolution);
    compactRow->addStretch(1);
    QLabel *historyNote = note(this);
    historyNote->setText(tr("Compaction keeps the first and last sample of each hour or day and every peak and trough."));
    box->addWidget(m_keepAll);
    box->addLayout(compactRow);
    box->addWidget(m_retentionMessage);
    box->addWidget(historyNote);

    // Where the history lives: the local file, or a team's shared PostgreSQL database.
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("the local file (default)"));
    m_database->setToolTip(tr("A file path, or postgresql://USER@HOST:PORT/DBNAME for a team's shared history. "
                              "The password comes from PGPASSWORD or ~/.pgpass, never from here."));
    m_databaseNote = note(this);
    m_databaseNote->setObjectName(QStringLiteral("databaseNote"));
    m_databaseNote->setText(tr("A new database is used from the next start of HubWatch."));
    m_databaseMessage = message("databaseMessage", this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(formLabel(tr("Database:"), m_database, this), fieldCell(this, {m_database, m_databaseMessage, m_databaseNote}));
    box->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) * 2);
    box->addLayout(form);
    box->addStretch(1);

    const int days = settings.retentionDays();
    m_keepAll->setChecked(days < 0);
    m_compact->setChecked(days >= 0);
    m_retentionDays->setValue(days >= 0 ? std::max(1, days) : kDefaultRetentionDays);
    m_retentionDays->setEnabled(days >= 0);
    m_resolution->setCurrentIndex(settings.retentionDaily() ? 1 : 0);
    m_resolution->setEnabled(days >= 0);
    m_database->setText(settings.database());

    connect(m_compact, &QRadioButton::toggled, this, [this](bool on) {
        m_retentionDays->setEnabled(on);
        m_resolution->setEnabled(on);
        Q_EMIT edited();
    });
    connect(m_retentionDays, &QSpinBox::valueChanged, this, &HistoryPage::edited);
    watchText(m_database);
}

void HistoryPage::showCommandLineDatabase(const QString &path, bool demo)
{
    if (path.trimmed().isEmpty())
        return;
    m_databaseOverridden = true;
    m_database->setText(path.trimmed());
    m_database->setReadOnly(true);
    m_databaseNote->setText(demo ? tr("This run shows the demo history (--demo); your database setting is kept for other runs.")
                                 : tr("Given with --db for this run; the setting is kept for other runs."));
}

void HistoryPage::check()
{
    QString retentionError;
    if (m_compact->isChecked() && !m_retentionDays->valueAllowed())
        retentionError = tr("Between 1 and %1 days.").arg(QLocale().toString(kMaxRetentionDays));
    checks().report(m_retentionMessage, {m_retentionDays}, {m_retentionDays}, retentionError);

    QString databaseError;
    if (const QString db = m_database->text().trimmed(); !m_databaseOverridden && !db.isEmpty()) {
        const StoreLocation location = StoreLocation::parse(db);
        if (!location.isValid())
            databaseError = location.error();
    }
    checks().report(m_databaseMessage, {m_database}, {m_database}, databaseError);
}

void HistoryPage::apply(Settings &settings) const
{
    settings.setRetentionDays(m_compact->isChecked() ? m_retentionDays->value() : -1);
    settings.setRetentionDaily(m_resolution->currentData().toBool());
    if (!m_databaseOverridden)
        settings.setDatabase(m_database->text().trimmed());
}

} // namespace hubwatch
