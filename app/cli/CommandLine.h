#pragma once

#include "monitor/PollScope.h"
#include "settings/RunConfig.h"

#include <QCoreApplication>
#include <QStringList>

#include <chrono>

namespace hubwatch {

// The public command-line interface. Parsed in one place so the desktop app, the headless
// commands and the tests agree on it:
//   hubwatch                   start the desktop app
//   hubwatch poll [--once]     poll the configured scope now (or keep polling on its schedule)
//   hubwatch status [--json]   the headline figure and the latest value of each tracked series
//   hubwatch census [--restart] count every public repo on the Hub (resumable)
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Command { Gui, Poll, Status, Alerts, ExportCsv, ExportJson, Import, Compact, ExportPng, Migrate, Config, Check, Census };

    Command command = Command::Gui;
    bool once = false;
    bool restart = false; // census --restart
    bool json = false;
    bool offline = false;
    // --demo: the built-in demo history, read-only, instead of the user's (see DemoHistory)
    bool demo = false;
    QString endpoint;
    QString db;
    // Only what was given: the rest comes from the environment, the settings, the defaults.
    std::optional<int> topModels;
    std::optional<int> topDatasets;
    std::optional<QList<WatchItem>> watch;
    std::optional<std::chrono::minutes> interval;
    // export-csv / export-json / import
    QString outFile;        // --out; "-" or empty: stdout
    QStringList series;     // --series, repeatable: model:ORG/NAME, dataset:ORG/NAME, headline
    QString range;          // --range: 7d|30d|90d|1y|all or FROM..TO (ISO dates, UTC)
    QString inputFile;      // import FILE
    int olderThanDays = -1; // compact --older-than DAYS
    bool daily = false;     // compact --resolution daily (default hourly)
    // export-png
    QString chart;         // --chart: cumulative|daily|weekly|monthly|velocity (default cumulative)
    QString size;          // --size WxH (default 1200x675)
    bool logScale = false; // --log: a log10 value axis
    QString theme;         // --theme: light (default) or dark
    // migrate
    QString migrateFrom; // --from sqlite:PATH | postgresql://USER@HOST:PORT/DBNAME
    QString migrateTo;   // --to, same forms
    // config list | get KEY | set KEY VALUE | unset KEY
    QStringList configArgs;
    // all modes
    QString language; // --lang: a locale name (de, zh_CN…); empty: settings, else the system's

    // Whether the command only reads the history (--demo allows only these).
    bool readsOnly() const;
    // The history database: --db (a file path, or postgresql://… for a shared history), else the
    // store/database setting, else the default file.
    QString databasePath() const;
    // The command line's part of the run's configuration (see RunConfig).
    RunOverrides overrides() const;

    // The command word, found without a QCoreApplication so main() can pick QApplication or
    // QCoreApplication before parsing for real. Empty for the desktop app. Skips Qt's own
    // options and their values (-style Fusion, -platform offscreen…).
    static QString peekCommand(const QStringList &args);
    // Whether these arguments start the desktop app (not a command, help or version).
    static bool startsDesktop(const QStringList &args);

    enum class Outcome { Run, ExitOk, ExitError };
    // Parses args (args[0] is the program). On ExitOk/ExitError, *output holds what to print
    // (help, version or the error) and whether it goes to stderr.
    static Outcome parse(const QStringList &args, CommandLine *out, QString *output, bool *toStderr);
};

} // namespace hubwatch
