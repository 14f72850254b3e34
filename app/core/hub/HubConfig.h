#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <chrono>

namespace hubwatch {

// Everything the Hub client needs to know about where and how to talk, resolved once from the
// command line and the official clients' environment variables (HF_ENDPOINT, HF_TOKEN, …).
struct HubConfig
{
    Q_DECLARE_TR_FUNCTIONS(HubConfig)
public:
    static QString defaultEndpoint() { return QStringLiteral("https://huggingface.co"); }

    // Where the endpoint came from; the first that gives one wins, in this order.
    enum class Source { CommandLine, Environment, Settings, Default };
    QUrl endpoint{defaultEndpoint()};
    Source endpointSource = Source::Default;
    bool endpointFromEnvironment = false; // HF_ENDPOINT overrode the default
    QString token;                        // empty: anonymous
    QString tokenSource;                  // "HF_TOKEN", a file path…; for diagnostics
    bool offline = false;

    int pageSize = 500; // the official JS client's page size
    int maxRetries = 5; // as huggingface_hub
    std::chrono::milliseconds backoffBase{1000};
    std::chrono::milliseconds backoffCap{8000};
    std::chrono::milliseconds transferTimeout{30000};
    qint64 maxBodyBytes = 64 * 1024 * 1024;
    int maxPages = 1000; // a guard against a server that never stops paginating
    int maxRedirects = 5;

    // Resolves endpoint, token and offline mode. The endpoint is the one function of its
    // precedence: endpointOverride (--endpoint), else HF_ENDPOINT, else settingsEndpoint (the
    // hub/endpoint setting), else the default. Returns false with *error set if the chosen
    // endpoint is unusable (config then holds the rest, with the default endpoint).
    static bool resolve(const QProcessEnvironment &env, const QString &endpointOverride, const QString &settingsEndpoint, bool offlineFlag,
                        HubConfig *config, QString *error);
    static bool resolve(const QProcessEnvironment &env, const QString &endpointOverride, bool offlineFlag, HubConfig *config,
                        QString *error)
    {
        return resolve(env, endpointOverride, QString(), offlineFlag, config, error);
    }
    // The endpoint's source, as the settings dialog and `config list` show it.
    static QString describeSource(Source source);

    // The token as the official clients find it; *source names where it came from.
    static QString findToken(const QProcessEnvironment &env, QString *source);
    // HF_TOKEN_PATH, else $HF_HOME/token, else $XDG_CACHE_HOME/huggingface/token, else ~/.cache/…
    static QString tokenFilePath(const QProcessEnvironment &env);

    static bool parseEndpoint(const QString &text, QUrl *url, QString *error);
};

} // namespace hubwatch
