// Unit tests for RepoQuery: first-page and single-repo URLs, and the Hub's naming rules.
#include "hub/RepoQuery.h"

#include <QTest>
#include <QUrlQuery>

using namespace hubwatch;

class TestRepoQuery : public QObject
{
    Q_OBJECT
private slots:
    void firstPageUrl_data();
    void firstPageUrl();
    void defaultExpand();
    void customExpandReplacesDefault();
    void searchAndAuthorEncoded_data();
    void searchAndAuthorEncoded();
    void singleRepoUrl_data();
    void singleRepoUrl();
    void isValidRepoId_data();
    void isValidRepoId();
    void isValidAuthor_data();
    void isValidAuthor();
};

using Pairs = QList<QPair<QString, QString>>;

// Decodes a query the way the Hub's server and the official clients (URLSearchParams,
// requests) do: application/x-www-form-urlencoded, where '+' is a space.
static Pairs formDecode(const QByteArray &query)
{
    Pairs out;
    for (QByteArray pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const int eq = pair.indexOf('=');
        const QByteArray k = eq < 0 ? pair : pair.left(eq), v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(k)), QString::fromUtf8(QByteArray::fromPercentEncoding(v))});
    }
    return out;
}

static QStringList valuesOf(const Pairs &pairs, const QString &key)
{
    QStringList out;
    for (const auto &p : pairs)
        if (p.first == key)
            out << p.second;
    return out;
}

void TestRepoQuery::firstPageUrl_data()
{
    QTest::addColumn<RepoKind>("kind");
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("expectedPrefix"); // scheme://host[:port]/path
    QTest::addColumn<int>("expectedLimit");
    const QUrl hf(QStringLiteral("https://huggingface.co"));
    QTest::newRow("models, all") << RepoKind::Model << hf << int(RepoQuery::All) << 500
                                 << QStringLiteral("https://huggingface.co/api/models") << 500;
    QTest::newRow("datasets, all") << RepoKind::Dataset << hf << int(RepoQuery::All) << 500
                                   << QStringLiteral("https://huggingface.co/api/datasets") << 500;
    QTest::newRow("count below page") << RepoKind::Model << hf << 10 << 500 << QStringLiteral("https://huggingface.co/api/models") << 10;
    QTest::newRow("count equal page") << RepoKind::Model << hf << 500 << 500 << QStringLiteral("https://huggingface.co/api/models") << 500;
    QTest::newRow("count above page") << RepoKind::Dataset << hf << 1000 << 500 << QStringLiteral("https://huggingface.co/api/datasets")
                                      << 500;
    QTest::newRow("count 1") << RepoKind::Model << hf << 1 << 100 << QStringLiteral("https://huggingface.co/api/models") << 1;
    QTest::newRow("all, small pages") << RepoKind::Model << hf << int(RepoQuery::All) << 100
                                      << QStringLiteral("https://huggingface.co/api/models") << 100;
    QTest::newRow("mirror with path prefix") << RepoKind::Model << QUrl(QStringLiteral("https://mirror.example/hf")) << 20 << 500
                                             << QStringLiteral("https://mirror.example/hf/api/models") << 20;
    QTest::newRow("loopback with port") << RepoKind::Dataset << QUrl(QStringLiteral("http://127.0.0.1:8080")) << 3 << 2
                                        << QStringLiteral("http://127.0.0.1:8080/api/datasets") << 2;
}

void TestRepoQuery::firstPageUrl()
{
    QFETCH(RepoKind, kind);
    QFETCH(QUrl, endpoint);
    QFETCH(int, count);
    QFETCH(int, pageSize);
    QFETCH(QString, expectedPrefix);
    QFETCH(int, expectedLimit);
    RepoQuery q;
    q.kind = kind;
    q.count = count;
    const QUrl url = q.firstPageUrl(endpoint, pageSize);
    QVERIFY(url.isValid());
    QCOMPARE(url.adjusted(QUrl::RemoveQuery).toString(), expectedPrefix);
    QVERIFY(url.fragment().isEmpty());
    const Pairs items = formDecode(url.query(QUrl::FullyEncoded).toLatin1());
    QCOMPARE(valuesOf(items, QStringLiteral("sort")), QStringList{QStringLiteral("downloads")});
    QCOMPARE(valuesOf(items, QStringLiteral("limit")), QStringList{QString::number(expectedLimit)});
    QVERIFY(valuesOf(items, QStringLiteral("search")).isEmpty());
    QVERIFY(valuesOf(items, QStringLiteral("author")).isEmpty());
    QCOMPARE(valuesOf(items, QStringLiteral("expand[]")), RepoQuery::defaultExpand(kind));
    QCOMPARE(items.size(), 2 + RepoQuery::defaultExpand(kind).size()); // nothing else
}

void TestRepoQuery::defaultExpand()
{
    const QStringList common{QStringLiteral("downloads"), QStringLiteral("downloadsAllTime"), QStringLiteral("likes"),
                             QStringLiteral("tags"),      QStringLiteral("createdAt"),        QStringLiteral("gated")};
    const QStringList model = common + QStringList{QStringLiteral("pipeline_tag"), QStringLiteral("library_name")};
    QCOMPARE(RepoQuery::defaultExpand(RepoKind::Model), model);
    // Datasets have neither: asking for them is an HTTP 400.
    QCOMPARE(RepoQuery::defaultExpand(RepoKind::Dataset), common);
    // Each appears once, as its own expand[] item.
    RepoQuery q;
    q.kind = RepoKind::Dataset;
    const QUrlQuery items(q.firstPageUrl(QUrl(QStringLiteral("https://huggingface.co")), 500));
    QCOMPARE(items.allQueryItemValues(QStringLiteral("expand[]")), common);
    QVERIFY(!items.hasQueryItem(QStringLiteral("expand")));
}

void TestRepoQuery::customExpandReplacesDefault()
{
    RepoQuery q;
    q.expand = QStringList{QStringLiteral("downloadsAllTime"), QStringLiteral("siblings")};
    const QUrlQuery items(q.firstPageUrl(QUrl(QStringLiteral("https://huggingface.co")), 500));
    QCOMPARE(items.allQueryItemValues(QStringLiteral("expand[]")), q.expand);
}

void TestRepoQuery::searchAndAuthorEncoded_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("llama");
    QTest::newRow("spaces") << QStringLiteral("hello big world");
    QTest::newRow("param injection") << QStringLiteral("a&author=evil&limit=1&sort=likes");
    QTest::newRow("equals") << QStringLiteral("a=b");
    QTest::newRow("fragment") << QStringLiteral("x#frag");
    QTest::newRow("question mark and slash") << QStringLiteral("what/is?this");
    QTest::newRow("unicode") << QStringLiteral("caf\u00e9 \u2615 \u65e5\u672c\u8a9e");
    QTest::newRow("brackets") << QStringLiteral("expand[]=x");
    QTest::newRow("percent alone") << QStringLiteral("100%");
    QTest::newRow("plus signs") << QStringLiteral("c++");
    QTest::newRow("percent escape %41") << QStringLiteral("%41");
    QTest::newRow("percent escape %20") << QStringLiteral("50%20off");
}

void TestRepoQuery::searchAndAuthorEncoded()
{
    QFETCH(QString, text);
    RepoQuery q;
    q.search = text;
    q.author = text;
    const QUrl url = q.firstPageUrl(QUrl(QStringLiteral("https://huggingface.co")), 500);
    QVERIFY(url.isValid());
    QCOMPARE(url.path(), QStringLiteral("/api/models"));
    QVERIFY2(!url.hasFragment(), url.toEncoded().constData());

    // Read back through QUrlQuery.
    const QUrlQuery qq(url);
    QCOMPARE(qq.allQueryItemValues(QStringLiteral("search"), QUrl::FullyDecoded), QStringList{text});
    QCOMPARE(qq.allQueryItemValues(QStringLiteral("author"), QUrl::FullyDecoded), QStringList{text});

    // Read back as the server does, from the bytes that go on the wire.
    const QByteArray wire = url.toEncoded();
    const Pairs items = formDecode(url.query(QUrl::FullyEncoded).toLatin1());
    QCOMPARE(valuesOf(items, QStringLiteral("search")), QStringList{text});
    QCOMPARE(valuesOf(items, QStringLiteral("author")), QStringList{text});
    QCOMPARE(valuesOf(items, QStringLiteral("sort")), QStringList{QStringLiteral("downloads")});
    QCOMPARE(valuesOf(items, QStringLiteral("limit")), QStringList{QStringLiteral("500")});
    QCOMPARE(items.size(), 4 + RepoQuery::defaultExpand(RepoKind::Model).size());
    for (char c : wire)
        QVERIFY2(uchar(c) > 0x20 && uchar(c) < 0x7f, wire.constData()); // ASCII only, no raw spaces
}

void TestRepoQuery::singleRepoUrl_data()
{
    QTest::addColumn<RepoKind>("kind");
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("expand");
    QTest::addColumn<QString>("expectedPath");
    const QUrl hf(QStringLiteral("https://huggingface.co"));
    QTest::newRow("model") << RepoKind::Model << hf << QStringLiteral("org/name")
                           << QStringList{QStringLiteral("downloads"), QStringLiteral("downloadsAllTime")}
                           << QStringLiteral("/api/models/org/name");
    QTest::newRow("legacy id") << RepoKind::Model << hf << QStringLiteral("gpt2") << QStringList{QStringLiteral("likes")}
                               << QStringLiteral("/api/models/gpt2");
    QTest::newRow("dataset on a mirror") << RepoKind::Dataset << QUrl(QStringLiteral("https://mirror.example/hf"))
                                         << QStringLiteral("a.b_c-d/x.y") << RepoQuery::defaultExpand(RepoKind::Dataset)
                                         << QStringLiteral("/hf/api/datasets/a.b_c-d/x.y");
    QTest::newRow("no expand") << RepoKind::Dataset << hf << QStringLiteral("org/ds") << QStringList()
                               << QStringLiteral("/api/datasets/org/ds");
}

void TestRepoQuery::singleRepoUrl()
{
    QFETCH(RepoKind, kind);
    QFETCH(QUrl, endpoint);
    QFETCH(QString, id);
    QFETCH(QStringList, expand);
    QFETCH(QString, expectedPath);
    const QUrl url = RepoQuery::singleRepoUrl(endpoint, kind, id, expand);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), endpoint.scheme());
    QCOMPARE(url.host(), endpoint.host());
    QCOMPARE(url.path(QUrl::FullyEncoded), expectedPath);
    QCOMPARE(QUrlQuery(url).allQueryItemValues(QStringLiteral("expand[]")), expand);
    if (expand.isEmpty())
        QVERIFY2(!url.hasQuery(), url.toEncoded().constData()); // no dangling '?'
    else
        QCOMPARE(QUrlQuery(url).queryItems().size(), expand.size());
}

static void nameRows(bool forAuthor)
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    const QString n96(96, QLatin1Char('a')), n97(97, QLatin1Char('a'));
    const QString pre = forAuthor ? QString() : QStringLiteral("org/");
    QTest::newRow("simple") << (forAuthor ? QStringLiteral("org") : QStringLiteral("org/name")) << true;
    QTest::newRow("all allowed punctuation") << (forAuthor ? QStringLiteral("a.b_c-d") : QStringLiteral("a.b_c-d/x.y")) << true;
    QTest::newRow("mixed case and digits") << pre + QStringLiteral("Model-v1.5_x") << true;
    QTest::newRow("96 chars") << pre + n96 << true;
    QTest::newRow("97 chars") << pre + n97 << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dot dot") << QStringLiteral("..") << false;
    QTest::newRow("../etc") << QStringLiteral("../etc") << false;
    QTest::newRow("space") << pre + QStringLiteral("na me") << false;
    QTest::newRow("query") << pre + QStringLiteral("name?x") << false;
    QTest::newRow("fragment") << pre + QStringLiteral("name#x") << false;
    QTest::newRow("percent") << pre + QStringLiteral("%2e%2e") << false;
    QTest::newRow("leading dash") << QStringLiteral("-org") + (forAuthor ? QString() : QStringLiteral("/x")) << false;
    QTest::newRow("leading dot") << pre + QStringLiteral(".hidden") << false;
    // Served by the Hub although huggingface_hub's own validator refuses "--" (issue 12 item 8).
    QTest::newRow("double dash") << QStringLiteral("org--x") + (forAuthor ? QString() : QStringLiteral("/y")) << true;
    QTest::newRow("underscore first and last") << pre + QStringLiteral("_name_") << true;
    QTest::newRow("underscore alone") << pre + QStringLiteral("_") << true;
    QTest::newRow("leading double dash") << pre + QStringLiteral("--name") << false;
    QTest::newRow("tab") << pre + QStringLiteral("na\tme") << false;
    QTest::newRow("NUL") << pre + QStringLiteral("na") + QChar(0) + QStringLiteral("me") << false;
    QTest::newRow("bidi override") << pre + QStringLiteral("na\u202eme") << false;
    QTest::newRow("html") << pre + QStringLiteral("<b>x</b>") << false;
    QTest::newRow("inner double dot") << pre + QStringLiteral("a..b") << false;
    QTest::newRow("trailing dot") << pre + QStringLiteral("name.") << false;
    QTest::newRow("non-ascii") << pre + QStringLiteral("caf\u00e9") << false;
    QTest::newRow("backslash") << pre + QStringLiteral("a\\b") << false;
    QTest::newRow("newline") << pre + QStringLiteral("name\n") << false;
    QTest::newRow("leading space") << QStringLiteral(" ") + pre + QStringLiteral("name") << false;
    // huggingface_hub: "'-' and '.' cannot start or end the name"; "cannot end by '.git'".
    QTest::newRow("trailing dash") << pre + QStringLiteral("name-") << false;
    if (!forAuthor)
        QTest::newRow("ends in .git") << QStringLiteral("org/name.git") << false;
}

void TestRepoQuery::isValidRepoId_data()
{
    nameRows(false);
    QTest::newRow("legacy single name") << QStringLiteral("gpt2") << true;
    QTest::newRow("org/../x") << QStringLiteral("org/../x") << false;
    QTest::newRow("three parts") << QStringLiteral("a/b/c") << false;
    QTest::newRow("empty name") << QStringLiteral("org/") << false;
    QTest::newRow("empty org") << QStringLiteral("/name") << false;
    QTest::newRow("double slash") << QStringLiteral("org//name") << false;
    QTest::newRow("double dash in both parts") << QStringLiteral("a--b/c--d") << true;
    QTest::newRow("underscores at both ends of both parts") << QStringLiteral("_org/_name_") << true;
    QTest::newRow("org/..") << QStringLiteral("org/..") << false;
    QTest::newRow("../name") << QStringLiteral("../name") << false;
    QTest::newRow("dot dot inside with dashes") << QStringLiteral("a--b/c..d") << false;
    QTest::newRow("three parts with dashes") << QStringLiteral("a--b/c--d/e") << false;
    QTest::newRow("space around slash") << QStringLiteral("org /name") << false;
    QTest::newRow("backslash separator") << QStringLiteral("org\\name") << false;
    QTest::newRow("97-char org") << QString(97, QLatin1Char('o')) + QStringLiteral("/name") << false;
}

void TestRepoQuery::isValidRepoId()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(RepoQuery::isValidRepoId(name), valid);
}

void TestRepoQuery::isValidAuthor_data()
{
    nameRows(true);
    QTest::newRow("repo id is not an author") << QStringLiteral("org/name") << false;
    QTest::newRow("slash") << QStringLiteral("org/") << false;
}

void TestRepoQuery::isValidAuthor()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(RepoQuery::isValidAuthor(name), valid);
}

QTEST_GUILESS_MAIN(TestRepoQuery)
#include "tst_repoquery.moc"
