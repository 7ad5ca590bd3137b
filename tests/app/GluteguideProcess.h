#pragma once

// Running the built gluteguide executable as a user would, for the tests of its command line.

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// The system's environment, but in English whatever the machine's language: the program shows the
// system's language (LANG, LANGUAGE) unless told otherwise, and tests read its English texts.
inline QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

inline ProcessRun runGluteguide(const QStringList &arguments,
                                const QProcessEnvironment &environment = englishEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GLUTEGUIDE_BINARY), arguments);
    ProcessRun run;
    if (!process.waitForStarted(30000)) {
        ADD_FAILURE() << "could not start " << GLUTEGUIDE_BINARY << ": "
                      << process.errorString().toStdString();
        return run;
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "gluteguide did not finish";
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

inline QString dataFile(const char *name)
{
    return QDir(QStringLiteral(GLUTEGUIDE_TEST_DATA)).filePath(QString::fromLatin1(name));
}

// No display at all, and settings and data of the test's own.
inline QProcessEnvironment environmentWithoutDisplay(const QTemporaryDir &home)
{
    QProcessEnvironment environment = englishEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    return environment;
}
