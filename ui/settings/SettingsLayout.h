#pragma once

#include <QList>

class QFormLayout;
class QLabel;
class QString;
class QWidget;

namespace hubwatch {

class FieldMessage;

// The pieces every settings page is built from, so the pages look alike.
namespace SettingsLayout {
// A wrapped note in the palette's subdued text colour.
QLabel *note(QWidget *parent);
FieldMessage *message(const char *objectName, QWidget *parent);
// A form's field cell: the field with its messages and notes under it, so a hidden message
// takes no room and each sits right under its own field.
QWidget *fieldCell(QWidget *parent, const QList<QWidget *> &widgets);
QLabel *formLabel(const QString &text, QWidget *buddy, QWidget *parent);
// A form at the top of the page, the rest of the page empty below it.
QFormLayout *pageForm(QWidget *page);
} // namespace SettingsLayout

} // namespace hubwatch
