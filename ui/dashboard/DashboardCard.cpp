#include "DashboardCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hubwatch {

DashboardCard::DashboardCard(const QString &title, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setForegroundRole(QPalette::Text);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = m_outer = new QVBoxLayout(this);
    m_title = new QLabel(title, this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setForegroundRole(QPalette::PlaceholderText); // quieter than the figures, theme-aware
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body);
    layout->addStretch(1);
}

QLabel *DashboardCard::addLabel(const QString &text, bool wrap)
{
    auto *label = new QLabel(text, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    m_body->addWidget(label);
    return label;
}

void DashboardCard::letBodyFillHeight()
{
    m_outer->setStretch(1, 1); // the body
    m_outer->setStretch(2, 0); // the spacer under it
}

QString DashboardCard::title() const
{
    return m_title->text();
}

} // namespace hubwatch
