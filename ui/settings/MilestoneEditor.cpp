#include "MilestoneEditor.h"

#include "analysis/CompactNumber.h"
#include "analysis/MilestoneInput.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hubwatch {

MilestoneEditor::MilestoneEditor(QWidget *parent) : QWidget(parent)
{
    m_series = new QComboBox(this);
    m_series->setObjectName(QStringLiteral("milestoneSeries"));
    m_series->setAccessibleName(tr("Series"));
    m_series->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_series->setMinimumContentsLength(16);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("milestoneList"));
    m_list->setAccessibleName(tr("Your milestones"));
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 4);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("milestoneInput"));
    m_input->setAccessibleName(tr("New milestone"));
    m_input->setPlaceholderText(tr("e.g. 1.5B or 250M"));
    m_input->setClearButtonEnabled(true);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("milestoneAdd"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("milestoneRemove"));
    m_remove->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("milestoneMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    listRow->addLayout(listButtons);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_series);
    box->addLayout(listRow, 1);
    box->addLayout(inputRow);
    box->addWidget(m_message);

    connect(m_series, &QComboBox::currentIndexChanged, this, [this] { showSeries(); });
    connect(m_add, &QPushButton::clicked, this, [this] { addTyped(); });
    connect(m_input, &QLineEdit::returnPressed, this, [this] { addTyped(); });
    connect(m_remove, &QPushButton::clicked, this, &MilestoneEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_editable && !m_list->selectedItems().isEmpty()); });
    setMessage(defaultHint());
}

QString MilestoneEditor::defaultHint()
{
    return tr("Milestones at 1, 2 and 5 × 10ⁿ are always announced; add your own here.");
}

QStringList MilestoneEditor::seriesKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_series->count(); ++i)
        keys << m_series->itemData(i).toString();
    return keys;
}

void MilestoneEditor::setSeries(const QList<QPair<QString, QString>> &series)
{
    const QString current = currentSeries();
    m_series->clear();
    for (const auto &s : series)
        m_series->addItem(s.second, s.first);
    const int index = m_series->findData(current);
    m_series->setCurrentIndex(index >= 0 ? index : 0);
    showSeries();
}

void MilestoneEditor::setThresholds(const Thresholds &thresholds)
{
    m_thresholds = thresholds;
    for (auto &list : m_thresholds)
        std::sort(list.begin(), list.end());
    showSeries();
}

void MilestoneEditor::setEditable(bool editable, const QString &reason)
{
    m_editable = editable;
    m_input->setEnabled(editable);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && !m_list->selectedItems().isEmpty());
    setMessage(reason.isEmpty() ? defaultHint() : reason);
}

QString MilestoneEditor::currentSeries() const
{
    return m_series->currentData().toString();
}

bool MilestoneEditor::addTyped()
{
    const QString series = currentSeries();
    if (!m_editable || series.isEmpty())
        return false;
    qint64 value = 0;
    QString error;
    if (!MilestoneInput::parse(m_input->text(), locale(), &value, &error)) {
        setMessage(error);
        return false;
    }
    QList<qint64> &list = m_thresholds[series];
    if (list.contains(value)) {
        setMessage(tr("%1 is already in the list.").arg(locale().toString(value)));
        return false;
    }
    list.append(value);
    std::sort(list.begin(), list.end());
    m_input->clear();
    setMessage(tr("%1 downloads added.").arg(locale().toString(value)));
    showSeries();
    return true;
}

void MilestoneEditor::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (!m_editable || selected.isEmpty())
        return;
    QList<qint64> &list = m_thresholds[currentSeries()];
    for (const QListWidgetItem *item : selected)
        list.removeAll(item->data(Qt::UserRole).toLongLong());
    showSeries();
}

void MilestoneEditor::showSeries()
{
    m_list->clear();
    for (const qint64 v : m_thresholds.value(currentSeries())) {
        auto *item = new QListWidgetItem(CompactNumber::format(v, locale(), CompactNumber::Zeros::Trim), m_list);
        item->setData(Qt::UserRole, v);
        item->setToolTip(tr("%1 downloads").arg(locale().toString(v)));
    }
    m_remove->setEnabled(false);
}

void MilestoneEditor::setMessage(const QString &text)
{
    m_message->setText(text);
}

} // namespace hubwatch
