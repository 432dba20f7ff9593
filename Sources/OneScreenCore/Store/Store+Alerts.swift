import GRDB

/// The alert table: the lifecycle writes it, listings and acknowledgements read and change it.
extension Store {
    static let alertColumns = """
        id, fingerprint, rule, level, state, subject, message, first_seen, last_seen, count, acked_by, acked_at,
        ack_note, resolved_at, detail, clearing_since, default_message
        """

    /// Decodes a row selected with `alertColumns`, by position: evaluation reads many rows, and a lookup by
    /// name searches the columns each time.
    static func alert(_ row: Row) -> AlertRecord? { alert(SQLRow(row, columns: [])) }

    /// The same, from either engine.
    static func alert(_ row: SQLRow) -> AlertRecord? {
        guard let level = AlertLevel(rawValue: row[3]), let state = AlertState(rawValue: row[4]) else { return nil }
        func instant(_ index: Int) -> Instant? { (row[index] as Int64?).map(Instant.init(millis:)) }
        return AlertRecord(
            id: row[0], fingerprint: row[1], rule: row[2], level: level, state: state, subject: row[5], message: row[6],
            firstSeen: Instant(millis: row[7]), lastSeen: Instant(millis: row[8]), count: row[9], ackedBy: row[10],
            ackedAt: instant(11), ackNote: row[12], resolvedAt: instant(13), detail: row[14], clearingSince: instant(15),
            defaultMessage: (row[16] as String?).flatMap(DefaultMessage.init(json:)))
    }

    /// A rule's open alerts and those last seen at or after `since` (the rows an evaluation of the changes since
    /// then may revise) about the subjects `wanted` admits. Every such row is stepped over, but only the wanted
    /// ones are decoded: a batch walks a few of the thousands a large feed keeps pending. The two halves are
    /// disjoint, so SQLite streams them without a temporary table to drop duplicates.
    static func storedAlerts(_ db: Database, rule: String, seenSince since: Int64, wanted: (ExactText) -> Bool) throws -> StoredAlerts {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT \(alertColumns) FROM alert WHERE rule = ?1 AND last_seen >= ?2
            UNION ALL SELECT \(alertColumns) FROM alert WHERE rule = ?1 AND state != 'resolved' AND last_seen < ?2
            """), arguments: [rule, since])
        var records: [AlertRecord] = []
        while let row = try rows.next() {
            guard wanted(ExactText(row[5])), let record = alert(row) else { continue }
            records.append(record)
        }
        return StoredAlerts(records)
    }

    static func openAlerts(_ db: Database, rule: String) throws -> [AlertRecord] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT \(alertColumns) FROM alert WHERE rule = ? AND state != 'resolved'"),
                         arguments: [rule]).compactMap(alert)
    }

    static func insertAlert(_ db: Database, _ a: AlertRecord) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO alert (fingerprint, rule, level, state, subject, message, first_seen, last_seen, count, acked_by,
                acked_at, ack_note, resolved_at, detail, clearing_since, default_message)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                a.fingerprint, a.rule, a.level.rawValue, a.state.rawValue, a.subject, a.message, a.firstSeen.millis,
                a.lastSeen.millis, a.count, a.ackedBy, a.ackedAt?.millis, a.ackNote, a.resolvedAt?.millis, a.detail,
                a.clearingSince?.millis, a.defaultMessage?.json,
            ])
        return db.lastInsertedRowID
    }

    /// Alerts per insert statement in `insertPendingAlerts`: 500 rows of 11 values stay far below SQLite's limit
    /// of 32,766 parameters.
    static let pendingAlertsPerInsert = 500

    /// Inserts new pending alerts, several per statement, their values bound through SQLite's C API: a batch of a
    /// large feed starts thousands, and one statement each, its arguments boxed, cost more than judging them.
    /// Their ids are not read back. A pending alert has not resolved and nobody has acted on it.
    static func insertPendingAlerts(_ db: Database, _ alerts: [AlertRecord]) throws {
        var full: DirectStatement?
        var start = 0
        while start < alerts.count {
            let rows = min(pendingAlertsPerInsert, alerts.count - start)
            let insert: DirectStatement
            if rows == pendingAlertsPerInsert, let full { insert = full } else { insert = try pendingInsert(db, rows: rows) }
            if rows == pendingAlertsPerInsert { full = insert }
            try insert.reset()
            for (offset, a) in alerts[start..<(start + rows)].enumerated() {
                precondition(a.state == .pending && a.ackedAt == nil && a.resolvedAt == nil && a.clearingSince == nil)
                let first = Int32(offset * 11)
                try insert.bind(first + 1, a.fingerprint)
                try insert.bind(first + 2, a.rule)
                try insert.bind(first + 3, Int64(a.level.rawValue))
                try insert.bind(first + 4, a.state.rawValue)
                try insert.bind(first + 5, a.subject)
                try insert.bind(first + 6, a.message)
                try insert.bind(first + 7, a.firstSeen.millis)
                try insert.bind(first + 8, a.lastSeen.millis)
                try insert.bind(first + 9, Int64(a.count))
                try insert.bind(first + 10, a.detail)
                try insert.bind(first + 11, a.defaultMessage?.json)
            }
            _ = try insert.run()
            start += rows
        }
    }

    private static func pendingInsert(_ db: Database, rows: Int) throws -> DirectStatement {
        let row: StatementArguments = ["", "", 0, "", "", "", 0, 0, 0, "", ""]
        var placeholders = StatementArguments()
        for _ in 0..<rows { placeholders += row }
        return try DirectStatement(db, sql: """
            INSERT INTO alert (fingerprint, rule, level, state, subject, message, first_seen, last_seen, count, detail, default_message)
            VALUES \(Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", "))
            """, placeholders: placeholders)
    }

    /// Writes what evaluation owns; who acknowledged and why is left alone (an acknowledgement made while the
    /// evaluation ran must not be lost).
    static func updateAlert(_ db: Database, _ a: AlertRecord) throws {
        try db.cachedStatement(sql: """
            UPDATE alert SET level = ?, state = CASE WHEN ? = 'firing' AND acked_at IS NOT NULL THEN 'acknowledged' ELSE ? END,
                subject = ?, message = ?, first_seen = ?, last_seen = ?, count = ?, resolved_at = ?, detail = ?,
                clearing_since = ?, default_message = ?
            WHERE id = ?
            """).execute(arguments: [
                a.level.rawValue, a.state.rawValue, a.state.rawValue, a.subject, a.message, a.firstSeen.millis,
                a.lastSeen.millis, a.count, a.resolvedAt?.millis, a.detail, a.clearingSince?.millis,
                a.defaultMessage?.json, a.id,
            ])
    }

    static func deleteAlert(_ db: Database, id: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM alert WHERE id = ?").execute(arguments: [id])
    }

    // MARK: public

    /// Alerts for a listing, newest first.
    public func alerts(_ filter: AlertFilter) throws -> [AlertRecord] {
        try pool.read { db in try Store.alerts(db, filter) }
    }

    /// Inside a caller's read, so a page's list and its counts come from one transaction.
    static func alerts(_ db: any SQLConnection, _ filter: AlertFilter) throws -> [AlertRecord] {
        var conditions = condition(filter.states).map { [$0] } ?? []
        var arguments: [any SQLValueConvertible] = []
        if let level = filter.level {
            conditions.append("level = ?")
            arguments.append(level.rawValue)
        }
        if let text = filter.text, !text.isEmpty, filter.textInRuleOnly {
            conditions.append(db.dialect.contains("rule", "?"))
            arguments.append(text)
        } else if let text = filter.text, !text.isEmpty {
            conditions.append("(\(db.dialect.contains("rule", "?")) OR \(db.dialect.contains("subject", "?")) OR \(db.dialect.contains("message", "?")))")
            arguments += [text, text, text]
        }
        // Most severe first, as the Alerts page sorts by default: under a limit, the alerts left out are the least severe.
        return try alerts(db, where: conditions, arguments: arguments, limit: filter.limit, order: "level DESC, first_seen DESC, id DESC")
    }

    /// The first `limit` alerts in `order` (newest first unless told) that every SQL condition in `conditions` admits.
    static func alerts(_ db: any SQLConnection, where conditions: [String], arguments: [any SQLValueConvertible] = [],
                       limit: Int, order: String = "first_seen DESC, id DESC") throws -> [AlertRecord] {
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try db.rows("""
            SELECT \(Store.alertColumns) FROM alert \(whereClause) ORDER BY \(order) LIMIT ?
            """, arguments + [limit]).compactMap(Store.alert)
    }

    /// The SQL condition on `state` for `states`, nil for all: one definition of each, for listings and counts alike.
    static func condition(_ states: AlertFilter.States) -> String? {
        switch states {
        case .open: "state IN (" + AlertState.open.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")"
        case .pending: "state = 'pending'"
        case .acknowledged: "state = 'acknowledged'"
        case .resolved: "state = 'resolved'"
        case .all: nil
        }
    }

    /// What the overview and the Alerts page show of alerts in `states`: the newest `limit`, the count per level
    /// (by the same condition as the list, so the two always agree) and the pending count.
    /// - Parameter silencesAt: the Alerts page's clock, to list the silences in force then; nil lists none.
    static func alertOverview(_ db: any SQLConnection, states: AlertFilter.States, limit: Int, silencesAt now: Instant? = nil) throws -> AlertOverview {
        AlertOverview(byLevel: try alertsByLevel(db, where: condition(states) ?? "TRUE"),
                      newest: try alerts(db, AlertFilter(states: states, limit: limit)),
                      pending: try db.value(Int.self, "SELECT COUNT(*) FROM alert WHERE \(condition(.pending)!)") ?? 0,
                      silences: try now.map { try silences(db, activeAt: $0) } ?? [])
    }

    /// How many alerts per level the SQL `condition` admits, index 0 = L1 … 3 = L4.
    static func alertsByLevel(_ db: any SQLConnection, where condition: String) throws -> [Int] {
        var byLevel = [0, 0, 0, 0]
        for row in try db.rows("SELECT level, COUNT(*) AS n FROM alert WHERE \(condition) GROUP BY level") {
            let level: Int = row["level"]
            if (1...4).contains(level) { byLevel[level - 1] = row["n"] }
        }
        return byLevel
    }

    public func alert(id: Int64) throws -> AlertRecord? {
        try pool.read { db in try Store.alert(db, id: id) }
    }

    /// One alert, inside a caller's transaction.
    static func alert(_ db: any SQLConnection, id: Int64) throws -> AlertRecord? {
        try db.row("SELECT \(alertColumns) FROM alert WHERE id = ?", [id]).flatMap(alert)
    }

    /// How the audit trail names an alert acted on.
    static func auditSubject(ofAlert id: Int64) -> String { "alert/\(id)" }

    /// Acknowledges a firing alert: who, when and why go on the alert and, in the same transaction, into the
    /// audit log, so an acknowledgement is never recorded without its audit row.
    /// - Parameters:
    ///   - user: the OS user (or the dashboard's signed-in user) who acknowledged.
    ///   - role: the role they acted as (the dashboard's, or the one a shell command resolved).
    @discardableResult
    public func acknowledgeAlert(id: Int64, by user: String, role: String, note: String?, at now: Instant) throws -> AlertRecord {
        try pool.write { db in
            guard var alert = try Store.alert(db, id: id) else { throw AlertActionError.noSuchAlert(id) }
            if alert.state == .acknowledged { throw AlertActionError.alreadyAcknowledged(id, by: alert.ackedBy ?? "?") }
            guard alert.state == .firing else { throw AlertActionError.notFiring(id, alert.state) }
            alert.state = .acknowledged
            alert.ackedBy = user
            alert.ackedAt = now
            alert.ackNote = note
            try db.execute(sql: "UPDATE alert SET state = 'acknowledged', acked_by = ?, acked_at = ?, ack_note = ? WHERE id = ?",
                           arguments: [user, now.millis, note, id])
            try Store.appendAudit(AuditEntry(at: now, user: user, role: role, action: "acknowledge", subject: Store.auditSubject(ofAlert: id), detail: note), db)
            return alert
        }
    }

    /// Puts an acknowledged alert back to firing (the acknowledgement was a mistake, or whoever took it cannot
    /// follow it up), with an audit row naming whose acknowledgement it undid; hooks with `repeat:` resume.
    @discardableResult
    public func unacknowledgeAlert(id: Int64, by user: String, role: String, at now: Instant) throws -> AlertRecord {
        try pool.write { db in
            guard var alert = try Store.alert(db, id: id) else { throw AlertActionError.noSuchAlert(id) }
            guard alert.state == .acknowledged else { throw AlertActionError.notAcknowledged(id, alert.state) }
            let undone = "was acknowledged by \(alert.ackedBy ?? "?")" + (alert.ackNote.map { ": \($0)" } ?? "")
            alert.state = .firing
            alert.ackedBy = nil
            alert.ackedAt = nil
            alert.ackNote = nil
            try db.execute(sql: "UPDATE alert SET state = 'firing', acked_by = NULL, acked_at = NULL, ack_note = NULL WHERE id = ?",
                           arguments: [id])
            try Store.appendAudit(AuditEntry(at: now, user: user, role: role, action: "unacknowledge", subject: Store.auditSubject(ofAlert: id),
                                             detail: undone), db)
            return alert
        }
    }

    /// Ends a silence now rather than at its time: its row stays, with `until` now, as the record of who silenced
    /// what for how long; the audit row says who ended it.
    @discardableResult
    public func endSilence(id: Int64, by user: String, role: String, at now: Instant) throws -> Silence {
        try pool.write { db in
            guard var silence = try Store.silence(db, id: id) else { throw AlertActionError.noSuchSilence(id) }
            guard silence.until > now else { throw AlertActionError.silenceOver(id) }
            silence.until = now
            try db.execute(sql: "UPDATE silence SET until = ? WHERE id = ?", arguments: [now.millis, id])
            try Store.appendAudit(AuditEntry(at: now, user: user, role: role, action: "unsilence", subject: silence.target.pattern,
                                             detail: "silence \(id) by \(silence.createdBy)" + (silence.note.map { "; \($0)" } ?? "")), db)
            return silence
        }
    }

    /// Mutes notifications for a rule or subject (or a pattern of them) until `until`, with an audit row.
    @discardableResult
    public func silence(_ target: String, until: Instant, by user: String, role: String, note: String?, at now: Instant) throws -> Silence {
        guard !target.isEmpty else { throw AlertActionError.emptyTarget }
        guard until > now else { throw AlertActionError.notInFuture }
        return try pool.write { db in
            try db.execute(sql: "INSERT INTO silence (target, until, created_by, created_at, note) VALUES (?, ?, ?, ?, ?)",
                           arguments: [target, until.millis, user, now.millis, note])
            let silence = Silence(id: db.lastInsertedRowID, target: Glob(target), until: until, createdBy: user, createdAt: now, note: note)
            try Store.appendAudit(AuditEntry(at: now, user: user, role: role, action: "silence", subject: target,
                                             detail: "until \(until.rfc3339())" + (note.map { "; \($0)" } ?? "")), db)
            return silence
        }
    }

    /// Silences still in force at `now`.
    public func silences(activeAt now: Instant) throws -> [Silence] {
        try pool.read { db in try Store.silences(db, activeAt: now) }
    }

    static func silences(_ db: any SQLConnection, activeAt now: Instant) throws -> [Silence] {
        try db.rows("SELECT \(silenceColumns) FROM silence WHERE until > ? ORDER BY id", [now.millis]).map(silence)
    }

    public func silence(id: Int64) throws -> Silence? {
        try pool.read { db in try Store.silence(db, id: id) }
    }

    static func silence(_ db: any SQLConnection, id: Int64) throws -> Silence? {
        try db.row("SELECT \(silenceColumns) FROM silence WHERE id = ?", [id]).map(silence)
    }

    private static let silenceColumns = "id, target, until, created_by, created_at, note"

    private static func silence(_ row: SQLRow) -> Silence {
        Silence(id: row["id"], target: Glob(row["target"]), until: Instant(millis: row["until"]), createdBy: row["created_by"],
                createdAt: Instant(millis: row["created_at"]), note: row["note"])
    }
}
