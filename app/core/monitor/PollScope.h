#pragma once

#include "hub/RepoStats.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hubwatch {

// One entry of the watchlist: a single model or dataset, or every repo of an author.
struct WatchItem
{
    Q_DECLARE_TR_FUNCTIONS(WatchItem)
public:
    enum class Type { Model, Dataset, Author };
    Type type = Type::Model;
    QString name;

    // "model:org/name", "dataset:org/name" or "author:org"; validated against the Hub's rules.
    static bool parse(const QString &text, WatchItem *out, QString *error);
    QString toString() const;
    bool operator==(const WatchItem &o) const { return type == o.type && name == o.name; }
};

// What one poll covers. The default is the Hub's top 1,000 models and 1,000 datasets.
struct PollScope
{
    Q_DECLARE_TR_FUNCTIONS(PollScope)
public:
    int topModels = 1000;
    int topDatasets = 1000;
    QList<WatchItem> watch;

    // "top 1,000 models + 1,000 datasets (+ 3 watched)", locale-aware.
    QString describe() const;
    // What the headline covers: the top-N part only, as in describe() without the watched count.
    QString headlineDescription() const;
    // A stable text key of what the headline covers, so stored aggregates are only compared
    // within the same top-N scope. The watchlist is not part of it: watching a repo adds its own
    // series and must not start the headline's history over. (The ";watch:" suffix stays, empty,
    // so histories recorded before keep their key.)
    QString key() const;
    // The top-N part of a scope back from its key; false for keys of other forms (imports).
    static bool fromKey(const QString &key, PollScope *out);
};

} // namespace hubwatch
