# The store's tests once more against a real PostgreSQL server (issue "Teams"): the same
# executables, with HUBWATCH_TEST_BACKEND=postgresql, each starting a private server on loopback.
# They fail, never skip, when PostgreSQL is missing: scripts/install-deps.sh installs it.
function(hubwatch_add_postgres_variant name)
    add_test(NAME ${name}_pg COMMAND ${name})
    set_tests_properties(${name}_pg PROPERTIES
        ENVIRONMENT "QT_LOGGING_RULES=hubwatch.*.debug=false;HUBWATCH_TEST_BACKEND=postgresql"
        TIMEOUT 180 LABELS postgresql)
endfunction()

hubwatch_add_postgres_variant(tst_historystore)
hubwatch_add_postgres_variant(tst_reporenames)
hubwatch_add_postgres_variant(tst_seriesqueries)
hubwatch_add_postgres_variant(tst_retention)

# One collector and two desktops, the collector lock, restarts, outages and migrate.
hubwatch_add_test(tst_teams SOURCES tst_teams.cpp RobustnessSupport.h RobustnessCli.h LIBS hubwatch_testsupport)
target_compile_definitions(tst_teams PRIVATE HUBWATCH_BIN="$<TARGET_FILE:hubwatch>")
add_dependencies(tst_teams hubwatch)
set_tests_properties(tst_teams PROPERTIES TIMEOUT 180 LABELS postgresql)
hubwatch_add_postgres_variant(tst_exportimport)
