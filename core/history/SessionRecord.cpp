#include "core/history/SessionRecord.h"

#include <array>
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

int SessionRecord::repsDone() const
{
    int total = 0;
    for (const BlockRecord &block : blocks)
        total += block.repsDone;
    return total;
}

int SessionRecord::repsPrescribed() const
{
    int total = 0;
    for (const BlockRecord &block : blocks)
        total += block.repsPrescribed;
    return total;
}

} // namespace gluteguide
