#include "SettingsLayout.h"

#include "FieldMessage.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hubwatch::SettingsLayout {

QLabel *note(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText); // subdued, from the palette
    return label;
}

FieldMessage *message(const char *objectName, QWidget *parent)
{
    auto *m = new FieldMessage(parent);
    m->setObjectName(QString::fromLatin1(objectName));
    return m;
}

QWidget *fieldCell(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *cell = new QWidget(parent);
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    for (QWidget *w : widgets) {
        w->setParent(cell);
        // Spin boxes and combos keep their own width; text fields and messages take the row's.
        const bool compact = qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w);
        box->addWidget(w, 0, compact ? Qt::AlignLeft : Qt::Alignment());
    }
    return cell;
}

QLabel *formLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QFormLayout *pageForm(QWidget *page)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *box = new QVBoxLayout(page);
    box->addLayout(form);
    box->addStretch(1);
    return form;
}

} // namespace hubwatch::SettingsLayout
