#include "AlertBanner.h"

#include "dashboard/DashboardText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace hubwatch {

AlertBanner::AlertBanner(QWidget *parent) : QFrame(parent), m_text(new QLabel(this)), m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("alertBanner"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the alert"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);
    setVisible(false);
}

void AlertBanner::showAlert(const QString &title, const QString &body, const QDateTime &raisedAt, const QDateTime &now)
{
    const QString age = DashboardText::ago(raisedAt, now);
    m_text->setText(body.isEmpty() ? tr("%1 (%2)", "alert title, its age").arg(title, age)
                                   : tr("%1 (%2) — %3", "alert title, its age, its text").arg(title, age, body));
    setVisible(true);
}

QString AlertBanner::text() const
{
    return m_text->text();
}

} // namespace hubwatch
