#include "HubConfig.h"

#include <QDir>
#include <QFile>

namespace hubwatch {

namespace {
bool truthy(const QString &v)
{
    const QString s = v.trimmed().toLower();
    return s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("on");
}
} // namespace

bool HubConfig::parseEndpoint(const QString &text, QUrl *url, QString *error)
{
    QString t = text.trimmed();
    while (t.endsWith(QLatin1Char('/')))
        t.chop(1);
    const QUrl u(t, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))) {
        // Never echo credentials that may sit in the text.
        const QString shown = u.isValid() ? u.toDisplayString(QUrl::RemoveUserInfo) : tr("(unreadable)");
        *error = tr("The Hub endpoint \"%1\" is not an http(s) URL.").arg(shown);
        return false;
    }
    if (!u.query().isEmpty() || !u.fragment().isEmpty() || !u.userInfo().isEmpty()) {
        *error =
            tr("The Hub endpoint \"%1\" must not carry a query, fragment or credentials.").arg(u.toDisplayString(QUrl::RemoveUserInfo));
        return false;
    }
    *url = u;
    return true;
}

QString HubConfig::tokenFilePath(const QProcessEnvironment &env)
{
    const QString explicitPath = env.value(QStringLiteral("HF_TOKEN_PATH"));
    if (!explicitPath.isEmpty())
        return explicitPath;
    QString home = env.value(QStringLiteral("HF_HOME"));
    if (home.isEmpty()) {
        QString cache = env.value(QStringLiteral("XDG_CACHE_HOME"));
        if (cache.isEmpty())
            cache = env.value(QStringLiteral("HOME"), QDir::homePath()) + QStringLiteral("/.cache");
        home = cache + QStringLiteral("/huggingface");
    }
    return home + QStringLiteral("/token");
}

QString HubConfig::findToken(const QProcessEnvironment &env, QString *source)
{
    for (const auto &name : {QStringLiteral("HF_TOKEN"), QStringLiteral("HUGGING_FACE_HUB_TOKEN")}) {
        const QString v = env.value(name).trimmed();
        if (!v.isEmpty()) {
            *source = name;
            return v;
        }
    }
    const QString path = tokenFilePath(env);
    QFile f(path);
    // A token file is tiny; refuse to slurp something huge that happens to sit at that path.
    if (f.open(QIODevice::ReadOnly) && f.size() < 4096) {
        const QString v = QString::fromUtf8(f.readAll()).trimmed();
        if (!v.isEmpty()) {
            *source = path;
            return v;
        }
    }
    source->clear();
    return QString();
}

bool HubConfig::resolve(const QProcessEnvironment &env, const QString &endpointOverride, const QString &settingsEndpoint, bool offlineFlag,
                        HubConfig *config, QString *error)
{
    QString text = endpointOverride.trimmed();
    config->endpointSource = Source::CommandLine;
    if (text.isEmpty()) {
        text = env.value(QStringLiteral("HF_ENDPOINT")).trimmed();
        config->endpointSource = Source::Environment;
    }
    if (text.isEmpty()) {
        text = settingsEndpoint.trimmed();
        config->endpointSource = Source::Settings;
    }
    if (text.isEmpty()) {
        text = defaultEndpoint();
        config->endpointSource = Source::Default;
    }
    config->endpointFromEnvironment = config->endpointSource == Source::Environment;
    config->token = findToken(env, &config->tokenSource);
    config->offline = offlineFlag || truthy(env.value(QStringLiteral("HF_HUB_OFFLINE")));
    if (!parseEndpoint(text, &config->endpoint, error)) {
        config->endpoint = QUrl(defaultEndpoint());
        return false;
    }
    return true;
}

QString HubConfig::describeSource(Source source)
{
    switch (source) {
    case Source::CommandLine: return tr("from --endpoint");
    case Source::Environment: return tr("from HF_ENDPOINT");
    case Source::Settings: return tr("from Settings");
    case Source::Default: return tr("the default");
    }
    return QString();
}

} // namespace hubwatch
