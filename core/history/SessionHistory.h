#pragma once

#include "core/history/SessionRecord.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace gluteguide {

// What became of a write: made, kept for later because another program holds the store, or
// failed (read-only, disk full) and kept to be tried again.
enum class HistoryWrite {
    Written,
    Queued,
    Failed,
};

// Where sessions are kept. A session is stored as it starts, its blocks as each ends and its
// outcome at its end, so a crash loses at most the block in progress. The app's history is a
// database; tests keep one in memory.
class SessionHistory
{
public:
    virtual ~SessionHistory() = default;

    // Every stored session, oldest first.
    virtual std::vector<SessionRecord> sessions() = 0;
    // Stores a session that has just started; its id, or nothing when it could not be kept.
    virtual std::optional<std::int64_t> beginSession(const SessionRecord &record) = 0;
    // The session's blocks as they stand now (all of them, in plan order), and its time so far.
    virtual HistoryWrite updateBlocks(std::int64_t id, const std::vector<BlockRecord> &blocks,
                                      Millis duration) = 0;
    virtual HistoryWrite finishSession(std::int64_t id, SessionOutcome outcome, WallTime endedAt,
                                       Millis duration, const std::vector<BlockRecord> &blocks) = 0;
};

// A history that lasts as long as the program: for tests, and for the front desk's demo.
class MemoryHistory final : public SessionHistory
{
public:
    std::vector<SessionRecord> sessions() override { return m_sessions; }
    std::optional<std::int64_t> beginSession(const SessionRecord &record) override;
    HistoryWrite updateBlocks(std::int64_t id, const std::vector<BlockRecord> &blocks,
                              Millis duration) override;
    HistoryWrite finishSession(std::int64_t id, SessionOutcome outcome, WallTime endedAt,
                               Millis duration, const std::vector<BlockRecord> &blocks) override;

    // How many times blocks were written: a session writes once per block that ended.
    int blockWrites() const { return m_blockWrites; }

private:
    SessionRecord *find(std::int64_t id);

    std::vector<SessionRecord> m_sessions;
    int m_blockWrites = 0;
};

} // namespace gluteguide
