/// The collector lease of one `collector_group`, timed by the database's clock (`clock_timestamp()`): collectors
/// at several sites need not agree on the time for only one of them to hold a group's lease.
enum PostgresLease {
    /// The database's clock in epoch milliseconds, as SQL.
    static let clockMillis = "(extract(epoch FROM clock_timestamp()) * 1000)::bigint"

    /// Takes the group's lease for `holder` for `millis`, or renews it if `holder` has it. One statement: two
    /// collectors racing for a free lease serialise on its row, and only one finds it free.
    /// - Returns: how long, in milliseconds by the database's clock, `holder` now holds it; nil when another does.
    static func acquire(group: String, holder: String, millis: Int64, _ db: PostgresConnection) throws -> Int64? {
        try db.fetchOne("""
            WITH clock AS (SELECT \(clockMillis) AS now)
            INSERT INTO collector_lease AS l (collector_group, holder, acquired, expires)
            SELECT $1, $2, now, now + $3 FROM clock
            ON CONFLICT (collector_group) DO UPDATE SET
                acquired = CASE WHEN l.holder = excluded.holder THEN l.acquired ELSE excluded.acquired END,
                holder = excluded.holder, expires = excluded.expires
            WHERE l.holder = excluded.holder OR l.expires < excluded.acquired
            RETURNING expires - (SELECT now FROM clock)
            """, [.text(group), .text(holder), .integer(millis)], context: "taking the collector lease of group \(group)")?[0].int64
    }

    /// Gives the lease up at once so another collector of the group need not wait for it to expire.
    static func release(group: String, holder: String, _ db: PostgresConnection) throws {
        try db.execute("DELETE FROM collector_lease WHERE collector_group = $1 AND holder = $2", [.text(group), .text(holder)],
                       context: "giving up the collector lease of group \(group)")
    }

    /// Who collects for `group` now, or nil when nobody holds an unexpired lease.
    static func holder(group: String, _ db: PostgresConnection) throws -> String? {
        try db.fetchOne("SELECT holder FROM collector_lease WHERE collector_group = $1 AND expires >= \(clockMillis)",
                        [.text(group)], context: "reading the collector lease of group \(group)")?[0].string
    }
}
