#include "SeriesPickerDialog.h"

#include "report/SeriesNames.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubwatch {

SeriesPickerDialog::SeriesPickerDialog(const QStringList &checked, QWidget *parent)
    : QDialog(parent)
    , m_initial(checked)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(tr("Loading…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Compare series"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_status->setTextFormat(Qt::PlainText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(360, 420);

    connect(m_filter, &QLineEdit::textChanged, this, &SeriesPickerDialog::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, &SeriesPickerDialog::syncOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    syncOk();
}

void SeriesPickerDialog::setAvailable(const QStringList &keys)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    QStringList all = keys;
    for (const QString &k : std::as_const(m_initial))
        if (!all.contains(k))
            all.append(k); // still shown, even if the store no longer lists it
    for (const QString &key : std::as_const(all)) {
        // As people say it ("Tracked downloads", "model org/name"); the filter matches the key too.
        // Repo names are plain text: QListWidgetItem never reads its text as markup.
        auto *item = new QListWidgetItem(SeriesNames::display(key), m_list);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_initial.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    m_populated = true;
    m_status->clear();
    applyFilter();
    syncOk();
}

void SeriesPickerDialog::setLoadError(const QString &error)
{
    m_status->setText(error);
}

void SeriesPickerDialog::setChecked(const QString &key, bool on)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == key)
            m_list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

QStringList SeriesPickerDialog::selectedKeys() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.append(m_list->item(i)->data(Qt::UserRole).toString());
    return out;
}

void SeriesPickerDialog::setFilter(const QString &text)
{
    m_filter->setText(text);
}

QStringList SeriesPickerDialog::visibleKeys() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (!m_list->item(i)->isHidden())
            out.append(m_list->item(i)->data(Qt::UserRole).toString());
    return out;
}

void SeriesPickerDialog::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!text.isEmpty() && !item->data(Qt::UserRole).toString().contains(text, Qt::CaseInsensitive)
                        && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void SeriesPickerDialog::syncOk()
{
    if (!m_populated) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    const int n = selectedKeys().size();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(n > 0);
    m_status->setText(n ? tr("%n series selected", nullptr, n) : tr("Choose at least one series."));
}

} // namespace hubwatch
