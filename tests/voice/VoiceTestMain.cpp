#include <QCoreApplication>
#include <QLocale>

#include <gtest/gtest.h>

// Resources and CueTexts' tr() want an application object for the whole run.
int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    // Numbers in caption texts are written the same way whatever the machine's language.
    QLocale::setDefault(QLocale::c());
    return RUN_ALL_TESTS();
}
