// Writes the demo history (DemoHistory, the same one `hubwatch --demo` shows) for screenshots and
// manual checks: DAYS of polls every HOURS hours ending now. Usage: make_demo_history PATH [DAYS] [HOURS]
#include "demo/DemoHistory.h"

#include <QCoreApplication>

#include <cstdio>

using namespace hubwatch;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: make_demo_history PATH [DAYS] [HOURS]\n");
        return 2;
    }
    DemoHistory::Parameters p;
    p.days = args.value(2, QStringLiteral("120")).toInt();
    p.hours = qMax(1, args.value(3, QStringLiteral("6")).toInt());
    if (const StoreError e = DemoHistory::write(args.at(1), p); e.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    std::printf("%d days of polls of %d repos written to %s\n", p.days, DemoHistory::kModels + DemoHistory::kDatasets,
                qPrintable(args.at(1)));
    return 0;
}
