#include "SettingsPage.h"

#include "FieldChecks.h"

#include <QLineEdit>

namespace hubwatch {

SettingsPage::SettingsPage(FieldChecks *checks, QWidget *parent) : QWidget(parent), m_checks(checks)
{}

void SettingsPage::watchText(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textChanged, this, &SettingsPage::edited);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        m_checks->reveal(edit);
        Q_EMIT edited();
    });
}

} // namespace hubwatch
