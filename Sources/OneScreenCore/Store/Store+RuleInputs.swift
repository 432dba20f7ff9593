import GRDB

/// What the alert rules read: series, readings over a window, standards, and the business tables.
extension Store {
    /// The series with an id above `after` (all of them from 0), in id order: series are only ever added, so a
    /// reader that has seen them up to some id reads only the new ones.
    static func series(after id: Int64, _ db: Database) throws -> [SeriesInfo] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT id, metric, site, stage, unit FROM series WHERE id > ? ORDER BY id"),
                         arguments: [id]).map { row in
            SeriesInfo(id: row["id"], metric: row["metric"], site: row["site"], stage: Stage(rawValue: row["stage"]), unit: row["unit"])
        }
    }

    /// How many times a stored series has been changed in place (`onescreen series correct`): what a copy of the
    /// series or their bands compares to know that it is still right, since adding series never changes old ones.
    static func seriesRevision(_ db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'series_revision'")) ?? 0
    }

    static func bumpSeriesRevision(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO meta (key, value) VALUES ('series_revision', '1')
            ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
            """)
    }

    /// A series' readings in `from...to`, preceded by its latest reading before `from` (what a sensor reporting
    /// on change still says at `from`).
    static func points(_ db: Database, series: Int64, from: Int64, to: Int64) throws -> [SeriesPoint] {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT time, value FROM reading WHERE series_id = ?1 AND time <= ?3
              AND time >= COALESCE((SELECT MAX(time) FROM reading WHERE series_id = ?1 AND time < ?2), ?2)
            ORDER BY time
            """), arguments: [series, from, to])
        var points: [SeriesPoint] = []
        while let row = try rows.next() { points.append(SeriesPoint(time: row[0], value: row[1])) }
        return points
    }

    /// Every series' newest reading, by series id (none for a series whose readings retention deleted): one
    /// index probe per series inside one statement.
    static func latestTimes(_ db: Database) throws -> [Int64: Int64] {
        var latest: [Int64: Int64] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT s.id, (SELECT MAX(r.time) FROM reading r WHERE r.series_id = s.id) AS latest FROM series s
            """)
        while let row = try rows.next() {
            if let time: Int64 = row["latest"] { latest[row["id"]] = time }
        }
        return latest
    }

    static func latestTime(_ db: Database, series: Int64) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(time) FROM reading WHERE series_id = ?"), arguments: [series])
    }

    static func standards(_ db: Database) throws -> [Standard] {
        try Row.fetchAll(db, sql: "SELECT id, name, metric, stage, min, max, unit, level, hold FROM standard ORDER BY id").map { row in
            Standard(
                id: row["id"], name: row["name"], metric: row["metric"], stage: (row["stage"] as String?).flatMap(Stage.init(rawValue:)),
                min: row["min"], max: row["max"], unit: row["unit"], level: row["level"], hold: row["hold"])
        }
    }

    /// Each source's last successful run, as the collector records it.
    static func sourceSuccesses(_ db: Database) throws -> [(name: String, lastSuccess: Int64?)] {
        // A disabled source is not expected to send anything.
        try Row.fetchAll(db, sql: "SELECT name, last_success FROM source_health WHERE state != 'disabled' ORDER BY name")
            .map { ($0["name"], $0["last_success"]) }
    }

    // MARK: business

    static func overdueMilestones(_ db: Database, dueBefore day: CalendarDay) throws -> [Milestone] {
        try Row.fetchAll(db, sql: """
            SELECT id, contract, name, due, amount FROM milestone WHERE done IS NULL AND due < ? ORDER BY due, id
            """, arguments: [day.description]).compactMap { row in
            guard let due = CalendarDay(row["due"] as String) else { return nil }
            return Milestone(id: row["id"], contract: row["contract"], name: row["name"], due: due, done: nil, amount: row["amount"])
        }
    }

    /// Contracts not yet sealed (draft, in review, approved) whose end falls in `from...to`.
    static func expiringUnsealedContracts(_ db: Database, from: CalendarDay, to: CalendarDay) throws -> [Contract] {
        try Row.fetchAll(db, sql: """
            SELECT id, title, counterparty, amount, status, owner, signed, start, "end" FROM contract
            WHERE status IN ('draft', 'review', 'approved') AND "end" >= ? AND "end" <= ? ORDER BY "end", id
            """, arguments: [from.description, to.description]).compactMap { row in
            guard let status = ContractStatus(rawValue: row["status"]), let end = CalendarDay(row["end"] as String) else { return nil }
            return Contract(
                id: row["id"], title: row["title"], counterparty: row["counterparty"], amount: row["amount"], status: status,
                owner: row["owner"], signed: (row["signed"] as String?).flatMap(CalendarDay.init),
                start: (row["start"] as String?).flatMap(CalendarDay.init), end: end)
        }
    }

    static func unapprovedSealUses(_ db: Database) throws -> [SealUse] {
        try Row.fetchAll(db, sql: "SELECT id, contract, seal, requested_by, status, time \(unapprovedSeals) ORDER BY time, id")
            .compactMap { row in
                guard let seal = SealKind(rawValue: row["seal"]), let status = SealUseStatus(rawValue: row["status"]) else { return nil }
                return SealUse(
                    id: row["id"], contract: row["contract"], seal: seal, requestedBy: row["requested_by"], approvedBy: nil,
                    time: Instant(millis: row["time"]), status: status)
            }
    }

    static func momentsWithoutAction(_ db: Database, from: CalendarDay, to: CalendarDay) throws -> [Moment] {
        try Row.fetchAll(db, sql: """
            SELECT id, customer, kind, date FROM moment
            WHERE date >= ? AND date <= ? AND (action IS NULL OR TRIM(action) = '') ORDER BY date, id
            """, arguments: [from.description, to.description]).compactMap { row in
            guard let kind = MomentKind(rawValue: row["kind"]), let date = CalendarDay(row["date"] as String) else { return nil }
            return Moment(id: row["id"], customer: row["customer"], kind: kind, date: date, action: nil)
        }
    }
}
