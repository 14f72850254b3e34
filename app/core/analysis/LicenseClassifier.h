#pragma once

#include "hub/RepoStats.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hubwatch {

// What a Hub licence identifier means for someone about to use the weights in a product.
//   Permissive: attribution at most; no share-alike, no field-of-use limits.
//   Restricted: limits on who may use it or how (non-commercial, no derivatives, RAIL use
//               clauses, vendor community licences such as Llama or Gemma, research-only).
//   Other:      everything else, notably copyleft (GPL family, MPL, EPL, CC BY-SA…: usable
//               commercially but with share-alike duties) and "other" (custom terms).
//   Unknown:    no licence given, or "unknown".
struct LicenseInfo
{
    enum class Group { Permissive, Restricted, Other, Unknown };

    Group group = Group::Unknown;
    QString id;          // normalised: trimmed, lower case, without a "license:" prefix
    QString displayName; // translated full name, or the id when HubWatch does not know it
    QString note;        // translated short reason ("copyleft", "non-commercial"…), may be empty
};

struct LicenseSummary
{
    int permissive = 0;
    int restricted = 0;
    int other = 0;
    int unknown = 0;
    int total = 0;

    int count(LicenseInfo::Group group) const;
};

class LicenseClassifier
{
    Q_DECLARE_TR_FUNCTIONS(LicenseClassifier)
public:
    // Case-insensitive. Any identifier gets a group; unlisted ones fall back on family rules
    // (llama*, cc-by-nc*, *openrail*, gpl*…) and then on Other.
    static LicenseInfo classify(const QString &licenseId);
    // repo.license; when empty, the first "license:" tag (the parser normally fills it).
    static LicenseInfo fromRepo(const RepoStats &repo);
    static LicenseSummary summarize(const QList<RepoStats> &repos);
    // "Permissive", "Restricted", "Other", "Unknown", translated.
    static QString groupName(LicenseInfo::Group group);
};

} // namespace hubwatch
