import GRDB

extension Store {
    /// Rows deleted per write transaction: a few milliseconds of work, so pruning never holds the write lock long
    /// enough to hold up an ingest batch or a viewer's acknowledgement.
    public static let pruneBatchRows = 5_000

    /// What pruning deleted, per level.
    public struct PruneCounts: Sendable, Equatable {
        public var raw = 0
        public var minute = 0
        public var hour = 0

        public init() {}

        public var total: Int { raw + minute + hour }

        mutating func add(_ other: PruneCounts) {
            raw += other.raw
            minute += other.minute
            hour += other.hour
        }
    }

    /// Deletes everything `retention` no longer keeps at `now`, one batch per transaction.
    public func prune(_ retention: Retention, now: Instant) throws -> PruneCounts {
        var total = PruneCounts()
        while true {
            let batch = try pruneBatch(retention, now: now)
            total.add(batch)
            if batch.total < Self.pruneBatchRows { return total }
        }
    }

    /// Deletes up to `pruneBatchRows` rows that `retention` no longer keeps at `now`, in one write transaction: raw
    /// readings first, then minute and hour rollups. Fewer than `pruneBatchRows` means nothing is left to delete.
    ///
    /// Nothing is rolled up here: the writer keeps the rollups of every stored reading in the transaction that
    /// stores it, so a raw reading is always in its buckets before it can be deleted. The horizons move first, in
    /// the same transaction as the first deletion, so a reader never takes a half-pruned hour for whole.
    public func pruneBatch(_ retention: Retention, now: Instant) throws -> PruneCounts {
        try pool.write { db in
            let raw = retention.cutoff(\.raw, at: now), minute = retention.cutoff(\.minute, at: now)
            try Self.advanceHorizon(RetentionHorizons.rawKey, to: raw, db)
            try Self.advanceHorizon(RetentionHorizons.minuteKey, to: minute, db)
            var counts = PruneCounts()
            var left = Self.pruneBatchRows
            let levels: [(table: String, cutoff: Int64?, count: WritableKeyPath<PruneCounts, Int>)] = [
                ("reading", raw, \.raw), (RollupLevel.minute.table, minute, \.minute),
                (RollupLevel.hour.table, retention.cutoff(\.hour, at: now), \.hour),
            ]
            for level in levels {
                guard let cutoff = level.cutoff else { continue }
                // A series at a time, oldest rows first, each a range of its primary key.
                while left > 0, let series = try Int64.fetchOne(db, sql: """
                    SELECT id FROM series s WHERE EXISTS (SELECT 1 FROM \(level.table) t WHERE t.series_id = s.id AND t.time <= ?) LIMIT 1
                    """, arguments: [cutoff]) {
                    try db.execute(sql: """
                        DELETE FROM \(level.table) WHERE series_id = ?1 AND time IN (
                            SELECT time FROM \(level.table) WHERE series_id = ?1 AND time <= ?2 ORDER BY time LIMIT ?3)
                        """, arguments: [series, cutoff, left])
                    counts[keyPath: level.count] += db.changesCount
                    left -= db.changesCount
                }
            }
            return counts
        }
    }

    /// Horizons only move forward: a retention made longer cannot bring back what is gone.
    private static func advanceHorizon(_ key: String, to cutoff: Int64?, _ db: Database) throws {
        guard let cutoff else { return }
        try db.execute(sql: """
            INSERT INTO meta (key, value) VALUES (?, ?)
            ON CONFLICT (key) DO UPDATE SET value = MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))
            """, arguments: [key, cutoff])
    }
}
