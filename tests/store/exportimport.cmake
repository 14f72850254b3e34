# History export and import (issue "History", point 6).
hubwatch_add_test(tst_exportimport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_exportimport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportImportSupport.h LIBS hubwatch_testsupport hubwatch_cli)
hubwatch_add_test(tst_exportimport_input SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_exportimport_input.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportImportSupport.h LIBS hubwatch_testsupport hubwatch_cli)

# The same through the real binary: files, stdout, exit codes, the writer lock of another process.
hubwatch_add_test(tst_cli_export SOURCES ${CMAKE_CURRENT_LIST_DIR}/../integration/tst_cli_export.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportImportSupport.h LIBS hubwatch_testsupport hubwatch_cli)
target_include_directories(tst_cli_export PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_compile_definitions(tst_cli_export PRIVATE HUBWATCH_BIN="$<TARGET_FILE:hubwatch>")
add_dependencies(tst_cli_export hubwatch)
