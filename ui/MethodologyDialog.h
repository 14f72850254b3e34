#pragma once

#include <QDialog>

namespace hubwatch {

// Help → How HubWatch measures: where each figure comes from and what it does not say, for the
// scope and endpoint this window uses (so the explanation matches the figures on screen).
class MethodologyDialog : public QDialog
{
    Q_OBJECT
public:
    MethodologyDialog(const QString &scopeDescription, const QString &endpoint, QWidget *parent = nullptr);

    // The sections in order, as (title, text): what the dialog shows, for tests.
    QList<QPair<QString, QString>> sections() const { return m_sections; }

private:
    QList<QPair<QString, QString>> m_sections;
};

} // namespace hubwatch
