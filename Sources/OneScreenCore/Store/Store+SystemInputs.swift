import GRDB

extension Store {
    /// What the system rules judge of one enabled source: its state, runs failed in a row, why the last failed, its lag.
    struct SourceRunHealth {
        var name: String
        var state: SourceStatus.State
        var failedRuns: Int
        /// Why its last failed run failed.
        var lastFailure: String?
        var lastRun: Int64?
        var lag: String?
    }

    /// Every source that is not disabled, as its health row says.
    static func sourceRunHealth(_ db: Database) throws -> [SourceRunHealth] {
        try Row.fetchAll(db, sql: """
            SELECT name, state, failed_runs, COALESCE(last_failure, last_error) AS failure, last_run, stream_lag FROM source_health
            WHERE state != 'disabled' ORDER BY name
            """).map { row in
            SourceRunHealth(name: row["name"], state: SourceStatus.State(rawValue: row["state"]) ?? .failing,
                            failedRuns: row["failed_runs"] ?? 0, lastFailure: row["failure"], lastRun: row["last_run"],
                            lag: row["stream_lag"])
        }
    }

    /// The lease of a collector that neither renewed nor gave it up (it died or hangs) and that nobody took over:
    /// who held it and when it expired. Nil while someone holds it, and after a clean stop (which deletes the row).
    static func abandonedLease(_ db: Database, now: Instant) throws -> (holder: String, expired: Int64)? {
        try Row.fetchOne(db, sql: "SELECT holder, expires FROM collector_lease WHERE expires < ?", arguments: [now.millis])
            .map { ($0["holder"], $0["expires"]) }
    }
}
