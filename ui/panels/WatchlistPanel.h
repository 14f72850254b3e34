#pragma once

#include "WatchlistModel.h"
#include "hub/RepoStats.h"
#include "monitor/PollScope.h"
#include "util/Clock.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStringListModel;
class QTableView;
class QTimer;

namespace hubwatch {

class HubClient;
class Settings;
class ReportService;

// The watchlist: add and remove models, datasets and authors, with search-as-you-type against
// the Hub, and each item's latest stored figures. Edits `settings` (PollScope::watch) and says
// so with watchlistChanged(); never blocks: figures come from the store thread, suggestions
// from HubClient.
class WatchlistPanel : public QWidget
{
    Q_OBJECT
public:
    // hub may be null (offline): no suggestions then, adding still works.
    WatchlistPanel(Settings &settings, ReportService *reports, HubClient *hub, QWidget *parent = nullptr);
    // "Now" for the figures (growth per day, last change); the wall clock unless a test sets one.
    void setClock(const Clock *clock) { m_clock = clock; }

    WatchlistModel *model() const { return m_model; }
    // Adds "model:org/name" / "dataset:org/name" / "author:org", or a bare name of the kind
    // selected in the panel. False (and the inline message says why) if invalid or a duplicate.
    bool addItem(const QString &text);
    bool removeItem(const WatchItem &item);
    // A viewer of another collector's history cannot poll what it adds: adding is disabled,
    // and the reason shown in its place.
    void setAddEnabled(bool enabled, const QString &why = QString());
    // The inline message under the input ("" when none).
    QString message() const;
    // The suggestions of the latest search that finished for the current text.
    QStringList suggestions() const;
    QLineEdit *input() const { return m_input; }
    // Shown while a Hub search runs.
    QProgressBar *searchIndicator() const { return m_busy; }
    QComboBox *kindSelector() const { return m_kind; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    // Reloads the figures from the store (asynchronously).
    void refresh();
    // The watchlist changed in the settings behind the panel (a repo renamed on the Hub).
    void reloadItems();

Q_SIGNALS:
    void watchlistChanged(const PollScope &scope);
    void openSeries(const QString &seriesKey);
    // After a refresh() finished and the table shows its figures (for tests and status bars).
    void refreshed();
    // After a search's suggestions arrived (possibly none).
    void suggestionsReady(const QStringList &suggestions);

private:
    WatchItem::Type currentType() const;
    void onTextEdited();
    void startSearch();
    // When the Hub cannot answer: repos (or authors) in the local history whose id contains text.
    void suggestFromHistory(WatchItem::Type type, const QString &text, quint64 serial, bool failed);
    void setSuggestions(const QStringList &list);
    void addFromInput();
    void removeSelected();
    void save();
    void showMessage(const QString &text, bool error);

    Settings &m_settings;
    ReportService *m_reports;
    HubClient *m_hub;
    WatchlistModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_input;
    QComboBox *m_kind;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_message;
    QProgressBar *m_busy;
    QTableView *m_view;
    QCompleter *m_completer;
    QStringListModel *m_suggestionModel;
    QTimer *m_debounce;
    quint64 m_searchSerial = 0;
    quint64 m_refreshSerial = 0;
    const Clock *m_clock = SystemClock::instance();
    bool m_addEnabled = true;
};

} // namespace hubwatch
