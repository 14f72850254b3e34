#pragma once

#include <QLabel>

namespace hubwatch {

// The message under one settings field: an error (OK refuses the field), a warning (accepted,
// with a consequence worth knowing) or a note. Hidden when empty. The colours come from the
// palette: its text colour mixed with a red or amber hue, so they read on light and dark themes.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    enum class Kind { None, Note, Warning, Error };
    Q_ENUM(Kind)

    explicit FieldMessage(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clearMessage() { showMessage(Kind::None, QString()); }
    Kind kind() const { return m_kind; }

    // Marks a refused field (its background tinted with the error colour, the reason as its
    // accessible description) or clears the mark. The "invalid" property says which.
    static void markField(QWidget *field, const QString &error);

    static QColor errorColor(const QPalette &palette);
    static QColor warningColor(const QPalette &palette);

private:
    Kind m_kind = Kind::None;
};

} // namespace hubwatch
