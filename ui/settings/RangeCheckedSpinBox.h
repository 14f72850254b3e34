#pragma once

#include <QSpinBox> // QSpinBox and QDoubleSpinBox

#include <algorithm>
#include <type_traits>
#include <utility>

namespace hubwatch {

// A spin box that keeps what was typed, so the dialog can say why it is refused. A plain QSpinBox
// with a minimum of 1 drops the "-" of "-5" and shows 5, or clamps 0 to 1, without a word. Here
// the box itself accepts numbers well outside the allowed range; valueAllowed() tells, and the
// arrow keys and buttons stay inside the allowed range. For QSpinBox and QDoubleSpinBox.
template <typename Spin> class RangeCheckedSpinBox : public Spin
{
public:
    using Value = std::decay_t<decltype(std::declval<const Spin &>().value())>;

    explicit RangeCheckedSpinBox(QWidget *parent = nullptr) : Spin(parent) {}

    void setAllowedRange(Value min, Value max)
    {
        m_min = min;
        m_max = max;
        // One more digit either way than the allowed range: enough for any typing mistake.
        const Value slack = std::max<Value>(max, Value(1)) * 10 + 9;
        Spin::setRange(-slack, slack);
    }
    Value allowedMinimum() const { return m_min; }
    Value allowedMaximum() const { return m_max; }
    bool valueAllowed() const { return Spin::value() >= m_min && Spin::value() <= m_max; }

    void stepBy(int steps) override
    {
        Spin::setValue(std::clamp<Value>(Spin::value() + Value(steps) * Spin::singleStep(), m_min, m_max));
        Spin::selectAll();
    }

protected:
    QAbstractSpinBox::StepEnabled stepEnabled() const override
    {
        QAbstractSpinBox::StepEnabled enabled;
        if (Spin::isReadOnly())
            return enabled;
        if (Spin::value() > m_min)
            enabled |= QAbstractSpinBox::StepDownEnabled;
        if (Spin::value() < m_max)
            enabled |= QAbstractSpinBox::StepUpEnabled;
        return enabled;
    }

private:
    Value m_min = 0;
    Value m_max = 99;
};

} // namespace hubwatch
