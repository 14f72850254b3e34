#pragma once

#include <QList>
#include <QSet>
#include <QString>

class QWidget;

namespace hubwatch {

class FieldMessage;

// One round of checking the settings pages: when a field's error may show (spin boxes at once,
// a number being typed deliberately; text fields once left, so a half-typed URL is not called
// wrong; every field after OK), and which refused field comes first, in page order.
class FieldChecks
{
public:
    void revealAll() { m_all = true; }
    void reveal(QWidget *field) { m_revealed.insert(field); }

    // Starts a round: no refused field yet.
    void begin() { m_first = nullptr; }
    QWidget *firstRefused() const { return m_first; }

    // Shows one message: the error when there is one and it may show (errorFields are marked),
    // else the warning, else what the message held as a note (or nothing). fields: all the
    // fields this message speaks for, unmarked unless refused.
    void report(FieldMessage *message, const QList<QWidget *> &fields, const QList<QWidget *> &errorFields, const QString &error,
                const QString &warning = QString());

private:
    bool m_all = false;
    QSet<QWidget *> m_revealed;
    QWidget *m_first = nullptr;
};

} // namespace hubwatch
