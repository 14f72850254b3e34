#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

namespace hubwatch {

// The chart's colours, from the window's palette: the background is QPalette::Base, titles and
// labels QPalette::Text, grid and axis lines blends of the two (no Qt Charts theme, whose
// gradient background was a seam in dark themes). Series take the Okabe–Ito qualitative palette
// (Okabe & Ito 2008), which stays apart for the common colour-vision deficiencies; the variant
// follows Base's lightness: on a light background without the yellow (it vanishes on white),
// on a dark one without the dark blue (it vanishes on black).
class ChartPalette
{
public:
    explicit ChartPalette(const QPalette &window = QPalette());

    // A light palette independent of the desktop's: what a PNG export is drawn on.
    static QPalette lightWindow();
    // A dark one, complete enough for a whole window (buttons, selection, tool tips, disabled
    // text): what a dark export is drawn on, and the window with --theme dark.
    static QPalette darkWindow();

    bool isDark() const { return m_dark; }
    QColor background() const { return m_base; }
    QColor text() const { return m_text; }
    QColor grid() const; // quiet lines behind the data
    QColor axisLine() const;
    QColor reference() const; // milestone lines and their labels

    // The colour of series i; after size() colours they repeat.
    QColor series(int i) const;
    int size() const;

    // The series colours of one variant, in order.
    static QList<QColor> seriesColors(bool dark);

private:
    QColor blend(double textShare) const;

    QColor m_base;
    QColor m_text;
    bool m_dark = false;
};

} // namespace hubwatch
