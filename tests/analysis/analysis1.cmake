# Pure analysis functions, part 1: compact numbers, velocity, projection, milestone ladder.
hubwatch_add_test(tst_compactnumber SOURCES tst_compactnumber.cpp LIBS hubwatch_core)
hubwatch_add_test(tst_velocity SOURCES tst_velocity.cpp LIBS hubwatch_core)
hubwatch_add_test(tst_projection SOURCES tst_projection.cpp LIBS hubwatch_core)
hubwatch_add_test(tst_milestoneladder SOURCES tst_milestoneladder.cpp LIBS hubwatch_core)
