#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What the fuzz targets share: the application object the app's code expects, and checks that
// crash, so that libFuzzer saves an input that breaks a property as it saves one that crashes.

// Once per process, named as main() names it (QSettings, data folders). libFuzzer's argc outlives
// every input, as QCoreApplication needs.
inline void startFuzzApplication(int *argc, char ***argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("GluteGuide"));
    QCoreApplication::setOrganizationName(QStringLiteral("GluteGuide"));
    static const QCoreApplication *const application = new QCoreApplication(*argc, *argv);
    (void)application;
}

[[noreturn]] inline void fuzzCheckFailed(const char *condition, const char *file, int line,
                                         const QString &detail)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n%s\n", file, line, condition,
                 detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

// A macro, so that the message names the condition and where it is.
#define FUZZ_CHECK(condition, detail)                                   \
  do {                                                                  \
    if (!(condition))                                                   \
      fuzzCheckFailed(#condition, __FILE__, __LINE__, QString(detail)); \
  } while (false)

inline QByteArray fuzzBytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}
