# The watchlist, licence and alert-log panels over a real store thread and the fake Hub.
hubwatch_add_test(tst_panels GUI SOURCES tst_panels.cpp LIBS hubwatch_testsupport hubwatch_ui)
target_include_directories(tst_panels PRIVATE ${PROJECT_SOURCE_DIR}/tests/alerts)
hubwatch_add_test(tst_desktopflow GUI SOURCES tst_desktopflow.cpp LIBS hubwatch_testsupport hubwatch_desktop)
# Settings, schedule and milestones through DesktopApp itself, not a copy of its wiring.
hubwatch_add_test(tst_desktopapp GUI SOURCES tst_desktopapp.cpp LIBS hubwatch_testsupport hubwatch_desktop)
