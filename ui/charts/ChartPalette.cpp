#include "ChartPalette.h"

namespace hubwatch {

ChartPalette::ChartPalette(const QPalette &window)
    : m_base(window.color(QPalette::Active, QPalette::Base))
    , m_text(window.color(QPalette::Active, QPalette::Text))
    , m_dark(m_base.lightness() < 128)
{}

QPalette ChartPalette::lightWindow()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Text, QColor(0x21, 0x25, 0x29));
    p.setColor(QPalette::WindowText, QColor(0x21, 0x25, 0x29));
    return p;
}

QPalette ChartPalette::darkWindow()
{
    QPalette p;
    const QColor window(0x26, 0x27, 0x2b), base(0x1e, 0x1f, 0x22), text(0xe8, 0xea, 0xed), muted(0x8a, 0x8d, 0x93);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x35, 0x3a));
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText, QPalette::ToolTipText})
        p.setColor(role, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    return p;
}

QList<QColor> ChartPalette::seriesColors(bool dark)
{
    // Okabe–Ito, ordered so the first colours are the most distinct on that background.
    static const QList<QColor> light{QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x00, 0x00)};
    static const QList<QColor> onDark{QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                      QColor(0xcc, 0x79, 0xa7), QColor(0xf0, 0xe4, 0x42), QColor(0xd5, 0x5e, 0x00),
                                      QColor(0xff, 0xff, 0xff)};
    return dark ? onDark : light;
}

QColor ChartPalette::series(int i) const
{
    const QList<QColor> colors = seriesColors(m_dark);
    return colors.at(qAbs(i) % colors.size());
}

int ChartPalette::size() const
{
    return int(seriesColors(m_dark).size());
}

QColor ChartPalette::blend(double textShare) const
{
    const auto mix = [textShare](int base, int text) { return qRound(base + (text - base) * textShare); };
    return QColor(mix(m_base.red(), m_text.red()), mix(m_base.green(), m_text.green()), mix(m_base.blue(), m_text.blue()));
}

QColor ChartPalette::grid() const
{
    return blend(m_dark ? 0.16 : 0.10);
}

QColor ChartPalette::axisLine() const
{
    return blend(0.35);
}

QColor ChartPalette::reference() const
{
    return blend(0.55);
}

} // namespace hubwatch
