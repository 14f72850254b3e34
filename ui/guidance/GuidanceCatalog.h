#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hubwatch {

// One card of the guidance panel: stable id, section, translated title and body, which live
// figure bears on it, and which chart or panel its action opens.
struct GuidanceCard
{
    enum class Section { Pros, Cons, Watch, Actions, Methodology };
    // The figure from the StatusReport shown on the card; None: a card without a figure.
    enum class Live {
        None,
        Scale,        // tracked all-time total, growth per day, scope
        Window30d,    // 30-day sum beside the all-time total
        Velocity,     // hot categories of the top-50 velocity, new entrants
        Licences,     // permissive / restricted / other / unknown
        PickleOnly,   // repos whose weights are pickle only, of those inspected
        Milestone,    // next milestone and its ETA
        ScopeCovered, // what the figure sums over, and when it was last polled
    };

    QString id; // stable: persisted (checklist ticks) and used by tests
    Section section = Section::Pros;
    QString title; // translated
    QString body;  // translated
    Live live = Live::None;
    QString view;           // openView() name, e.g. "chart:cumulative"; empty: no action
    QString actionText;     // translated button text; empty when view is empty
    bool checkable = false; // an item of the "what you can do" checklist
};

// The cards' text, in the order shown. Every string is a translatable resource (context
// "GuidanceCatalog"); ids never change between versions.
class GuidanceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(GuidanceCatalog)
public:
    static QList<GuidanceCard> cards();
    static QList<GuidanceCard::Section> sections();
    static QString sectionTitle(GuidanceCard::Section section);
    static QString sectionIntro(GuidanceCard::Section section);
};

} // namespace hubwatch
