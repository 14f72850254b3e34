# The guidance panel and the settings dialog (offscreen).
hubwatch_add_test(tst_guidance GUI SOURCES tst_guidance.cpp LIBS hubwatch_testsupport hubwatch_ui)
target_include_directories(tst_guidance PRIVATE ${PROJECT_SOURCE_DIR}/tests/alerts)
hubwatch_add_test(tst_settingsdialog GUI SOURCES tst_settingsdialog.cpp LIBS hubwatch_testsupport hubwatch_ui hubwatch_i18n)
hubwatch_add_test(tst_milestoneeditor GUI SOURCES tst_milestoneeditor.cpp LIBS hubwatch_testsupport hubwatch_ui)
# The settings dialog as DesktopApp opens it: --db, --demo and --lang shown as this run's.
hubwatch_add_test(tst_settingsoverrides GUI SOURCES tst_settingsoverrides.cpp LIBS hubwatch_testsupport hubwatch_desktop)
