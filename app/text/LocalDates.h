#pragma once

#include "core/history/LocalDay.h"

#include <QDate>

// Core's local days and Qt's dates count the same civil calendar, so they convert exactly.
QDate dateOfLocalDay(gluteguide::LocalDay day);
gluteguide::LocalDay localDayOfDate(QDate date);
