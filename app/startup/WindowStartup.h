#pragma once

#include "app/cli/CommandLine.h"

#include <QElapsedTimer>

// Runs the window for the parsed command line: creates the QApplication, loads the routine,
// applies the saved settings, then either shows the window or saves a screenshot.
// Returns the process exit code.
int runWindow(int &argc, char **argv, const CommandLineOptions &options,
              const QElapsedTimer &sinceLaunch);
