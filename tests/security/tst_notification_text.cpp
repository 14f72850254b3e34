// Notification bodies (issue 12 item 1): freedesktop notification servers with "body-markup"
// read a body as an XML-like markup subset (Pango markup on GNOME and dunst), so a category
// "<b>x</b>" from the Hub would be bold and "<a href=…>" a link. The body handed to such a server
// must read back, once parsed as markup, as the literal text; elsewhere it is passed as it is.
// The real tray, with a real notification server, is checked by notifications_markup (tests/gui).
#include "NotificationText.h"
#include "alerts/AlertText.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace hubwatch;

namespace {
// What a markup server shows for a body: its text, and the elements it would have interpreted.
QString shownByMarkupServer(const QString &body, QStringList *elements, QString *error)
{
    QXmlStreamReader xml(QStringLiteral("<markup>") + body + QStringLiteral("</markup>"));
    QString text;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() != QLatin1String("markup"))
                *elements << xml.name().toString();
            break;
        case QXmlStreamReader::Characters: text += xml.text(); break;
        default: break;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return text;
}

AlertRecord hotCategory(const QString &label)
{
    AlertRecord a;
    a.kind = AlertRecord::Kind::HotCategory;
    a.series = QStringLiteral("category:") + label;
    a.subject = label;
    a.sharePercent = 31.5;
    a.changePoints = 6.2;
    a.topN = 50;
    a.happenedAt = a.raisedAt = QDateTime(QDate(2026, 3, 9), QTime(12, 0), Qt::UTC);
    return a;
}
} // namespace

class TestNotificationText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markupBodyShowsTheLiteralText_data();
    void markupBodyShowsTheLiteralText();
    void plainBodyIsUnchanged();
    void alertBodyWithHostileCategory();
    void noSessionBusMeansPlain();
};

void TestNotificationText::markupBodyShowsTheLiteralText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bold") << QStringLiteral("<b>x</b>");
    QTest::newRow("link") << QStringLiteral("<a href=\"http://e\">y</a>");
    QTest::newRow("image") << QStringLiteral("<img src=\"/tmp/canary.png\"/>");
    QTest::newRow("entity") << QStringLiteral("&amp; &lt;");
    QTest::newRow("bare ampersand") << QStringLiteral("R&D");
    QTest::newRow("unclosed") << QStringLiteral("<i>never closed");
    QTest::newRow("plain") << QStringLiteral("model org/name reached 1M around 2026-03-09 12:00 UTC.");
}

void TestNotificationText::markupBodyShowsTheLiteralText()
{
    QFETCH(QString, text);
    const QString body = NotificationText::body(text, NotificationText::Body::Markup);
    QStringList elements;
    QString error;
    QCOMPARE(shownByMarkupServer(body, &elements, &error), text);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(elements.isEmpty(), qPrintable(elements.join(QLatin1Char(' '))));
    // The oracle sees markup where there is some.
    if (text.contains(QLatin1Char('<'))) {
        QStringList raw;
        QString rawError;
        shownByMarkupServer(text, &raw, &rawError);
        QVERIFY(!raw.isEmpty() || !rawError.isEmpty());
    }
}

void TestNotificationText::plainBodyIsUnchanged()
{
    for (const QString &text : {QStringLiteral("<b>x</b>"), QStringLiteral("&amp;"), QStringLiteral("plain")})
        QCOMPARE(NotificationText::body(text, NotificationText::Body::Plain), text);
}

// The body the tray hands over for an alert that quotes a name from the Hub: a hot category's
// body no longer names it (the title does), but a body stored by an older version still may.
void TestNotificationText::alertBodyWithHostileCategory()
{
    const QString label = QStringLiteral("<b>x</b><a href=\"http://e\">y</a>");
    AlertRecord a = hotCategory(label);
    QVERIFY2(!AlertText::body(a, QLocale::c()).contains(label), qPrintable(AlertText::body(a, QLocale::c())));
    a.kind = AlertRecord::Kind::Anomaly;
    a.legacyBody = label + QStringLiteral(" lost downloads: the Hub corrected its count.");
    const QString literal = AlertText::body(a, QLocale::c());
    QVERIFY2(literal.startsWith(label), qPrintable(literal));
    QStringList elements;
    QString error;
    QCOMPARE(shownByMarkupServer(NotificationText::body(literal, NotificationText::Body::Markup), &elements, &error), literal);
    QVERIFY2(elements.isEmpty() && error.isEmpty(), qPrintable(elements.join(QLatin1Char(' ')) + error));
}

// Without a session bus there is no D-Bus tray: Qt shows its own balloon, as plain text.
void TestNotificationText::noSessionBusMeansPlain()
{
    // Before the first use of the session bus in this process: there is none to find.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY"); // no X11 autolaunch of one either
    QCOMPARE(NotificationText::currentBody(), NotificationText::Body::Plain);
}

QTEST_GUILESS_MAIN(TestNotificationText)
#include "tst_notification_text.moc"
