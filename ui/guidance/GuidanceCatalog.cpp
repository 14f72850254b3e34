#include "GuidanceCatalog.h"

#include <iterator>

namespace hubwatch {

namespace {

using Section = GuidanceCard::Section;
using Live = GuidanceCard::Live;

// The source texts, marked for lupdate; translated when cards() is called, so a language
// change takes effect on the next call. QT_TRANSLATE_NOOP is spelled out on every text: lupdate
// does not expand macros of our own, so a shorthand would hide the cards from the translators.
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

const Entry kEntries[] = {
    // Pros
    {"pro-scale", Section::Pros, QT_TRANSLATE_NOOP("GuidanceCatalog", "A very large open ecosystem"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "Hundreds of millions of downloads mean that a great many people and teams build on openly "
                       "published models and datasets every day."),
     Live::Scale, "chart:cumulative", QT_TRANSLATE_NOOP("GuidanceCatalog", "Open the cumulative chart")},
    {"pro-independence", Section::Pros, QT_TRANSLATE_NOOP("GuidanceCatalog", "Less reliance on closed APIs"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "When open models are a real option, a product does not depend on a single API vendor, its "
                       "prices or its terms. That spreads the risk instead of concentrating it."),
     Live::None, nullptr, nullptr},
    {"pro-iteration", Section::Pros, QT_TRANSLATE_NOOP("GuidanceCatalog", "Fast community iteration"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "Many contributors refine, quantise and fine-tune published models in parallel, often more "
                       "quickly than one company could on its own."),
     Live::Velocity, "chart:velocity", QT_TRANSLATE_NOOP("GuidanceCatalog", "Open the velocity chart")},
    {"pro-fine-tunes", Section::Pros, QT_TRANSLATE_NOOP("GuidanceCatalog", "Specialised fine-tunes"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "A model adapted to one domain (law, medicine, one language, one codebase) can beat a much "
                       "larger general model on that task."),
     Live::None, nullptr, nullptr},

    // Cons
    {"con-misuse", Section::Cons, QT_TRANSLATE_NOOP("GuidanceCatalog", "No oversight after the download"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "Once weights are on someone's disk, nobody supervises what they are fine-tuned for, "
                       "including harmful uses."),
     Live::None, nullptr, nullptr},
    {"con-not-deployment", Section::Cons, QT_TRANSLATE_NOOP("GuidanceCatalog", "A download is not a deployment"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "Counts include experiments, CI runs and mirrors. Most downloads never end up in a product, "
                       "so read the figures as interest, not as usage in production."),
     Live::Window30d, nullptr, nullptr},
    {"con-supply-chain", Section::Cons, QT_TRANSLATE_NOOP("GuidanceCatalog", "Weights widen the attack surface"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "Every new model is code-adjacent input from a third party. Weights saved with pickle can "
                       "run arbitrary code when loaded; tampered or look-alike repos are a supply-chain risk."),
     Live::PickleOnly, nullptr, nullptr},
    {"con-concentration", Section::Cons, QT_TRANSLATE_NOOP("GuidanceCatalog", "A single distribution point"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "So much of open AI is fetched from one hub that its outages, policies and moderation "
                       "choices affect the whole ecosystem."),
     Live::None, nullptr, nullptr},

    // What to watch for
    {"watch-milestones", Section::Watch, QT_TRANSLATE_NOOP("GuidanceCatalog", "Milestone announcements"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "Round numbers of cumulative downloads are when the ecosystem's size gets noticed. HubWatch "
                       "projects when the tracked total reaches its next one and can alert you when it does."),
     Live::Milestone, "panel:alerts", QT_TRANSLATE_NOOP("GuidanceCatalog", "Open the alerts")},
    {"watch-velocity", Section::Watch, QT_TRANSLATE_NOOP("GuidanceCatalog", "Top-50 download velocity"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "When the fastest-growing models shift towards one kind of task, a new hot category is "
                       "forming. HubWatch compares each task's share of the top 50 with a week ago."),
     Live::Velocity, "chart:hot", QT_TRANSLATE_NOOP("GuidanceCatalog", "Open the hot categories")},
    {"watch-leaderboards", Section::Watch, QT_TRANSLATE_NOOP("GuidanceCatalog", "Open versus closed on leaderboards"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "How far open models trail (or lead) closed ones on public benchmarks tells you how "
                       "realistic an open alternative is for your task."),
     Live::None, nullptr, nullptr},
    {"watch-enterprise", Section::Watch, QT_TRANSLATE_NOOP("GuidanceCatalog", "Private hubs in companies"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "Enterprise adoption of private hubs hints at real production use. HubWatch cannot see "
                       "private repos; this one you follow through announcements."),
     Live::None, nullptr, nullptr},
    {"watch-evaluations", Section::Watch, QT_TRANSLATE_NOOP("GuidanceCatalog", "Safety evaluations of models"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "Evaluations published by AI safety organisations are a quality signal. Add their "
                       "organisations to your watchlist to see what they publish."),
     Live::None, "panel:watchlist", QT_TRANSLATE_NOOP("GuidanceCatalog", "Open the watchlist")},

    // What you can do (a checklist)
    {"do-explore", Section::Actions, QT_TRANSLATE_NOOP("GuidanceCatalog", "Explore models for your own use case"),
     QT_TRANSLATE_NOOP("GuidanceCatalog", "Sign up on the Hub and try a few models on the task you actually care about."), Live::None,
     "panel:watchlist", QT_TRANSLATE_NOOP("GuidanceCatalog", "Open the watchlist")},
    {"do-compare-open", Section::Actions, QT_TRANSLATE_NOOP("GuidanceCatalog", "Compare open options before paying for an API"),
     QT_TRANSLATE_NOOP("GuidanceCatalog", "Before committing to a closed API's pricing, test whether an open model does the job."),
     Live::None, nullptr, nullptr},
    {"do-check-licences", Section::Actions, QT_TRANSLATE_NOOP("GuidanceCatalog", "Check licences before shipping"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "Apache 2.0, a vendor community licence such as Llama's, or CC-BY carry very different "
                       "duties. Check them before a model goes into a commercial product."),
     Live::Licences, "panel:licences", QT_TRANSLATE_NOOP("GuidanceCatalog", "Open the licences")},
    {"do-registry", Section::Actions, QT_TRANSLATE_NOOP("GuidanceCatalog", "Keep an internal registry of vetted models"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "Let teams pull only models someone has reviewed, from a private hub or an artefact "
                       "repository."),
     Live::None, nullptr, nullptr},
    {"do-weights-policy", Section::Actions, QT_TRANSLATE_NOOP("GuidanceCatalog", "Set a security policy for model weights"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "Decide which formats may run in production (for example safetensors only), where weights "
                       "may come from and who approves them."),
     Live::PickleOnly, "panel:licences", QT_TRANSLATE_NOOP("GuidanceCatalog", "Open the formats")},
    {"do-contribute", Section::Actions, QT_TRANSLATE_NOOP("GuidanceCatalog", "Give back"),
     QT_TRANSLATE_NOOP("GuidanceCatalog", "If your business allows it, publish models, datasets or evaluations for others to use."),
     Live::None, nullptr, nullptr},
    {"do-fund", Section::Actions, QT_TRANSLATE_NOOP("GuidanceCatalog", "Fund open infrastructure"),
     QT_TRANSLATE_NOOP("GuidanceCatalog", "Treat open-source AI infrastructure as a public good and support it."), Live::None, nullptr,
     nullptr},
    {"do-provenance", Section::Actions, QT_TRANSLATE_NOOP("GuidanceCatalog", "Work on provenance standards"),
     QT_TRANSLATE_NOOP("GuidanceCatalog", "Help define how a model's origin and supply chain can be traced and verified."), Live::None,
     nullptr, nullptr},
    {"do-academic", Section::Actions, QT_TRANSLATE_NOOP("GuidanceCatalog", "Support academic access"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "Programmes that give researchers access to models and compute keep AI research from "
                       "concentrating in a few companies."),
     Live::None, nullptr, nullptr},

    // Data & methodology
    {"method-scope", Section::Methodology, QT_TRANSLATE_NOOP("GuidanceCatalog", "What the figure is a sum of"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "The Hub publishes no total for all of its repos. HubWatch's headline is the sum over the "
                       "repos it tracks: the top models and datasets by downloads plus your watchlist. Spaces are "
                       "not counted. Repos outside the scope are not in the figure."),
     Live::ScopeCovered, "panel:watchlist", QT_TRANSLATE_NOOP("GuidanceCatalog", "Change what is tracked")},
    {"method-windows", Section::Methodology, QT_TRANSLATE_NOOP("GuidanceCatalog", "30 days and all time"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "For each repo the Hub reports a rolling count over the last 30 days and a total since the "
                       "repo was created. HubWatch shows both; growth per day comes from comparing its own polls."),
     Live::Window30d, "chart:cumulative", QT_TRANSLATE_NOOP("GuidanceCatalog", "Open the cumulative chart")},
    {"method-model-downloads", Section::Methodology, QT_TRANSLATE_NOOP("GuidanceCatalog", "How a model download is counted"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "The Hub counts a download of a model when one of its query files, such as config.json, is "
                       "fetched with GET or HEAD. Every GGUF file fetched counts separately. Automated traffic such "
                       "as CI is not filtered out."),
     Live::None, nullptr, nullptr},
    {"method-dataset-downloads", Section::Methodology, QT_TRANSLATE_NOOP("GuidanceCatalog", "How a dataset download is counted"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "For datasets, all the files one IP address fetches from one repo within five minutes "
                       "count as a single download."),
     Live::None, nullptr, nullptr},
    {"method-history", Section::Methodology, QT_TRANSLATE_NOOP("GuidanceCatalog", "The history is HubWatch's own"),
     QT_TRANSLATE_NOOP("GuidanceCatalog",
                       "The Hub keeps no history of its counts, only today's figures. Every point in HubWatch's "
                       "charts is one of its own polls, so the history starts when you started polling and has "
                       "gaps wherever no poll ran."),
     Live::None, "chart:cumulative", QT_TRANSLATE_NOOP("GuidanceCatalog", "Open the cumulative chart")},
};

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
