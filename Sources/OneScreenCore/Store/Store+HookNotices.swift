import GRDB

/// The repeat schedule of hooks with `repeat:`: when each last told of each open alert.
extension Store {
    static func recordNotices(_ db: Database, hook: String, alerts: [Int64], at now: Instant) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO hook_notice (hook, alert_id, notified_at) VALUES (?, ?, ?)
            ON CONFLICT (hook, alert_id) DO UPDATE SET notified_at = excluded.notified_at
            """)
        for id in alerts { try statement.execute(arguments: [hook, id, now.millis]) }
    }

    static func notices(_ db: Database, hook: String) throws -> [Int64: Instant] {
        var told: [Int64: Instant] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT alert_id, notified_at FROM hook_notice WHERE hook = ?"), arguments: [hook]) {
            told[row[0]] = Instant(millis: row[1])
        }
        return told
    }

    /// Drops the schedule of alerts that resolved or are gone: nothing is left to remind of.
    static func forgetClosedNotices(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM hook_notice WHERE alert_id NOT IN (SELECT id FROM alert WHERE state != 'resolved')")
    }

    static func forgetNotices(_ db: Database, alerts: [Int64]) throws {
        let statement = try db.cachedStatement(sql: "DELETE FROM hook_notice WHERE alert_id = ?")
        for id in alerts { try statement.execute(arguments: [id]) }
    }

    /// Alerts firing now (not pending, not acknowledged): the ones a reminder is for.
    static func firingAlerts(_ db: Database) throws -> [AlertRecord] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT \(alertColumns) FROM alert WHERE state = 'firing' ORDER BY id")).compactMap(alert)
    }
}
