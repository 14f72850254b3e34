#pragma once

#include <QMainWindow>

namespace hubwatch {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace hubwatch
