#include "CommandLine.h"

#include "settings/SettingKeys.h"
#include "settings/Settings.h"
#include "store/StoreLocation.h"
#include "util/Translations.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace hubwatch {

namespace {
const QStringList &valueOptions()
{
    static const QStringList names{QStringLiteral("--endpoint"),     QStringLiteral("--db"),         QStringLiteral("--top-models"),
                                   QStringLiteral("--top-datasets"), QStringLiteral("--watch"),      QStringLiteral("--interval"),
                                   QStringLiteral("--out"),          QStringLiteral("--series"),     QStringLiteral("--range"),
                                   QStringLiteral("--older-than"),   QStringLiteral("--resolution"), QStringLiteral("--chart"),
                                   QStringLiteral("--size"),         QStringLiteral("--from"),       QStringLiteral("--to"),
                                   QStringLiteral("--lang"),         QStringLiteral("--theme")};
    return names;
}

// Qt's own options that take a value (QGuiApplication and QApplication read them): their value
// is not a command word.
const QStringList &qtValueOptions()
{
    static const QStringList names{QStringLiteral("-style"),
                                   QStringLiteral("-stylesheet"),
                                   QStringLiteral("-platform"),
                                   QStringLiteral("-platformpluginpath"),
                                   QStringLiteral("-platformtheme"),
                                   QStringLiteral("-plugin"),
                                   QStringLiteral("-qmljsdebugger"),
                                   QStringLiteral("-display"),
                                   QStringLiteral("-geometry"),
                                   QStringLiteral("-qwindowgeometry"),
                                   QStringLiteral("-title"),
                                   QStringLiteral("-qwindowtitle"),
                                   QStringLiteral("-qwindowicon"),
                                   QStringLiteral("-name"),
                                   QStringLiteral("-session"),
                                   QStringLiteral("-font"),
                                   QStringLiteral("-fn"),
                                   QStringLiteral("-background"),
                                   QStringLiteral("-bg"),
                                   QStringLiteral("-foreground"),
                                   QStringLiteral("-fg"),
                                   QStringLiteral("-btn"),
                                   QStringLiteral("-button"),
                                   QStringLiteral("-visual"),
                                   QStringLiteral("-ncols"),
                                   QStringLiteral("-cmap"),
                                   QStringLiteral("-im"),
                                   QStringLiteral("-inputstyle"),
                                   QStringLiteral("-qwindowstylesheet")};
    return names;
}

// A --db, --from or --to value: a usage error when it cannot name a history (a password in a
// URL, a folder, an unreadable URL), before anything is opened.
bool checkLocation(const QString &option, const QString &text, QString *error)
{
    QString ignored;
    if (text.isEmpty() || SettingKeys::parseDatabase(text, &ignored, error))
        return true;
    *error = CommandLine::tr("--%1: %2").arg(option, *error);
    return false;
}

bool readCount(const QCommandLineParser &p, const QString &name, int max, int *out, QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < 0 || v > max) {
        *error = CommandLine::tr("--%1 expects a whole number from 0 to %2, not \"%3\".").arg(name).arg(max).arg(p.value(name));
        return false;
    }
    *out = v;
    return true;
}
} // namespace

QString CommandLine::databasePath() const
{
    return RunConfig::chooseDatabase(db, Settings());
}

bool CommandLine::readsOnly() const
{
    switch (command) {
    case Command::Poll:
    case Command::Census:
    case Command::Import:
    case Command::Compact:
    case Command::Migrate:
    case Command::Config:
    case Command::Check: return false; // check records when it last ran
    case Command::Gui:                 // the desktop opens the demo as a viewer: it never polls it
    case Command::Status:
    case Command::Alerts:
    case Command::ExportCsv:
    case Command::ExportJson:
    case Command::ExportPng: return true;
    }
    return false;
}

RunOverrides CommandLine::overrides() const
{
    RunOverrides o;
    o.endpoint = endpoint;
    o.database = db;
    o.offline = offline;
    o.topModels = topModels;
    o.topDatasets = topDatasets;
    o.watch = watch;
    o.interval = interval;
    return o;
}

QString CommandLine::peekCommand(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--"))
            return i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a.startsWith(QLatin1Char('-'))) {
            if (valueOptions().contains(a) || qtValueOptions().contains(a))
                ++i; // its value follows as a separate argument
            continue;
        }
        return a;
    }
    return QString();
}

bool CommandLine::startsDesktop(const QStringList &args)
{
    if (!peekCommand(args).isEmpty())
        return false;
    for (const QString &a : args.mid(1)) {
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--help-all") || a == QLatin1String("-?")
            || a == QLatin1String("--version") || a == QLatin1String("-v"))
            return false;
    }
    return true;
}

CommandLine::Outcome CommandLine::parse(const QStringList &args, CommandLine *out, QString *output, bool *toStderr)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("HubWatch monitors Hugging Face Hub download statistics."));
    p.addPositionalArgument(
        QStringLiteral("command"),
        tr("poll: poll the Hub now; census: count every public repo on the Hub (resumes an unfinished census); "
           "status: show the latest figures; alerts: list the alert log; export-csv, export-json: "
           "write the history; export-png: draw a chart; import FILE: merge an export; compact: thin old samples; "
           "migrate: copy a history into another database; config: list, get or set a setting; check: look for damage in the history; "
           "none: start the desktop app."),
        QStringLiteral("[poll|census|status|alerts|export-csv|export-json|export-png|import FILE|compact|migrate|check|"
                       "config list|get KEY|set KEY VALUE|unset KEY]"));
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    p.addOptions({
        {QStringLiteral("endpoint"), tr("Hub endpoint (default: $HF_ENDPOINT, else https://huggingface.co)."), tr("URL")},
        {QStringLiteral("db"), tr("History database: a file, or postgresql://USER@HOST:PORT/DBNAME for a shared one."), tr("PATH|URL")},
        {QStringLiteral("offline"), tr("Make no network request (like HF_HUB_OFFLINE=1).")},
        {QStringLiteral("demo"),
         tr("Show the built-in demo history (generated, read-only, never polled) instead of your own; "
            "with a command, run it on the demo: hubwatch --demo status.")},
        {QStringLiteral("once"), tr("poll: poll once and exit instead of polling on a schedule.")},
        {QStringLiteral("restart"), tr("census: keep an unfinished census as partial and start a new one.")},
        {QStringLiteral("json"), tr("Print machine-readable JSON.")},
        {QStringLiteral("interval"), tr("poll: minutes between polls (at least 1, default 15)."), tr("MINUTES")},
        {QStringLiteral("top-models"), tr("How many of the most downloaded models to track (default 1000)."), tr("N")},
        {QStringLiteral("top-datasets"), tr("How many of the most downloaded datasets to track (default 1000)."), tr("N")},
        {QStringLiteral("watch"), tr("Also track a repo or author; repeatable."), tr("model:ORG/NAME|dataset:ORG/NAME|author:ORG")},
        {QStringLiteral("out"), tr("export: the file to write (default: standard output)."), tr("FILE")},
        {QStringLiteral("series"), tr("export: only this series; repeatable."), tr("model:ORG/NAME|dataset:ORG/NAME|headline")},
        {QStringLiteral("range"), tr("export: 7d, 30d, 90d, 1y, all (default) or FROM..TO in ISO dates."), tr("RANGE")},
        {QStringLiteral("older-than"), tr("compact: thin samples older than this many days."), tr("DAYS")},
        {QStringLiteral("resolution"), tr("compact: keep hourly (default) or daily detail."), tr("hourly|daily")},
        {QStringLiteral("chart"), tr("export-png: the chart to draw (default cumulative)."),
         tr("cumulative|daily|weekly|monthly|velocity|hot")},
        {QStringLiteral("size"), tr("export-png: the image size in pixels (default 1200x675)."), tr("WxH")},
        {QStringLiteral("log"), tr("export-png: a logarithmic value axis.")},
        {QStringLiteral("theme"),
         tr("The window and export-png: dark colours, or light (export-png's default; the window otherwise follows the desktop)."),
         tr("light|dark")},
        {QStringLiteral("from"), tr("migrate: the history to copy from."), tr("sqlite:PATH|postgresql://…")},
        {QStringLiteral("to"), tr("migrate: the history to copy into."), tr("sqlite:PATH|postgresql://…")},
        {QStringLiteral("lang"), tr("The language to use, such as de or zh_CN (default: the system's)."), tr("LOCALE")},
    });

    *toStderr = true;
    // `config set KEY VALUE`: the key and value are taken as they are, even "-5", which the
    // option parser would read as an option.
    QStringList optionArgs = args;
    QStringList configWords;
    if (peekCommand(args) == QLatin1String("config")) {
        const int at = int(optionArgs.indexOf(QStringLiteral("config")));
        const QString verb = optionArgs.value(at + 1);
        const int words = verb == QLatin1String("set") ? 3 : (verb == QLatin1String("get") || verb == QLatin1String("unset")) ? 2 : 0;
        configWords = optionArgs.mid(at + 1, words);
        optionArgs.erase(optionArgs.begin() + at + 1, optionArgs.begin() + at + 1 + configWords.size());
    }
    if (!p.parse(optionArgs)) {
        *output = p.errorText() + QLatin1Char('\n') + p.helpText();
        return Outcome::ExitError;
    }
    if (optionArgs.contains(QLatin1String("--help-all"))) {
        // Only QCommandLineParser::process() lists Qt's own options; it prints and exits.
        p.process(optionArgs);
    }
    if (p.isSet(help)) {
        *toStderr = false;
        *output = p.helpText();
        return Outcome::ExitOk;
    }
    if (p.isSet(version)) {
        *toStderr = false;
        *output = QStringLiteral("HubWatch " HUBWATCH_VERSION " (Qt %1)\n").arg(QLatin1String(qVersion()));
        return Outcome::ExitOk;
    }
    const QStringList positional = p.positionalArguments();
    const QString command = positional.value(0);
    const int allowed = command == QLatin1String("import") ? 2 : command == QLatin1String("config") ? 4 : 1;
    if (positional.size() > allowed) {
        *output = tr("Unexpected argument \"%1\".").arg(positional.at(allowed)) + QLatin1Char('\n');
        return Outcome::ExitError;
    }
    if (command.isEmpty())
        out->command = Command::Gui;
    else if (command == QLatin1String("poll"))
        out->command = Command::Poll;
    else if (command == QLatin1String("census"))
        out->command = Command::Census;
    else if (command == QLatin1String("status"))
        out->command = Command::Status;
    else if (command == QLatin1String("alerts"))
        out->command = Command::Alerts;
    else if (command == QLatin1String("compact"))
        out->command = Command::Compact;
    else if (command == QLatin1String("check"))
        out->command = Command::Check;
    else if (command == QLatin1String("export-csv"))
        out->command = Command::ExportCsv;
    else if (command == QLatin1String("export-json"))
        out->command = Command::ExportJson;
    else if (command == QLatin1String("export-png"))
        out->command = Command::ExportPng;
    else if (command == QLatin1String("migrate"))
        out->command = Command::Migrate;
    else if (command == QLatin1String("config")) {
        out->command = Command::Config;
        out->configArgs = configWords.isEmpty() ? positional.mid(1) : configWords;
        const QString verb = out->configArgs.value(0, QStringLiteral("list"));
        const int needed = verb == QLatin1String("list") ? 1 : verb == QLatin1String("set") ? 3 : 2;
        const bool known =
            verb == QLatin1String("list") || verb == QLatin1String("get") || verb == QLatin1String("set") || verb == QLatin1String("unset");
        if (!known || positional.size() > 2 || (!out->configArgs.isEmpty() && out->configArgs.size() != needed)) {
            *output = tr("Usage: hubwatch config list | get KEY | set KEY VALUE | unset KEY") + QLatin1Char('\n');
            return Outcome::ExitError;
        }
        if (out->configArgs.isEmpty())
            out->configArgs << verb;
    } else if (command == QLatin1String("import")) {
        out->command = Command::Import;
        out->inputFile = positional.value(1);
        if (out->inputFile.isEmpty()) {
            *output = tr("import needs the file to read: hubwatch import FILE") + QLatin1Char('\n');
            return Outcome::ExitError;
        }
    } else {
        *output = tr("Unknown command \"%1\". Try --help.").arg(command) + QLatin1Char('\n');
        return Outcome::ExitError;
    }

    out->once = p.isSet(QStringLiteral("once"));
    out->restart = p.isSet(QStringLiteral("restart"));
    out->json = p.isSet(QStringLiteral("json"));
    out->offline = p.isSet(QStringLiteral("offline"));
    out->demo = p.isSet(QStringLiteral("demo"));
    out->endpoint = p.value(QStringLiteral("endpoint"));
    out->db = p.value(QStringLiteral("db"));
    out->outFile = p.value(QStringLiteral("out"));
    out->series = p.values(QStringLiteral("series"));
    out->range = p.value(QStringLiteral("range"));
    out->chart = p.value(QStringLiteral("chart"));
    out->size = p.value(QStringLiteral("size"));
    out->logScale = p.isSet(QStringLiteral("log"));
    out->theme = p.value(QStringLiteral("theme"));
    out->migrateFrom = p.value(QStringLiteral("from"));
    out->migrateTo = p.value(QStringLiteral("to"));
    out->language = p.value(QStringLiteral("lang"));
    QString error;
    for (const QString &name : {QStringLiteral("top-models"), QStringLiteral("top-datasets")}) {
        if (!p.isSet(name))
            continue;
        int count = 0;
        if (!SettingKeys::parseTopN(p.value(name), &count, &error)) {
            *output = QStringLiteral("--%1: %2").arg(name, error) + QLatin1Char('\n');
            return Outcome::ExitError;
        }
        (name == QLatin1String("top-models") ? out->topModels : out->topDatasets) = count;
    }
    if (p.isSet(QStringLiteral("interval"))) {
        int minutes = 0;
        if (!SettingKeys::parseInterval(p.value(QStringLiteral("interval")), &minutes, &error)) {
            *output = QStringLiteral("--interval: %1").arg(error) + QLatin1Char('\n');
            return Outcome::ExitError;
        }
        out->interval = std::chrono::minutes(minutes);
    }
    if (out->demo && !out->readsOnly()) {
        *output = tr("--demo shows generated data that is never polled or changed: it cannot be used with \"%1\".").arg(command)
            + QLatin1Char('\n');
        return Outcome::ExitError;
    }
    if (out->demo && !out->db.isEmpty()) {
        *output = tr("--demo and --db each choose the history to show: give one of them.") + QLatin1Char('\n');
        return Outcome::ExitError;
    }
    if (!out->language.isEmpty()) {
        QString code;
        if (!SettingKeys::parseLanguage(out->language, &code, &error)) {
            *output = QStringLiteral("--lang: %1").arg(error) + QLatin1Char('\n');
            return Outcome::ExitError;
        }
    }
    if (!checkLocation(QStringLiteral("db"), out->db, &error) || !checkLocation(QStringLiteral("from"), out->migrateFrom, &error)
        || !checkLocation(QStringLiteral("to"), out->migrateTo, &error)) {
        *output = error + QLatin1Char('\n');
        return Outcome::ExitError;
    }
    if (!readCount(p, QStringLiteral("older-than"), 100 * 365, &out->olderThanDays, &error)) {
        *output = error + QLatin1Char('\n');
        return Outcome::ExitError;
    }
    const QString resolution = p.value(QStringLiteral("resolution"));
    if (!resolution.isEmpty() && resolution != QLatin1String("hourly") && resolution != QLatin1String("daily")) {
        *output = tr("--resolution is hourly or daily, not \"%1\".").arg(resolution) + QLatin1Char('\n');
        return Outcome::ExitError;
    }
    out->daily = resolution == QLatin1String("daily");
    if (!out->theme.isEmpty() && out->theme != QLatin1String("light") && out->theme != QLatin1String("dark")) {
        *output = tr("--theme is light or dark, not \"%1\".").arg(out->theme) + QLatin1Char('\n');
        return Outcome::ExitError;
    }
    if (out->command == Command::Compact && out->olderThanDays < 0) {
        *output = tr("compact needs --older-than DAYS.") + QLatin1Char('\n');
        return Outcome::ExitError;
    }
    if (out->command == Command::Migrate && (out->migrateFrom.isEmpty() || out->migrateTo.isEmpty())) {
        *output = tr("migrate needs --from and --to, e.g. --from sqlite:history.sqlite --to postgresql://hubwatch@db:5432/hubwatch")
            + QLatin1Char('\n');
        return Outcome::ExitError;
    }
    if (p.isSet(QStringLiteral("watch"))) {
        QList<WatchItem> items;
        for (const QString &w : p.values(QStringLiteral("watch"))) {
            WatchItem item;
            if (!WatchItem::parse(w, &item, &error)) {
                *output = error + QLatin1Char('\n');
                return Outcome::ExitError;
            }
            if (!items.contains(item))
                items.append(item);
        }
        out->watch = items;
    }
    return Outcome::Run;
}

} // namespace hubwatch
