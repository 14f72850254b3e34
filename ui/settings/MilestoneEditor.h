#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace hubwatch {

// Edits the user's own milestone thresholds per series (the headline, watched repos), on top of
// the default 1-2-5 ladder. It only edits values: the caller loads them from the store and
// saves what changed, so the widget never touches the database.
class MilestoneEditor : public QWidget
{
    Q_OBJECT
public:
    using Thresholds = QMap<QString, QList<qint64>>; // series key → ascending thresholds

    explicit MilestoneEditor(QWidget *parent = nullptr);

    // The series offered, as (key, label) pairs: "headline", "model:org/name"…
    void setSeries(const QList<QPair<QString, QString>> &series);
    void setThresholds(const Thresholds &thresholds);
    Thresholds thresholds() const { return m_thresholds; }
    // The keys of the series offered, in order.
    QStringList seriesKeys() const;
    // Disabled with a reason (still loading, or a shared history only its collector may change);
    // without a reason, the usual hint about the default ladder.
    void setEditable(bool editable, const QString &reason = QString());

    // Adds the typed value to the current series; false with the reason shown when refused.
    bool addTyped();
    void removeSelected();

private:
    static QString defaultHint();
    void showSeries();
    QString currentSeries() const;
    void setMessage(const QString &text);

    Thresholds m_thresholds;
    bool m_editable = true;
    QComboBox *m_series = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_input = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace hubwatch
