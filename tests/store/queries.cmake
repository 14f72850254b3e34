# History queries, downsampling and retention (issue "History", points 4 and 5).
hubwatch_add_test(tst_downsampler SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_downsampler.cpp LIBS hubwatch_testsupport)
hubwatch_add_test(tst_seriesqueries SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_seriesqueries.cpp LIBS hubwatch_testsupport)
hubwatch_add_test(tst_retention SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_retention.cpp LIBS hubwatch_testsupport)
# Each poll's growth and hot categories kept at write (issue "At the limit").
hubwatch_add_test(tst_pollfigures SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pollfigures.cpp LIBS hubwatch_testsupport)
# The whole Hub's census: sums, breakdowns, dedup and one transaction per page (issue 17).
hubwatch_add_test(tst_census SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_census.cpp LIBS hubwatch_testsupport)
