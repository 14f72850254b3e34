// Unit tests for HubConfig: endpoint, token and offline mode, as the official clients resolve them.
#include "hub/HubConfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;

class TestHubConfig : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void endpoint_data();
    void endpoint();
    void invalidEndpoint_data();
    void invalidEndpoint();
    void endpointErrorHidesCredentials_data();
    void endpointErrorHidesCredentials();
    void tokenFilePath_data();
    void tokenFilePath();
    void tokenPrecedence_data();
    void tokenPrecedence();
    void tokenWhitespaceStripped();
    void emptyOrBlankSourcesIgnored();
    void explicitTokenPathDoesNotFallBack();
    void oversizedTokenFileIgnored();
    void offline_data();
    void offline();

private:
    // A fresh environment with HOME pointing into a temporary directory, so the real
    // ~/.cache/huggingface/token can never leak into a test.
    QProcessEnvironment cleanEnv() const;
    static void writeFile(const QString &path, const QByteArray &content);
    QScopedPointer<QTemporaryDir> m_dir;
};

void TestHubConfig::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("home")));
}

QProcessEnvironment TestHubConfig::cleanEnv() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    return env;
}

void TestHubConfig::writeFile(const QString &path, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(content), content.size());
}

void TestHubConfig::endpoint_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("hfEndpoint"); // "<unset>": not in the environment
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("fromEnv");
    const QString unset = QStringLiteral("<unset>");
    QTest::newRow("default") << QString() << unset << QStringLiteral("https://huggingface.co") << false;
    QTest::newRow("HF_ENDPOINT empty") << QString() << QString() << QStringLiteral("https://huggingface.co") << false;
    QTest::newRow("HF_ENDPOINT") << QString() << QStringLiteral("https://mirror.example") << QStringLiteral("https://mirror.example")
                                 << true;
    QTest::newRow("HF_ENDPOINT slashes stripped")
        << QString() << QStringLiteral("https://mirror.example/hf///") << QStringLiteral("https://mirror.example/hf") << true;
    QTest::newRow("HF_ENDPOINT loopback http") << QString() << QStringLiteral("http://127.0.0.1:8080/")
                                               << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("override beats HF_ENDPOINT") << QStringLiteral("https://cli.example") << QStringLiteral("https://mirror.example")
                                                << QStringLiteral("https://cli.example") << false;
    QTest::newRow("override beats default") << QStringLiteral("https://cli.example/") << unset << QStringLiteral("https://cli.example")
                                            << false;
    QTest::newRow("override beats a broken HF_ENDPOINT")
        << QStringLiteral("https://cli.example") << QStringLiteral("ftp://nope") << QStringLiteral("https://cli.example") << false;
    QTest::newRow("surrounding spaces") << QStringLiteral("  https://cli.example/  ") << unset << QStringLiteral("https://cli.example")
                                        << false;
}

void TestHubConfig::endpoint()
{
    QFETCH(QString, override);
    QFETCH(QString, hfEndpoint);
    QFETCH(QString, expected);
    QFETCH(bool, fromEnv);
    QProcessEnvironment env = cleanEnv();
    if (hfEndpoint != QLatin1String("<unset>"))
        env.insert(QStringLiteral("HF_ENDPOINT"), hfEndpoint);
    HubConfig config;
    config.endpointFromEnvironment = !fromEnv; // must be overwritten either way
    QString error;
    QVERIFY2(HubConfig::resolve(env, override, false, &config, &error), qPrintable(error));
    QCOMPARE(config.endpoint.toString(), expected);
    QCOMPARE(config.endpointFromEnvironment, fromEnv);
}

void TestHubConfig::invalidEndpoint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("viaEnvironment");
    for (bool viaEnv : {false, true}) {
        const char *how = viaEnv ? "HF_ENDPOINT" : "--endpoint";
        for (const char *t :
             {"ftp://mirror.example", "not a url", "mirror.example", "https://", "file:///etc/hosts", "https://mirror.example/?x=1",
              "https://mirror.example#frag", "https://user@mirror.example", "https://user:pw@mirror.example"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(how), QLatin1String(t))))
                << QString::fromLatin1(t) << viaEnv;
    }
}

void TestHubConfig::invalidEndpoint()
{
    QFETCH(QString, text);
    QFETCH(bool, viaEnvironment);
    QProcessEnvironment env = cleanEnv();
    if (viaEnvironment)
        env.insert(QStringLiteral("HF_ENDPOINT"), text);
    HubConfig config;
    QString error;
    QVERIFY(!HubConfig::resolve(env, viaEnvironment ? QString() : text, false, &config, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1String("endpoint")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("mirror.example")) || !text.contains(QLatin1String("mirror.example")), qPrintable(error));
}

// The endpoint's userinfo is a credential: no error message may echo it.
void TestHubConfig::endpointErrorHidesCredentials_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("https with password") << QStringLiteral("https://user:s3cr3t@hub.example");
    QTest::newRow("https with password and query") << QStringLiteral("https://user:s3cr3t@hub.example/?a=1");
    QTest::newRow("ftp with password") << QStringLiteral("ftp://user:s3cr3t@hub.example");
    QTest::newRow("http with password, no host") << QStringLiteral("http://user:s3cr3t@");
}

void TestHubConfig::endpointErrorHidesCredentials()
{
    QFETCH(QString, text);
    QUrl url;
    QString error;
    QVERIFY(!HubConfig::parseEndpoint(text, &url, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(QLatin1String("s3cr3t")), qPrintable(error));
}

void TestHubConfig::tokenFilePath_data()
{
    QTest::addColumn<QStringList>("vars"); // NAME=value pairs
    QTest::addColumn<QString>("expected");
    QTest::newRow("HOME") << QStringList{QStringLiteral("HOME=/h")} << QStringLiteral("/h/.cache/huggingface/token");
    QTest::newRow("XDG beats HOME") << QStringList{QStringLiteral("HOME=/h"), QStringLiteral("XDG_CACHE_HOME=/c")}
                                    << QStringLiteral("/c/huggingface/token");
    QTest::newRow("HF_HOME beats XDG") << QStringList{QStringLiteral("HOME=/h"), QStringLiteral("XDG_CACHE_HOME=/c"),
                                                      QStringLiteral("HF_HOME=/hf")}
                                       << QStringLiteral("/hf/token");
    QTest::newRow("HF_TOKEN_PATH beats all") << QStringList{QStringLiteral("HOME=/h"), QStringLiteral("XDG_CACHE_HOME=/c"),
                                                            QStringLiteral("HF_HOME=/hf"), QStringLiteral("HF_TOKEN_PATH=/t/tok")}
                                             << QStringLiteral("/t/tok");
}

void TestHubConfig::tokenFilePath()
{
    QFETCH(QStringList, vars);
    QFETCH(QString, expected);
    QProcessEnvironment env;
    for (const QString &v : vars)
        env.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
    QCOMPARE(HubConfig::tokenFilePath(env), expected);
}

void TestHubConfig::tokenPrecedence_data()
{
    // Which sources are present (each level: env var set and/or file written); the first wins.
    QTest::addColumn<int>("firstPresent"); // 0 HF_TOKEN, 1 HUGGING_FACE_HUB_TOKEN, 2 HF_TOKEN_PATH, 3 HF_HOME,
                                           // 4 XDG_CACHE_HOME, 5 HOME, 6 nothing
    const char *names[] = {"HF_TOKEN",
                           "HUGGING_FACE_HUB_TOKEN",
                           "HF_TOKEN_PATH file",
                           "$HF_HOME/token",
                           "$XDG_CACHE_HOME/huggingface/token",
                           "$HOME/.cache/huggingface/token",
                           "nothing"};
    for (int i = 0; i < 7; ++i)
        QTest::newRow(names[i]) << i;
}

void TestHubConfig::tokenPrecedence()
{
    QFETCH(int, firstPresent);
    QProcessEnvironment env = cleanEnv();
    const QString root = m_dir->path();
    const QString files[] = {root + QStringLiteral("/explicit/tok"), root + QStringLiteral("/hfhome/token"),
                             root + QStringLiteral("/xdg/huggingface/token"), root + QStringLiteral("/home/.cache/huggingface/token")};
    // Every level from firstPresent down is present, so each row also proves what it beats.
    for (int level = firstPresent; level < 6; ++level) {
        const QByteArray value = "hf_level" + QByteArray::number(level);
        switch (level) {
        case 0: env.insert(QStringLiteral("HF_TOKEN"), QString::fromLatin1(value)); break;
        case 1: env.insert(QStringLiteral("HUGGING_FACE_HUB_TOKEN"), QString::fromLatin1(value)); break;
        case 2: env.insert(QStringLiteral("HF_TOKEN_PATH"), files[0]); break;
        case 3: env.insert(QStringLiteral("HF_HOME"), root + QStringLiteral("/hfhome")); break;
        case 4: env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/xdg")); break;
        default: break;
        }
        if (level >= 2)
            writeFile(files[level - 2], value + "\n");
    }
    HubConfig config;
    QString error;
    QVERIFY2(HubConfig::resolve(env, QString(), false, &config, &error), qPrintable(error));
    if (firstPresent == 6) {
        QVERIFY(config.token.isEmpty());
        QVERIFY(config.tokenSource.isEmpty());
        return;
    }
    QCOMPARE(config.token, QStringLiteral("hf_level%1").arg(firstPresent));
    const QString expectedSource = firstPresent == 0 ? QStringLiteral("HF_TOKEN")
        : firstPresent == 1                          ? QStringLiteral("HUGGING_FACE_HUB_TOKEN")
                                                     : files[firstPresent - 2];
    QCOMPARE(config.tokenSource, expectedSource);
}

void TestHubConfig::tokenWhitespaceStripped()
{
    QProcessEnvironment env = cleanEnv();
    env.insert(QStringLiteral("HF_TOKEN"), QStringLiteral(" \thf_env \r\n"));
    QString source;
    QCOMPARE(HubConfig::findToken(env, &source), QStringLiteral("hf_env"));
    QCOMPARE(source, QStringLiteral("HF_TOKEN"));

    const QString path = m_dir->filePath(QStringLiteral("tok"));
    writeFile(path, "\n  hf_file \r\n\n");
    env = cleanEnv();
    env.insert(QStringLiteral("HF_TOKEN_PATH"), path);
    QCOMPARE(HubConfig::findToken(env, &source), QStringLiteral("hf_file"));
    QCOMPARE(source, path);
}

void TestHubConfig::emptyOrBlankSourcesIgnored()
{
    const QString homeToken = m_dir->filePath(QStringLiteral("home/.cache/huggingface/token"));
    writeFile(homeToken, "hf_home");
    QProcessEnvironment env = cleanEnv();
    env.insert(QStringLiteral("HF_TOKEN"), QString());
    env.insert(QStringLiteral("HUGGING_FACE_HUB_TOKEN"), QStringLiteral("  \n"));
    QString source = QStringLiteral("stale");
    QCOMPARE(HubConfig::findToken(env, &source), QStringLiteral("hf_home"));
    QCOMPARE(source, homeToken);

    for (const QByteArray &blank : {QByteArray(), QByteArray(" \n\t\r\n")}) {
        writeFile(homeToken, blank);
        source = QStringLiteral("stale");
        QVERIFY(HubConfig::findToken(env, &source).isEmpty());
        QVERIFY(source.isEmpty());
    }
}

// huggingface_hub reads exactly one token file: HF_TOKEN_PATH if set, with no fallback.
void TestHubConfig::explicitTokenPathDoesNotFallBack()
{
    writeFile(m_dir->filePath(QStringLiteral("home/.cache/huggingface/token")), "hf_home");
    QProcessEnvironment env = cleanEnv();
    env.insert(QStringLiteral("HF_TOKEN_PATH"), m_dir->filePath(QStringLiteral("missing/token")));
    QString source;
    QVERIFY(HubConfig::findToken(env, &source).isEmpty());
    QVERIFY(source.isEmpty());
}

void TestHubConfig::oversizedTokenFileIgnored()
{
    const QString path = m_dir->filePath(QStringLiteral("big"));
    writeFile(path, "hf_" + QByteArray(8192, 'x'));
    QProcessEnvironment env = cleanEnv();
    env.insert(QStringLiteral("HF_TOKEN_PATH"), path);
    QString source;
    QVERIFY(HubConfig::findToken(env, &source).isEmpty());
}

void TestHubConfig::offline_data()
{
    QTest::addColumn<QString>("value"); // "<unset>": not in the environment
    QTest::addColumn<bool>("flag");
    QTest::addColumn<bool>("offline");
    for (const char *v : {"1", "true", "TRUE", "True", "yes", "YES", "on", "ON", " 1 "})
        QTest::newRow(qPrintable(QStringLiteral("HF_HUB_OFFLINE=%1").arg(QLatin1String(v)))) << QString::fromLatin1(v) << false << true;
    for (const char *v : {"0", "", "false", "no", "off", "2", "offline"})
        QTest::newRow(qPrintable(QStringLiteral("HF_HUB_OFFLINE=%1").arg(QLatin1String(v)))) << QString::fromLatin1(v) << false << false;
    QTest::newRow("unset") << QStringLiteral("<unset>") << false << false;
    QTest::newRow("flag, unset") << QStringLiteral("<unset>") << true << true;
    QTest::newRow("flag beats HF_HUB_OFFLINE=0") << QStringLiteral("0") << true << true;
}

void TestHubConfig::offline()
{
    QFETCH(QString, value);
    QFETCH(bool, flag);
    QFETCH(bool, offline);
    QProcessEnvironment env = cleanEnv();
    if (value != QLatin1String("<unset>"))
        env.insert(QStringLiteral("HF_HUB_OFFLINE"), value);
    HubConfig config;
    config.offline = !offline; // must be overwritten either way
    QString error;
    QVERIFY2(HubConfig::resolve(env, QString(), flag, &config, &error), qPrintable(error));
    QCOMPARE(config.offline, offline);
}

QTEST_GUILESS_MAIN(TestHubConfig)
#include "tst_hubconfig.moc"
