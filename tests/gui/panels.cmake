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
