#include "ConfigCommand.h"

#include "ConsoleOutput.h"
#include "settings/SettingKeys.h"
#include "settings/Settings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hubwatch::ConfigCommand {

namespace {

int unknownKey(const QString &key)
{
    QStringList keys;
    for (const SettingKey &k : SettingKeys::all())
        keys << k.key;
    ConsoleOutput::error(CommandLine::tr("There is no setting \"%1\". The settings are: %2").arg(key, keys.join(QStringLiteral(", "))));
    return 2;
}

int list(const Settings &settings, bool json)
{
    QJsonObject all;
    for (const SettingKey &k : SettingKeys::all()) {
        const QString value = k.show(settings);
        if (json) {
            all.insert(k.key, QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("set"), settings.isSet(k.key)}});
            continue;
        }
        ConsoleOutput::out(settings.isSet(k.key) ? QStringLiteral("%1 = %2").arg(k.key, value)
                                                 : CommandLine::tr("%1 = %2 (default)").arg(k.key, value));
    }
    if (json)
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    return 0;
}

} // namespace

int run(const CommandLine &options)
{
    Settings settings;
    const QString verb = options.configArgs.value(0);
    if (verb == QLatin1String("list"))
        return list(settings, options.json);
    const QString key = options.configArgs.value(1);
    const SettingKey *k = SettingKeys::find(key);
    if (!k)
        return unknownKey(key);
    if (verb == QLatin1String("get")) {
        ConsoleOutput::out(k->show(settings));
        return 0;
    }
    if (verb == QLatin1String("unset")) {
        settings.remove(key);
        settings.sync();
        return 0;
    }
    QVariant value;
    QString error;
    if (!k->parse(options.configArgs.value(2), &value, &error)) {
        ConsoleOutput::error(QStringLiteral("%1: %2").arg(key, error));
        return 2;
    }
    settings.setValue(key, value);
    settings.sync();
    return 0;
}

} // namespace hubwatch::ConfigCommand
