// fakehub_server: a FakeHub on 127.0.0.1 with generated repos, for tools outside Qt Test
// (the conformance check with the official npm client, manual poking with curl).
//
// stdout line 1: the base URL (http://127.0.0.1:PORT); line 2: a compact JSON summary
// {"models":{count,downloads,downloadsAllTime,likes,siblings,digest},"datasets":{...},"spaces":{count}}.
// Then it serves until killed. Diagnostics go to stderr.
#include "FakeHub.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>
#include <limits>

using hubwatch::RepoKind;
using hubwatch::test::FakeHub;

namespace {

qint64 intOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, bool *ok)
{
    if (!parser.isSet(name))
        return fallback;
    bool valid = false;
    const qint64 value = parser.value(name).toLongLong(&valid);
    if (!valid || value < 0) {
        std::fprintf(stderr, "fakehub_server: --%s needs a non-negative integer\n", qPrintable(name));
        *ok = false;
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fakehub_server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Serves a fake Hugging Face Hub on 127.0.0.1."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("models"), QStringLiteral("Generated models."), QStringLiteral("N")},
        {QStringLiteral("datasets"), QStringLiteral("Generated datasets."), QStringLiteral("N")},
        {QStringLiteral("spaces"), QStringLiteral("Generated spaces (listed only; default 0)."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Generator seed (default 1)."), QStringLiteral("S")},
        {QStringLiteral("quota"), QStringLiteral("Requests per window (default 500)."), QStringLiteral("Q")},
        {QStringLiteral("window"), QStringLiteral("Window in seconds (default 300)."), QStringLiteral("W")},
        {QStringLiteral("port"), QStringLiteral("Port (default: any free one)."), QStringLiteral("P")},
        {QStringLiteral("token"), QStringLiteral("Accepted Bearer token (repeatable); others get 401."), QStringLiteral("T")},
        {QStringLiteral("no-gzip"), QStringLiteral("Never gzip responses.")},
        {QStringLiteral("lazy"), QStringLiteral("Generate the models and datasets lazily (millions; other values than without).")},
    });
    parser.process(app);

    bool ok = true;
    const qint64 models = intOption(parser, QStringLiteral("models"), 100, &ok);
    const qint64 datasets = intOption(parser, QStringLiteral("datasets"), 100, &ok);
    const qint64 spaces = intOption(parser, QStringLiteral("spaces"), 0, &ok);
    const qint64 seed = intOption(parser, QStringLiteral("seed"), 1, &ok);
    const qint64 quota = intOption(parser, QStringLiteral("quota"), FakeHub::DefaultQuota, &ok);
    const qint64 window = intOption(parser, QStringLiteral("window"), FakeHub::DefaultWindowSeconds, &ok);
    const qint64 port = intOption(parser, QStringLiteral("port"), 0, &ok);
    const bool lazy = parser.isSet(QStringLiteral("lazy"));
    const qint64 heldLimit = std::numeric_limits<int>::max();
    if (!ok || port > 65535 || quota > heldLimit || window > heldLimit || (!lazy && (models > heldLimit || datasets > heldLimit)))
        return 2;

    FakeHub hub;
    if (lazy) {
        hub.generateLazyRepos(RepoKind::Model, models, quint32(seed));
        hub.generateLazyRepos(RepoKind::Dataset, datasets, quint32(seed));
    } else {
        hub.generateRepos(RepoKind::Model, int(models), quint32(seed));
        hub.generateRepos(RepoKind::Dataset, int(datasets), quint32(seed));
    }
    hub.setSpaceCount(spaces);
    hub.setRateLimit(int(quota), int(window));
    hub.setValidTokens(parser.values(QStringLiteral("token")));
    hub.setGzip(!parser.isSet(QStringLiteral("no-gzip")));
    hub.setDebugRoutesEnabled(true);
    if (!hub.listen(QHostAddress::LocalHost, quint16(port))) {
        std::fprintf(stderr, "fakehub_server: cannot listen on 127.0.0.1:%lld\n", port);
        return 1;
    }

    const QJsonObject summary{{QStringLiteral("models"), hub.summary(RepoKind::Model)},
                              {QStringLiteral("datasets"), hub.summary(RepoKind::Dataset)},
                              {QStringLiteral("spaces"), QJsonObject{{QStringLiteral("count"), spaces}}}};
    std::printf("%s\n%s\n", hub.url().toString().toUtf8().constData(), QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return app.exec();
}
