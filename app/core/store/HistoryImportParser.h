#pragma once

// Private to the import: what HistoryImportParser.cpp and HistoryImportJson.cpp share.
#include "HistoryImport.h"

#include <QHash>

#include <algorithm>

namespace hubwatch::ImportParsing {

// Collects points and problems; the file is good when nothing was reported.
class Builder
{
public:
    explicit Builder(QList<ImportIssue> *issues) : m_issues(issues) {}

    void issue(int line, const QString &message)
    {
        if (m_issues->size() < HistoryImport::MaxIssues)
            m_issues->append({line, message});
        m_bad = true;
    }
    bool bad() const { return m_bad; }

    // "12345" → 12345. Empty is unknown (-1) when allowed. Digits only: no sign, no fraction.
    bool count(const QString &text, const QString &column, int line, bool allowEmpty, qint64 *out)
    {
        *out = -1;
        if (text.isEmpty()) {
            if (!allowEmpty)
                issue(line, HistoryImport::tr("%1 is required here.").arg(column));
            return allowEmpty;
        }
        const bool digits = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
        bool ok = false;
        const qint64 v = digits ? text.toLongLong(&ok) : -1;
        if (!digits || !ok) {
            issue(line,
                  digits ? HistoryImport::tr("%1: %2 is too large.").arg(column, text)
                         : HistoryImport::tr("%1: \"%2\" is not a whole number of 0 or more.").arg(column, text));
            return false;
        }
        *out = v;
        return true;
    }

    bool time(const QString &text, int line, qint64 *out)
    {
        if (HistoryFormat::parseTime(text, out))
            return true;
        issue(line, HistoryImport::tr("\"%1\" is not a time like 2026-11-26T12:43:18.239Z.").arg(text));
        return false;
    }

    bool scope(const QString &key, int line)
    {
        const bool control = std::any_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() < 0x20; });
        if (!key.isEmpty() && key.size() <= 4096 && !control)
            return true;
        issue(line,
              key.isEmpty() ? HistoryImport::tr("A headline needs its scope.") : HistoryImport::tr("The scope is not a valid scope key."));
        return false;
    }

    void addRepo(const SeriesId &id, const ImportedPoint &p)
    {
        const QString key = id.toString();
        auto it = m_repoIndex.constFind(key);
        if (it == m_repoIndex.constEnd()) {
            it = m_repoIndex.insert(key, int(m_data.repos.size()));
            m_data.repos.append({id, {}});
        }
        m_data.repos[*it].points.append(p);
    }

    void addHeadline(const QString &scopeKey, const QString &description, const ImportedHeadlinePoint &p)
    {
        auto it = m_headlineIndex.constFind(scopeKey);
        if (it == m_headlineIndex.constEnd()) {
            it = m_headlineIndex.insert(scopeKey, int(m_data.headlines.size()));
            m_data.headlines.append({scopeKey, QString(), {}});
        }
        ImportedHeadline &h = m_data.headlines[*it];
        if (h.description.isEmpty())
            h.description = description;
        h.points.append(p);
    }

    // Sorts each series by time; the same point twice is kept once, two different points at one
    // time are an error.
    bool finish(HistoryData *out)
    {
        for (ImportedSeries &s : m_data.repos)
            dedupe(&s.points, s.id.toString(), [](const ImportedPoint &a, const ImportedPoint &b) {
                return a.allTime == b.allTime && a.d30 == b.d30 && a.likes == b.likes;
            });
        for (ImportedHeadline &h : m_data.headlines)
            dedupe(&h.points, HistoryFormat::headlineSeries(), [](const ImportedHeadlinePoint &a, const ImportedHeadlinePoint &b) {
                return a.totalAllTime == b.totalAllTime && a.d30 == b.d30 && a.reposCovered == b.reposCovered && a.models == b.models
                    && a.datasets == b.datasets;
            });
        if (m_bad) {
            std::stable_sort(m_issues->begin(), m_issues->end(),
                             [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
            return false;
        }
        *out = std::move(m_data);
        return true;
    }

private:
    template <typename P, typename Same> void dedupe(QList<P> *points, const QString &series, Same same)
    {
        std::stable_sort(points->begin(), points->end(), [](const P &a, const P &b) { return a.t < b.t; });
        QList<P> kept;
        kept.reserve(points->size());
        for (const P &p : std::as_const(*points)) {
            if (!kept.isEmpty() && kept.last().t == p.t) {
                if (!same(kept.last(), p))
                    issue(qMax(p.line, kept.last().line),
                          HistoryImport::tr("A second, different point for %1 at %2 (the other is on line %3).")
                              .arg(series, HistoryFormat::formatTime(p.t))
                              .arg(qMin(p.line, kept.last().line)));
                continue;
            }
            kept.append(p);
        }
        *points = std::move(kept);
    }

    QList<ImportIssue> *m_issues;
    bool m_bad = false;
    HistoryData m_data;
    QHash<QString, int> m_repoIndex;
    QHash<QString, int> m_headlineIndex;
};

void parseCsv(QStringView text, Builder *b);
void parseJson(QStringView text, Builder *b);

} // namespace hubwatch::ImportParsing
