#pragma once

class AppSettings;
class QTextStream;

// Says on standard error, once per run, which saved settings cannot be used and what is used
// instead (AppSettings::problems()), naming the settings file, so a person who edited it by
// hand learns why a value had no effect. The program carries on.
void reportSettingProblems(const AppSettings &settings, QTextStream &err);
