import GRDB

extension Store {
    /// Takes the collector lease for `holder`, or renews it if `holder` has it. Succeeds only when nobody else holds
    /// an unexpired lease; one statement in one write transaction, so two processes can never both succeed.
    /// - Returns: whether `holder` holds the lease until `expires`.
    public func acquireLease(holder: String, now: Instant, expires: Instant) async throws -> Bool {
        try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO collector_lease (id, holder, acquired, expires) VALUES (1, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    acquired = CASE WHEN holder = excluded.holder THEN acquired ELSE excluded.acquired END,
                    holder = excluded.holder, expires = excluded.expires
                WHERE holder = excluded.holder OR expires < excluded.acquired
                """, arguments: [holder, now.millis, expires.millis])
            return db.changesCount > 0
        }
    }

    /// Gives the lease up at once so another process need not wait for it to expire.
    public func releaseLease(holder: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM collector_lease WHERE holder = ?", arguments: [holder])
        }
    }

    /// Who collects now, or nil when nobody holds an unexpired lease.
    public func leaseHolder(at now: Instant) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT holder FROM collector_lease WHERE expires >= ?", arguments: [now.millis])
        }
    }
}
