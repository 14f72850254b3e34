#pragma once

#include <QDialog>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
QT_END_NAMESPACE

namespace hubwatch {

// Picks the series to compare: the tracked series (keys "headline", "model:ORG/NAME",
// "dataset:ORG/NAME", shown by SeriesNames as people say them) with check boxes and a filter line. Starts empty ("Loading…") until
// setAvailable() hands it the keys; the keys checked at the start stay checked.
class SeriesPickerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SeriesPickerDialog(const QStringList &checked, QWidget *parent = nullptr);

    void setAvailable(const QStringList &keys);
    void setLoadError(const QString &error);
    bool isPopulated() const { return m_populated; }

    void setChecked(const QString &key, bool on);
    QStringList selectedKeys() const; // in list order
    void setFilter(const QString &text);
    QStringList visibleKeys() const;

    QListWidget *list() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void applyFilter();
    void syncOk();

    QStringList m_initial;
    bool m_populated = false;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace hubwatch
