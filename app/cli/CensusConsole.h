#pragma once

#include "census/CensusState.h"

#include <QCoreApplication>
#include <QStringList>

namespace hubwatch {

// What a census says on the terminal, the same from `hubwatch census` and from the census that
// `hubwatch poll` takes between its polls: a line when it begins or resumes, the page count in
// place on a terminal, a line per kind walked to its end, and the summary.
class CensusConsole
{
    Q_DECLARE_TR_FUNCTIONS(CensusConsole)
public:
    void begun(const CensusState &state, bool resumed);
    // eta: when the census should finish (CensusEta); invalid while unknown.
    void progress(const CensusState &state, const QDateTime &eta = QDateTime());
    // The summary of a complete census, line by line.
    static QStringList summary(const CensusState &state);
    static QString kindLabel(int kind);
    static QString pagesAndRequests(qint64 pages, qint64 requests); // "6 pages and 6 requests"

private:
    int m_lastKind = -1; // the kind the last progress line spoke of; -1: none yet
};

} // namespace hubwatch
