#pragma once

// Sessions as the app records them, for the tests of the history: the built-in routine's plan,
// partly done, ended in each way, at moments with various local offsets.

#include "app/history/HistoryDatabase.h"
#include "core/history/SessionRecording.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <ostream>
#include <string>

inline gluteguide::SessionRecord sampleSession(int index)
{
    using namespace gluteguide;
    static const Plan plan = buildPlan(defaultRoutine());
    // Nepal's +5:45 and India's -5:30 mirrored: offsets that are not whole hours, on both sides.
    constexpr std::array<int, 4> offsets{ 120, -330, 0, 345 };
    constexpr std::array<SessionOutcome, 4> outcomes{ SessionOutcome::Completed,
                                                      SessionOutcome::PainStop,
                                                      SessionOutcome::Stopped,
                                                      SessionOutcome::Interrupted };
    const std::array<std::string, 3> names{ "Side-lying hip series", "Week 2, \"gentle\"\nversion",
                                            "Hüfte – Woche 3" };
    const WallTime start{ 1714545000000 + index * std::int64_t{ 86'400'000 } + index * 1'250,
                          offsets[static_cast<std::size_t>(index) % offsets.size()] };
    SessionRecord record =
            startRecord(plan, start, names[static_cast<std::size_t>(index) % names.size()],
                        "sha256:" + std::to_string(index * 7919));
    const std::size_t reached = static_cast<std::size_t>(index * 7) % (record.blocks.size() + 1);
    for (std::size_t i = 0; i < reached; ++i) {
        BlockRecord &block = record.blocks[i];
        block.reached = true;
        block.repsDone = block.repsPrescribed - static_cast<int>((i + index) % 3);
        block.thatsAll = block.repsDone < block.repsPrescribed;
    }
    record.outcome = outcomes[static_cast<std::size_t>(index) % outcomes.size()];
    if (record.outcome != SessionOutcome::Interrupted) {
        record.duration = Millis{ 600'000 + index * 1'234 };
        record.endedAt =
                WallTime{ start.utcMs + record.duration.count() + 5'000, start.utcOffsetMinutes };
    }
    return record;
}

// Stores a session as the app does: begun, its blocks as they are done, then finished unless it
// was interrupted. Returns it as it should now be stored, with its id.
inline gluteguide::SessionRecord storeSession(HistoryDatabase &database,
                                              gluteguide::SessionRecord record)
{
    using namespace gluteguide;
    const std::optional<std::int64_t> id = database.beginSession(record);
    EXPECT_TRUE(id) << database.lastMessage().toStdString();
    if (!id)
        return record;
    EXPECT_EQ(database.updateBlocks(*id, record.blocks, record.duration),
              HistoryDatabase::WriteStatus::Written);
    if (record.outcome != SessionOutcome::Interrupted) {
        EXPECT_EQ(database.finishSession(*id, record.outcome, *record.endedAt, record.duration,
                                         record.blocks),
                  HistoryDatabase::WriteStatus::Written);
    }
    record.id = *id;
    return record;
}

namespace gluteguide {
// GoogleTest prints sessions readably in failure messages.
inline void PrintTo(const SessionRecord &record, std::ostream *os)
{
    *os << "{id " << record.id << ", started " << record.startedAt.utcMs << "/"
        << record.startedAt.utcOffsetMinutes << ", " << outcomeKey(record.outcome) << ", "
        << record.duration.count() << " ms, \"" << record.routineName << "\", "
        << record.blocks.size() << " blocks, " << record.repsDone() << "/"
        << record.repsPrescribed() << " reps}";
}
} // namespace gluteguide
