#pragma once

#include "GuidanceCatalog.h"
#include "report/StatusReport.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QFrame;

namespace hubwatch {

class Settings;

// The guidance panel: the cards of GuidanceCatalog in sections (pros, cons, what to watch for,
// what you can do, data & methodology), each showing the live figure that bears on it and
// offering the chart or panel that goes with it. The "what you can do" ticks persist in
// Settings. Cards follow the system palette (Base/Text roles), so dark themes work.
class GuidanceView : public QWidget
{
    Q_OBJECT
public:
    explicit GuidanceView(Settings &settings, QWidget *parent = nullptr);

    // The figures to show; pollId 0 shows "no data yet" on the live cards.
    void setReport(const StatusReport &report);

    // For tests and accessibility: the card's texts as shown.
    QStringList cardIds() const;
    QString cardTitle(const QString &id) const;
    QString cardBody(const QString &id) const;
    QString cardLiveText(const QString &id) const; // empty for cards without a figure
    QPushButton *cardAction(const QString &id) const;
    QCheckBox *cardCheck(const QString &id) const;

Q_SIGNALS:
    // "chart:cumulative", "chart:velocity", "chart:hot", "panel:licences", "panel:alerts",
    // "panel:watchlist".
    void openView(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct CardWidgets
    {
        GuidanceCard card;
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *body = nullptr;
        QLabel *live = nullptr;
        QPushButton *action = nullptr;
        QCheckBox *check = nullptr;
    };

    void build();
    void retranslate();
    void updateLive();
    QString liveText(GuidanceCard::Live live) const;
    // Where the whole Hub's figure comes from, on the cards that speak of it before a census.
    static QString censusHint();

    Settings &m_settings;
    StatusReport m_report;
    QScrollArea *m_scroll = nullptr;
    QMap<GuidanceCard::Section, QLabel *> m_sectionTitles;
    QMap<GuidanceCard::Section, QLabel *> m_sectionIntros;
    QList<CardWidgets> m_cards;
};

} // namespace hubwatch
