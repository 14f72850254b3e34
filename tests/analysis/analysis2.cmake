# Pure analysis functions (anomalies, hot categories, licences, weight formats): core only.
hubwatch_add_test(tst_anomalies SOURCES tst_anomalies.cpp LIBS hubwatch_core)
hubwatch_add_test(tst_hotcategories SOURCES tst_hotcategories.cpp LIBS hubwatch_core)
hubwatch_add_test(tst_licenseclassifier SOURCES tst_licenseclassifier.cpp LIBS hubwatch_core)
hubwatch_add_test(tst_weightformats SOURCES tst_weightformats.cpp LIBS hubwatch_core)
hubwatch_add_test(tst_milestoneinput SOURCES tst_milestoneinput.cpp LIBS hubwatch_core)
