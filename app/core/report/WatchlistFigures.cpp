#include "WatchlistFigures.h"

#include "store/HistoryStore.h"

namespace hubwatch {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString keyOf(RepoKind kind, const QString &name)
{
    return kindName(kind) + QLatin1Char(':') + name;
}

// Does the repo "org/name" belong to the author "org"? (Case-insensitive, as the Hub is.)
bool byAuthor(const QString &repoId, const QString &author)
{
    const qsizetype slash = repoId.indexOf(QLatin1Char('/'));
    return slash > 0 && QStringView(repoId).left(slash).compare(author, Qt::CaseInsensitive) == 0;
}

bool matches(const WatchItem &item, RepoKind kind, const QString &name)
{
    switch (item.type) {
    case WatchItem::Type::Model: return kind == RepoKind::Model && name == item.name;
    case WatchItem::Type::Dataset: return kind == RepoKind::Dataset && name == item.name;
    case WatchItem::Type::Author: return byAuthor(name, item.name);
    }
    return false;
}
} // namespace

WatchlistFigures WatchlistFigures::compute(HistoryStore &store, const QList<WatchItem> &items, const QDateTime &now)
{
    WatchlistFigures out;
    // Nothing watched, nothing to read: the reads below cover every stored repo (two snapshots
    // of a 10,000-repo poll), and at start-up they queued before the dashboard's report (P4).
    if (items.isEmpty())
        return out;
    const auto latest = store.latestValues();
    if (!latest.ok()) {
        out.error = latest.error.message();
        return out;
    }
    const auto current = store.snapshotAt(now);
    const auto earlier =
        current.ok() && current.value.at.isValid() ? store.snapshotAt(current.value.at.addDays(-1)) : StoreResult<HistoryStore::Snapshot>{};
    if (!current.ok() || !earlier.ok())
        out.error = (current.ok() ? earlier.error : current.error).message();
    const qint64 span = current.ok() && earlier.ok() && earlier.value.at.isValid() ? earlier.value.at.msecsTo(current.value.at) : 0;

    for (const WatchItem &item : items) {
        Figures f;
        qint64 allTime = 0, d30 = 0;
        bool anyAllTime = false, anyD30 = false;
        for (const LatestValue &v : latest.value) {
            if (!matches(item, v.kind, v.name))
                continue;
            ++f.repos;
            if (v.allTime >= 0) {
                allTime += v.allTime;
                anyAllTime = true;
            }
            if (v.downloads30d >= 0) {
                d30 += v.downloads30d;
                anyD30 = true;
            }
            if (!f.asOf.isValid() || v.lastSeen > f.asOf)
                f.asOf = v.lastSeen;
        }
        f.allTime = anyAllTime ? allTime : -1;
        f.downloads30d = anyD30 ? d30 : -1;

        // An hour at least: extrapolating minutes to a day turns noise into a figure.
        if (span >= 3600 * 1000) {
            qint64 delta = 0;
            int used = 0;
            const auto &nowRepos = current.value.repos;
            const auto &before = earlier.value.repos;
            auto addDelta = [&](const RepoStats &r) {
                const auto prior = before.constFind(r.key());
                if (prior == before.cend() || r.downloadsAllTime < 0 || prior->downloadsAllTime < 0
                    || r.downloadsAllTime < prior->downloadsAllTime)
                    return; // new, unknown, or an upstream correction
                delta += r.downloadsAllTime - prior->downloadsAllTime;
                ++used;
            };
            if (item.type == WatchItem::Type::Author) {
                for (const RepoStats &r : nowRepos)
                    if (byAuthor(r.id, item.name))
                        addDelta(r);
            } else {
                const auto it =
                    nowRepos.constFind(keyOf(item.type == WatchItem::Type::Model ? RepoKind::Model : RepoKind::Dataset, item.name));
                if (it != nowRepos.cend())
                    addDelta(*it);
            }
            if (used > 0) {
                f.perDay = double(delta) * double(kDayMs) / double(span);
                f.perDayKnown = true;
            }
        }
        out.byItem.insert(item.toString(), f);
    }
    return out;
}

} // namespace hubwatch
