# The store's tests once more against a real PostgreSQL server (issue "Teams"): the same
# executables, with HUBWATCH_TEST_BACKEND=postgresql, each starting a private server on loopback.
# They fail, never skip, when PostgreSQL is missing: scripts/install-deps.sh installs it.
# Each keeps its base test's environment (locale, zone, logging) and adds the backend. The
# timeout is a hang guard: a year of hourly polls into PostgreSQL (tst_seriesqueries) takes 80 to
# 140 s when other builds share the machine.
function(hubwatch_add_postgres_variant name)
    hubwatch_add_test_variant(${name} pg ENV HUBWATCH_TEST_BACKEND=postgresql TIMEOUT 300 LABELS postgresql)
endfunction()

hubwatch_add_postgres_variant(tst_historystore)
hubwatch_add_postgres_variant(tst_reporenames)
hubwatch_add_postgres_variant(tst_storetransaction)
hubwatch_add_postgres_variant(tst_alertmigration)
hubwatch_add_postgres_variant(tst_seriesqueries)
hubwatch_add_postgres_variant(tst_retention)
hubwatch_add_postgres_variant(tst_pollfigures)

# One collector and two desktops, the collector lock, restarts, outages and migrate.
hubwatch_add_test(tst_teams SOURCES tst_teams.cpp RobustnessSupport.h LIBS hubwatch_testsupport)
target_compile_definitions(tst_teams PRIVATE HUBWATCH_BIN="$<TARGET_FILE:hubwatch>")
add_dependencies(tst_teams hubwatch)
set_tests_properties(tst_teams PROPERTIES TIMEOUT 180 LABELS postgresql)
hubwatch_add_postgres_variant(tst_exportimport)
hubwatch_add_postgres_variant(tst_census)
