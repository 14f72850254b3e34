# The history charts, their PNG export and `hubwatch export-png` (offscreen, no display).
hubwatch_add_test(tst_charts GUI SOURCES tst_charts.cpp LIBS hubwatch_testsupport hubwatch_ui)
target_include_directories(tst_charts PRIVATE ${PROJECT_SOURCE_DIR}/tests/alerts)
target_compile_definitions(tst_charts PRIVATE HUBWATCH_BIN="$<TARGET_FILE:hubwatch>")
add_dependencies(tst_charts hubwatch)

# The chart toolbar's dialogs: PNG export options and the "Compare…" series picker.
hubwatch_add_test(tst_charts_extra GUI SOURCES tst_charts_extra.cpp LIBS hubwatch_testsupport hubwatch_ui)
target_include_directories(tst_charts_extra PRIVATE ${PROJECT_SOURCE_DIR}/tests/alerts)

# Drag-to-zoom, wheel and Reset zoom through real pointer events on the chart's viewport.
hubwatch_add_test(tst_chartinput GUI SOURCES tst_chartinput.cpp LIBS hubwatch_testsupport hubwatch_ui)
target_include_directories(tst_chartinput PRIVATE ${PROJECT_SOURCE_DIR}/tests/alerts)

# The series palette (Okabe–Ito, a minimum colour distance) and the chart's background, on light
# and dark window palettes.
hubwatch_add_test(tst_chartpalette GUI SOURCES tst_chartpalette.cpp LIBS hubwatch_ui)

# Axis titles with units per chart kind, velocity from zero, "%" ticks, month and week bars
# labelled by their period, tick density from the pixel size, partial periods drawn as partial,
# log scales with every decade labelled and minor ticks.
hubwatch_add_test(tst_charts_axes GUI SOURCES tst_charts_axes.cpp LIBS hubwatch_ui)

# Export for people who present: the suggested file and remembered folder, the confirmation,
# fonts scaled to the image, a caption broken only between words, the projection in the legend,
# the demo's caption, and `hubwatch export-png --theme dark` and `--log` from the real binary.
hubwatch_add_test(tst_chartexport GUI SOURCES tst_chartexport.cpp LIBS hubwatch_testsupport hubwatch_ui)
target_compile_definitions(tst_chartexport PRIVATE HUBWATCH_BIN="$<TARGET_FILE:hubwatch>")
add_dependencies(tst_chartexport hubwatch)

# Labels at any export size: each compared series' milestone lines labelled with its name in its
# colour, no two labels overlapping; milestone labels inside the plot at 400×250; time-axis
# labels all drawn and never overlapping at 400×250 and 1600×900; two value labels at least.
hubwatch_add_test(tst_charts_labels GUI SOURCES tst_charts_labels.cpp LIBS hubwatch_ui)
