#pragma once

#include <QByteArray>
#include <QString>

namespace hubwatch {

// Helpers shared with tests: turn an error response into words, keeping it short and clean.
namespace HubErrorText {
QString serverMessage(const QByteArray &body, const QByteArray &errorMessageHeader);
QString sanitize(const QString &text);
} // namespace HubErrorText

} // namespace hubwatch
