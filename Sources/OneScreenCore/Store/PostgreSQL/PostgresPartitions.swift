/// The reading table's day partitions: which exist, making those a batch or the days ahead need, dropping old ones.
///
/// Making a partition locks the reading table against readers for a moment, so it is done in a short transaction
/// of its own before a batch, never inside the batch's (whose lock would be held until it commits).
enum PostgresPartitions {
    static let dayMillis: Int64 = 86_400_000
    /// Days made ahead of today by the collector's upkeep (every 10 minutes): a reading that arrives at midnight
    /// finds its day ready even when the upkeep missed a run or two.
    static let daysAhead: Int64 = 2

    /// The UTC day (days since the epoch) a reading at `millis` falls in.
    static func day(of millis: Int64) -> Int64 { floorDiv(millis, dayMillis) }

    /// The days whose partitions exist, oldest first.
    static func existing(_ db: PostgresConnection) throws -> [Int64] {
        try db.fetch("""
            SELECT (extract(epoch FROM to_date(substr(c.relname, 9), 'YYYYMMDD')) / 86400)::bigint
            FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'reading'::regclass ORDER BY 1
            """, context: "listing reading partitions").compactMap { $0[0].int64 }
    }

    /// Makes the partitions of `days` that do not exist yet, in a transaction of its own.
    /// - Returns: how many were made.
    @discardableResult
    static func ensure(_ days: some Collection<Int64>, _ db: PostgresConnection) throws -> Int {
        guard !days.isEmpty else { return 0 }
        let list = "{" + days.map(String.init).joined(separator: ",") + "}"
        return try db.transaction(context: "making reading partitions") {
            try db.fetchOne("SELECT reading_partitions_ensure($1::bigint[])", [.text(list)],
                            context: "making reading partitions")?[0].int ?? 0
        }
    }

    /// Today's partition and `daysAhead` more.
    @discardableResult
    static func ensureAhead(of now: Instant, _ db: PostgresConnection) throws -> Int {
        let today = day(of: now.millis)
        return try ensure(Array(today...(today + daysAhead)), db)
    }

    /// Drops the partition of `day`, inside the caller's transaction (which has rolled its readings up).
    static func drop(_ day: Int64, _ db: PostgresConnection) throws {
        try db.execute("SELECT reading_partition_drop($1)", [.integer(day)], context: "dropping readings of day \(day)")
    }
}
