# History store robustness: open/migrate/change-only/rollback, bad situations, crash durability.
hubwatch_add_test(tst_historystore SOURCES tst_historystore.cpp RobustnessSupport.h LIBS hubwatch_testsupport)
# Renamed repos: history and alert state re-keyed with the poll that found the rename.
hubwatch_add_test(tst_reporenames SOURCES tst_reporenames.cpp RobustnessSupport.h LIBS hubwatch_testsupport)
# StoreTransaction, the one way the store begins, commits and rolls back.
hubwatch_add_test(tst_storetransaction SOURCES tst_storetransaction.cpp RobustnessSupport.h LIBS hubwatch_testsupport)

# A separate process to crash, to hold locks and to run under a file size limit.
add_executable(durability_writer durability_writer.cpp RobustnessSupport.h)
target_link_libraries(durability_writer PRIVATE hubwatch_core)
target_include_directories(durability_writer PRIVATE ${PROJECT_SOURCE_DIR}/tests/support) # TestBuilders.h

hubwatch_add_test(tst_durability SOURCES tst_durability.cpp RobustnessSupport.h LIBS hubwatch_testsupport)
target_compile_definitions(tst_durability PRIVATE DURABILITY_WRITER="$<TARGET_FILE:durability_writer>")
add_dependencies(tst_durability durability_writer)

hubwatch_add_test(tst_storefailures SOURCES tst_storefailures.cpp RobustnessSupport.h LIBS hubwatch_testsupport)
hubwatch_add_test(tst_storefailures_damaged SOURCES tst_storefailures_damaged.cpp RobustnessSupport.h
                  LIBS hubwatch_testsupport)
# When the full integrity check runs: after an unclean shutdown, weekly, on `hubwatch check`.
hubwatch_add_test(tst_integritycheck SOURCES tst_integritycheck.cpp RobustnessSupport.h LIBS hubwatch_testsupport)
foreach(t tst_storefailures tst_storefailures_damaged tst_integritycheck)
    target_compile_definitions(${t} PRIVATE
        DURABILITY_WRITER="$<TARGET_FILE:durability_writer>" HUBWATCH_BIN="$<TARGET_FILE:hubwatch>")
    add_dependencies(${t} durability_writer hubwatch)
endforeach()

# `hubwatch import` killed inside its merge transaction: all or nothing.
hubwatch_add_test(tst_durability_import SOURCES tst_durability_import.cpp RobustnessSupport.h LIBS Qt6::Sql hubwatch_testsupport)
target_compile_definitions(tst_durability_import PRIVATE
    HUBWATCH_BIN="$<TARGET_FILE:hubwatch>" MAKE_DEMO_HISTORY="$<TARGET_FILE:make_demo_history>")
add_dependencies(tst_durability_import hubwatch make_demo_history)
set_tests_properties(tst_durability_import PROPERTIES TIMEOUT 420) # a hang guard: about 2 minutes on a busy machine

# Alerts once stored as English sentences: converted to data by the writer, worded by each reader.
hubwatch_add_test(tst_alertmigration SOURCES tst_alertmigration.cpp RobustnessSupport.h LIBS hubwatch_testsupport)
target_compile_definitions(tst_alertmigration PRIVATE HUBWATCH_BIN="$<TARGET_FILE:hubwatch>")
add_dependencies(tst_alertmigration hubwatch)
