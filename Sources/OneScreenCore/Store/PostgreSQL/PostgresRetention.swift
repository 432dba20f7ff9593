/// Retention's PostgreSQL part: a day whose readings are all past the raw horizon is rolled into minutes and its
/// partition dropped, in one transaction, instead of deleting its rows batch by batch. What is left of the raw
/// horizon inside a day (the ragged end) is pruned as SQLite prunes it.
enum PostgresRetention {
    /// The readings of one UTC day, `[$1, $2)` in epoch ms, added to their minutes, each judged against its
    /// series' band as it is now; how many readings that was comes back.
    static let rollDayIntoMinutes = """
        WITH rolled AS (
            SELECT r.series_id, CASE WHEN r.time > 0 THEN (r.time + 59999) / 60000 ELSE r.time / 60000 END * 60000 AS bucket,
                   count(*) AS count, sum(CASE WHEN \(Store.insideSQL("r.value", lo: "b.lo", hi: "b.hi")) THEN 1 ELSE 0 END) AS inside,
                   sum(r.value) AS sum, min(r.value) AS min, max(r.value) AS max
            FROM reading r LEFT JOIN (\(Store.seriesBands)) b ON b.series_id = r.series_id
            WHERE r.time >= $1 AND r.time < $2
            GROUP BY r.series_id, bucket
        ), merged AS (
            INSERT INTO reading_minute AS m (series_id, time, count, inside, sum, min, max)
            SELECT series_id, bucket, count, inside, sum, min, max FROM rolled
            ON CONFLICT (series_id, time) DO UPDATE SET count = m.count + excluded.count, inside = m.inside + excluded.inside,
                sum = m.sum + excluded.sum, min = LEAST(m.min, excluded.min), max = GREATEST(m.max, excluded.max)
        )
        SELECT COALESCE(sum(count), 0) FROM rolled
        """

    /// Rolls up and drops every day partition whose readings are all at or before `cutoff`, oldest first, one day per
    /// transaction (a day is one statement's work either way, and a reader waits at most for one drop).
    /// - Parameter beforeEach: runs first in each day's transaction (moving the retention horizon, so no reader
    ///   ever takes a half-dropped hour for whole).
    /// - Returns: how many readings went.
    static func dropWholeDays(through cutoff: Int64, _ db: PostgresConnection, beforeEach: () throws -> Void) throws -> Int {
        var dropped = 0
        for day in try PostgresPartitions.existing(db) where (day + 1) * PostgresPartitions.dayMillis - 1 <= cutoff {
            dropped += try db.transaction(context: "pruning readings of day \(day)") {
                try beforeEach()
                let start = day * PostgresPartitions.dayMillis
                let rolled = try db.fetchOne(rollDayIntoMinutes, [.integer(start), .integer(start + PostgresPartitions.dayMillis)],
                                             context: "rolling readings of day \(day) into minutes")?[0].int ?? 0
                try PostgresPartitions.drop(day, db)
                return rolled
            }
        }
        return dropped
    }
}
