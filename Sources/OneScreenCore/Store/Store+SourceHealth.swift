import GRDB

extension Store {
    /// A source whose next run is this far overdue has no collector running it (the collector died and nobody
    /// took over, or it is stuck): longer than a lease takes to change hands.
    public static let overdueSeconds = 15.0

    /// Writes a change to a source's health row, creating the row on first sight.
    public func recordHealth(_ change: SourceHealthChange) async throws {
        try await pool.write { db in
            try db.run("""
                INSERT INTO source_health (name, kind, state, last_run, last_success, last_error, accepted, rejected, next_run,
                                           failed_runs, last_failure, stream_since, stream_rate, stream_restarts, stream_lag)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, state = excluded.state,
                    last_run = COALESCE(excluded.last_run, last_run),
                    last_success = COALESCE(excluded.last_success, last_success),
                    last_error = COALESCE(excluded.last_error, last_error),
                    accepted = accepted + excluded.accepted, rejected = rejected + excluded.rejected,
                    next_run = COALESCE(excluded.next_run, next_run),
                    failed_runs = COALESCE(excluded.failed_runs, failed_runs),
                    last_failure = COALESCE(excluded.last_failure, last_failure),
                    stream_since = CASE WHEN excluded.stream_restarts IS NULL THEN stream_since ELSE excluded.stream_since END,
                    stream_rate = CASE WHEN excluded.stream_restarts IS NULL THEN stream_rate ELSE excluded.stream_rate END,
                    stream_lag = CASE WHEN excluded.stream_restarts IS NULL THEN stream_lag ELSE excluded.stream_lag END,
                    stream_restarts = COALESCE(excluded.stream_restarts, stream_restarts)
                """, [change.name, change.kind, change.state.rawValue, change.lastRun?.millis, change.lastSuccess?.millis,
                                 change.lastError, change.accepted, change.rejected, change.nextRun?.millis,
                                 change.failedRuns, change.lastFailure, change.stream?.since?.millis, change.stream?.linesPerSecond,
                                 change.stream?.restarts, change.stream?.lag])
        }
    }

    /// Forgets the health and checkpoints of sources no longer configured, so the Sources page shows no ghosts.
    public func forgetSources(except names: [String]) async throws {
        try await pool.write { db in
            let keep = names.map { _ in "?" }.joined(separator: ",")
            let arguments: [any SQLValueConvertible] = names
            let clause = names.isEmpty ? "" : " WHERE name NOT IN (\(keep))"
            try db.run("DELETE FROM source_health" + clause, arguments)
            try db.run("DELETE FROM source_checkpoint" + clause, arguments)
        }
    }

    /// Every source's health as recorded, judged at `now`: a source whose next run is long overdue is `late`
    /// whatever its last run said, since nobody is running it.
    public func sourceStatuses(at now: Instant) throws -> [SourceStatus] {
        try pool.read { db in try Self.sources(db, now: now) }
    }

    public func checkpoint(source: String) throws -> String? {
        try pool.read { db in try db.value(String.self, "SELECT value FROM source_checkpoint WHERE name = ?", [source]) }
    }

    public func setCheckpoint(source: String, _ value: String?) async throws {
        try await pool.write { db in
            if let value {
                try db.run("INSERT INTO source_checkpoint (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                               [source, value])
            } else {
                try db.run("DELETE FROM source_checkpoint WHERE name = ?", [source])
            }
        }
    }
}
