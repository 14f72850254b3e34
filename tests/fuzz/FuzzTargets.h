#pragma once

// What each fuzz target does with one input, and the invariants it checks: shared by the
// libFuzzer entry points (fuzz_*.cpp, built with clang and the sanitizers) and by
// tst_fuzzcorpus (the gcc build), which replays the committed corpus and the regression cases.
// Each function returns false when an invariant is broken; crashes are the sanitizers' business.
#include "hub/LinkHeader.h"
#include "hub/RateLimitState.h"
#include "hub/RepoListReader.h"
#include "hub/RepoQuery.h"
#include "hub/RepoParser.h"
#include "store/HistoryImport.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <algorithm>

namespace hubwatch::fuzz {

// List and single-repo JSON from the Hub. The first byte picks the kind (bit 0) and the shape
// (bit 1: single); the rest is the body.
inline bool repoParser(const QByteArray &input)
{
    if (input.isEmpty())
        return true;
    const auto flags = uchar(input.at(0));
    const RepoKind kind = flags & 1 ? RepoKind::Dataset : RepoKind::Model;
    const QByteArray body = input.mid(1);
    // A kept entry has an id the Hub could have issued, counts that are exact or unknown, and
    // text without NULs, control characters or lone surrogates.
    const auto clean = [](const QString &t) {
        return t.isValidUtf16() && std::none_of(t.cbegin(), t.cend(), [](QChar c) { return c.unicode() < 0x20; });
    };
    const auto sane = [kind, clean](const RepoStats &s) {
        return RepoQuery::isValidRepoId(s.id) && s.kind == kind && s.downloadsAllTime >= RepoStats::Unknown
            && s.downloads30d >= RepoStats::Unknown && s.likes >= RepoStats::Unknown && clean(s.pipelineTag) && clean(s.libraryName)
            && clean(s.license) && std::all_of(s.siblings.cbegin(), s.siblings.cend(), clean)
            && std::all_of(s.tags.cbegin(), s.tags.cend(), clean);
    };
    if (flags & 2) {
        const auto r = RepoParser::parseSingle(kind, body, QStringLiteral("fuzz"));
        return !r.ok() || sane(r.value);
    }
    const auto r = RepoParser::parseList(kind, body, QStringLiteral("fuzz"));
    if (!r.ok())
        return !r.error.message().isEmpty();
    for (const RepoStats &s : r.value.repos)
        if (!sane(s))
            return false;
    return r.value.skipped >= 0;
}

// The single-pass list reader against the QJsonDocument parser it replaced, on the same bytes:
// the same entries kept (every field), the same ones skipped (id and reason, in order), and a page
// refused by one is refused by the other. The first byte picks the kind (bit 0); the rest is the body.
inline bool repoListDiff(const QByteArray &input)
{
    if (input.isEmpty())
        return true;
    const RepoKind kind = uchar(input.at(0)) & 1 ? RepoKind::Dataset : RepoKind::Model;
    const QByteArray body = input.mid(1);
    RepoParser::Page fast;
    const bool fastOk = RepoListReader(kind, body).read(&fast);
    const auto reference = RepoParser::parseListWithDocument(kind, body, QStringLiteral("fuzz"));
    if (fastOk != reference.ok())
        return false;
    return !fastOk
        || (fast.repos == reference.value.repos && fast.skipped == reference.value.skipped && fast.skips == reference.value.skips);
}

// The `Link` header: whatever comes back is nothing or a usable absolute URL.
inline bool linkHeader(const QByteArray &input)
{
    static const QUrl base(QStringLiteral("https://huggingface.co/api/models?limit=500"));
    const QUrl next = LinkHeader::nextUrl(input, base);
    return next.isEmpty() || (next.isValid() && !next.isRelative());
}

// `RateLimit`, `RateLimit-Policy` and `Retry-After`, one per line. No wait is ever negative
// (but the -1 of "the headers do not say"): a negative one would be a wrapped number.
inline bool rateLimit(const QByteArray &input)
{
    const QList<QByteArray> parts = input.split('\n');
    const QByteArray rateLimit = parts.value(0), policy = parts.value(1), retryAfter = parts.value(2);
    const RateLimitState::Parsed p = RateLimitState::parseRateLimit(rateLimit);
    if (p.valid && (p.remaining < 0 || p.resetSeconds < 0))
        return false;
    const RateLimitState::Policy pol = RateLimitState::parsePolicy(policy);
    if (pol.valid && (pol.quota <= 0 || pol.windowSeconds <= 0))
        return false;
    if (RateLimitState::waitFor429(rateLimit, retryAfter).count() < -1)
        return false;
    RateLimitState state;
    const qint64 now = 1'790'000'000'000; // a fixed "now" in 2026, ms since the epoch
    state.update(rateLimit, policy, now);
    state.noteRequestSent(now);
    return state.delayBeforeNext(now).count() >= 0 && state.delayBeforeNext(now + 1000).count() >= 0;
}

// `hubwatch import` files (CSV through CsvReader, or JSON): a clean file or between 1 and
// MaxIssues issues; counts never below the -1 of "unknown".
inline bool historyImport(const QByteArray &input)
{
    HistoryData out;
    QList<ImportIssue> issues;
    const bool ok = HistoryImport::parse(input, &out, &issues);
    if (ok != issues.isEmpty() || issues.size() > HistoryImport::MaxIssues)
        return false;
    for (const ImportedSeries &s : std::as_const(out.repos))
        for (const ImportedPoint &p : s.points)
            if (p.allTime < -1 || p.d30 < -1 || p.likes < -1)
                return false;
    for (const ImportedHeadline &h : std::as_const(out.headlines))
        for (const ImportedHeadlinePoint &p : h.points)
            if (p.totalAllTime < 0 || p.d30 < 0 || p.reposCovered < 0 || p.models < 0 || p.datasets < 0)
                return false;
    return true;
}

} // namespace hubwatch::fuzz
