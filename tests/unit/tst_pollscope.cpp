// Unit tests for WatchItem and PollScope: watchlist syntax, stable scope keys, descriptions.
#include "monitor/PollScope.h"

#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace hubwatch;

class TestPollScope : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parseAccepted_data();
    void parseAccepted();
    void parseRefused_data();
    void parseRefused();
    void toStringRoundTrip_data();
    void toStringRoundTrip();
    void keyIgnoresWatchOrder();
    void fromKeyReadsTheTopN();
    void keyDistinguishesScopes();
    void describe_data();
    void describe();
};

void TestPollScope::initTestCase()
{
    // describe() is locale-aware; pin a locale with a thousands separator.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPollScope::parseAccepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<WatchItem::Type>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("model") << QStringLiteral("model:org/name") << WatchItem::Type::Model << QStringLiteral("org/name");
    QTest::newRow("legacy model") << QStringLiteral("model:gpt2") << WatchItem::Type::Model << QStringLiteral("gpt2");
    QTest::newRow("dataset") << QStringLiteral("dataset:org/ds") << WatchItem::Type::Dataset << QStringLiteral("org/ds");
    QTest::newRow("author") << QStringLiteral("author:org") << WatchItem::Type::Author << QStringLiteral("org");
    QTest::newRow("punctuation") << QStringLiteral("dataset:a.b_c-d/x.y") << WatchItem::Type::Dataset << QStringLiteral("a.b_c-d/x.y");
    QTest::newRow("case and spaces") << QStringLiteral("  Model : org/name  ") << WatchItem::Type::Model << QStringLiteral("org/name");
    QTest::newRow("upper-case type") << QStringLiteral("AUTHOR:HuggingFace") << WatchItem::Type::Author << QStringLiteral("HuggingFace");
    // Names the Hub serves that huggingface_hub's validator would refuse (issue 12 item 8).
    QTest::newRow("double dashes") << QStringLiteral("model:a--b/c--d") << WatchItem::Type::Model << QStringLiteral("a--b/c--d");
    QTest::newRow("underscores at the ends") << QStringLiteral("dataset:_org/_name_") << WatchItem::Type::Dataset
                                             << QStringLiteral("_org/_name_");
    QTest::newRow("author with double dash") << QStringLiteral("author:a--b") << WatchItem::Type::Author << QStringLiteral("a--b");
}

void TestPollScope::parseAccepted()
{
    QFETCH(QString, text);
    QFETCH(WatchItem::Type, type);
    QFETCH(QString, name);
    WatchItem item;
    QString error;
    QVERIFY2(WatchItem::parse(text, &item, &error), qPrintable(error));
    QCOMPARE(item.type, type);
    QCOMPARE(item.name, name);
}

void TestPollScope::parseRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("inMessage"); // what the message must quote
    QTest::addColumn<bool>("badType");      // the form (true) or the name (false) is wrong
    QTest::newRow("no type") << QStringLiteral("org/name") << QStringLiteral("org/name") << true;
    QTest::newRow("unknown type") << QStringLiteral("space:org/x") << QStringLiteral("space:org/x") << true;
    QTest::newRow("empty type") << QStringLiteral(":org/x") << QStringLiteral(":org/x") << true;
    QTest::newRow("empty") << QString() << QStringLiteral("model:ORG/NAME") << true;
    QTest::newRow("plural type") << QStringLiteral("models:org/x") << QStringLiteral("models:org/x") << true;
    QTest::newRow("empty name") << QStringLiteral("model:") << QStringLiteral("\"\"") << false;
    QTest::newRow("three parts") << QStringLiteral("model:a/b/c") << QStringLiteral("a/b/c") << false;
    QTest::newRow("author with slash") << QStringLiteral("author:org/name") << QStringLiteral("org/name") << false;
    QTest::newRow("path traversal") << QStringLiteral("dataset:../etc") << QStringLiteral("../etc") << false;
    QTest::newRow("second colon") << QStringLiteral("model:org/name:main") << QStringLiteral("org/name:main") << false;
    QTest::newRow("space in name") << QStringLiteral("model:org/na me") << QStringLiteral("org/na me") << false;
    QTest::newRow("query in name") << QStringLiteral("model:org/x?y=1") << QStringLiteral("org/x?y=1") << false;
    QTest::newRow("dot dot between dashes") << QStringLiteral("model:a--b/../c") << QStringLiteral("a--b/../c") << false;
}

void TestPollScope::parseRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, inMessage);
    QFETCH(bool, badType);
    WatchItem item;
    item.type = WatchItem::Type::Dataset;
    item.name = QStringLiteral("untouched");
    QString error;
    QVERIFY(!WatchItem::parse(text, &item, &error));
    QVERIFY2(error.contains(inMessage), qPrintable(error));
    // A bad form explains the syntax; a bad name says it is not a valid name.
    QCOMPARE(error.contains(QLatin1String("model:ORG/NAME")), badType);
    QCOMPARE(item.type, WatchItem::Type::Dataset);
    QCOMPARE(item.name, QStringLiteral("untouched"));
}

void TestPollScope::toStringRoundTrip_data()
{
    QTest::addColumn<WatchItem::Type>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::newRow("model") << WatchItem::Type::Model << QStringLiteral("org/name") << QStringLiteral("model:org/name");
    QTest::newRow("dataset") << WatchItem::Type::Dataset << QStringLiteral("org/ds") << QStringLiteral("dataset:org/ds");
    QTest::newRow("author") << WatchItem::Type::Author << QStringLiteral("org") << QStringLiteral("author:org");
    QTest::newRow("legacy") << WatchItem::Type::Model << QStringLiteral("gpt2") << QStringLiteral("model:gpt2");
}

void TestPollScope::toStringRoundTrip()
{
    QFETCH(WatchItem::Type, type);
    QFETCH(QString, name);
    QFETCH(QString, text);
    WatchItem item;
    item.type = type;
    item.name = name;
    QCOMPARE(item.toString(), text);
    WatchItem back;
    QString error;
    QVERIFY2(WatchItem::parse(item.toString(), &back, &error), qPrintable(error));
    QVERIFY(back == item);
}

static WatchItem w(const char *text)
{
    WatchItem item;
    QString error;
    if (!WatchItem::parse(QString::fromLatin1(text), &item, &error))
        qFatal("bad fixture %s", text);
    return item;
}

void TestPollScope::fromKeyReadsTheTopN()
{
    PollScope s;
    s.topModels = 300;
    s.topDatasets = 150;
    s.watch = {w("model:org/a")};
    PollScope back;
    QVERIFY(PollScope::fromKey(s.key(), &back));
    QCOMPARE(back.topModels, 300);
    QCOMPARE(back.topDatasets, 150);
    QVERIFY(back.watch.isEmpty());
    QCOMPARE(back.key(), s.key());
    for (const char *other : {"import:top:1/1;watch:", "top:x/1;watch:", "top:1/2", "", "top:9999999/1;watch:"})
        QVERIFY2(!PollScope::fromKey(QString::fromLatin1(other), &back), other);
}

void TestPollScope::keyIgnoresWatchOrder()
{
    QList<WatchItem> items{w("model:org/a"), w("dataset:org/b"), w("author:org"), w("model:gpt2")};
    PollScope base;
    base.watch = items;
    const QString key = base.key();
    const auto byText = [](const WatchItem &a, const WatchItem &b) { return a.toString() < b.toString(); };
    std::sort(items.begin(), items.end(), byText);
    int permutations = 0;
    do {
        PollScope s;
        s.watch = items;
        QCOMPARE(s.key(), key);
        ++permutations;
    } while (std::next_permutation(items.begin(), items.end(), byText));
    QCOMPARE(permutations, 24);
}

void TestPollScope::keyDistinguishesScopes()
{
    PollScope def;
    PollScope fewerModels;
    fewerModels.topModels = 100;
    PollScope fewerDatasets;
    fewerDatasets.topDatasets = 100;
    PollScope watchModel;
    watchModel.watch = {w("model:org")};
    PollScope watchAuthor;
    watchAuthor.watch = {w("author:org")};
    PollScope watchTwo;
    watchTwo.watch = {w("model:org"), w("author:org")};
    const QStringList keys{def.key(), fewerModels.key(), fewerDatasets.key()};
    for (int i = 0; i < keys.size(); ++i)
        for (int j = i + 1; j < keys.size(); ++j)
            QVERIFY2(keys.at(i) != keys.at(j), qPrintable(keys.at(i)));
    QCOMPARE(PollScope().key(), def.key()); // deterministic
    // The headline covers the top N only: watching repos must not start its history over.
    QCOMPARE(watchModel.key(), def.key());
    QCOMPARE(watchAuthor.key(), def.key());
    QCOMPARE(watchTwo.key(), def.key());
    QCOMPARE(def.key(), QStringLiteral("top:1000/1000;watch:")); // as histories recorded before
    QCOMPARE(watchTwo.headlineDescription(), def.describe());
}

void TestPollScope::describe_data()
{
    QTest::addColumn<int>("models");
    QTest::addColumn<int>("datasets");
    QTest::addColumn<int>("watched");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << 1000 << 1000 << 0 << QStringLiteral("top 1,000 models + 1,000 datasets");
    QTest::newRow("watched") << 1000 << 1000 << 3 << QStringLiteral("top 1,000 models + 1,000 datasets (+ 3 watched)");
    QTest::newRow("small") << 50 << 0 << 1 << QStringLiteral("top 50 models + 0 datasets (+ 1 watched)");
    QTest::newRow("large") << 12345 << 200 << 0 << QStringLiteral("top 12,345 models + 200 datasets");
}

void TestPollScope::describe()
{
    QFETCH(int, models);
    QFETCH(int, datasets);
    QFETCH(int, watched);
    QFETCH(QString, expected);
    PollScope s;
    s.topModels = models;
    s.topDatasets = datasets;
    for (int i = 0; i < watched; ++i)
        s.watch.append(w(qPrintable(QStringLiteral("model:org/m%1").arg(i))));
    QCOMPARE(s.describe(), expected);
}

QTEST_GUILESS_MAIN(TestPollScope)
#include "tst_pollscope.moc"
