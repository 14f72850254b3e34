#include "LicenseClassifier.h"

namespace hubwatch {

namespace {

using Group = LicenseInfo::Group;

enum class Note {
    None,
    Copyleft,     // GPL, AGPL, EUPL, OSL, GFDL: derived work under the same licence
    WeakCopyleft, // LGPL, MPL, EPL, MS-PL, OFL: changed files/library under the same licence
    ShareAlike,   // CC BY-SA, ODbL, CDLA-Sharing: the data/content equivalent of copyleft
    NonCommercial,
    NoDerivatives,
    NonCommercialNoDerivatives,
    UseRestrictions, // RAIL family: a list of forbidden uses travels with the weights
    VendorTerms,     // Llama, Gemma, Grok, Apple: a company's own terms with conditions
    ResearchOnly,
    CustomTerms, // "other": the terms are in the repo's LICENSE file, not in the id
    FamilyOnly,  // "bsd", "cc", "gpl"…: the variant is not stated
};

struct Known
{
    const char *id;
    const char *name; // marked for translation, looked up with LicenseClassifier::tr
    Group group;
    Note note;
};

// Hub licence identifiers (hub-docs repositories-licenses.md), plus grok2-community/openmdw.
// Not SPDX: "llama3.1", "gemma", "openrail" are Hub-specific.
const Known kKnown[] = {
    {"apache-2.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Apache License 2.0"), Group::Permissive, Note::None},
    {"mit", QT_TRANSLATE_NOOP("LicenseClassifier", "MIT License"), Group::Permissive, Note::None},
    {"bsd", QT_TRANSLATE_NOOP("LicenseClassifier", "BSD licence family"), Group::Permissive, Note::FamilyOnly},
    {"bsd-2-clause", QT_TRANSLATE_NOOP("LicenseClassifier", "BSD 2-Clause License"), Group::Permissive, Note::None},
    {"bsd-3-clause", QT_TRANSLATE_NOOP("LicenseClassifier", "BSD 3-Clause License"), Group::Permissive, Note::None},
    {"bsd-3-clause-clear", QT_TRANSLATE_NOOP("LicenseClassifier", "BSD 3-Clause Clear License"), Group::Permissive, Note::None},
    {"isc", QT_TRANSLATE_NOOP("LicenseClassifier", "ISC License"), Group::Permissive, Note::None},
    {"cc0-1.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Zero v1.0"), Group::Permissive, Note::None},
    {"cc-by-2.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution 2.0"), Group::Permissive, Note::None},
    {"cc-by-2.5", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution 2.5"), Group::Permissive, Note::None},
    {"cc-by-3.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution 3.0"), Group::Permissive, Note::None},
    {"cc-by-4.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution 4.0"), Group::Permissive, Note::None},
    {"unlicense", QT_TRANSLATE_NOOP("LicenseClassifier", "The Unlicense"), Group::Permissive, Note::None},
    {"zlib", QT_TRANSLATE_NOOP("LicenseClassifier", "zlib License"), Group::Permissive, Note::None},
    {"afl-3.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Academic Free License 3.0"), Group::Permissive, Note::None},
    {"artistic-2.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Artistic License 2.0"), Group::Permissive, Note::None},
    {"bsl-1.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Boost Software License 1.0"), Group::Permissive, Note::None},
    {"ecl-2.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Educational Community License 2.0"), Group::Permissive, Note::None},
    {"wtfpl", QT_TRANSLATE_NOOP("LicenseClassifier", "WTFPL"), Group::Permissive, Note::None},
    {"postgresql", QT_TRANSLATE_NOOP("LicenseClassifier", "PostgreSQL License"), Group::Permissive, Note::None},
    {"ncsa", QT_TRANSLATE_NOOP("LicenseClassifier", "University of Illinois/NCSA License"), Group::Permissive, Note::None},
    {"pddl", QT_TRANSLATE_NOOP("LicenseClassifier", "ODC Public Domain Dedication and License"), Group::Permissive, Note::None},
    {"odc-by", QT_TRANSLATE_NOOP("LicenseClassifier", "ODC Attribution License"), Group::Permissive, Note::None},
    {"cdla-permissive-1.0", QT_TRANSLATE_NOOP("LicenseClassifier", "CDLA Permissive 1.0"), Group::Permissive, Note::None},
    {"cdla-permissive-2.0", QT_TRANSLATE_NOOP("LicenseClassifier", "CDLA Permissive 2.0"), Group::Permissive, Note::None},
    {"etalab-2.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Etalab Open License 2.0"), Group::Permissive, Note::None},
    {"openmdw-1.0", QT_TRANSLATE_NOOP("LicenseClassifier", "OpenMDW License 1.0"), Group::Permissive, Note::None},
    {"openmdw-1.1", QT_TRANSLATE_NOOP("LicenseClassifier", "OpenMDW License 1.1"), Group::Permissive, Note::None},

    {"gpl", QT_TRANSLATE_NOOP("LicenseClassifier", "GNU GPL family"), Group::Other, Note::Copyleft},
    {"gpl-2.0", QT_TRANSLATE_NOOP("LicenseClassifier", "GNU GPL v2.0"), Group::Other, Note::Copyleft},
    {"gpl-3.0", QT_TRANSLATE_NOOP("LicenseClassifier", "GNU GPL v3.0"), Group::Other, Note::Copyleft},
    {"agpl-3.0", QT_TRANSLATE_NOOP("LicenseClassifier", "GNU AGPL v3.0"), Group::Other, Note::Copyleft},
    {"gfdl", QT_TRANSLATE_NOOP("LicenseClassifier", "GNU Free Documentation License"), Group::Other, Note::Copyleft},
    {"eupl-1.1", QT_TRANSLATE_NOOP("LicenseClassifier", "European Union Public Licence 1.1"), Group::Other, Note::Copyleft},
    {"eupl-1.2", QT_TRANSLATE_NOOP("LicenseClassifier", "European Union Public Licence 1.2"), Group::Other, Note::Copyleft},
    {"osl-3.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Open Software License 3.0"), Group::Other, Note::Copyleft},
    {"lgpl", QT_TRANSLATE_NOOP("LicenseClassifier", "GNU LGPL family"), Group::Other, Note::WeakCopyleft},
    {"lgpl-2.1", QT_TRANSLATE_NOOP("LicenseClassifier", "GNU LGPL v2.1"), Group::Other, Note::WeakCopyleft},
    {"lgpl-3.0", QT_TRANSLATE_NOOP("LicenseClassifier", "GNU LGPL v3.0"), Group::Other, Note::WeakCopyleft},
    {"lgpl-lr", QT_TRANSLATE_NOOP("LicenseClassifier", "LGPL for Linguistic Resources"), Group::Other, Note::WeakCopyleft},
    {"mpl-2.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Mozilla Public License 2.0"), Group::Other, Note::WeakCopyleft},
    {"epl-1.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Eclipse Public License 1.0"), Group::Other, Note::WeakCopyleft},
    {"epl-2.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Eclipse Public License 2.0"), Group::Other, Note::WeakCopyleft},
    {"ms-pl", QT_TRANSLATE_NOOP("LicenseClassifier", "Microsoft Public License"), Group::Other, Note::WeakCopyleft},
    {"ofl-1.1", QT_TRANSLATE_NOOP("LicenseClassifier", "SIL Open Font License 1.1"), Group::Other, Note::WeakCopyleft},
    {"cc-by-sa-3.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution-ShareAlike 3.0"), Group::Other, Note::ShareAlike},
    {"cc-by-sa-4.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution-ShareAlike 4.0"), Group::Other, Note::ShareAlike},
    {"odbl", QT_TRANSLATE_NOOP("LicenseClassifier", "Open Database License"), Group::Other, Note::ShareAlike},
    {"cdla-sharing-1.0", QT_TRANSLATE_NOOP("LicenseClassifier", "CDLA Sharing 1.0"), Group::Other, Note::ShareAlike},
    {"lppl-1.3c", QT_TRANSLATE_NOOP("LicenseClassifier", "LaTeX Project Public License 1.3c"), Group::Other, Note::None},
    {"cc", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons licence family"), Group::Other, Note::FamilyOnly},
    {"other", QT_TRANSLATE_NOOP("LicenseClassifier", "Other licence"), Group::Other, Note::CustomTerms},

    {"cc-by-nc-2.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution-NonCommercial 2.0"), Group::Restricted,
     Note::NonCommercial},
    {"cc-by-nc-3.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution-NonCommercial 3.0"), Group::Restricted,
     Note::NonCommercial},
    {"cc-by-nc-4.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution-NonCommercial 4.0"), Group::Restricted,
     Note::NonCommercial},
    {"cc-by-nc-sa-2.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution-NonCommercial-ShareAlike 2.0"),
     Group::Restricted, Note::NonCommercial},
    {"cc-by-nc-sa-3.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution-NonCommercial-ShareAlike 3.0"),
     Group::Restricted, Note::NonCommercial},
    {"cc-by-nc-sa-4.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution-NonCommercial-ShareAlike 4.0"),
     Group::Restricted, Note::NonCommercial},
    {"cc-by-nd-4.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution-NoDerivatives 4.0"), Group::Restricted,
     Note::NoDerivatives},
    {"cc-by-nc-nd-3.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution-NonCommercial-NoDerivatives 3.0"),
     Group::Restricted, Note::NonCommercialNoDerivatives},
    {"cc-by-nc-nd-4.0", QT_TRANSLATE_NOOP("LicenseClassifier", "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0"),
     Group::Restricted, Note::NonCommercialNoDerivatives},
    {"openrail", QT_TRANSLATE_NOOP("LicenseClassifier", "OpenRAIL licence family"), Group::Restricted, Note::UseRestrictions},
    {"openrail++", QT_TRANSLATE_NOOP("LicenseClassifier", "Open RAIL++-M License"), Group::Restricted, Note::UseRestrictions},
    {"bigscience-openrail-m", QT_TRANSLATE_NOOP("LicenseClassifier", "BigScience OpenRAIL-M"), Group::Restricted, Note::UseRestrictions},
    {"creativeml-openrail-m", QT_TRANSLATE_NOOP("LicenseClassifier", "CreativeML OpenRAIL-M"), Group::Restricted, Note::UseRestrictions},
    {"bigscience-bloom-rail-1.0", QT_TRANSLATE_NOOP("LicenseClassifier", "BigScience BLOOM RAIL 1.0"), Group::Restricted,
     Note::UseRestrictions},
    {"bigcode-openrail-m", QT_TRANSLATE_NOOP("LicenseClassifier", "BigCode Open RAIL-M v1"), Group::Restricted, Note::UseRestrictions},
    {"llama2", QT_TRANSLATE_NOOP("LicenseClassifier", "Llama 2 Community License"), Group::Restricted, Note::VendorTerms},
    {"llama3", QT_TRANSLATE_NOOP("LicenseClassifier", "Llama 3 Community License"), Group::Restricted, Note::VendorTerms},
    {"llama3.1", QT_TRANSLATE_NOOP("LicenseClassifier", "Llama 3.1 Community License"), Group::Restricted, Note::VendorTerms},
    {"llama3.2", QT_TRANSLATE_NOOP("LicenseClassifier", "Llama 3.2 Community License"), Group::Restricted, Note::VendorTerms},
    {"llama3.3", QT_TRANSLATE_NOOP("LicenseClassifier", "Llama 3.3 Community License"), Group::Restricted, Note::VendorTerms},
    {"llama4", QT_TRANSLATE_NOOP("LicenseClassifier", "Llama 4 Community License"), Group::Restricted, Note::VendorTerms},
    {"gemma", QT_TRANSLATE_NOOP("LicenseClassifier", "Gemma Terms of Use"), Group::Restricted, Note::VendorTerms},
    {"grok2-community", QT_TRANSLATE_NOOP("LicenseClassifier", "Grok 2 Community License"), Group::Restricted, Note::VendorTerms},
    {"apple-ascl", QT_TRANSLATE_NOOP("LicenseClassifier", "Apple Sample Code License"), Group::Restricted, Note::VendorTerms},
    {"apple-amlr", QT_TRANSLATE_NOOP("LicenseClassifier", "Apple Machine Learning Research Model License"), Group::Restricted,
     Note::ResearchOnly},
    {"deepfloyd-if-license", QT_TRANSLATE_NOOP("LicenseClassifier", "DeepFloyd IF Research License"), Group::Restricted,
     Note::ResearchOnly},
    {"fair-noncommercial-research-license", QT_TRANSLATE_NOOP("LicenseClassifier", "FAIR Noncommercial Research License"),
     Group::Restricted, Note::ResearchOnly},
    {"h-research", QT_TRANSLATE_NOOP("LicenseClassifier", "H Research License"), Group::Restricted, Note::ResearchOnly},
    {"intel-research", QT_TRANSLATE_NOOP("LicenseClassifier", "Intel Research Use License"), Group::Restricted, Note::ResearchOnly},
    {"c-uda", QT_TRANSLATE_NOOP("LicenseClassifier", "Computational Use of Data Agreement"), Group::Restricted, Note::UseRestrictions},

    {"unknown", QT_TRANSLATE_NOOP("LicenseClassifier", "Unknown licence"), Group::Unknown, Note::None},
};

// Identifiers outside the table: a newer Hub id ("llama5", "cc-by-nc-sa-5.0") or a free-text
// cardData.license. Family prefixes first (order matters: "cc-by-nc" before "cc-by-"), then
// words that only restrictive terms use.
struct FamilyRule
{
    const char *prefix;
    Group group;
    Note note;
};

const FamilyRule kFamilies[] = {
    {"cc-by-nc-nd", Group::Restricted, Note::NonCommercialNoDerivatives},
    {"cc-by-nc", Group::Restricted, Note::NonCommercial},
    {"cc-by-nd", Group::Restricted, Note::NoDerivatives},
    {"cc-by-sa", Group::Other, Note::ShareAlike},
    {"llama", Group::Restricted, Note::VendorTerms},
    {"gemma", Group::Restricted, Note::VendorTerms},
    {"agpl", Group::Other, Note::Copyleft},
    {"gpl", Group::Other, Note::Copyleft},
    {"gfdl", Group::Other, Note::Copyleft},
    {"eupl", Group::Other, Note::Copyleft},
    {"lgpl", Group::Other, Note::WeakCopyleft},
    {"mpl-", Group::Other, Note::WeakCopyleft},
    {"epl-", Group::Other, Note::WeakCopyleft},
    {"bsd-", Group::Permissive, Note::None},
    {"cc0", Group::Permissive, Note::None},
    {"cc-by-", Group::Permissive, Note::None},
    {"apache-", Group::Permissive, Note::None},
    {"openmdw-", Group::Permissive, Note::None},
};

void familyRule(const QString &id, Group *group, Note *note)
{
    for (const FamilyRule &r : kFamilies) {
        if (id.startsWith(QLatin1String(r.prefix))) {
            *group = r.group;
            *note = r.note;
            return;
        }
    }
    if (id.contains(QLatin1String("openrail")) || id.contains(QLatin1String("-rail"))) {
        *group = Group::Restricted;
        *note = Note::UseRestrictions;
    } else if (id.contains(QLatin1String("noncommercial")) || id.contains(QLatin1String("non-commercial"))) {
        *group = Group::Restricted;
        *note = Note::NonCommercial;
    } else if (id.contains(QLatin1String("research"))) {
        *group = Group::Restricted;
        *note = Note::ResearchOnly;
    }
}

QString noteText(Note note)
{
    switch (note) {
    case Note::None: return QString();
    case Note::Copyleft: return LicenseClassifier::tr("copyleft");
    case Note::WeakCopyleft: return LicenseClassifier::tr("weak copyleft");
    case Note::ShareAlike: return LicenseClassifier::tr("copyleft (share-alike)");
    case Note::NonCommercial: return LicenseClassifier::tr("non-commercial");
    case Note::NoDerivatives: return LicenseClassifier::tr("no derivatives");
    case Note::NonCommercialNoDerivatives: return LicenseClassifier::tr("non-commercial, no derivatives");
    case Note::UseRestrictions: return LicenseClassifier::tr("use restrictions");
    case Note::VendorTerms: return LicenseClassifier::tr("vendor terms with conditions");
    case Note::ResearchOnly: return LicenseClassifier::tr("research only");
    case Note::CustomTerms: return LicenseClassifier::tr("custom terms: read the repository's licence");
    case Note::FamilyOnly: return LicenseClassifier::tr("variant not stated");
    }
    return QString();
}

} // namespace

int LicenseSummary::count(LicenseInfo::Group group) const
{
    switch (group) {
    case Group::Permissive: return permissive;
    case Group::Restricted: return restricted;
    case Group::Other: return other;
    case Group::Unknown: return unknown;
    }
    return 0;
}

LicenseInfo LicenseClassifier::classify(const QString &licenseId)
{
    LicenseInfo info;
    QString written = licenseId.trimmed();
    if (written.startsWith(QLatin1String("license:"), Qt::CaseInsensitive))
        written = written.mid(8).trimmed(); // a raw Hub tag is accepted too
    info.id = written.toLower();
    if (info.id.isEmpty()) {
        info.displayName = tr("No licence given");
        return info; // Group::Unknown
    }
    for (const Known &k : kKnown) {
        if (info.id == QLatin1String(k.id)) {
            info.group = k.group;
            info.displayName = tr(k.name);
            info.note = noteText(k.note);
            return info;
        }
    }
    Group group = Group::Other;
    Note note = Note::None;
    familyRule(info.id, &group, &note);
    info.group = group;
    info.displayName = written; // as the author wrote it: HubWatch has no better name
    info.note = noteText(note);
    return info;
}

LicenseInfo LicenseClassifier::fromRepo(const RepoStats &repo)
{
    if (!repo.license.isEmpty())
        return classify(repo.license);
    for (const QString &tag : repo.tags)
        if (tag.startsWith(QLatin1String("license:"), Qt::CaseInsensitive))
            return classify(tag);
    return classify(QString());
}

LicenseSummary LicenseClassifier::summarize(const QList<RepoStats> &repos)
{
    LicenseSummary s;
    for (const RepoStats &r : repos) {
        switch (fromRepo(r).group) {
        case Group::Permissive: ++s.permissive; break;
        case Group::Restricted: ++s.restricted; break;
        case Group::Other: ++s.other; break;
        case Group::Unknown: ++s.unknown; break;
        }
        ++s.total;
    }
    return s;
}

QString LicenseClassifier::groupName(LicenseInfo::Group group)
{
    switch (group) {
    case Group::Permissive: return tr("Permissive");
    case Group::Restricted: return tr("Restricted");
    case Group::Other: return tr("Other");
    case Group::Unknown: return tr("Unknown");
    }
    return QString();
}

} // namespace hubwatch
