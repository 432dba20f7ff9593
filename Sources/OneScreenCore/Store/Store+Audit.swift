
extension Store {
    /// Appends to the audit trail. Rows are never changed or removed: the table's triggers refuse it.
    public func appendAudit(_ entry: AuditEntry) throws {
        guard !isReadOnly else { throw StoreError.readOnly(path, "record \(entry.action) of \(entry.subject) in the audit trail") }
        try backend.write { db in try Self.appendAudit(entry, db) }
    }

    /// Inside a caller's transaction, so an acknowledgement and its audit row commit together.
    static func appendAudit(_ entry: AuditEntry, _ db: any SQLConnection) throws {
        try db.run("""
            INSERT INTO audit (at, "user", role, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)
            """, [entry.at.millis, entry.user, entry.role, entry.action, entry.subject, entry.detail])
    }

    /// Audit rows at or after `since`, oldest first.
    public func audit(since: Instant? = nil) throws -> [AuditEntry] {
        try backend.read { db in
            try db.rows("""
                SELECT id, at, "user", role, action, subject, detail FROM audit WHERE at >= ? ORDER BY at, id
                """, [since?.millis ?? Int64.min]).map { row in
                AuditEntry(
                    id: row["id"], at: Instant(millis: row["at"]), user: row["user"], role: row["role"],
                    action: row["action"], subject: row["subject"], detail: row["detail"])
            }
        }
    }
}
