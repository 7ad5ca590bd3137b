#include "core/history/SessionRecord.h"

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

namespace gluteguide {

namespace {
constexpr std::array<std::pair<SessionOutcome, std::string_view>, 4> outcomeKeys{ {
        { SessionOutcome::Completed, "completed" },
        { SessionOutcome::Stopped, "stopped" },
        { SessionOutcome::PainStop, "pain_stop" },
        { SessionOutcome::Interrupted, "interrupted" },
} };
} // namespace

std::string_view outcomeKey(SessionOutcome outcome)
{
    for (const auto &[value, key] : outcomeKeys) {
        if (value == outcome)
            return key;
    }
    return "interrupted";
}

std::optional<SessionOutcome> outcomeFromKey(std::string_view key)
{
    for (const auto &[value, name] : outcomeKeys) {
        if (name == key)
            return value;
    }
    return std::nullopt;
}

namespace {
// A damaged history can hold any count in a block: add them up without overflowing, and give
// the nearest int.
int clampedSum(const std::vector<BlockRecord> &blocks, int BlockRecord::*count)
{
    long long total = 0;
    for (const BlockRecord &block : blocks)
        total += block.*count;
    return static_cast<int>(std::clamp<long long>(total, std::numeric_limits<int>::min(),
                                                  std::numeric_limits<int>::max()));
}
} // namespace

int SessionRecord::repsDone() const
{
    return clampedSum(blocks, &BlockRecord::repsDone);
}

int SessionRecord::repsPrescribed() const
{
    return clampedSum(blocks, &BlockRecord::repsPrescribed);
}

} // namespace gluteguide
