#include "WatchlistPanel.h"

#include "PlainToolTip.h"

#include "hub/HubClient.h"
#include "report/ReportService.h"
#include "settings/Settings.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace hubwatch {

namespace {
constexpr int kMinSearchChars = 2;
constexpr int kSuggestions = 10;
constexpr int kDebounceMs = 300;

// "model:x" typed into the box wins over the kind selector; returns the text after the prefix.
QString stripPrefix(const QString &text, WatchItem::Type *type)
{
    static const struct
    {
        const char *prefix;
        WatchItem::Type type;
    } prefixes[] = {{"model:", WatchItem::Type::Model}, {"dataset:", WatchItem::Type::Dataset}, {"author:", WatchItem::Type::Author}};
    for (const auto &p : prefixes) {
        if (text.startsWith(QLatin1String(p.prefix), Qt::CaseInsensitive)) {
            *type = p.type;
            return text.mid(qsizetype(qstrlen(p.prefix))).trimmed();
        }
    }
    return text.trimmed();
}
} // namespace

WatchlistPanel::WatchlistPanel(Settings &settings, ReportService *reports, HubClient *hub, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_reports(reports)
    , m_hub(hub)
    , m_model(new WatchlistModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_input(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_view(new QTableView(this))
    , m_completer(new QCompleter(this))
    , m_suggestionModel(new QStringListModel(this))
    , m_debounce(new QTimer(this))
{
    m_kind->addItem(tr("Model"), int(WatchItem::Type::Model));
    m_kind->addItem(tr("Dataset"), int(WatchItem::Type::Dataset));
    m_kind->addItem(tr("Author"), int(WatchItem::Type::Author));
    m_kind->setToolTip(tr("What to watch: one model, one dataset, or every repo of an author"));

    m_input->setPlaceholderText(hub ? tr("Search the Hub, or type org/name") : tr("org/name"));
    m_input->setClearButtonEnabled(true);
    m_completer->setModel(m_suggestionModel);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion); // the Hub filtered already
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(kSuggestions);
    m_input->setCompleter(m_completer);
    m_addButton->setDefault(true);

    m_message->setTextFormat(Qt::PlainText); // it quotes what was typed
    m_message->setWordWrap(true);
    m_message->hide();

    // Indeterminate: a search has no progress to report, only that it runs.
    m_busy->setObjectName(QStringLiteral("searchBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(m_input->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 8);
    m_busy->setToolTip(tr("Searching the Hub…"));
    m_busy->setAccessibleName(tr("Searching the Hub…"));
    auto retain = m_busy->sizePolicy();
    retain.setRetainSizeWhenHidden(hub != nullptr); // the input keeps its width as searches come and go
    m_busy->setSizePolicy(retain);
    m_busy->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WatchlistModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(WatchlistModel::ItemColumn, QHeaderView::Stretch);
    for (int c = WatchlistModel::AllTimeColumn; c < WatchlistModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the order they were added
    m_view->setSortingEnabled(true);

    auto *hint = new QLabel(this);
    hint->setEnabled(false);
    hint->setWordWrap(true);
    auto updateHint = [this, hint] {
        hint->setText(m_model->rowCount() == 0 ? tr("Nothing watched yet. Watch a model, a dataset or every repo of an author to poll "
                                                    "it besides the top lists.")
                                               : tr("Double-click a model or dataset to open its chart."));
    };
    updateHint();
    connect(m_model, &QAbstractItemModel::rowsInserted, hint, updateHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, hint, updateHint);
    connect(m_model, &QAbstractItemModel::modelReset, hint, updateHint);

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_kind);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_busy);
    inputRow->addWidget(m_addButton);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(hint, 1);
    bottomRow->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputRow);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottomRow);

    m_debounce->setObjectName(QStringLiteral("searchDebounce")); // tests check that no search is pending
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &WatchlistPanel::startSearch);
    connect(m_input, &QLineEdit::textEdited, this, &WatchlistPanel::onTextEdited);
    connect(m_input, &QLineEdit::returnPressed, this, &WatchlistPanel::addFromInput);
    connect(m_addButton, &QPushButton::clicked, this, &WatchlistPanel::addFromInput);
    connect(m_removeButton, &QPushButton::clicked, this, &WatchlistPanel::removeSelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WatchlistPanel::onTextEdited);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeButton->setEnabled(m_view->selectionModel()->hasSelection()); });
    m_removeButton->setEnabled(false);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString key = m_model->seriesKey(m_proxy->mapToSource(index).row());
        if (!key.isEmpty())
            Q_EMIT openSeries(key);
    });

    m_model->setItems(m_settings.scope().watch);
    refresh();
}

WatchItem::Type WatchlistPanel::currentType() const
{
    return WatchItem::Type(m_kind->currentData().toInt());
}

QString WatchlistPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QStringList WatchlistPanel::suggestions() const
{
    return m_suggestionModel->stringList();
}

void WatchlistPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_message->setPalette(p);
    m_message->setVisible(!text.isEmpty());
}

void WatchlistPanel::onTextEdited()
{
    if (m_message->isVisible())
        showMessage(QString(), false);
    ++m_searchSerial; // whatever is in flight answers an older text now
    m_busy->hide();
    WatchItem::Type type = currentType();
    if (!m_hub || stripPrefix(m_input->text(), &type).size() < kMinSearchChars) {
        m_debounce->stop();
        m_suggestionModel->setStringList({});
        return;
    }
    m_debounce->start();
}

void WatchlistPanel::startSearch()
{
    WatchItem::Type type = currentType();
    const QString text = stripPrefix(m_input->text(), &type);
    if (!m_hub || text.size() < kMinSearchChars)
        return;
    const quint64 serial = ++m_searchSerial;
    m_busy->show();
    // Authors: search the models and offer the organisations that match.
    const RepoKind kind = type == WatchItem::Type::Dataset ? RepoKind::Dataset : RepoKind::Model;
    HubListJob *job = m_hub->search(kind, text, kSuggestions);
    connect(job, &HubListJob::finished, this, [this, job, serial, type, text] {
        if (serial != m_searchSerial)
            return; // the text changed since: a newer search (or none) is what counts
        m_busy->hide();
        const auto &result = job->result();
        if (!result.ok()) {
            // In words, under the field; offline or not, the history may still know the name.
            const bool offline = result.error.kind() == HubError::Kind::Offline;
            showMessage(offline ? tr("Offline: no Hub search. Suggestions come from the local history.")
                                : tr("The Hub search failed: %1 Suggestions come from the local history.").arg(result.error.message()),
                        !offline);
            suggestFromHistory(type, text, serial, !offline);
            return;
        }
        QStringList out;
        QSet<QString> seen;
        for (const RepoStats &r : result.value.repos) {
            QString s = r.id;
            if (type == WatchItem::Type::Author) {
                const qsizetype slash = r.id.indexOf(QLatin1Char('/'));
                if (slash <= 0)
                    continue;
                s = r.id.left(slash);
                if (!s.contains(text, Qt::CaseInsensitive) && !out.isEmpty())
                    continue;
            }
            if (!seen.contains(s)) {
                seen.insert(s);
                out.append(s);
            }
        }
        if (out.isEmpty())
            showMessage(tr("No matches for “%1” on the Hub.").arg(text), false);
        setSuggestions(out);
    });
}

void WatchlistPanel::suggestFromHistory(WatchItem::Type type, const QString &text, quint64 serial, bool failed)
{
    if (!m_reports) {
        setSuggestions({});
        return;
    }
    m_reports->trackedSeries(this, [this, type, text, serial, failed](const StoreResult<QStringList> &keys) {
        if (serial != m_searchSerial)
            return;
        if (!keys.ok()) {
            setSuggestions({}); // the message above already says the search failed
            return;
        }
        const QString prefix = type == WatchItem::Type::Dataset ? QStringLiteral("dataset:") : QStringLiteral("model:");
        QStringList out;
        // Most downloaded first, as the store lists them; authors from either kind.
        for (const QString &key : keys.value) {
            if (out.size() >= kSuggestions)
                break;
            QString id;
            if (type == WatchItem::Type::Author) {
                const qsizetype colon = key.indexOf(QLatin1Char(':')), slash = key.indexOf(QLatin1Char('/'));
                if (colon < 0 || slash <= colon + 1)
                    continue;
                id = key.mid(colon + 1, slash - colon - 1);
            } else if (key.startsWith(prefix)) {
                id = key.mid(prefix.size());
            }
            if (!id.isEmpty() && id.contains(text, Qt::CaseInsensitive) && !out.contains(id))
                out.append(id);
        }
        if (out.isEmpty())
            showMessage(m_message->text() + QLatin1Char(' ') + tr("None there matches “%1”.").arg(text), failed);
        setSuggestions(out);
    });
}

void WatchlistPanel::setSuggestions(const QStringList &list)
{
    m_suggestionModel->setStringList(list);
    if (!list.isEmpty() && m_input->hasFocus())
        m_completer->complete();
    Q_EMIT suggestionsReady(list);
}

void WatchlistPanel::setAddEnabled(bool enabled, const QString &why)
{
    m_addEnabled = enabled;
    m_input->setEnabled(enabled);
    m_addButton->setEnabled(enabled);
    m_addButton->setToolTip(plainToolTip(why));
    if (!enabled)
        showMessage(why, false);
}

bool WatchlistPanel::addItem(const QString &rawText)
{
    if (!m_addEnabled)
        return false;
    WatchItem::Type type = currentType();
    const QString name = stripPrefix(rawText, &type);
    if (name.contains(QLatin1Char(':'))) {
        // An unknown prefix ("space:org/x"): the parser explains the accepted forms.
        WatchItem ignored;
        QString error;
        if (!WatchItem::parse(name, &ignored, &error))
            error = tr("\"%1\" should look like model:ORG/NAME, dataset:ORG/NAME or author:ORG.").arg(name);
        showMessage(error, true);
        return false;
    }
    if (name.isEmpty()) {
        showMessage(tr("Type a name to watch, such as org/name (or org for an author)."), true);
        return false;
    }
    WatchItem probe;
    probe.type = type;
    probe.name = name;
    WatchItem item;
    QString error;
    if (!WatchItem::parse(probe.toString(), &item, &error)) {
        showMessage(error, true);
        return false;
    }
    if (m_model->contains(item)) {
        showMessage(tr("%1 is already on the watchlist.").arg(item.toString()), true);
        return false;
    }
    m_model->addItem(item);
    save();
    showMessage(tr("Added %1: the next poll fetches its figures.").arg(item.toString()), false);
    refresh();
    return true;
}

bool WatchlistPanel::removeItem(const WatchItem &item)
{
    const int row = int(m_model->items().indexOf(item));
    if (row < 0)
        return false;
    m_model->removeItemAt(row);
    save();
    showMessage(tr("Removed %1.").arg(item.toString()), false);
    return true;
}

void WatchlistPanel::addFromInput()
{
    if (addItem(m_input->text())) {
        m_debounce->stop();
        ++m_searchSerial;
        m_busy->hide();
        m_input->clear();
        m_suggestionModel->setStringList({});
    }
}

void WatchlistPanel::removeSelected()
{
    QList<WatchItem> doomed;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        doomed.append(m_model->itemAt(m_proxy->mapToSource(index).row()));
    if (doomed.isEmpty())
        return;
    for (const WatchItem &item : std::as_const(doomed))
        m_model->removeItemAt(int(m_model->items().indexOf(item)));
    save();
    showMessage(doomed.size() == 1 ? tr("Removed %1.").arg(doomed.first().toString())
                                   : tr("Removed %n items.", nullptr, int(doomed.size())),
                false);
}

void WatchlistPanel::save()
{
    PollScope scope = m_settings.scope();
    scope.watch = m_model->items();
    m_settings.setScope(scope);
    Q_EMIT watchlistChanged(scope);
}

void WatchlistPanel::reloadItems()
{
    m_model->setItems(m_settings.scope().watch);
    refresh();
}

void WatchlistPanel::refresh()
{
    if (!m_reports)
        return;
    const QList<WatchItem> items = m_model->items();
    const quint64 serial = ++m_refreshSerial;
    m_reports->watchlistFigures(items, m_clock->nowUtc(), this, [this, serial](const WatchlistFigures &figures) {
        if (serial != m_refreshSerial)
            return; // a newer refresh is on its way
        m_model->setFigures(figures);
        m_view->setToolTip(figures.error.isEmpty() ? QString() : plainToolTip(tr("Figures unavailable: %1").arg(figures.error)));
        Q_EMIT refreshed();
    });
}

} // namespace hubwatch
