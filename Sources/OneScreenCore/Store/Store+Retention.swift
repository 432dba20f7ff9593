import Foundation
import GRDB

extension Store {
    /// Rows deleted per write transaction: a few milliseconds of work, so pruning never holds the write lock long
    /// enough to hold up an ingest batch or a viewer's acknowledgement.
    public static let pruneBatchRows = 5_000

    /// What pruning deleted, per level.
    public struct PruneCounts: Sendable, Equatable, Codable {
        public var raw = 0
        public var minute = 0
        public var hour = 0
        public var rejects = 0

        public init() {}

        public var total: Int { raw + minute + hour + rejects }

        public mutating func add(_ other: PruneCounts) {
            raw += other.raw
            minute += other.minute
            hour += other.hour
            rejects += other.rejects
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
    /// readings first, each rolled up into its minute as it goes, then minute and hour rollups. Fewer than
    /// `pruneBatchRows` means nothing is left to delete.
    ///
    /// The horizons move first, in the same transaction as the first deletion, so a reader never takes a half-pruned
    /// hour for whole: from then on it reads the minutes (and the raw rows not yet rolled) there.
    public func pruneBatch(_ retention: Retention, now: Instant) throws -> PruneCounts {
        try pool.write { db in
            let raw = retention.cutoff(\.raw, at: now), minute = retention.cutoff(\.minute, at: now)
            try Self.advanceHorizon(RetentionHorizons.rawKey, to: raw, db)
            try Self.advanceHorizon(RetentionHorizons.minuteKey, to: minute, db)
            var counts = PruneCounts()
            if let raw {
                let bands = try Self.bands(db)
                while counts.total < Self.pruneBatchRows, let series = try Self.seriesHolding("reading", through: raw, db) {
                    counts.raw += try Self.rollUpAndDelete(series: series, through: raw, limit: Self.pruneBatchRows - counts.total,
                                                           band: bands[series] ?? .open, db)
                }
            }
            let rollups: [(table: String, cutoff: Int64?, count: WritableKeyPath<PruneCounts, Int>)] = [
                (RollupLevel.minute.table, minute, \.minute), (RollupLevel.hour.table, retention.cutoff(\.hour, at: now), \.hour),
            ]
            for level in rollups {
                guard let cutoff = level.cutoff else { continue }
                while counts.total < Self.pruneBatchRows, let series = try Self.seriesHolding(level.table, through: cutoff, db) {
                    try db.execute(sql: """
                        DELETE FROM \(level.table) WHERE series_id = ?1 AND time IN (
                            SELECT time FROM \(level.table) WHERE series_id = ?1 AND time <= ?2 ORDER BY time LIMIT ?3)
                        """, arguments: [series, cutoff, Self.pruneBatchRows - counts.total])
                    counts[keyPath: level.count] += db.changesCount
                }
            }
            if let keep = retention.rejects, counts.total < Self.pruneBatchRows {
                try db.execute(sql: "DELETE FROM reject WHERE id IN (SELECT id FROM reject WHERE at <= ? ORDER BY at LIMIT ?)",
                               arguments: [now.millis - keep.milliseconds, Self.pruneBatchRows - counts.total])
                counts.rejects = db.changesCount
            }
            return counts
        }
    }

    /// A series with rows in `table` at or before `cutoff`: a probe of each series' oldest row.
    private static func seriesHolding(_ table: String, through cutoff: Int64, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT id FROM series s WHERE EXISTS (SELECT 1 FROM \(table) t WHERE t.series_id = s.id AND t.time <= ?) LIMIT 1
            """, arguments: [cutoff])
    }

    /// Adds the oldest `limit` raw readings of `series` at or before `cutoff` to their minutes, judged against
    /// `band`, and deletes them; how many.
    private static func rollUpAndDelete(series: Int64, through cutoff: Int64, limit: Int, band: SeriesBand, _ db: Database) throws -> Int {
        // Everything older is already gone, so the batch is every reading up to the limit-th oldest.
        let last = try Int64.fetchOne(db, sql: """
            SELECT time FROM reading WHERE series_id = ? AND time <= ? ORDER BY time LIMIT 1 OFFSET ?
            """, arguments: [series, cutoff, limit - 1]) ?? cutoff
        let width = RollupLevel.minute.width
        try db.execute(sql: """
            INSERT INTO \(RollupLevel.minute.table) (series_id, time, count, inside, sum, min, max)
            SELECT series_id, CASE WHEN time > 0 THEN (time + ?5 - 1) / ?5 ELSE time / ?5 END * ?5 AS bucket, COUNT(*),
                   SUM(\(insideSQL("value", lo: "?3", hi: "?4"))), SUM(value), MIN(value), MAX(value)
            FROM reading WHERE series_id = ?1 AND time <= ?2 GROUP BY bucket
            \(mergeRollup)
            """, arguments: [series, last, band.lo, band.hi, width])
        try db.execute(sql: "DELETE FROM reading WHERE series_id = ? AND time <= ?", arguments: [series, last])
        return db.changesCount
    }

    /// Horizons only move forward: a retention made longer cannot bring back what is gone.
    private static func advanceHorizon(_ key: String, to cutoff: Int64?, _ db: Database) throws {
        guard let cutoff else { return }
        try db.execute(sql: """
            INSERT INTO meta (key, value) VALUES (?, ?)
            ON CONFLICT (key) DO UPDATE SET value = MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))
            """, arguments: [key, cutoff])
    }

    /// Rewrites the database without its free pages: pruning frees pages for reuse inside the file, this gives them
    /// back to the file system. Outside any transaction, as SQLite requires; other writers wait until it is done.
    /// - Returns: the file's size in bytes before and after.
    public func vacuum() throws -> (before: Int64, after: Int64) {
        let before = try fileSize()
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM")
            // The WAL holds the rewritten pages until a checkpoint moves them into the file and truncates it.
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        return (before, try fileSize())
    }

    private func fileSize() throws -> Int64 {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
    }
}
