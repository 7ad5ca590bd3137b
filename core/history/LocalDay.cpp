#include "core/history/LocalDay.h"

namespace gluteguide {

LocalDay localDayOf(WallTime time)
{
    using namespace std::chrono;
    const sys_time<milliseconds> local{ milliseconds{ time.utcMs }
                                        + minutes{ time.utcOffsetMinutes } };
    // floor, not a cast: a moment before 1970 still belongs to the day it falls in.
    return floor<days>(local);
}

LocalDay weekStartOf(LocalDay day)
{
    // weekday subtraction is modulo 7, so this is 0 on Monday and 6 on Sunday.
    return day - (std::chrono::weekday{ day } - std::chrono::Monday);
}

} // namespace gluteguide
