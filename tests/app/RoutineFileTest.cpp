#include "AppTestSupport.h"

#include "app/storage/RoutineFile.h"
#include "core/routine/Routine.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace gluteguide;

namespace {

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace

TEST(RoutineFileTest, SavesAndLoadsTheSameRoutine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Routine routine = defaultRoutine();
    routine.name = "Clinic copy";
    routine.movements.pop_back();
    const QString path = dir.filePath(QStringLiteral("routine.json"));

    QString error;
    ASSERT_TRUE(RoutineFile::save(routine, path, &error)) << error.toStdString();
    const RoutineReadResult result = RoutineFile::load(path);
    ASSERT_TRUE(result.ok()) << errorsText(result);
    EXPECT_EQ(*result.routine, routine);
}

TEST(RoutineFileTest, SaveReplacesAnExistingFileWhole)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("routine.json"));
    ASSERT_TRUE(writeFile(path, QByteArray(4096, 'x')));

    ASSERT_TRUE(RoutineFile::save(defaultRoutine(), path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), RoutineJson::toFileContents(defaultRoutine()));
    // Nothing but the routine is left in the folder (no temporary file).
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files),
              QStringList{ QStringLiteral("routine.json") });
}

TEST(RoutineFileTest, SaveIntoAMissingFolderFailsWithAReason)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/routine.json"));
    QString error;
    EXPECT_FALSE(RoutineFile::save(defaultRoutine(), path, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}

TEST(RoutineFileTest, LoadingAMissingFileSaysItCannotBeRead)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const RoutineReadResult result = RoutineFile::load(dir.filePath(QStringLiteral("absent.json")));
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_TRUE(result.errors[0].field.isEmpty());
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("cannot be read")))
            << errorsText(result);
}

TEST(RoutineFileTest, LoadingAFolderSaysItIsNotARoutineFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const RoutineReadResult result = RoutineFile::load(dir.path());
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("folder"))) << errorsText(result);
}

TEST(RoutineFileTest, RefusesAFileLargerThanOneMebibyte)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QByteArray contents = RoutineJson::toFileContents(defaultRoutine());
    contents.append(QByteArray(RoutineFile::maxFileSize, ' '));
    ASSERT_TRUE(writeFile(path, contents));

    const RoutineReadResult result = RoutineFile::load(path);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("too large")))
            << errorsText(result);
}

TEST(RoutineFileTest, LoadingABadFileNamesTheField)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    ASSERT_TRUE(writeFile(path, R"({"schema_version": 1, "sets_per_side": 12})"));
    const RoutineReadResult result = RoutineFile::load(path);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.hasErrorFor(QStringLiteral("sets_per_side"))) << errorsText(result);
}
