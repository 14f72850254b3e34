#pragma once

#include "RangeCheckedSpinBox.h"

#include <QProcessEnvironment>
#include "SettingsPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace hubwatch {

class FieldMessage;

// The settings page of what is polled and where: top models and datasets, the interval, the
// endpoint, and how often the census of the whole Hub is taken between polls. Warns that a new top N starts a new headline series, and that a plain-http endpoint
// never gets the token.
class PollingPage : public SettingsPage
{
    Q_OBJECT
public:
    PollingPage(const Settings &settings, const QProcessEnvironment &env, FieldChecks *checks, QWidget *parent = nullptr);

    // See SettingsDialog::showCommandLineEndpoint.
    void showCommandLineEndpoint(const QString &endpoint);
    // Shows each field's message; refused fields go to checks.
    void check() override;
    void apply(Settings &settings) const override;

private:
    using SpinBox = RangeCheckedSpinBox<QSpinBox>;

    void load(const QProcessEnvironment &env);
    QString endpointWarning() const;
    QString topWarning() const;

    const Settings &m_settings;
    bool m_endpointOverridden = false;
    SpinBox *m_topModels = nullptr;
    SpinBox *m_topDatasets = nullptr;
    FieldMessage *m_topMessage = nullptr;
    SpinBox *m_interval = nullptr;
    FieldMessage *m_intervalMessage = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLabel *m_endpointNote = nullptr;
    FieldMessage *m_endpointMessage = nullptr;
    QCheckBox *m_census = nullptr;
    SpinBox *m_censusHours = nullptr;
    FieldMessage *m_censusMessage = nullptr;
};

} // namespace hubwatch
