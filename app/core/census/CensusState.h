#pragma once

#include "hub/RepoStats.h"

#include <QDateTime>
#include <QList>
#include <QUrl>

#include <array>

namespace hubwatch {

// The kinds a census walks, in the order it walks them; the values are what the store keeps.
// Spaces are only counted: the Hub gives them no downloads.
enum class CensusKind { Model = 0, Dataset = 1, Space = 2 };
constexpr int CensusKindCount = 3;

// Where one kind of a census stands: its cursor and its running sums, as last committed.
struct CensusKindState
{
    QUrl next; // the page to fetch next; empty with done false: the first page
    bool done = false;
    qint64 pages = 0;
    qint64 requests = 0; // every request the committed pages took, retries included
    qint64 repos = 0;
    qint64 allTime = 0;
    qint64 downloads30d = 0;
};

// One census as the store holds it.
struct CensusState
{
    enum class Status { Running = 0, Complete = 1, Partial = 2 };

    qint64 id = 0;
    // The latest complete census when this one began, which its growth is measured against;
    // 0 when there was none, or it kept no per-repo figures (finished before schema 8).
    qint64 baseCensusId = 0;
    Status status = Status::Running;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running
    std::array<CensusKindState, CensusKindCount> kinds;

    const CensusKindState &kind(CensusKind k) const { return kinds[size_t(k)]; }
    CensusKindState &kind(CensusKind k) { return kinds[size_t(k)]; }
    bool isComplete() const { return status == Status::Complete; }
    // The first kind not walked to its end; Space's index + 1 (CensusKindCount) when all are.
    int nextKind() const;
    qint64 pages() const;
    qint64 requests() const;
    // Models and datasets: the Hub-wide figures (spaces have no downloads).
    qint64 totalAllTime() const;
    qint64 downloads30d() const;
};

// One listing page as the crawler hands it to the store: the repos it listed, where the next
// page is (empty on the last one) and how many requests it took.
struct CensusPage
{
    CensusKind kind = CensusKind::Model;
    RepoStatsList repos; // spaces: ids only
    QUrl next;
    int requests = 1;
};

} // namespace hubwatch
