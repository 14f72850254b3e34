// The single-pass list reader (issue 16 item 1): what it reads from the bytes, and that it keeps,
// skips and refuses exactly what the QJsonDocument parser it replaced does.
#include "hub/RepoListReader.h"
#include "hub/RepoParser.h"

#include <QTest>

using namespace hubwatch;

class TestRepoListReader : public QObject
{
    Q_OBJECT
private slots:
    void agreesWithDocument_data();
    void agreesWithDocument();
    void escapesAndSurrogatePairs();
    void lastOfRepeatedKeysCounts();
    void unknownNestedValuesSkipped();
    void countsBeyond2To53Exact();
    void createdAtAsDocument();
    void nestingLimitAsDocument();
    void everyTruncationRefused();
    void hubPageReadInOnePass();
};

namespace {

RepoParser::Page read(const QByteArray &body, bool *ok, RepoKind kind = RepoKind::Model)
{
    RepoParser::Page page;
    *ok = RepoListReader(kind, body).read(&page);
    return page;
}

RepoParser::Page readOk(const QByteArray &body)
{
    bool ok = false;
    RepoParser::Page page = read(body, &ok);
    if (!ok)
        qWarning("refused: %s", body.left(200).constData());
    return ok ? page : RepoParser::Page{};
}

} // namespace

// Each row: a page both parsers must treat alike (the fuzz target fuzz_repolistdiff does the same
// on generated input; these are the cases worth naming).
void TestRepoListReader::agreesWithDocument_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    const auto row = [](const char *name, const QByteArray &body, bool accepted) { QTest::newRow(name) << body << accepted; };
    row("empty array", "[]", true);
    row("spaces everywhere", " \t\r\n[ {\"id\" : \"a/b\" , \"likes\" : 3 } , 7 ] \n", true);
    row("byte order mark", "\xEF\xBB\xBF[{\"id\":\"a/b\"}]", true);
    row("bare byte order mark", "\xEF\xBB\xBF", false);
    row("empty body", "", false);
    row("object, not array", R"({"id":"a/b"})", false);
    row("garbage after", R"([{"id":"a/b"}] x)", false);
    row("trailing comma", R"([{"id":"a/b"},])", false);
    row("trailing comma in entry", R"([{"id":"a/b",}])", false);
    row("missing colon", R"([{"id" "a/b"}])", false);
    row("single quotes", R"([{'id':'a/b'}])", false);
    row("unquoted key", R"([{id:"a/b"}])", false);
    row("nul after the array", QByteArray("[]\0", 3), false);
    row("raw control characters in strings", QByteArray("[{\"id\":\"a/b\",\"pipeline_tag\":\"x\x01\x1f\x7fy\"}]"), true);
    row("unknown escape", R"([{"id":"a/b","pipeline_tag":"\q\é"}])", false);
    row("unknown escape of a byte", "[{\"id\":\"a/b\",\"pipeline_tag\":\"\\\xE9\"}]", true);
    row("short unicode escape", R"([{"id":"a/b","pipeline_tag":"\u12"}])", false);
    row("bad hex", R"([{"id":"a/b","pipeline_tag":"\u12g4"}])", false);
    row("backslash at end", "[\"\\", false);
    row("overlong UTF-8", "[{\"id\":\"a/b\",\"x\":\"\xC0\xAF\"}]", false);
    row("UTF-8 surrogate", "[{\"id\":\"a/b\",\"x\":\"\xED\xA0\x80\"}]", false);
    row("UTF-8 past U+10FFFF", "[{\"id\":\"a/b\",\"x\":\"\xF4\x90\x80\x80\"}]", false);
    row("UTF-8 non-character", "[{\"id\":\"a/b\",\"pipeline_tag\":\"\xEF\xBF\xBE\"}]", true);
    row("lone continuation byte", "[{\"id\":\"a/b\",\"x\":\"\x80\"}]", false);
    row("cut UTF-8 sequence", "[{\"id\":\"a/b\",\"x\":\"\xE4\xB8\"}]", false);
    row("true and false and null", R"([{"id":"a/b","a":true,"b":false,"c":null}])", true);
    row("literal misspelt", R"([{"id":"a/b","a":nul}])", false);
    row("literal in capitals", R"([{"id":"a/b","a":True}])", false);
    row("number forms", R"([{"id":"a/b","x":[-0,0.5,1.,.5,-.5,1e5,1E+2,2e-3,1.000]}])", true);
    row("leading zero", R"([{"id":"a/b","likes":01}])", false);
    row("plus sign", R"([{"id":"a/b","likes":+1}])", false);
    row("bare minus", R"([{"id":"a/b","likes":-}])", false);
    row("exponent without digits", R"([{"id":"a/b","likes":1e}])", false);
    row("1e400", R"([{"id":"a/b","likes":1e400}])", false);
    row("number at the very end", "[1", false);
    row("hex number", R"([{"id":"a/b","likes":0x10}])", false);
    row("counts from doubles", R"([{"id":"a/b","likes":1e5,"downloads":2.0,"downloadsAllTime":-0.0}])", true);
    row("fraction", R"([{"id":"a/b","likes":2.5}])", true);
    row("beyond qint64", R"([{"id":"a/b","likes":9223372036854775808}])", true);
    row("huge integer", R"([{"id":"a/b","likes":123456789012345678901234567890}])", true);
    row("negative", R"([{"id":"a/b","likes":-1}])", true);
    row("integral fraction beyond 2^53", R"([{"id":"a/b","likes":9007199254740993.0}])", true);
    row("not objects", R"([1,"a",null,true,[{"id":"a/b"}]])", true);
    row("ids of every type", R"([{"id":null},{"id":1},{"id":[]},{"id":{}},{"id":false},{}])", true);
    row("keys escaped", R"([{"\u0069d":"a\/b","\u006Cikes":"x"}])", true);
    row("key with a NUL", R"([{"id\u0000":"a/b"}])", true);
    row("gated forms",
        R"([{"id":"a/1","gated":"auto"},{"id":"a/2","gated":"\u006Danual"},{"id":"a/3","gated":"Auto"},{"id":"a/4","gated":0}])", true);
    row("cardData forms",
        R"([{"id":"a/1","cardData":{"license":["mit"]}},{"id":"a/2","cardData":{"license":[]}},{"id":"a/3","cardData":{"license":[1,"x"]}},{"id":"a/4","cardData":"mit"},{"id":"a/5","cardData":{"license":{"a":1}}},{"id":"a/6","tags":["license:"],"cardData":{"license":"mit"}}])",
        true);
    row("siblings forms",
        R"([{"id":"a/1","siblings":[{"rfilename":"x","size":3}]},{"id":"a/2","siblings":[{}]},{"id":"a/3","siblings":[{"rfilename":1,"rfilename":"y"}]},{"id":"a/4","siblings":[[]]}])",
        true);
    row("createdAt forms",
        R"([{"id":"a/1","createdAt":"2023-04-05T24:00:00.000Z"},{"id":"a/2","createdAt":"2023-02-30T00:00:00.000Z"},{"id":"a/3","createdAt":"2023-04-05 06:07:08,5+02:00"},{"id":"a/4","createdAt":"0000-01-01T00:00:00.000Z"},{"id":"a/5","createdAt":""},{"id":"a/6","createdAt":"2023-04-05T06:07:60.000Z"},{"id":"a/7","createdAt":"\u0032023-04-05T06:07:08.000Z"}])",
        true);
    row("several faults, first reported", R"([{"id":"a/b","tags":3,"likes":-1,"gated":"x"}])", true);
}

void TestRepoListReader::agreesWithDocument()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    bool ok = false;
    const RepoParser::Page fast = read(body, &ok);
    const auto reference = RepoParser::parseListWithDocument(RepoKind::Model, body, QStringLiteral("test"));
    QCOMPARE(reference.ok(), accepted); // the row says what QJsonDocument does
    QCOMPARE(ok, accepted);
    if (!accepted)
        return;
    QCOMPARE(fast.repos.size(), reference.value.repos.size());
    for (qsizetype i = 0; i < fast.repos.size(); ++i)
        QVERIFY2(fast.repos.at(i) == reference.value.repos.at(i), qPrintable(fast.repos.at(i).id));
    QCOMPARE(fast.skipped, reference.value.skipped);
    QCOMPARE(fast.skips.size(), reference.value.skips.size());
    for (qsizetype i = 0; i < fast.skips.size(); ++i) {
        QCOMPARE(fast.skips.at(i).id, reference.value.skips.at(i).id);
        QCOMPARE(fast.skips.at(i).reason, reference.value.skips.at(i).reason);
    }
}

void TestRepoListReader::escapesAndSurrogatePairs()
{
    const RepoParser::Page p =
        readOk(R"([{"id":"org\/n\u0061me","pipeline_tag":"\ud83d\ude00 \"q\" \\ \/ \b\f\n\r\t end","library_name":"\ud800x\udc00",)"
               R"("tags":["caf\u00e9","license:\u004dIT","z\u0000z"]}])");
    QCOMPARE(p.repos.size(), 1);
    const RepoStats &r = p.repos.at(0);
    QCOMPARE(r.id, QStringLiteral("org/name"));
    // A pair is one character; control characters are dropped; a lone surrogate becomes U+FFFD.
    QCOMPARE(r.pipelineTag, QString::fromUtf8("\xF0\x9F\x98\x80 \"q\" \\ /  end"));
    QCOMPARE(r.libraryName, QString(QChar(QChar::ReplacementCharacter)) + QLatin1Char('x') + QChar(QChar::ReplacementCharacter));
    QCOMPARE(r.tags, (QStringList{QString::fromUtf8("caf\xC3\xA9"), QStringLiteral("license:MIT"), QStringLiteral("zz")}));
    QCOMPARE(r.license, QStringLiteral("MIT"));
}

// QJsonObject keeps the last of repeated keys; so does the reader, also when the first was wrong.
void TestRepoListReader::lastOfRepeatedKeysCounts()
{
    const RepoParser::Page p =
        readOk(R"([{"id":"bad id","downloads":"x","tags":[1],"gated":"weird","id":"a--b/_c_","downloads":5,"tags":["t"],)"
               R"("gated":"manual","cardData":{"license":"x"},"cardData":{"license":"y","license":["z"]}},)"
               R"({"id":"a/ok","likes":3,"likes":-1}])");
    QCOMPARE(p.repos.size(), 1);
    const RepoStats &r = p.repos.at(0);
    QCOMPARE(r.id, QStringLiteral("a--b/_c_"));
    QCOMPARE(r.downloads30d, qint64(5));
    QCOMPARE(r.tags, QStringList{QStringLiteral("t")});
    QCOMPARE(r.gated, GatedState::Manual);
    QCOMPARE(r.license, QStringLiteral("z"));
    QCOMPARE(p.skipped, 1);
    QCOMPARE(p.skips.at(0).id, QStringLiteral("\"a/ok\""));
    QCOMPARE(p.skips.at(0).reason, RepoParser::SkipReason::BadLikes);
}

void TestRepoListReader::unknownNestedValuesSkipped()
{
    const RepoParser::Page p =
        readOk(R"([{"config":{"a":[1,{"id":"x/y","downloads":"]}","b":[[],{}]}],"c":{"d":null}},"id":"a/b",)"
               R"("widgetData":[{"text":"{\"id\":\"z/z\"}"}],"downloads":4,"siblings":[{"rfilename":"m.bin","meta":{"x":[1]}}]}])");
    QCOMPARE(p.repos.size(), 1);
    QCOMPARE(p.skipped, 0);
    QCOMPARE(p.repos.at(0).id, QStringLiteral("a/b"));
    QCOMPARE(p.repos.at(0).downloads30d, qint64(4));
    QCOMPARE(p.repos.at(0).siblings, QStringList{QStringLiteral("m.bin")});
}

void TestRepoListReader::countsBeyond2To53Exact()
{
    const RepoParser::Page p =
        readOk(R"([{"id":"a/1","downloadsAllTime":9007199254740993,"downloads":9223372036854775807,"likes":999999999999999999},)"
               R"({"id":"a/2","downloadsAllTime":9223372036854775808},{"id":"a/3","downloads":1e5,"likes":-0}])");
    QCOMPARE(p.repos.size(), 2);
    QCOMPARE(p.repos.at(0).downloadsAllTime, Q_INT64_C(9007199254740993));
    QCOMPARE(p.repos.at(0).downloads30d, std::numeric_limits<qint64>::max());
    QCOMPARE(p.repos.at(0).likes, Q_INT64_C(999999999999999999));
    QCOMPARE(p.repos.at(1).downloads30d, qint64(100000));
    QCOMPARE(p.repos.at(1).likes, qint64(0));
    QCOMPARE(p.skips.value(0).reason, RepoParser::SkipReason::BadDownloadsAllTime);
}

// The reader reads the Hub's own date form itself (QDateTime::fromString is slow); over every edge
// of that form it must keep and skip what QDateTime::fromString keeps and skips, to the millisecond.
void TestRepoListReader::createdAtAsDocument()
{
    QByteArrayList dates;
    for (const char *year : {"0000", "0001", "0999", "1582", "1900", "2000", "2023", "2024", "9999"})
        for (int month = 0; month <= 13; ++month)
            for (const int day : {0, 1, 28, 29, 30, 31, 32})
                dates << QByteArray(year) + '-' + QByteArray::number(month).rightJustified(2, '0') + '-'
                        + QByteArray::number(day).rightJustified(2, '0') + "T12:34:56.789Z";
    for (const char *h : {"00", "23", "24", "25"})
        for (const char *m : {"00", "59", "60"})
            for (const char *sec : {"00", "59", "60"})
                for (const char *ms : {"000", "999"})
                    dates << "2024-02-29T" + QByteArray(h) + ':' + m + ':' + sec + '.' + ms + 'Z';
    QByteArray body = "[";
    for (qsizetype i = 0; i < dates.size(); ++i)
        body += (i ? "," : "") + QByteArray(R"({"id":"d/)") + QByteArray::number(i) + R"(","createdAt":")" + dates.at(i) + "\"}";
    body += ']';
    bool ok = false;
    const RepoParser::Page fast = read(body, &ok);
    QVERIFY(ok);
    const auto reference = RepoParser::parseListWithDocument(RepoKind::Model, body, QString());
    QCOMPARE(fast.repos.size() + fast.skipped, dates.size());
    QCOMPARE(fast.skipped, reference.value.skipped);
    QVERIFY(fast.skipped > 0 && !fast.repos.isEmpty()); // both kinds of row were met
    QCOMPARE(fast.repos.size(), reference.value.repos.size());
    for (qsizetype i = 0; i < fast.repos.size(); ++i) {
        const QDateTime a = fast.repos.at(i).createdAt, b = reference.value.repos.at(i).createdAt;
        QVERIFY2(a == b && a.timeSpec() == Qt::UTC, qPrintable(fast.repos.at(i).id + QLatin1Char(' ') + a.toString(Qt::ISODateWithMs)));
    }
}

// QJsonDocument refuses more than 1024 nested arrays and objects; so does the reader (a page
// that one accepts and the other refuses would be a poll that depends on the parser).
void TestRepoListReader::nestingLimitAsDocument()
{
    for (const int depth : {1022, 1023, 1024}) { // plus the page's array and the entry's object
        const QByteArray body = R"([{"id":"a/b","x":)" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}]";
        bool ok = false;
        const RepoParser::Page p = read(body, &ok);
        const bool documentOk = RepoParser::parseListWithDocument(RepoKind::Model, body, QString()).ok();
        QCOMPARE(ok, documentOk);
        QCOMPARE(ok, depth <= 1022);
        if (ok)
            QCOMPARE(p.repos.size(), 1);
    }
}

// A page cut anywhere is refused, never read as a shorter page.
void TestRepoListReader::everyTruncationRefused()
{
    const QByteArray body =
        R"([{"id":"a/b","downloads":12,"tags":["x","license:mit"],"gated":false,"createdAt":"2023-04-05T06:07:08.000Z",)"
        R"("cardData":{"license":["y"]},"siblings":[{"rfilename":"a\u00e9"}],"n":null,"t":true,"f":-1.5e3}] )";
    QVERIFY(readOk(body).repos.size() == 1);
    for (qsizetype n = 0; n < body.size() - 1; ++n) {
        bool ok = true;
        read(body.left(n), &ok);
        QVERIFY2(!ok, qPrintable(QStringLiteral("accepted when cut after %1 bytes").arg(n)));
    }
}

// The Hub's own page shape, through RepoParser::parseList: read by the reader, not by the fallback.
void TestRepoListReader::hubPageReadInOnePass()
{
    const QByteArray body =
        R"([{"_id":"65a1","id":"org/model-1","author":"org","modelId":"org/model-1","sha":"0123","createdAt":"2023-04-05T06:07:08.000Z",)"
        R"("lastModified":"2024-02-03T04:05:06.000Z","private":false,"disabled":false,"gated":false,"downloads":5119,)"
        R"("downloadsAllTime":123456789012,"likes":578,"trendingScore":3,"pipeline_tag":"text-generation",)"
        R"("library_name":"transformers","tags":["transformers","license:apache-2.0","region:us"]}])";
    bool ok = false;
    const RepoParser::Page p = read(body, &ok, RepoKind::Dataset);
    QVERIFY(ok);
    QCOMPARE(p.repos.size(), 1);
    const RepoStats &r = p.repos.at(0);
    QCOMPARE(r.kind, RepoKind::Dataset);
    QCOMPARE(r.downloadsAllTime, Q_INT64_C(123456789012));
    QCOMPARE(r.downloads30d, qint64(5119));
    QCOMPARE(r.likes, qint64(578));
    QCOMPARE(r.pipelineTag, QStringLiteral("text-generation"));
    QCOMPARE(r.libraryName, QStringLiteral("transformers"));
    QCOMPARE(r.license, QStringLiteral("apache-2.0"));
    QCOMPARE(r.gated, GatedState::Open);
    QCOMPARE(r.createdAt, QDateTime(QDate(2023, 4, 5), QTime(6, 7, 8), Qt::UTC));
    QCOMPARE(r.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(RepoParser::parseList(RepoKind::Dataset, body, QString()).value.repos, p.repos);
}

QTEST_GUILESS_MAIN(TestRepoListReader)
#include "tst_repolistreader.moc"
