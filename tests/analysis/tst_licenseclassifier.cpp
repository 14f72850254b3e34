// Data-driven tests for LicenseClassifier: every Hub licence identifier, family fallbacks,
// case and whitespace, repo extraction and the per-group summary.
#include "analysis/LicenseClassifier.h"

#include <QTest>

using namespace hubwatch;
using Group = LicenseInfo::Group;

Q_DECLARE_METATYPE(hubwatch::LicenseInfo::Group)

class TestLicenseClassifier : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void displayNames_data();
    void displayNames();
    void notes_data();
    void notes();
    void fromRepo();
    void summarize();
    void groupNames();
};

void TestLicenseClassifier::classify_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Group>("group");

    const auto row = [](const char *id, Group g) { QTest::newRow(id) << QString::fromLatin1(id) << g; };

    // Permissive: attribution at most.
    for (const char *id : {"apache-2.0",
                           "mit",
                           "bsd",
                           "bsd-2-clause",
                           "bsd-3-clause",
                           "bsd-3-clause-clear",
                           "isc",
                           "cc0-1.0",
                           "cc-by-2.0",
                           "cc-by-2.5",
                           "cc-by-3.0",
                           "cc-by-4.0",
                           "unlicense",
                           "zlib",
                           "afl-3.0",
                           "artistic-2.0",
                           "bsl-1.0",
                           "ecl-2.0",
                           "wtfpl",
                           "postgresql",
                           "ncsa",
                           "pddl",
                           "odc-by",
                           "cdla-permissive-1.0",
                           "cdla-permissive-2.0",
                           "etalab-2.0",
                           "openmdw-1.0",
                           "openmdw-1.1"})
        row(id, Group::Permissive);
    // Restricted: non-commercial, no-derivatives, RAIL use clauses, vendor terms, research only.
    for (const char *id : {"llama2",
                           "llama3",
                           "llama3.1",
                           "llama3.2",
                           "llama3.3",
                           "llama4",
                           "gemma",
                           "grok2-community",
                           "cc-by-nc-2.0",
                           "cc-by-nc-3.0",
                           "cc-by-nc-4.0",
                           "cc-by-nc-sa-2.0",
                           "cc-by-nc-sa-3.0",
                           "cc-by-nc-sa-4.0",
                           "cc-by-nd-4.0",
                           "cc-by-nc-nd-3.0",
                           "cc-by-nc-nd-4.0",
                           "openrail",
                           "openrail++",
                           "bigscience-openrail-m",
                           "creativeml-openrail-m",
                           "bigcode-openrail-m",
                           "bigscience-bloom-rail-1.0",
                           "deepfloyd-if-license",
                           "apple-ascl",
                           "apple-amlr",
                           "fair-noncommercial-research-license",
                           "h-research",
                           "intel-research",
                           "c-uda"})
        row(id, Group::Restricted);
    // Other: copyleft (strong, weak, share-alike), custom terms, unstated family.
    for (const char *id :
         {"gpl",          "gpl-2.0", "gpl-3.0",          "agpl-3.0",  "lgpl",     "lgpl-2.1", "lgpl-3.0", "lgpl-lr", "gfdl",
          "mpl-2.0",      "epl-1.0", "epl-2.0",          "eupl-1.1",  "eupl-1.2", "osl-3.0",  "ms-pl",    "ofl-1.1", "cc-by-sa-3.0",
          "cc-by-sa-4.0", "odbl",    "cdla-sharing-1.0", "lppl-1.3c", "cc",       "other"})
        row(id, Group::Other);
    row("unknown", Group::Unknown);
    QTest::newRow("empty") << QString() << Group::Unknown;
    QTest::newRow("blank") << QStringLiteral("   ") << Group::Unknown;
    QTest::newRow("bare tag prefix") << QStringLiteral("license:") << Group::Unknown;

    // Case, whitespace, a raw tag.
    QTest::newRow("Apache-2.0") << QStringLiteral("Apache-2.0") << Group::Permissive;
    QTest::newRow("padded MIT") << QStringLiteral("  MIT\n") << Group::Permissive;
    QTest::newRow("LLAMA3.1") << QStringLiteral("LLAMA3.1") << Group::Restricted;
    QTest::newRow("CC-BY-NC-4.0") << QStringLiteral("CC-BY-NC-4.0") << Group::Restricted;
    QTest::newRow("GPL-3.0") << QStringLiteral("GPL-3.0") << Group::Other;
    QTest::newRow("Unknown") << QStringLiteral("Unknown") << Group::Unknown;
    QTest::newRow("tag license:mit") << QStringLiteral("license:mit") << Group::Permissive;
    QTest::newRow("tag License:Gemma") << QStringLiteral("License:Gemma") << Group::Restricted;

    // Identifiers the Hub may add later, or free text from cardData: family rules.
    QTest::newRow("llama5") << QStringLiteral("llama5") << Group::Restricted;
    QTest::newRow("llama-3-community") << QStringLiteral("llama-3-community") << Group::Restricted;
    QTest::newRow("gemma-terms") << QStringLiteral("gemma-terms") << Group::Restricted;
    QTest::newRow("cc-by-nc-sa-5.0") << QStringLiteral("cc-by-nc-sa-5.0") << Group::Restricted;
    QTest::newRow("cc-by-nc") << QStringLiteral("cc-by-nc") << Group::Restricted;
    QTest::newRow("cc-by-nd-3.0") << QStringLiteral("cc-by-nd-3.0") << Group::Restricted;
    QTest::newRow("cc-by-nc-nd-2.0") << QStringLiteral("cc-by-nc-nd-2.0") << Group::Restricted;
    QTest::newRow("cc-by-sa-2.0") << QStringLiteral("cc-by-sa-2.0") << Group::Other;
    QTest::newRow("cc-by-1.0") << QStringLiteral("cc-by-1.0") << Group::Permissive;
    QTest::newRow("bsd-4-clause") << QStringLiteral("bsd-4-clause") << Group::Permissive;
    QTest::newRow("apache-1.1") << QStringLiteral("apache-1.1") << Group::Permissive;
    QTest::newRow("gpl-3.0-or-later") << QStringLiteral("gpl-3.0-or-later") << Group::Other;
    QTest::newRow("agpl-3.0-only") << QStringLiteral("agpl-3.0-only") << Group::Other;
    QTest::newRow("lgpl-2.0") << QStringLiteral("lgpl-2.0") << Group::Other;
    QTest::newRow("mpl-1.1") << QStringLiteral("mpl-1.1") << Group::Other;
    QTest::newRow("some-openrail-m") << QStringLiteral("dreamlike-openrail-m") << Group::Restricted;
    QTest::newRow("x-rail-1.0") << QStringLiteral("acme-rail-1.0") << Group::Restricted;
    QTest::newRow("flux non-commercial") << QStringLiteral("flux-1-dev-non-commercial-license") << Group::Restricted;
    QTest::newRow("noncommercial") << QStringLiteral("acme-noncommercial") << Group::Restricted;
    QTest::newRow("research") << QStringLiteral("qwen-research") << Group::Restricted;
    QTest::newRow("free text") << QStringLiteral("Proprietary, ask us") << Group::Other;
    QTest::newRow("unlisted id") << QStringLiteral("tongyi-qianwen") << Group::Other;
    QTest::newRow("mit-like is not mit") << QStringLiteral("mit-0-but-not-really") << Group::Other;
}

void TestLicenseClassifier::classify()
{
    QFETCH(QString, id);
    QFETCH(Group, group);
    const LicenseInfo info = LicenseClassifier::classify(id);
    QCOMPARE(info.group, group);
    QVERIFY(!info.displayName.isEmpty());
    QCOMPARE(info.id, info.id.toLower());
    QCOMPARE(info.id, info.id.trimmed());
}

void TestLicenseClassifier::displayNames_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("displayName");
    QTest::newRow("apache") << QStringLiteral("APACHE-2.0") << QStringLiteral("Apache License 2.0");
    QTest::newRow("mit") << QStringLiteral("mit") << QStringLiteral("MIT License");
    QTest::newRow("llama3.1") << QStringLiteral("llama3.1") << QStringLiteral("Llama 3.1 Community License");
    QTest::newRow("gemma") << QStringLiteral("gemma") << QStringLiteral("Gemma Terms of Use");
    QTest::newRow("cc-by-nc-sa-4.0") << QStringLiteral("cc-by-nc-sa-4.0")
                                     << QStringLiteral("Creative Commons Attribution-NonCommercial-ShareAlike 4.0");
    QTest::newRow("other") << QStringLiteral("other") << QStringLiteral("Other licence");
    QTest::newRow("unknown") << QStringLiteral("unknown") << QStringLiteral("Unknown licence");
    QTest::newRow("empty") << QString() << QStringLiteral("No licence given");
    // Unlisted: shown as written (case kept, tag prefix and padding dropped).
    QTest::newRow("unlisted keeps case") << QStringLiteral(" license:Tongyi-Qianwen ") << QStringLiteral("Tongyi-Qianwen");
}

void TestLicenseClassifier::displayNames()
{
    QFETCH(QString, id);
    QFETCH(QString, displayName);
    QCOMPARE(LicenseClassifier::classify(id).displayName, displayName);
}

void TestLicenseClassifier::notes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("note");
    QTest::newRow("gpl-3.0") << QStringLiteral("gpl-3.0") << QStringLiteral("copyleft");
    QTest::newRow("agpl-3.0") << QStringLiteral("agpl-3.0") << QStringLiteral("copyleft");
    QTest::newRow("lgpl-3.0") << QStringLiteral("lgpl-3.0") << QStringLiteral("weak copyleft");
    QTest::newRow("mpl-2.0") << QStringLiteral("mpl-2.0") << QStringLiteral("weak copyleft");
    QTest::newRow("cc-by-sa-4.0") << QStringLiteral("cc-by-sa-4.0") << QStringLiteral("copyleft (share-alike)");
    QTest::newRow("cc-by-nc-4.0") << QStringLiteral("cc-by-nc-4.0") << QStringLiteral("non-commercial");
    QTest::newRow("cc-by-nd-4.0") << QStringLiteral("cc-by-nd-4.0") << QStringLiteral("no derivatives");
    QTest::newRow("openrail") << QStringLiteral("openrail") << QStringLiteral("use restrictions");
    QTest::newRow("llama4") << QStringLiteral("llama4") << QStringLiteral("vendor terms with conditions");
    QTest::newRow("apple-amlr") << QStringLiteral("apple-amlr") << QStringLiteral("research only");
    QTest::newRow("other") << QStringLiteral("other") << QStringLiteral("custom terms: read the repository's licence");
    QTest::newRow("mit has none") << QStringLiteral("mit") << QString();
    QTest::newRow("unlisted has none") << QStringLiteral("tongyi-qianwen") << QString();
}

void TestLicenseClassifier::notes()
{
    QFETCH(QString, id);
    QFETCH(QString, note);
    QCOMPARE(LicenseClassifier::classify(id).note, note);
}

void TestLicenseClassifier::fromRepo()
{
    RepoStats r;
    r.license = QStringLiteral("llama3.2");
    r.tags = {QStringLiteral("license:mit")};
    QCOMPARE(LicenseClassifier::fromRepo(r).group, Group::Restricted); // the parsed field wins

    r.license.clear();
    r.tags = {QStringLiteral("transformers"), QStringLiteral("License:MIT"), QStringLiteral("license:gpl-3.0")};
    QCOMPARE(LicenseClassifier::fromRepo(r).group, Group::Permissive); // first licence tag
    QCOMPARE(LicenseClassifier::fromRepo(r).id, QStringLiteral("mit"));

    r.tags = {QStringLiteral("transformers")};
    QCOMPARE(LicenseClassifier::fromRepo(r).group, Group::Unknown);
    QCOMPARE(LicenseClassifier::fromRepo(RepoStats()).group, Group::Unknown);
}

void TestLicenseClassifier::summarize()
{
    QList<RepoStats> repos;
    for (const char *id :
         {"apache-2.0", "mit", "MIT", "llama3.1", "cc-by-nc-4.0", "gemma", "openrail++", "gpl-3.0", "other", "", "unknown"}) {
        RepoStats r;
        r.id = QStringLiteral("org/%1").arg(repos.size());
        r.license = QLatin1String(id);
        repos << r;
    }
    const LicenseSummary s = LicenseClassifier::summarize(repos);
    QCOMPARE(s.total, 11);
    QCOMPARE(s.permissive, 3);
    QCOMPARE(s.restricted, 4);
    QCOMPARE(s.other, 2);
    QCOMPARE(s.unknown, 2);
    QCOMPARE(s.count(Group::Permissive) + s.count(Group::Restricted) + s.count(Group::Other) + s.count(Group::Unknown), s.total);
    QCOMPARE(s.count(Group::Restricted), 4);

    const LicenseSummary none = LicenseClassifier::summarize({});
    QCOMPARE(none.total, 0);
    QCOMPARE(none.permissive, 0);
}

void TestLicenseClassifier::groupNames()
{
    QCOMPARE(LicenseClassifier::groupName(Group::Permissive), QStringLiteral("Permissive"));
    QCOMPARE(LicenseClassifier::groupName(Group::Restricted), QStringLiteral("Restricted"));
    QCOMPARE(LicenseClassifier::groupName(Group::Other), QStringLiteral("Other"));
    QCOMPARE(LicenseClassifier::groupName(Group::Unknown), QStringLiteral("Unknown"));
}

QTEST_GUILESS_MAIN(TestLicenseClassifier)
#include "tst_licenseclassifier.moc"
