
extension Store {
    /// Lots listed on the quality page, newest first: a month of a food group's lots; older ones are a filter away
    /// in `snapshot --select`.
    public static let lotListLimit = 1_000

    /// Each series' mean per slot and compliance over the window (24 h unless chosen), read from the rollups like
    /// the overview's.
    static func qualityPage(_ db: any SQLConnection, now: Instant, window: TimeRange = .standard) throws -> QualitySnapshot {
        let from = now.millis - window.millis
        let slots = HourSlots(endingAt: now, window: window)
        var hourly: [Int64: [ReadingAggregate]] = [:]
        var compliance: [Int64: QualityOverview.Compliance] = [:]
        for piece in try seriesHours(db, after: from, through: now.millis, bands: try bands(db), extremes: false) {
            compliance[piece.series, default: .zero].add(.init(inside: piece.readings.inside, total: piece.readings.count))
            if let slot = slots.index(ofHourEnding: piece.hourEnd) {
                hourly[piece.series, default: Array(repeating: .empty, count: slots.count)][slot].add(piece.readings)
            }
        }
        let metrics = try db.rows("""
            WITH band AS (\(seriesBands))
            SELECT s.id, s.metric, s.site, s.stage, s.unit, b.lo, b.hi,
                   (SELECT name FROM standard st WHERE st.metric = s.metric AND (st.stage IS NULL OR st.stage = s.stage)
                    ORDER BY st.level DESC, st.id LIMIT 1) AS name,
                   (SELECT value FROM reading r WHERE r.series_id = s.id AND r.time <= ? ORDER BY r.time DESC LIMIT 1) AS value
            FROM series s LEFT JOIN band b ON b.series_id = s.id
            """, [now.millis]).compactMap { row -> MetricStatus? in
            guard let stage = Stage(rawValue: row["stage"]) else { return nil }
            let id: Int64 = row["id"]
            return MetricStatus(
                metric: row["metric"], name: row["name"] ?? row["metric"], stage: stage, site: row["site"],
                unit: row["unit"], value: row["value"], min: row["lo"], max: row["hi"],
                hourly: (hourly[id] ?? Array(repeating: .empty, count: slots.count)).map { $0.count == 0 ? nil : $0.mean },
                compliance: compliance[id] ?? .zero)
        }.sorted { ($0.stage, $0.metric, $0.site) < ($1.stage, $1.metric, $1.site) }
        return QualitySnapshot(metrics: metrics, lots: try lots(db, now: now))
    }

    static func lots(_ db: any SQLConnection, now: Instant) throws -> [LotSummary] {
        var seen = Set<String>()
        let lots = try db.rows("""
            SELECT e.lot, l.product, e.stage, e.site, e.time FROM lot l JOIN lot_event e ON e.lot = l.id
            AND e.time = (SELECT MAX(time) FROM lot_event x WHERE x.lot = l.id AND x.time <= ?)
            ORDER BY e.time DESC, e.lot LIMIT ?
            """, [now.millis, lotListLimit * 2]).compactMap { row -> LotSummary? in
            guard let stage = Stage(rawValue: row["stage"]), seen.insert(row["lot"]).inserted else { return nil }
            return LotSummary(id: row["lot"], product: row["product"], lastStage: stage, lastSite: row["site"],
                              lastSeen: Instant(millis: row["time"]))
        }.prefix(lotListLimit).map { $0 }
        return try flagged(lots, db, now: now)
    }

    /// The lots with their marks: held (a `hold` not yet released) and breached (an alert raised on a series of a
    /// site while the lot was there, the same judgement as the trace's alerts).
    static func flagged(_ lots: [LotSummary], _ db: any SQLConnection, now: Instant) throws -> [LotSummary] {
        guard !lots.isEmpty else { return lots }
        let events = try lotEvents(db, lots: lots.map(\.id), now: now)
        let visits = events.mapValues(LotVisit.visits)
        let earliest = visits.values.compactMap { $0.first?.arrived }.min() ?? now
        let spans = try siteAlertSpans(db, from: earliest, now: now)
        return lots.map { lot in
            var lot = lot
            lot.isHeld = LotEventLine.isHeld(events[lot.id] ?? [])
            lot.isBreached = (visits[lot.id] ?? []).contains { visit in
                (spans[visit.site] ?? []).contains { visit.overlaps(from: $0.from, to: $0.to, now: now) }
            }
            return lot
        }
    }

    /// The events of `lots` up to `now`, oldest first, by lot.
    static func lotEvents(_ db: any SQLConnection, lots: [String], now: Instant) throws -> [String: [LotEventLine]] {
        var events: [String: [LotEventLine]] = [:]
        let marks = Array(repeating: "?", count: lots.count).joined(separator: ",")
        for row in try db.rows("""
            SELECT lot, stage, site, time, event, note FROM lot_event WHERE lot IN (\(marks)) AND time <= ?
            ORDER BY lot, time, stage, site, event
            """, lots + [now.millis]) {
            guard let line = lotEvent(row) else { continue }
            events[row["lot"], default: []].append(line)
        }
        return events
    }

    static func lotEvent(_ row: SQLRow) -> LotEventLine? {
        guard let stage = Stage(rawValue: row["stage"]), let kind = LotEventKind(rawValue: row["event"]) else { return nil }
        return LotEventLine(time: Instant(millis: row["time"]), stage: stage, site: row["site"], event: kind, note: row["note"])
    }

    /// Alerts raised (not merely pending) on a site's series since `from`, as spans by site (the part of the
    /// subject `site/metric` before the metric); an open one runs on (nil end).
    static func siteAlertSpans(_ db: any SQLConnection, from: Instant, now: Instant) throws -> [String: [(from: Instant, to: Instant?)]] {
        var spans: [String: [(from: Instant, to: Instant?)]] = [:]
        for row in try db.rows("""
            SELECT subject, first_seen, resolved_at FROM alert
            WHERE NOT (\(condition(.pending)!)) AND first_seen <= ? AND (resolved_at IS NULL OR resolved_at >= ?) AND \(db.dialect.contains("subject", "'/'"))
            """, [now.millis, from.millis]) {
            let subject: String = row["subject"]
            guard let slash = subject.lastIndex(of: "/") else { continue }
            spans[String(subject[..<slash]), default: []].append(
                (Instant(millis: row["first_seen"]), (row["resolved_at"] as Int64?).map(Instant.init(millis:))))
        }
        return spans
    }
}
