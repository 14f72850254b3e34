#include "ExportPngDialog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace hubwatch {

ExportPngDialog::ExportPngDialog(QWidget *parent)
    : QDialog(parent)
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_background(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export chart"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 8192);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(1600);
    m_height->setValue(900);
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_scale->addItem(tr("1× (standard)"), 1.0);
    m_scale->addItem(tr("2× (high resolution)"), 2.0);
    m_scale->setToolTip(tr("The image has width × height × scale pixels"));
    m_background->addItem(tr("White"), int(ChartExporter::Background::White));
    m_background->addItem(tr("Transparent"), int(ChartExporter::Background::Transparent));
    m_path->setPlaceholderText(tr("File to write"));
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 40); // the dated file name whole, not its tail
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(tr("×"), this));
    size->addWidget(m_height);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Size:"), size);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("Background:"), m_background);
    form->addRow(tr("File:"), file);
    form->addRow(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportPngDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportPngDialog::syncOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    syncOk();
}

ChartExporter::Options ExportPngDialog::options() const
{
    ChartExporter::Options o;
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->currentData().toDouble();
    o.background = ChartExporter::Background(m_background->currentData().toInt());
    return o;
}

QString ExportPngDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportPngDialog::setChartSize(const QSize &size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void ExportPngDialog::setScale(qreal scale)
{
    m_scale->setCurrentIndex(scale > 1.5 ? 1 : 0);
}

void ExportPngDialog::setBackground(ChartExporter::Background background)
{
    m_background->setCurrentIndex(m_background->findData(int(background)));
}

void ExportPngDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportPngDialog::suggest(const QString &remembered, const QString &chart, const QDate &date)
{
    setPath(QDir(defaultFolder(remembered)).filePath(defaultFileName(chart, date)));
}

QString ExportPngDialog::defaultFileName(const QString &chart, const QDate &date)
{
    return QStringLiteral("hubwatch-%1-%2.png").arg(chart, date.toString(QStringLiteral("yyyy-MM-dd")));
}

QString ExportPngDialog::defaultFolder(const QString &remembered)
{
    if (!remembered.isEmpty() && QDir(remembered).exists())
        return QDir::cleanPath(remembered);
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return pictures.isEmpty() ? QDir::homePath() : pictures;
}

QPushButton *ExportPngDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ExportPngDialog::browse()
{
    const QString start = path().isEmpty() ? QDir(defaultFolder(QString())).filePath(QStringLiteral("hubwatch-chart.png")) : path();
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export chart"), start, tr("PNG images (*.png)"));
    if (chosen.isEmpty())
        return;
    if (!chosen.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        chosen += QStringLiteral(".png");
    m_path->setText(chosen);
}

void ExportPngDialog::syncOk()
{
    okButton()->setEnabled(!path().isEmpty());
}

} // namespace hubwatch
