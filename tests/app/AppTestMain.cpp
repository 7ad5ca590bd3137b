#include <QCoreApplication>
#include <QLocale>

#include <gtest/gtest.h>

// Qt's string and file classes want an application object for the whole run.
int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("GluteGuideTests"));
    QCoreApplication::setOrganizationName(QStringLiteral("GluteGuideTests"));
    // Numbers in texts are written the same way whatever the machine's language.
    QLocale::setDefault(QLocale::c());
    return RUN_ALL_TESTS();
}
