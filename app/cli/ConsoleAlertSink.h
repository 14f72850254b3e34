#pragma once

#include "alerts/AlertSink.h"

#include <QCoreApplication>

namespace hubwatch {

// `hubwatch poll`'s alerts: one line each on standard output, where a terminal or the journal
// (systemd keeps a service's output) shows them; on standard error with --json, which keeps
// standard output one JSON document per poll.
class ConsoleAlertSink : public AlertSink
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleAlertSink)
public:
    explicit ConsoleAlertSink(bool json) : m_json(json) {}
    void deliver(const AlertRecord &alert) override;

private:
    bool m_json;
};

} // namespace hubwatch
