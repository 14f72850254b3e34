#include "FieldChecks.h"

#include "FieldMessage.h"

#include <QAbstractSpinBox>

namespace hubwatch {

void FieldChecks::report(FieldMessage *message, const QList<QWidget *> &fields, const QList<QWidget *> &errorFields, const QString &error,
                         const QString &warning)
{
    bool shown = !error.isEmpty() && m_all;
    for (QWidget *field : errorFields)
        shown = shown || (!error.isEmpty() && (qobject_cast<QAbstractSpinBox *>(field) || m_revealed.contains(field)));
    for (QWidget *field : fields)
        FieldMessage::markField(field, shown && errorFields.contains(field) ? error : QString());
    if (shown) {
        message->showMessage(FieldMessage::Kind::Error, error);
        if (!m_first)
            m_first = errorFields.value(0);
    } else if (!warning.isEmpty()) {
        message->showMessage(FieldMessage::Kind::Warning, warning);
    } else if (message->kind() != FieldMessage::Kind::Note) {
        message->clearMessage();
    }
}

} // namespace hubwatch
