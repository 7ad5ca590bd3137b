#include "core/history/SessionHistory.h"

namespace gluteguide {

std::optional<std::int64_t> MemoryHistory::beginSession(const SessionRecord &record)
{
    SessionRecord stored = record;
    stored.id = static_cast<std::int64_t>(m_sessions.size()) + 1;
    stored.outcome = SessionOutcome::Interrupted;
    m_sessions.push_back(stored);
    return stored.id;
}

HistoryWrite MemoryHistory::updateBlocks(std::int64_t id, const std::vector<BlockRecord> &blocks,
                                         Millis duration)
{
    SessionRecord *record = find(id);
    if (!record)
        return HistoryWrite::Failed;
    record->blocks = blocks;
    record->duration = duration;
    ++m_blockWrites;
    return HistoryWrite::Written;
}

HistoryWrite MemoryHistory::finishSession(std::int64_t id, SessionOutcome outcome, WallTime endedAt,
                                          Millis duration, const std::vector<BlockRecord> &blocks)
{
    SessionRecord *record = find(id);
    if (!record)
        return HistoryWrite::Failed;
    record->outcome = outcome;
    record->endedAt = endedAt;
    record->duration = duration;
    record->blocks = blocks;
    return HistoryWrite::Written;
}

SessionRecord *MemoryHistory::find(std::int64_t id)
{
    for (SessionRecord &record : m_sessions) {
        if (record.id == id)
            return &record;
    }
    return nullptr;
}

} // namespace gluteguide
