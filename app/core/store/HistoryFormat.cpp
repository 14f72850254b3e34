#include "HistoryFormat.h"

#include "hub/RepoQuery.h"

#include <QRegularExpression>

namespace hubwatch {

QStringList HistoryFormat::csvColumns()
{
    return {QStringLiteral("time"),          QStringLiteral("series"),   QStringLiteral("downloads_all_time"),
            QStringLiteral("downloads_30d"), QStringLiteral("likes"),    QStringLiteral("repos_covered"),
            QStringLiteral("models"),        QStringLiteral("datasets"), QStringLiteral("scope")};
}

QString HistoryFormat::importScopePrefix()
{
    return QStringLiteral("import:");
}

QString HistoryFormat::importRepoScopeKey()
{
    return QStringLiteral("import");
}

QString HistoryFormat::exportedScopeKey(const QString &storedKey)
{
    return storedKey.startsWith(importScopePrefix()) ? storedKey.mid(importScopePrefix().size()) : storedKey;
}

QString HistoryFormat::formatTime(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool HistoryFormat::parseTime(const QString &text, qint64 *msecsSinceEpoch)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})")));
    if (!re.match(text).hasMatch())
        return false;
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return false;
    *msecsSinceEpoch = dt.toMSecsSinceEpoch();
    return true;
}

QString SeriesId::toString() const
{
    return headline ? HistoryFormat::headlineSeries() : kindName(kind) + QLatin1Char(':') + name;
}

bool SeriesId::parse(const QString &text, SeriesId *out, QString *error)
{
    SeriesId id;
    if (text == HistoryFormat::headlineSeries()) {
        id.headline = true;
        *out = id;
        return true;
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0 || !kindFromName(text.left(colon), &id.kind)) {
        *error = tr("\"%1\" is not a series: use model:ORG/NAME, dataset:ORG/NAME or headline.").arg(text);
        return false;
    }
    id.name = text.mid(colon + 1);
    if (!RepoQuery::isValidRepoId(id.name)) {
        *error = tr("\"%1\" is not a valid Hub repo name.").arg(id.name);
        return false;
    }
    *out = id;
    return true;
}

bool HistoryFilter::wantsHeadline() const
{
    if (series.isEmpty())
        return true;
    for (const SeriesId &s : series)
        if (s.headline)
            return true;
    return false;
}

bool HistoryFilter::setSeries(const QStringList &values, QString *error)
{
    series.clear();
    for (const QString &v : values) {
        SeriesId id;
        if (!SeriesId::parse(v.trimmed(), &id, error)) {
            *error = tr("--series: %1").arg(*error);
            return false;
        }
        if (!series.contains(id))
            series.append(id);
    }
    return true;
}

namespace {
// One side of FROM..TO. A date covers its whole UTC day: its start for FROM, its end for TO.
bool parseBound(const QString &text, bool isEnd, qint64 *out)
{
    static const QRegularExpression dateOnly(QRegularExpression::anchoredPattern(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")));
    static const QRegularExpression dateTime(QRegularExpression::anchoredPattern(
        QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?")));
    if (dateOnly.match(text).hasMatch()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return false;
        const QDateTime start(d, QTime(0, 0), Qt::UTC);
        *out = isEnd ? start.addDays(1).toMSecsSinceEpoch() - 1 : start.toMSecsSinceEpoch();
        return true;
    }
    if (!dateTime.match(text).hasMatch())
        return false;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return false;
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), Qt::UTC); // no zone given: UTC, like everything else
    *out = dt.toMSecsSinceEpoch();
    return true;
}
} // namespace

bool HistoryFilter::setRange(const QString &value, const QDateTime &nowUtc, QString *error)
{
    const QString text = value.trimmed();
    qint64 start = std::numeric_limits<qint64>::min();
    qint64 end = std::numeric_limits<qint64>::max();
    const auto set = [this, &start, &end] {
        from = start;
        to = end;
        return true;
    };
    if (text.isEmpty() || text == QLatin1String("all"))
        return set();
    constexpr qint64 day = 24 * 3600 * 1000LL;
    if (text == QLatin1String("7d") || text == QLatin1String("30d") || text == QLatin1String("90d")) {
        start = nowUtc.toMSecsSinceEpoch() - text.chopped(1).toLongLong() * day;
        return set();
    }
    if (text == QLatin1String("1y")) {
        start = nowUtc.toUTC().addYears(-1).toMSecsSinceEpoch();
        return set();
    }
    const qsizetype dots = text.indexOf(QLatin1String(".."));
    const QString usage = tr("--range expects 7d, 30d, 90d, 1y, all or FROM..TO with ISO dates such as "
                             "2026-01-01..2026-03-31, not \"%1\".")
                              .arg(value);
    if (dots < 0) {
        *error = usage;
        return false;
    }
    const QString left = text.left(dots).trimmed();
    const QString right = text.mid(dots + 2).trimmed();
    if ((left.isEmpty() && right.isEmpty()) || (!left.isEmpty() && !parseBound(left, false, &start))
        || (!right.isEmpty() && !parseBound(right, true, &end))) {
        *error = usage;
        return false;
    }
    if (start > end) {
        *error = tr("--range: the start %1 is after the end %2.").arg(left, right);
        return false;
    }
    return set();
}

} // namespace hubwatch
