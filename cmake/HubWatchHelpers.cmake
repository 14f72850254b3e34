# hubwatch_add_test(NAME SOURCES... [LIBS ...] [GUI])
# One Qt Test executable per test class, registered with ctest under its own name.
# GUI tests run on the offscreen platform so they need no display.
function(hubwatch_add_test name)
    cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${T_SOURCES} ${T_UNPARSED_ARGUMENTS})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    # The C locale: expected texts and numbers are English whatever the machine's language.
    set(env "QT_LOGGING_RULES=hubwatch.*.debug=false" "LC_ALL=C.UTF-8" "LANGUAGE=")
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 120)
endfunction()
