#include "CensusConsole.h"

#include "ConsoleOutput.h"

#include <QLocale>

#include <algorithm>

namespace hubwatch {

QString CensusConsole::kindLabel(int kind)
{
    switch (CensusKind(kind)) {
    case CensusKind::Model: return tr("models");
    case CensusKind::Dataset: return tr("datasets");
    case CensusKind::Space: return tr("spaces");
    }
    return QString();
}

QString CensusConsole::pagesAndRequests(qint64 pages, qint64 requests)
{
    return tr("%1 and %2", "pages, requests").arg(tr("%Ln page(s)", "", int(pages)), tr("%Ln request(s)", "", int(requests)));
}

void CensusConsole::begun(const CensusState &state, bool resumed)
{
    if (resumed)
        ConsoleOutput::error(tr("Resuming the census begun %1 UTC after %Ln page(s).", "", int(state.pages()))
                                 .arg(state.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    else
        ConsoleOutput::error(tr("Census of the whole Hub begun."));
    m_lastKind = state.nextKind();
    progress(state);
}

void CensusConsole::progress(const CensusState &state, const QDateTime &eta)
{
    const QLocale locale;
    const int kind = state.nextKind();
    // A line per finished kind (for logs); the page count in place, on a terminal only.
    for (int k = m_lastKind; k >= 0 && k < std::min(kind, CensusKindCount); ++k) {
        const CensusKindState &s = state.kinds[size_t(k)];
        ConsoleOutput::status(QString());
        ConsoleOutput::error(tr("Census: %1 %2 in %3.").arg(locale.toString(s.repos), kindLabel(k), pagesAndRequests(s.pages, s.requests)));
    }
    m_lastKind = kind;
    if (kind >= CensusKindCount)
        return;
    const CensusKindState &s = state.kinds[size_t(kind)];
    QString line = tr("Census: %1, page %2 — %3 repos so far, %Ln request(s).", "", int(state.requests()))
                       .arg(kindLabel(kind), locale.toString(s.pages + 1), locale.toString(s.repos));
    if (eta.isValid())
        line += QLatin1Char(' ') + tr("Done about %1 UTC.").arg(eta.toUTC().toString(QStringLiteral("HH:mm")));
    ConsoleOutput::status(line);
}

QStringList CensusConsole::summary(const CensusState &state)
{
    const QLocale locale;
    return {tr("Census complete: %1 models, %2 datasets, %3 spaces (public repositories only).")
                .arg(locale.toString(state.kind(CensusKind::Model).repos), locale.toString(state.kind(CensusKind::Dataset).repos),
                     locale.toString(state.kind(CensusKind::Space).repos)),
            tr("All-time downloads of models and datasets: %1; last 30 days: %2 (the Hub counts no downloads for spaces).")
                .arg(locale.toString(state.totalAllTime()), locale.toString(state.downloads30d())),
            tr("%1.", "pages and requests").arg(pagesAndRequests(state.pages(), state.requests()))};
}

} // namespace hubwatch
