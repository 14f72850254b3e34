#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace hubwatch {

// One card of the dashboard: a title over its own content, on the palette's Base colour so it
// stands out from the page in light and dark themes alike (no colour is hard-coded).
class DashboardCard : public QFrame
{
    Q_OBJECT
public:
    explicit DashboardCard(const QString &title, QWidget *parent = nullptr);

    QVBoxLayout *body() const { return m_body; }
    // A plain-text label added to the body. Wrapping by default: a long line takes another line
    // instead of widening the window.
    QLabel *addLabel(const QString &text = QString(), bool wrap = true);
    QString title() const;
    // The body takes the card's extra height (a list), instead of the space below the body.
    void letBodyFillHeight();

private:
    QLabel *m_title = nullptr;
    QVBoxLayout *m_body = nullptr;
    QVBoxLayout *m_outer = nullptr;
};

} // namespace hubwatch
