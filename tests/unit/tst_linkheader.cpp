// Unit tests for LinkHeader::nextUrl: RFC 8288 `Link` parsing as the Hub paginates.
#include "hub/LinkHeader.h"

#include <QTest>

using namespace hubwatch;

class TestLinkHeader : public QObject
{
    Q_OBJECT
private slots:
    void nextUrl_data();
    void nextUrl();
    void absoluteNextIsVerbatim_data();
    void absoluteNextIsVerbatim();
    void relativeNextResolvedAgainstBase_data();
    void relativeNextResolvedAgainstBase();
};

static const QUrl kBase(QStringLiteral("https://huggingface.co/api/models?sort=downloads&limit=500"));

void TestLinkHeader::nextUrl_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("expected"); // encoded; empty: no next

    const QByteArray p2 = "https://huggingface.co/api/models?cursor=abc&limit=500";
    QTest::newRow("hub form") << QByteArray("<" + p2 + ">; rel=\"next\"") << p2;
    QTest::newRow("no space before rel") << QByteArray("<" + p2 + ">;rel=\"next\"") << p2;
    QTest::newRow("unquoted rel") << QByteArray("<" + p2 + ">; rel=next") << p2;
    QTest::newRow("unquoted, no space") << QByteArray("<" + p2 + ">;rel=next") << p2;
    QTest::newRow("spaces around =") << QByteArray("<" + p2 + "> ; rel = \"next\" ") << p2;
    QTest::newRow("leading whitespace") << QByteArray("   <" + p2 + ">; rel=\"next\"") << p2;
    QTest::newRow("upper-case REL/NEXT") << QByteArray("<" + p2 + ">; REL=\"NEXT\"") << p2;
    QTest::newRow("rel with several types, next first") << QByteArray("<" + p2 + ">; rel=\"next last\"") << p2;
    QTest::newRow("rel with several types, next second") << QByteArray("<" + p2 + ">; rel=\"prev next\"") << p2;
    QTest::newRow("other params before rel") << QByteArray("<" + p2 + ">; type=\"application/json\"; rel=\"next\"") << p2;
    QTest::newRow("next after prev and first") << QByteArray("<https://huggingface.co/api/models?cursor=p>; rel=\"prev\", "
                                                             "<https://huggingface.co/api/models?cursor=f>; rel=\"first\", <"
                                                             + p2 + ">; rel=\"next\"")
                                               << p2;
    QTest::newRow("next before last") << QByteArray("<" + p2
                                                    + ">; rel=\"next\", <https://huggingface.co/api/models?cursor=z>; rel=\"last\"")
                                      << p2;
    QTest::newRow("no space after comma") << QByteArray("<https://huggingface.co/a>; rel=\"prev\",<" + p2 + ">; rel=\"next\"") << p2;
    const QByteArray withCommas = "https://huggingface.co/api/models?cursor=a,b,c&x=1,2";
    QTest::newRow("commas inside the URL") << QByteArray("<" + withCommas + ">; rel=\"next\"") << withCommas;
    QTest::newRow("comma inside a quoted param of another link")
        << QByteArray("<https://huggingface.co/a>; rel=\"prev\"; title=\"one, two\", <" + p2 + ">; rel=\"next\"") << p2;
    QTest::newRow("semicolon inside the URL") << QByteArray("<https://huggingface.co/api/models?c=a;b>; rel=\"next\"")
                                              << QByteArray("https://huggingface.co/api/models?c=a;b");

    // No next page.
    QTest::newRow("empty header") << QByteArray() << QByteArray();
    QTest::newRow("only prev") << QByteArray("<" + p2 + ">; rel=\"prev\"") << QByteArray();
    QTest::newRow("only first and last") << QByteArray("<" + p2 + ">; rel=\"first\", <" + p2 + ">; rel=\"last\"") << QByteArray();
    QTest::newRow("rel=nextpage is not next") << QByteArray("<" + p2 + ">; rel=\"nextpage\"") << QByteArray();
    QTest::newRow("rev=next is not rel") << QByteArray("<" + p2 + ">; rev=\"next\"") << QByteArray();
    QTest::newRow("no rel at all") << QByteArray("<" + p2 + ">") << QByteArray();
    // RFC 8288: ';' inside a quoted string belongs to that parameter, it does not start a new one.
    QTest::newRow("rel=next inside another param's quoted value") << QByteArray("<" + p2 + ">; title=\"a;rel=next;b\"") << QByteArray();

    // Garbage.
    QTest::newRow("garbage text") << QByteArray("garbage") << QByteArray();
    QTest::newRow("url without brackets") << QByteArray(p2 + "; rel=\"next\"") << QByteArray();
    QTest::newRow("unterminated bracket") << QByteArray("<" + p2 + "; rel=\"next\"") << QByteArray();
    QTest::newRow("empty brackets") << QByteArray("<>; rel=\"next\"") << QByteArray();
    QTest::newRow("text before bracket") << QByteArray("x<" + p2 + ">; rel=\"next\"") << QByteArray();
    QTest::newRow("invalid URL") << QByteArray("<https://[bad>; rel=\"next\"") << QByteArray();
    QTest::newRow("only separators") << QByteArray(" , ; ,, ") << QByteArray();
}

void TestLinkHeader::nextUrl()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, expected);
    const QUrl next = LinkHeader::nextUrl(header, kBase);
    if (expected.isEmpty()) {
        QVERIFY2(next.isEmpty(), next.toEncoded().constData());
    } else {
        QVERIFY(next.isValid());
        QCOMPARE(next.toEncoded(), expected);
    }
}

// The cursor is opaque: what the server percent-encoded must reach it again byte for byte.
void TestLinkHeader::absoluteNextIsVerbatim_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::newRow("base64 cursor with %3D padding")
        << QByteArray("https://huggingface.co/api/models?cursor=eyIkb3IiOlt7Il9pZCI6eyIkZ3QiOiI2NjE1In19XX0%3D"
                      "&sort=downloads&limit=500");
    QTest::newRow("encoded + / = %") << QByteArray("https://huggingface.co/api/models?cursor=a%2Bb%2Fc%3Dd%25e&limit=500");
    QTest::newRow("encoded & and # in cursor") << QByteArray("https://huggingface.co/api/models?cursor=x%26y%23z&limit=2");
    QTest::newRow("encoded space and utf-8") << QByteArray("https://huggingface.co/api/models?search=a%20b%C3%A9");
    QTest::newRow("encoded brackets") << QByteArray("https://huggingface.co/api/models?expand%5B%5D=downloads&cursor=Q");
    QTest::newRow("raw brackets") << QByteArray("https://huggingface.co/api/models?expand[]=downloads&cursor=Q");
    QTest::newRow("other host and port") << QByteArray("http://127.0.0.1:8080/api/datasets?cursor=zz%3D");
    QTest::newRow("mirror with path prefix") << QByteArray("https://mirror.example/hf/api/models?cursor=c%2F1");
}

void TestLinkHeader::absoluteNextIsVerbatim()
{
    QFETCH(QByteArray, url);
    const QUrl next = LinkHeader::nextUrl("<" + url + ">; rel=\"next\"", kBase);
    QCOMPARE(next.toEncoded(), url);
}

void TestLinkHeader::relativeNextResolvedAgainstBase_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("absolute path") << kBase << QByteArray("/api/models?cursor=abc")
                                   << QByteArray("https://huggingface.co/api/models?cursor=abc");
    QTest::newRow("query only") << kBase << QByteArray("?cursor=abc") << QByteArray("https://huggingface.co/api/models?cursor=abc");
    QTest::newRow("sibling path") << kBase << QByteArray("datasets?cursor=1") << QByteArray("https://huggingface.co/api/datasets?cursor=1");
    QTest::newRow("mirror prefix") << QUrl(QStringLiteral("https://mirror.example/hf/api/models?limit=5"))
                                   << QByteArray("/hf/api/models?cursor=q%3D")
                                   << QByteArray("https://mirror.example/hf/api/models?cursor=q%3D");
    QTest::newRow("loopback port kept") << QUrl(QStringLiteral("http://127.0.0.1:8123/api/models")) << QByteArray("/api/models?cursor=2")
                                        << QByteArray("http://127.0.0.1:8123/api/models?cursor=2");
}

void TestLinkHeader::relativeNextResolvedAgainstBase()
{
    QFETCH(QUrl, base);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);
    QCOMPARE(LinkHeader::nextUrl("<" + target + ">; rel=\"next\"", base).toEncoded(), expected);
}

QTEST_GUILESS_MAIN(TestLinkHeader)
#include "tst_linkheader.moc"
