#pragma once

#include "ChartExporter.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace hubwatch {

// Asks how to export a chart as PNG: logical width × height (default 1600×900), scale (1× or
// 2×), background (white or transparent) and the file to write. options() and path() carry the
// answer to ChartExporter; OK stays disabled until there is a file name. suggest() fills in a
// name to accept as it is: hubwatch-<chart>-<yyyy-MM-dd>.png in the last export's folder, else
// in Pictures.
class ExportPngDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportPngDialog(QWidget *parent = nullptr);

    // The exporter options chosen (size, scale, background); the caller adds the chart style.
    ChartExporter::Options options() const;
    QString path() const;

    void setChartSize(const QSize &size);
    void setScale(qreal scale); // 1 or 2
    void setBackground(ChartExporter::Background background);
    void setPath(const QString &path);
    // The path defaultFolder(remembered)/defaultFileName(chart, date).
    void suggest(const QString &remembered, const QString &chart, const QDate &date);

    // "hubwatch-cumulative-2026-03-12.png"
    static QString defaultFileName(const QString &chart, const QDate &date);
    // The remembered folder while it exists; else Pictures; else the home folder.
    static QString defaultFolder(const QString &remembered);

    QSpinBox *widthBox() const { return m_width; }
    QSpinBox *heightBox() const { return m_height; }
    QComboBox *scaleBox() const { return m_scale; }
    QComboBox *backgroundBox() const { return m_background; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *okButton() const;

private:
    void browse();
    void syncOk();

    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QComboBox *m_background;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QDialogButtonBox *m_buttons;
};

} // namespace hubwatch
