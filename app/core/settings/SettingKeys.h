#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace hubwatch {

class Settings;

// The settings a person may set, under the keys their settings file already has. The settings
// dialog and `hubwatch config` both validate through these parsers, so whatever one accepts the
// other accepts too, and neither turns "-5" silently into 5.
struct SettingKey
{
    QString key;     // as in the settings file: "hub/endpoint"
    QString syntax;  // what a value looks like: "URL", "1-10080"…
    QString summary; // translated, one line
    // Text as a person types it → the value to store, or false with *error saying why.
    std::function<bool(const QString &text, QVariant *value, QString *error)> parse;
    // The value in effect, as text a parse() would accept again.
    std::function<QString(const Settings &)> show;
};

class SettingKeys
{
    Q_DECLARE_TR_FUNCTIONS(SettingKeys)
public:
    static const QList<SettingKey> &all();
    static const SettingKey *find(const QString &key);

    // The validators, one per kind of value, shared with the settings dialog.
    static bool parseInterval(const QString &text, int *minutes, QString *error);
    static bool parseTopN(const QString &text, int *count, QString *error);
    static bool parseEndpoint(const QString &text, QString *normalised, QString *error);
    static bool parseDatabase(const QString &text, QString *normalised, QString *error);
    static bool parseHotPoints(const QString &text, double *points, QString *error);
    // "keep" / "forever" / -1: keep everything; else a number of days, at least 1.
    static bool parseRetentionDays(const QString &text, int *days, QString *error);
    // "off" / 0: no census; else hours between censuses of the whole Hub, 1 to a month.
    static bool parseCensusHours(const QString &text, int *hours, QString *error);
    static bool parseLanguage(const QString &text, QString *code, QString *error);
    static bool parseBool(const QString &text, bool *on, QString *error);
    // A comma-separated watchlist: "model:org/a, dataset:org/b, author:org".
    static bool parseWatchlist(const QString &text, QStringList *items, QString *error);

    static constexpr int kMaxTopN = 100000;
    static constexpr int kMaxIntervalMinutes = 7 * 24 * 60;
    static constexpr int kMaxCensusHours = 31 * 24;
};

} // namespace hubwatch
