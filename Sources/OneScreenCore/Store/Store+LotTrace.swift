
extension Store {
    /// One lot's trace: its stays in time order, each with its site's series over the stay (the stay under way up to
    /// now) judged against their standards with the standards' holds, the lot's events with their notes, and the
    /// alerts raised where and while it was.
    static func lotTrace(_ db: any SQLConnection, id: String, now: Instant) throws -> LotTrace? {
        guard let product = try db.value(String.self, "SELECT product FROM lot WHERE id = ?", [id]) else {
            return nil
        }
        let events = try lotEvents(db, lots: [id], now: now)[id] ?? []
        let visits = LotVisit.visits(events)
        let standards = try db.rows("""
            SELECT id, name, metric, stage, min, max, unit, level, hold FROM standard ORDER BY level DESC, id
            """).map { row in
            Standard(id: row["id"], name: row["name"], metric: row["metric"], stage: (row["stage"] as String?).flatMap(Stage.init(rawValue:)),
                     min: row["min"], max: row["max"], unit: row["unit"], level: row["level"], hold: row["hold"])
        }
        let rawKeptAfter = try horizons(db).raw
        let stays = try visits.map { visit in
            let end = visit.departed ?? now
            let rawKept = rawKeptAfter.map { $0 < visit.arrived.millis } ?? true
            return LotStay(stage: visit.stage, site: visit.site, arrived: visit.arrived, departed: visit.departed,
                           readings: try stayReadings(db, site: visit.site, from: visit.arrived.millis, to: end.millis)
                               .map { try judge($0, db, visit: visit, end: end, standards: standards, rawKept: rawKept) })
        }
        return LotTrace(id: id, product: product, stays: stays, events: events, alerts: try alerts(db, during: visits, now: now))
    }

    /// Each series at `site` over the stay [from, to], from the rollups: a stay can last days, and a lot older
    /// than raw retention is traced from rollups alone.
    static func stayReadings(_ db: any SQLConnection, site: String, from: Int64, to: Int64) throws -> [StayReading] {
        let bands = try bands(db)
        var readings: [Int64: ReadingAggregate] = [:]
        for piece in try seriesHours(db, after: from - 1, through: to, site: site, bands: bands) {
            readings[piece.series, default: .empty].add(piece.readings)
        }
        return try db.rows("SELECT id, metric, unit FROM series WHERE site = ? ORDER BY metric", [site])
            .compactMap { row in
                let id: Int64 = row["id"]
                guard let r = readings[id] else { return nil }
                return StayReading(metric: row["metric"], unit: row["unit"], count: r.count, inside: r.inside,
                                   lowest: r.min, highest: r.max, min: bands[id]?.lo, max: bands[id]?.hi)
            }
    }

    /// `reading` with its runs out of band judged against every standard of its metric and the stay's stage, from
    /// the raw readings of the stay; without them (`rawKept` false: pruned to rollups) it is left unjudged.
    private static func judge(_ reading: StayReading, _ db: any SQLConnection, visit: LotVisit, end: Instant,
                              standards: [Standard], rawKept: Bool) throws -> StayReading {
        let judges = standards.filter { $0.metric == reading.metric && ($0.stage == nil || $0.stage == visit.stage) }.map(StayJudge.init)
        guard !judges.isEmpty else { return reading }
        var judged = reading
        judged.name = judges.first?.standard.name
        judged.hold = judges.map(\.holdSeconds).min()
        guard rawKept else {
            judged.judged = false
            return judged
        }
        let points = try db.rows("""
            SELECT r.time, r.value FROM reading r JOIN series s ON s.id = r.series_id
            WHERE s.site = ? AND s.metric = ? AND r.time >= ? AND r.time <= ? ORDER BY r.time
            """, [visit.site, reading.metric, visit.arrived.millis, end.millis]).map { SeriesPoint(time: $0[0], value: $0[1]) }
        for judge in judges {
            let (breaches, brief) = judge.judge(points)
            judged.breaches += breaches
            judged.brief = max(judged.brief, brief)
        }
        judged.breaches.sort { $0.start < $1.start }
        return judged
    }

    /// Alerts raised on a series of a site the lot stayed at, overlapping the stay, newest first.
    static func alerts(_ db: any SQLConnection, during visits: [LotVisit], now: Instant) throws -> [AlertRecord] {
        var found: [Int64: AlertRecord] = [:]
        for visit in visits {
            for alert in try Store.alerts(db, where: [
                "NOT (\(condition(.pending)!))", "substr(subject, 1, length(CAST(? AS TEXT)) + 1) = CAST(? AS TEXT) || '/'", "first_seen <= ?",
                "(resolved_at IS NULL OR resolved_at >= ?)",
            ], arguments: [visit.site, visit.site, (visit.departed ?? now).millis, visit.arrived.millis], limit: AlertFilter.defaultLimit) {
                found[alert.id] = alert
            }
        }
        return found.values.sorted { ($0.firstSeen, $0.id) > ($1.firstSeen, $1.id) }
    }
}
