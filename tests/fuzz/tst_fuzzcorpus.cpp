// Every input of the committed fuzz corpus (tests/fuzz/corpus/TARGET/), replayed through the
// same target functions and invariants as the fuzzers, in the ordinary gcc build; and each
// finding of the fuzzers as a named case, with the behaviour its fix gives.
#include "FuzzTargets.h"

#include <QDirIterator>
#include <QTest>

#include <functional>

using namespace hubwatch;
using std::chrono::seconds;

class TestFuzzCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpusKeepsItsInvariants_data();
    void corpusKeepsItsInvariants();
    void retryAfterAtIntMaxDoesNotWrap();
};

void TestFuzzCorpus::corpusKeepsItsInvariants_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    int files = 0;
    for (const char *target : {"repoparser", "repolistdiff", "linkheader", "ratelimit", "import"}) {
        QDirIterator it(QStringLiteral(HUBWATCH_FUZZ_CORPUS "/") + QLatin1String(target), QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::addRow("%s/%s", target, qPrintable(it.fileName())) << QString::fromLatin1(target) << path;
            ++files;
        }
    }
    if (files < 16)
        qFatal("the fuzz corpus is missing: %d files", files);
}

void TestFuzzCorpus::corpusKeepsItsInvariants()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    static const QHash<QString, std::function<bool(const QByteArray &)>> targets{
        {QStringLiteral("repoparser"), fuzz::repoParser}, {QStringLiteral("repolistdiff"), fuzz::repoListDiff},
        {QStringLiteral("linkheader"), fuzz::linkHeader}, {QStringLiteral("ratelimit"), fuzz::rateLimit},
        {QStringLiteral("import"), fuzz::historyImport},
    };
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(targets.value(target)(file.readAll()));
}

// fuzz_ratelimit: `RateLimit: r=0;t=2147483647` made waitFor429 compute t + 1 in int, which
// overflowed (undefined; in practice a negative wait, read as "the headers do not say", so the
// 429 was retried after a short backoff instead of being reported with its far-off reset).
void TestFuzzCorpus::retryAfterAtIntMaxDoesNotWrap()
{
    QCOMPARE(RateLimitState::waitFor429("\"api\";r=0;t=2147483647", QByteArray()), seconds(Q_INT64_C(2147483648)));
    QCOMPARE(RateLimitState::waitFor429("\"api\";r=0;t=7", QByteArray()), seconds(8));
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
