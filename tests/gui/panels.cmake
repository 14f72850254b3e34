# The watchlist, licence and alert-log panels over a real store thread and the fake Hub.
hubwatch_add_test(tst_panels GUI SOURCES tst_panels.cpp LIBS hubwatch_testsupport hubwatch_ui)
target_include_directories(tst_panels PRIVATE ${PROJECT_SOURCE_DIR}/tests/alerts)
hubwatch_add_test(tst_desktopflow GUI SOURCES tst_desktopflow.cpp LIBS hubwatch_testsupport hubwatch_desktop)
# Settings, schedule and milestones through DesktopApp itself, not a copy of its wiring.
hubwatch_add_test(tst_desktopapp GUI SOURCES tst_desktopapp.cpp LIBS hubwatch_testsupport hubwatch_desktop)
# A desktop on a shared PostgreSQL history: only reads, shows each alert once per desktop.
hubwatch_add_test(tst_desktopviewer GUI SOURCES tst_desktopviewer.cpp LIBS hubwatch_testsupport hubwatch_desktop)
target_include_directories(tst_desktopviewer PRIVATE ${PROJECT_SOURCE_DIR}/tests/store)
set_tests_properties(tst_desktopviewer PROPERTIES TIMEOUT 180 LABELS postgresql)
# Every setting changes what it says (issue 13 item 2): one row per key, through DesktopApp.
hubwatch_add_test(tst_settingseffects GUI SOURCES tst_settingseffects.cpp LIBS hubwatch_testsupport hubwatch_desktop hubwatch_i18n)
target_include_directories(tst_settingseffects PRIVATE ${PROJECT_SOURCE_DIR}/tests/alerts)
target_compile_definitions(tst_settingseffects PRIVATE HUBWATCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# Start minimised needs a tray to start in: that row again in a session with one (Xvfb, D-Bus,
# a StatusNotifier watcher), where the window must stay hidden.
add_test(NAME tst_settingseffects_tray
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tray/run-in-tray-session.sh
            $<TARGET_FILE:tst_settingseffects> settingTakesEffect:ui/startMinimized)
get_property(tst_settingseffects_env GLOBAL PROPERTY HUBWATCH_TEST_ENV_tst_settingseffects)
list(FILTER tst_settingseffects_env EXCLUDE REGEX "^QT_QPA_PLATFORM=")
set_tests_properties(tst_settingseffects_tray PROPERTIES
    ENVIRONMENT "${tst_settingseffects_env};QT_QPA_PLATFORM=xcb;HUBWATCH_TEST_TRAY=1" TIMEOUT 120 LABELS gui)
