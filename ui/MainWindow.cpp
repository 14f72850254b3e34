#include "MainWindow.h"

namespace hubwatch {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}

} // namespace hubwatch
