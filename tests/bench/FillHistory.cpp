// Writes ten years of daily sessions (FilledHistory.h) into the history database at the path
// given, for the whole-process benchmarks: start GluteGuide with it in its data folder.
// Usage: fill_history PATH/TO/history.sqlite   (the file must not exist yet)

#include "FilledHistory.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fill_history PATH/TO/history.sqlite\n");
        return 2;
    }
    if (!fillHistory(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "fill_history: could not create and fill %s\n", argv[1]);
        return 1;
    }
    std::printf("%d sessions written to %s\n", storedSessions, argv[1]);
    return 0;
}
