#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QToolButton;

namespace hubwatch {

// The in-window alert, for desktops without a tray: the alert's title and body with its age, so
// a figure from days ago never reads as today's, and a button that dismisses it until the next.
class AlertBanner : public QFrame
{
    Q_OBJECT
public:
    explicit AlertBanner(QWidget *parent = nullptr);

    // title and body may quote the Hub: shown as plain text.
    void showAlert(const QString &title, const QString &body, const QDateTime &raisedAt, const QDateTime &now);
    QString text() const;
    QToolButton *dismissButton() const { return m_dismiss; }

private:
    QLabel *m_text = nullptr;
    QToolButton *m_dismiss = nullptr;
};

} // namespace hubwatch
