#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace hubwatch {

// Reads a milestone typed by a user: "2,500,000", "250M", "1.5B", "1,5 Mrd." in the user's
// locale, or the short English suffixes K/M/B/T in any locale (what the dashboard shows).
// Why a parser of its own: QLocale reads plain numbers only, and a threshold is typed the way
// the app prints it.
class MilestoneInput
{
    Q_DECLARE_TR_FUNCTIONS(MilestoneInput)
public:
    // True with *value set (> 0); false with *error saying what is wrong.
    static bool parse(const QString &text, const QLocale &locale, qint64 *value, QString *error);
};

} // namespace hubwatch
