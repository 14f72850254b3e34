#include "FieldMessage.h"

#include <QApplication>

namespace hubwatch {

namespace {
QColor mix(const QColor &a, const QColor &b, double bShare)
{
    const auto channel = [bShare](int x, int y) { return int(x * (1.0 - bShare) + y * bShare + 0.5); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

QPalette paletteOf(const QWidget *w)
{
    return w->parentWidget() ? w->parentWidget()->palette() : QApplication::palette();
}
} // namespace

FieldMessage::FieldMessage(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setVisible(false);
}

QColor FieldMessage::errorColor(const QPalette &palette)
{
    // Dark red on a light theme, a light red on a dark one: both readable on the window.
    return mix(palette.color(QPalette::WindowText), QColor(220, 0, 0), 0.6);
}

QColor FieldMessage::warningColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::WindowText), QColor(230, 140, 0), 0.6);
}

void FieldMessage::showMessage(Kind kind, const QString &text)
{
    m_kind = text.isEmpty() ? Kind::None : kind;
    setText(text);
    const QPalette inherited = paletteOf(this);
    QPalette p;
    switch (m_kind) {
    case Kind::Error: p.setColor(QPalette::WindowText, errorColor(inherited)); break;
    case Kind::Warning: p.setColor(QPalette::WindowText, warningColor(inherited)); break;
    case Kind::None:
    case Kind::Note: break; // the window's own text colour
    }
    setPalette(p); // only the roles set here; the rest is inherited
    setVisible(m_kind != Kind::None);
}

void FieldMessage::markField(QWidget *field, const QString &error)
{
    const bool invalid = !error.isEmpty();
    if (field->property("invalid").toBool() == invalid && field->accessibleDescription() == error)
        return;
    field->setProperty("invalid", invalid);
    field->setAccessibleDescription(error);
    QPalette p;
    if (invalid) {
        const QPalette inherited = paletteOf(field);
        p.setColor(QPalette::Base, mix(inherited.color(QPalette::Base), errorColor(inherited), 0.22));
    }
    field->setPalette(p);
}

} // namespace hubwatch
