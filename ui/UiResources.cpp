#include "UiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares a function in the global namespace: called from there.
static void registerResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace hubwatch {

void UiResources::ensureRegistered()
{
    static const bool registered = (registerResources(), true);
    Q_UNUSED(registered);
}

} // namespace hubwatch
