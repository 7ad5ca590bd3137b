#include <QCoreApplication>

#include <gtest/gtest.h>

// Qt Multimedia and signal spies want an application object for the whole run.
int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
