#include "GuidanceCatalog.h"

#include <iterator>

namespace hubwatch {

namespace {

using Section = GuidanceCard::Section;
using Live = GuidanceCard::Live;

// The source texts, marked for lupdate; translated when cards() is called, so a language
// change takes effect on the next call.
struct Entry
{
    const char *id;
    Section section;
    const char *title;
    const char *body;
    Live live;
    const char *view;
    const char *action;
};

#define T(text) QT_TRANSLATE_NOOP("GuidanceCatalog", text)

const Entry kEntries[] = {
    // Pros
    {"pro-scale", Section::Pros, T("A very large open ecosystem"),
     T("Hundreds of millions of downloads mean that a great many people and teams build on openly "
       "published models and datasets every day."),
     Live::Scale, "chart:cumulative", T("Open the cumulative chart")},
    {"pro-independence", Section::Pros, T("Less reliance on closed APIs"),
     T("When open models are a real option, a product does not depend on a single API vendor, its "
       "prices or its terms. That spreads the risk instead of concentrating it."),
     Live::None, nullptr, nullptr},
    {"pro-iteration", Section::Pros, T("Fast community iteration"),
     T("Many contributors refine, quantise and fine-tune published models in parallel, often more "
       "quickly than one company could on its own."),
     Live::Velocity, "chart:velocity", T("Open the velocity chart")},
    {"pro-fine-tunes", Section::Pros, T("Specialised fine-tunes"),
     T("A model adapted to one domain (law, medicine, one language, one codebase) can beat a much "
       "larger general model on that task."),
     Live::None, nullptr, nullptr},

    // Cons
    {"con-misuse", Section::Cons, T("No oversight after the download"),
     T("Once weights are on someone's disk, nobody supervises what they are fine-tuned for, "
       "including harmful uses."),
     Live::None, nullptr, nullptr},
    {"con-not-deployment", Section::Cons, T("A download is not a deployment"),
     T("Counts include experiments, CI runs and mirrors. Most downloads never end up in a product, "
       "so read the figures as interest, not as usage in production."),
     Live::Window30d, nullptr, nullptr},
    {"con-supply-chain", Section::Cons, T("Weights widen the attack surface"),
     T("Every new model is code-adjacent input from a third party. Weights saved with pickle can "
       "run arbitrary code when loaded; tampered or look-alike repos are a supply-chain risk."),
     Live::PickleOnly, nullptr, nullptr},
    {"con-concentration", Section::Cons, T("A single distribution point"),
     T("So much of open AI is fetched from one hub that its outages, policies and moderation "
       "choices affect the whole ecosystem."),
     Live::None, nullptr, nullptr},

    // What to watch for
    {"watch-milestones", Section::Watch, T("Milestone announcements"),
     T("Round numbers of cumulative downloads are when the ecosystem's size gets noticed. HubWatch "
       "projects when the tracked total reaches its next one and can alert you when it does."),
     Live::Milestone, "panel:alerts", T("Open the alerts")},
    {"watch-velocity", Section::Watch, T("Top-50 download velocity"),
     T("When the fastest-growing models shift towards one kind of task, a new hot category is "
       "forming. HubWatch compares each task's share of the top 50 with a week ago."),
     Live::Velocity, "chart:hot", T("Open the hot categories")},
    {"watch-leaderboards", Section::Watch, T("Open versus closed on leaderboards"),
     T("How far open models trail (or lead) closed ones on public benchmarks tells you how "
       "realistic an open alternative is for your task."),
     Live::None, nullptr, nullptr},
    {"watch-enterprise", Section::Watch, T("Private hubs in companies"),
     T("Enterprise adoption of private hubs hints at real production use. HubWatch cannot see "
       "private repos; this one you follow through announcements."),
     Live::None, nullptr, nullptr},
    {"watch-evaluations", Section::Watch, T("Safety evaluations of models"),
     T("Evaluations published by AI safety organisations are a quality signal. Add their "
       "organisations to your watchlist to see what they publish."),
     Live::None, "panel:watchlist", T("Open the watchlist")},

    // What you can do (a checklist)
    {"do-explore", Section::Actions, T("Explore models for your own use case"),
     T("Sign up on the Hub and try a few models on the task you actually care about."),
     Live::None, "panel:watchlist", T("Open the watchlist")},
    {"do-compare-open", Section::Actions, T("Compare open options before paying for an API"),
     T("Before committing to a closed API's pricing, test whether an open model does the job."),
     Live::None, nullptr, nullptr},
    {"do-check-licences", Section::Actions, T("Check licences before shipping"),
     T("Apache 2.0, a vendor community licence such as Llama's, or CC-BY carry very different "
       "duties. Check them before a model goes into a commercial product."),
     Live::Licences, "panel:licences", T("Open the licences")},
    {"do-registry", Section::Actions, T("Keep an internal registry of vetted models"),
     T("Let teams pull only models someone has reviewed, from a private hub or an artefact "
       "repository."),
     Live::None, nullptr, nullptr},
    {"do-weights-policy", Section::Actions, T("Set a security policy for model weights"),
     T("Decide which formats may run in production (for example safetensors only), where weights "
       "may come from and who approves them."),
     Live::PickleOnly, "panel:licences", T("Open the formats")},
    {"do-contribute", Section::Actions, T("Give back"),
     T("If your business allows it, publish models, datasets or evaluations for others to use."),
     Live::None, nullptr, nullptr},
    {"do-fund", Section::Actions, T("Fund open infrastructure"),
     T("Treat open-source AI infrastructure as a public good and support it."),
     Live::None, nullptr, nullptr},
    {"do-provenance", Section::Actions, T("Work on provenance standards"),
     T("Help define how a model's origin and supply chain can be traced and verified."),
     Live::None, nullptr, nullptr},
    {"do-academic", Section::Actions, T("Support academic access"),
     T("Programmes that give researchers access to models and compute keep AI research from "
       "concentrating in a few companies."),
     Live::None, nullptr, nullptr},

    // Data & methodology
    {"method-scope", Section::Methodology, T("What the figure is a sum of"),
     T("The Hub publishes no total for all of its repos. HubWatch's headline is the sum over the "
       "repos it tracks: the top models and datasets by downloads plus your watchlist. Spaces are "
       "not counted. Repos outside the scope are not in the figure."),
     Live::ScopeCovered, "panel:watchlist", T("Change what is tracked")},
    {"method-windows", Section::Methodology, T("30 days and all time"),
     T("For each repo the Hub reports a rolling count over the last 30 days and a total since the "
       "repo was created. HubWatch shows both; growth per day comes from comparing its own polls."),
     Live::Window30d, "chart:cumulative", T("Open the cumulative chart")},
    {"method-model-downloads", Section::Methodology, T("How a model download is counted"),
     T("The Hub counts a download of a model when one of its query files, such as config.json, is "
       "fetched with GET or HEAD. Every GGUF file fetched counts separately. Automated traffic such "
       "as CI is not filtered out."),
     Live::None, nullptr, nullptr},
    {"method-dataset-downloads", Section::Methodology, T("How a dataset download is counted"),
     T("For datasets, all the files one IP address fetches from one repo within five minutes "
       "count as a single download."),
     Live::None, nullptr, nullptr},
    {"method-history", Section::Methodology, T("The history is HubWatch's own"),
     T("The Hub keeps no history of its counts, only today's figures. Every point in HubWatch's "
       "charts is one of its own polls, so the history starts when you started polling and has "
       "gaps wherever no poll ran."),
     Live::None, "chart:cumulative", T("Open the cumulative chart")},
};

#undef T

QString tr8(const char *text)
{
    return text ? QCoreApplication::translate("GuidanceCatalog", text) : QString();
}

} // namespace

QList<GuidanceCard> GuidanceCatalog::cards()
{
    QList<GuidanceCard> out;
    out.reserve(int(std::size(kEntries)));
    for (const Entry &e : kEntries) {
        GuidanceCard c;
        c.id = QString::fromLatin1(e.id);
        c.section = e.section;
        c.title = tr8(e.title);
        c.body = tr8(e.body);
        c.live = e.live;
        c.view = e.view ? QString::fromLatin1(e.view) : QString();
        c.actionText = tr8(e.action);
        c.checkable = e.section == Section::Actions;
        out.append(c);
    }
    return out;
}

QList<GuidanceCard::Section> GuidanceCatalog::sections()
{
    return {Section::Pros, Section::Cons, Section::Watch, Section::Actions, Section::Methodology};
}

QString GuidanceCatalog::sectionTitle(GuidanceCard::Section section)
{
    switch (section) {
    case Section::Pros: return tr("Pros");
    case Section::Cons: return tr("Cons");
    case Section::Watch: return tr("What to watch for");
    case Section::Actions: return tr("What you can do");
    case Section::Methodology: return tr("Data & methodology");
    }
    return QString();
}

QString GuidanceCatalog::sectionIntro(GuidanceCard::Section section)
{
    switch (section) {
    case Section::Pros: return tr("What the scale of open model distribution makes possible.");
    case Section::Cons: return tr("What the same scale puts at risk.");
    case Section::Watch: return tr("Signals worth following, with the figures HubWatch has for them.");
    case Section::Actions: return tr("A checklist; your ticks are kept.");
    case Section::Methodology: return tr("Exactly what HubWatch counts, and what it cannot see.");
    }
    return QString();
}

} // namespace hubwatch
