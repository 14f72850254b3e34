#pragma once

#include <QWidget>

class QLineEdit;

namespace hubwatch {

class FieldChecks;
class Settings;

// A page of the settings dialog with fields to check: it loads them from Settings when built,
// shows each one's message in check() (refused fields go to the shared FieldChecks), and writes
// them back in apply(). edited() asks the dialog to check again.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(FieldChecks *checks, QWidget *parent = nullptr);

    virtual void check() = 0;
    virtual void apply(Settings &settings) const = 0;

Q_SIGNALS:
    void edited();

protected:
    FieldChecks &checks() const { return *m_checks; }
    // A text field checked as it changes; its errors show once it was left, so a half-typed
    // URL is not called wrong.
    void watchText(QLineEdit *edit);

private:
    FieldChecks *m_checks;
};

} // namespace hubwatch
