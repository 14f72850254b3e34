#pragma once

#include "RepoStats.h"

#include <QStringList>
#include <QUrl>

namespace hubwatch {

// A listing request: which collection, how sorted, how many. Builds only the first page's URL;
// later pages come verbatim from the server's Link header.
struct RepoQuery
{
    static constexpr int All = -1;

    RepoKind kind = RepoKind::Model;
    QString sort = QStringLiteral("downloads");
    QString search;
    QString author;
    int count = All;
    QStringList expand; // empty: defaultExpand(kind)

    // Exactly the fields HubWatch keeps: smaller pages, and the only way to get downloadsAllTime.
    static QStringList defaultExpand(RepoKind kind);
    QUrl firstPageUrl(const QUrl &endpoint, int pageSize) const;
    static QUrl singleRepoUrl(const QUrl &endpoint, RepoKind kind, const QString &id, const QStringList &expand);

    // Hub naming rules, checked before any request so hostile input never reaches a URL.
    static bool isValidRepoId(const QString &id);
    static bool isValidAuthor(const QString &author);
};

} // namespace hubwatch
