// Unit tests for RepoParser: strict about types, exact about counts, lenient about absence.
#include "hub/RepoParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace hubwatch;

class TestRepoParser : public QObject
{
    Q_OBJECT
private slots:
    void validPage();
    void exactCounts_data();
    void exactCounts();
    void wrongTypesSkipped_data();
    void wrongTypesSkipped();
    void idsTheHubServes_data();
    void idsTheHubServes();
    void skippedEntriesNamedInTheLog();
    void skippedEntriesLogCapped();
    void missingOptionalFields();
    void gated_data();
    void gated();
    void license_data();
    void license();
    void createdAt_data();
    void createdAt();
    void malformedJson_data();
    void malformedJson();
    void notAnArray_data();
    void notAnArray();
    void parseSingle();
    void parseSingleErrors_data();
    void parseSingleErrors();
};

static const QString kWhere = QStringLiteral("GET /api/models page 3");

void TestRepoParser::validPage()
{
    const QByteArray body = R"([
      {"_id":"6909aa","id":"org/name","likes":578,"trendingScore":580,"private":false,"downloads":5119,
       "downloadsAllTime":123456789012,"tags":["transformers","license:apache-2.0","text-generation"],
       "pipeline_tag":"text-generation","library_name":"transformers","createdAt":"2025-11-04T08:25:31.000Z",
       "modelId":"org/name","gated":"manual","siblings":[{"rfilename":"config.json"},{"rfilename":"model.safetensors"}]},
      {"_id":"6909ab","id":"gpt2","downloads":0,"likes":0,"gated":false}
    ])";
    const HubResult<RepoParser::Page> r = RepoParser::parseList(RepoKind::Model, body, kWhere);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.value.skipped, 0);
    QCOMPARE(r.value.repos.size(), 2);
    const RepoStats &a = r.value.repos.at(0);
    QCOMPARE(a.kind, RepoKind::Model);
    QCOMPARE(a.id, QStringLiteral("org/name"));
    QCOMPARE(a.key(), QStringLiteral("model:org/name"));
    QCOMPARE(a.downloads30d, qint64(5119));
    QCOMPARE(a.downloadsAllTime, qint64(123456789012));
    QCOMPARE(a.likes, qint64(578));
    QCOMPARE(a.pipelineTag, QStringLiteral("text-generation"));
    QCOMPARE(a.libraryName, QStringLiteral("transformers"));
    QCOMPARE(a.tags,
             (QStringList{QStringLiteral("transformers"), QStringLiteral("license:apache-2.0"), QStringLiteral("text-generation")}));
    QCOMPARE(a.createdAt, QDateTime(QDate(2025, 11, 4), QTime(8, 25, 31), Qt::UTC));
    QCOMPARE(a.gated, GatedState::Manual);
    QCOMPARE(a.license, QStringLiteral("apache-2.0"));
    QCOMPARE(a.siblings, (QStringList{QStringLiteral("config.json"), QStringLiteral("model.safetensors")}));
    const RepoStats &b = r.value.repos.at(1);
    QCOMPARE(b.id, QStringLiteral("gpt2"));
    QCOMPARE(b.downloads30d, qint64(0));
    QCOMPARE(b.likes, qint64(0));
    QCOMPARE(b.downloadsAllTime, RepoStats::Unknown);

    const auto ds = RepoParser::parseList(RepoKind::Dataset, R"([{"id":"org/ds","downloads":3}])", kWhere);
    QVERIFY(ds.ok());
    QCOMPARE(ds.value.repos.value(0).kind, RepoKind::Dataset);
    QCOMPARE(ds.value.repos.value(0).key(), QStringLiteral("dataset:org/ds"));

    const auto empty = RepoParser::parseList(RepoKind::Model, "[]", kWhere);
    QVERIFY(empty.ok());
    QVERIFY(empty.value.repos.isEmpty());
    QCOMPARE(empty.value.skipped, 0);
}

// Qt 6.4 parses an integer literal that fits in qint64 exactly (2^53+1 and INT64_MAX included);
// anything else becomes a double, which must be refused rather than rounded.
void TestRepoParser::exactCounts_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("0") << QByteArray("0") << true << qint64(0);
    QTest::newRow("5119") << QByteArray("5119") << true << qint64(5119);
    QTest::newRow("2^53") << QByteArray("9007199254740992") << true << qint64(9007199254740992);
    QTest::newRow("2^53+1") << QByteArray("9007199254740993") << true << qint64(9007199254740993);
    QTest::newRow("INT64_MAX") << QByteArray("9223372036854775807") << true << qint64(9223372036854775807);
    QTest::newRow("INT64_MAX+1") << QByteArray("9223372036854775808") << false << qint64(0);
    QTest::newRow("2^64") << QByteArray("18446744073709551616") << false << qint64(0);
    QTest::newRow("-1") << QByteArray("-1") << false << qint64(0);
    QTest::newRow("1.5") << QByteArray("1.5") << false << qint64(0);
    // Not covered: "9007199254740993.0". Qt 6.4's JSON parser folds an integral literal with a
    // fraction into the nearest integer before the parser can see it; the Hub writes counts as
    // integer literals, which are exact (rows above).
}

void TestRepoParser::exactCounts()
{
    QFETCH(QByteArray, literal);
    QFETCH(bool, accepted);
    QFETCH(qint64, expected);
    for (const char *field : {"downloads", "downloadsAllTime", "likes"}) {
        const QByteArray body = "[{\"id\":\"org/x\",\"" + QByteArray(field) + "\":" + literal + "}]";
        const auto r = RepoParser::parseList(RepoKind::Model, body, kWhere);
        QVERIFY(r.ok());
        QCOMPARE(r.value.repos.size() + r.value.skipped, 1);
        const RepoStats s = r.value.repos.value(0);
        const qint64 got = qstrcmp(field, "downloads") == 0 ? s.downloads30d : qstrcmp(field, "likes") == 0 ? s.likes : s.downloadsAllTime;
        if (!accepted) {
            QVERIFY2(r.value.skipped == 1,
                     qPrintable(
                         QStringLiteral("%1 = %2 was read as %3, not skipped").arg(QLatin1String(field), QLatin1String(literal)).arg(got)));
            continue;
        }
        QCOMPARE(r.value.skipped, 0);
        QCOMPARE(got, expected);
    }
}

void TestRepoParser::wrongTypesSkipped_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::newRow("downloads as string") << QByteArray(R"({"id":"b/x","downloads":"5"})");
    QTest::newRow("downloads as bool") << QByteArray(R"({"id":"b/x","downloads":true})");
    QTest::newRow("downloadsAllTime as object") << QByteArray(R"({"id":"b/x","downloadsAllTime":{}})");
    QTest::newRow("likes negative") << QByteArray(R"({"id":"b/x","likes":-3})");
    QTest::newRow("downloads fractional") << QByteArray(R"({"id":"b/x","downloads":1.5})");
    QTest::newRow("id as number") << QByteArray(R"({"id":42,"downloads":1})");
    QTest::newRow("id missing") << QByteArray(R"({"modelId":"b/x","downloads":1})");
    QTest::newRow("id empty") << QByteArray(R"({"id":"","downloads":1})");
    QTest::newRow("id null") << QByteArray(R"({"id":null})");
    QTest::newRow("id 257 chars") << QByteArray("{\"id\":\"" + QByteArray(257, 'a') + "\"}");
    QTest::newRow("tags not an array") << QByteArray(R"({"id":"b/x","tags":"license:mit"})");
    QTest::newRow("tag not a string") << QByteArray(R"({"id":"b/x","tags":["ok",3]})");
    QTest::newRow("gated weird") << QByteArray(R"({"id":"b/x","gated":"weird"})");
    QTest::newRow("gated number") << QByteArray(R"({"id":"b/x","gated":1})");
    QTest::newRow("createdAt unparsable") << QByteArray(R"({"id":"b/x","createdAt":"yesterday"})");
    QTest::newRow("createdAt number") << QByteArray(R"({"id":"b/x","createdAt":1730708731})");
    QTest::newRow("pipeline_tag number") << QByteArray(R"({"id":"b/x","pipeline_tag":5})");
    QTest::newRow("library_name array") << QByteArray(R"({"id":"b/x","library_name":["x"]})");
    QTest::newRow("siblings not an array") << QByteArray(R"({"id":"b/x","siblings":{"rfilename":"a"}})");
    QTest::newRow("sibling without rfilename") << QByteArray(R"({"id":"b/x","siblings":[{"name":"a"}]})");
    QTest::newRow("sibling rfilename number") << QByteArray(R"({"id":"b/x","siblings":[{"rfilename":1}]})");
    QTest::newRow("sibling not an object") << QByteArray(R"({"id":"b/x","siblings":["config.json"]})");
    QTest::newRow("entry is a number") << QByteArray("7");
    QTest::newRow("entry is a string") << QByteArray(R"("b/x")");
    QTest::newRow("entry is an array") << QByteArray(R"([{"id":"b/x"}])");
    QTest::newRow("entry is null") << QByteArray("null");
}

void TestRepoParser::wrongTypesSkipped()
{
    QFETCH(QByteArray, bad);
    const QByteArray body = R"([{"id":"a/one","downloads":1},)" + bad + R"(,{"id":"c/three","downloads":3}])";
    const auto r = RepoParser::parseList(RepoKind::Model, body, kWhere);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.value.skipped, 1);
    QCOMPARE(r.value.repos.size(), 2);
    QCOMPARE(r.value.repos.at(0).id, QStringLiteral("a/one"));
    QCOMPARE(r.value.repos.at(1).id, QStringLiteral("c/three"));
    QCOMPARE(r.value.repos.at(1).downloads30d, qint64(3));
}

// Issue 12 item 8: every id the Hub serves is kept ("--", '_' at either end), hostile ones still
// are not.
void TestRepoParser::idsTheHubServes_data()
{
    QTest::addColumn<QByteArray>("id"); // as written in the JSON string
    QTest::addColumn<bool>("kept");
    QTest::newRow("double dashes") << QByteArray("a--b/c--d") << true;
    QTest::newRow("underscores at the ends") << QByteArray("_org/_name_") << true;
    QTest::newRow("legacy with double dash") << QByteArray("gpt--2") << true;
    QTest::newRow("escaped slash") << QByteArray(R"(a--b\/c)") << true;
    QTest::newRow("path traversal") << QByteArray("a--b/../c") << false;
    QTest::newRow("dot dot name") << QByteArray("org/..") << false;
    QTest::newRow("three parts") << QByteArray("a--b/c--d/e") << false;
    QTest::newRow("leading dash") << QByteArray("-org/name") << false;
    QTest::newRow("space") << QByteArray("org/na me") << false;
    QTest::newRow("html") << QByteArray("org/<b>x</b>") << false;
    QTest::newRow("escaped NUL") << QByteArray(R"(org/na\u0000me)") << false;
    QTest::newRow("bidi override") << QByteArray(R"(org/na\u202eme)") << false;
    QTest::newRow("97-char name") << QByteArray("org/" + QByteArray(97, 'n')) << false;
}

void TestRepoParser::idsTheHubServes()
{
    QFETCH(QByteArray, id);
    QFETCH(bool, kept);
    if (!kept)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^skipped an entry of ")));
    const QByteArray body = R"([{"id":")" + id + R"(","downloads":7}])";
    const auto r = RepoParser::parseList(RepoKind::Model, body, kWhere);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.value.repos.size(), kept ? 1 : 0);
    QCOMPARE(r.value.skipped, kept ? 0 : 1);
    if (kept) {
        QCOMPARE(r.value.repos.at(0).id, QJsonDocument::fromJson("[\"" + id + "\"]").array().at(0).toString());
        QCOMPARE(r.value.repos.at(0).downloads30d, qint64(7));
    } else {
        QCOMPARE(r.value.skips.value(0).reason, RepoParser::SkipReason::InvalidId);
    }
}

// A skipped entry is named in the log with its id (printable, escaped, cut short) and the reason,
// not only counted (issue 12 item 8).
void TestRepoParser::skippedEntriesNamedInTheLog()
{
    const QByteArray longId = "org/" + QByteArray(300, 'x') + "\\u001b[31m";
    const QByteArray body = R"([{"id":"ok/one"},)"
                            R"({"id":"org/bad","downloads":"5"},)"
                            R"({"id":"org/<img src=x>\u202e\n"},)"
                            R"({"id":")"
        + longId
        + R"("},)"
          R"({"id":42},)"
          R"({"modelId":"org/x"},)"
          R"({"id":"org/t","tags":["a",1]},)"
          R"("just a string"])";
    const QString where = QRegularExpression::escape(kWhere);
    const auto expect = [&where](const QString &id, const char *reason) {
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("^skipped an entry of %1 with id %2 because %3$")
                                   .arg(where, QRegularExpression::escape(id), QRegularExpression::escape(QLatin1String(reason)))));
    };
    expect(QStringLiteral("\"org/bad\""), "downloads is not an exact non-negative integer");
    expect(QStringLiteral("\"org/<img src=x>\\u202e\\u000a\""), "the id is not a name the Hub issues");
    expect(QStringLiteral("\"org/") + QString(60, QLatin1Char('x')) + QStringLiteral("\"... (309 characters)"),
           "the id is not a name the Hub issues");
    expect(QStringLiteral("(a number)"), "the id is not a string");
    expect(QStringLiteral("(no id)"), "the entry has no id");
    expect(QStringLiteral("\"org/t\""), "tags is not an array of strings");
    expect(QStringLiteral("(not an object)"), "the entry is not a JSON object");
    const auto r = RepoParser::parseList(RepoKind::Model, body, kWhere);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.value.repos.size(), 1);
    QCOMPARE(r.value.skipped, 7);
    QCOMPARE(r.value.skips.size(), 7);
    QCOMPARE(r.value.skips.at(0).reason, RepoParser::SkipReason::BadDownloads);
    QCOMPARE(r.value.skips.at(6).reason, RepoParser::SkipReason::NotAnObject);
}

// A hostile page of thousands of bad entries names a few, then counts the rest in one line.
void TestRepoParser::skippedEntriesLogCapped()
{
    QByteArray body = "[";
    for (int i = 0; i < 500; ++i)
        body += (i ? "," : "") + QByteArray(R"({"id":"bad/)") + QByteArray::number(i) + R"(","likes":-1})";
    body += ']';
    int named = 0, summarised = 0;
    static QStringList *seen = nullptr;
    QStringList lines;
    seen = &lines;
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) { seen->append(m); });
    const auto r = RepoParser::parseList(RepoKind::Model, body, kWhere);
    qInstallMessageHandler(previous);
    seen = nullptr;
    QCOMPARE(r.value.skipped, 500);
    for (const QString &line : std::as_const(lines)) {
        named += line.startsWith(QLatin1String("skipped an entry of"));
        summarised += line == QStringLiteral("skipped 480 more malformed entries of ") + kWhere;
    }
    QCOMPARE(named, 20);
    QCOMPARE(summarised, 1);
    QCOMPARE(lines.size(), 21);
    QVERIFY2(lines.first().contains(QLatin1String("\"bad/0\" because likes is not")), qPrintable(lines.first()));
}

void TestRepoParser::missingOptionalFields()
{
    for (const QByteArray &entry :
         {QByteArray(R"({"id":"org/x"})"), QByteArray(R"({"id":"org/x","downloads":null,"downloadsAllTime":null,"likes":null,
                                                  "pipeline_tag":null,"library_name":null,"tags":null,"createdAt":null,
                                                  "gated":null,"siblings":null,"cardData":null})")}) {
        const auto r = RepoParser::parseList(RepoKind::Model, "[" + entry + "]", kWhere);
        QVERIFY(r.ok());
        QCOMPARE(r.value.skipped, 0);
        QCOMPARE(r.value.repos.size(), 1);
        const RepoStats &s = r.value.repos.at(0);
        QCOMPARE(s.id, QStringLiteral("org/x"));
        QCOMPARE(s.downloads30d, RepoStats::Unknown);
        QCOMPARE(s.downloadsAllTime, RepoStats::Unknown);
        QCOMPARE(s.likes, RepoStats::Unknown);
        QVERIFY(s.pipelineTag.isEmpty());
        QVERIFY(s.libraryName.isEmpty());
        QVERIFY(s.tags.isEmpty());
        QVERIFY(!s.createdAt.isValid());
        QCOMPARE(s.gated, GatedState::Open);
        QVERIFY(s.license.isEmpty());
        QVERIFY(s.siblings.isEmpty());
    }
}

void TestRepoParser::gated_data()
{
    QTest::addColumn<QByteArray>("field"); // empty: absent
    QTest::addColumn<GatedState>("expected");
    QTest::newRow("absent") << QByteArray() << GatedState::Open;
    QTest::newRow("false") << QByteArray(R"(,"gated":false)") << GatedState::Open;
    QTest::newRow("null") << QByteArray(R"(,"gated":null)") << GatedState::Open;
    QTest::newRow("auto") << QByteArray(R"(,"gated":"auto")") << GatedState::Auto;
    QTest::newRow("true") << QByteArray(R"(,"gated":true)") << GatedState::Auto;
    QTest::newRow("manual") << QByteArray(R"(,"gated":"manual")") << GatedState::Manual;
}

void TestRepoParser::gated()
{
    QFETCH(QByteArray, field);
    QFETCH(GatedState, expected);
    const auto r = RepoParser::parseList(RepoKind::Model, R"([{"id":"o/x")" + field + "}]", kWhere);
    QCOMPARE(r.value.repos.size(), 1);
    QCOMPARE(r.value.repos.at(0).gated, expected);
}

void TestRepoParser::license_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tag") << QByteArray(R"("tags":["a","license:mit","b"])") << QStringLiteral("mit");
    QTest::newRow("cardData string") << QByteArray(R"("cardData":{"license":"apache-2.0"})") << QStringLiteral("apache-2.0");
    QTest::newRow("cardData array") << QByteArray(R"("cardData":{"license":["cc-by-4.0","mit"]})") << QStringLiteral("cc-by-4.0");
    QTest::newRow("tag before cardData") << QByteArray(R"("tags":["license:mit"],"cardData":{"license":"other"})") << QStringLiteral("mit");
    QTest::newRow("none") << QByteArray(R"("tags":["licensed"])") << QString();
    QTest::newRow("cardData without license") << QByteArray(R"("cardData":{"language":"en"})") << QString();
    QTest::newRow("cardData empty array") << QByteArray(R"("cardData":{"license":[]})") << QString();
}

void TestRepoParser::license()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, expected);
    const auto r = RepoParser::parseList(RepoKind::Dataset, R"([{"id":"o/x",)" + fields + "}]", kWhere);
    QCOMPARE(r.value.repos.size(), 1);
    QCOMPARE(r.value.repos.at(0).license, expected);
}

void TestRepoParser::createdAt_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("hub form, ms and Z") << QByteArray("2025-11-04T08:25:31.000Z");
    QTest::newRow("no ms") << QByteArray("2025-11-04T08:25:31Z");
    QTest::newRow("offset") << QByteArray("2025-11-04T10:25:31.000+02:00");
}

void TestRepoParser::createdAt()
{
    QFETCH(QByteArray, text);
    const auto r = RepoParser::parseList(RepoKind::Model, R"([{"id":"o/x","createdAt":")" + text + "\"}]", kWhere);
    QCOMPARE(r.value.repos.size(), 1);
    const QDateTime t = r.value.repos.at(0).createdAt;
    QCOMPARE(t, QDateTime(QDate(2025, 11, 4), QTime(8, 25, 31), Qt::UTC));
    QCOMPARE(t.timeSpec(), Qt::UTC);
}

void TestRepoParser::malformedJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("offset"); // where Qt 6.4 reports the break
    QTest::newRow("empty body") << QByteArray() << 0;
    QTest::newRow("missing separator") << QByteArray(R"([{"id":"a"} x])") << 13;
    QTest::newRow("unterminated array") << QByteArray("[1,2,") << 5;
    QTest::newRow("html error page") << QByteArray("<html>502 Bad Gateway</html>") << 1;
    QTest::newRow("truncated string") << QByteArray(R"([{"id":"org/na)") << -1;
}

void TestRepoParser::malformedJson()
{
    QFETCH(QByteArray, body);
    QFETCH(int, offset);
    QJsonParseError perr;
    QJsonDocument::fromJson(body, &perr);
    QVERIFY(perr.error != QJsonParseError::NoError);
    if (offset >= 0)
        QCOMPARE(perr.offset, offset);
    const auto r = RepoParser::parseList(RepoKind::Model, body, kWhere);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind(), HubError::Kind::Malformed);
    QVERIFY(r.value.repos.isEmpty());
    const QString detail = r.error.detail();
    QVERIFY2(detail.contains(QStringLiteral("byte %1").arg(perr.offset)), qPrintable(detail));
    QVERIFY2(detail.contains(kWhere), qPrintable(detail));
}

void TestRepoParser::notAnArray_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("error object") << QByteArray(R"({"error":"Invalid username or password."})");
    QTest::newRow("single repo object") << QByteArray(R"({"id":"org/x","downloads":1})");
}

void TestRepoParser::notAnArray()
{
    QFETCH(QByteArray, body);
    const auto r = RepoParser::parseList(RepoKind::Model, body, kWhere);
    QCOMPARE(r.error.kind(), HubError::Kind::Malformed);
    QVERIFY2(r.error.detail().contains(kWhere), qPrintable(r.error.detail()));
    QVERIFY(r.value.repos.isEmpty());
}

void TestRepoParser::parseSingle()
{
    const auto r = RepoParser::parseSingle(RepoKind::Dataset,
                                           R"({"id":"org/ds","downloads":9007199254740993,"tags":["license:mit"],"gated":"auto"})", kWhere);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.value.kind, RepoKind::Dataset);
    QCOMPARE(r.value.id, QStringLiteral("org/ds"));
    QCOMPARE(r.value.downloads30d, qint64(9007199254740993));
    QCOMPARE(r.value.license, QStringLiteral("mit"));
    QCOMPARE(r.value.gated, GatedState::Auto);
}

void TestRepoParser::parseSingleErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("broken json") << QByteArray(R"({"id":)");
    QTest::newRow("array") << QByteArray(R"([{"id":"org/x"}])");
    QTest::newRow("error body") << QByteArray(R"({"error":"Repository not found"})");
    QTest::newRow("wrong type") << QByteArray(R"({"id":"org/x","downloads":"many"})");
    QTest::newRow("empty") << QByteArray();
}

void TestRepoParser::parseSingleErrors()
{
    QFETCH(QByteArray, body);
    const auto r = RepoParser::parseSingle(RepoKind::Model, body, kWhere);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind(), HubError::Kind::Malformed);
    QVERIFY2(r.error.detail().contains(kWhere), qPrintable(r.error.detail()));
}

QTEST_GUILESS_MAIN(TestRepoParser)
#include "tst_repoparser.moc"
