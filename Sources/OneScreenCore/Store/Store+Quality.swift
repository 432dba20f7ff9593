import GRDB

extension Store {
    /// Lots listed on the quality page, newest first: a month of a food group's lots; older ones are a filter away
    /// in `snapshot --select`.
    public static let lotListLimit = 1_000

    /// Each series' mean per slot and compliance over the window (24 h unless chosen), read from the rollups like
    /// the overview's.
    static func qualityPage(_ db: Database, now: Instant, window: TimeRange = .standard) throws -> QualitySnapshot {
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
        let metrics = try Row.fetchAll(db, sql: """
            WITH band AS (\(seriesBands))
            SELECT s.id, s.metric, s.site, s.stage, s.unit, b.lo, b.hi,
                   (SELECT name FROM standard st WHERE st.metric = s.metric AND (st.stage IS NULL OR st.stage = s.stage)
                    ORDER BY st.level DESC, st.id LIMIT 1) AS name,
                   (SELECT value FROM reading r WHERE r.series_id = s.id AND r.time <= ? ORDER BY r.time DESC LIMIT 1) AS value
            FROM series s LEFT JOIN band b ON b.series_id = s.id
            """, arguments: [now.millis]).compactMap { row -> MetricStatus? in
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

    static func lots(_ db: Database, now: Instant) throws -> [LotSummary] {
        var seen = Set<String>()
        return try Row.fetchAll(db, sql: """
            SELECT e.lot, l.product, e.stage, e.site, e.time FROM lot l JOIN lot_event e ON e.lot = l.id
            AND e.time = (SELECT MAX(time) FROM lot_event x WHERE x.lot = l.id AND x.time <= ?)
            ORDER BY e.time DESC, e.lot LIMIT ?
            """, arguments: [now.millis, lotListLimit * 2]).compactMap { row -> LotSummary? in
            guard let stage = Stage(rawValue: row["stage"]), seen.insert(row["lot"]).inserted else { return nil }
            return LotSummary(id: row["lot"], product: row["product"], lastStage: stage, lastSite: row["site"],
                              lastSeen: Instant(millis: row["time"]))
        }.prefix(lotListLimit).map { $0 }
    }

    /// The lot's stays in time order: consecutive events at one site make one stay. A stay with a single event
    /// lasts until the lot arrives at its next site, since the lot was there until then.
    static func lotTrace(_ db: Database, id: String, now: Instant) throws -> LotTrace? {
        guard let product = try String.fetchOne(db, sql: "SELECT product FROM lot WHERE id = ?", arguments: [id]) else {
            return nil
        }
        var stays: [(stage: Stage, site: String, first: Int64, last: Int64)] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT stage, site, time FROM lot_event WHERE lot = ? AND time <= ? ORDER BY time, stage, site
            """, arguments: [id, now.millis]) {
            guard let stage = Stage(rawValue: row["stage"]) else { continue }
            let site: String = row["site"]
            let time: Int64 = row["time"]
            if let last = stays.last, last.stage == stage, last.site == site {
                stays[stays.count - 1].last = time
            } else {
                stays.append((stage, site, time, time))
            }
        }
        let traced = try stays.indices.map { index in
            let stay = stays[index]
            let left = stay.last == stay.first && index + 1 < stays.count ? stays[index + 1].first : stay.last
            return LotStay(stage: stay.stage, site: stay.site, arrived: Instant(millis: stay.first),
                           left: Instant(millis: left), readings: try stayReadings(db, site: stay.site, from: stay.first, to: left))
        }
        return LotTrace(id: id, product: product, stays: traced)
    }

    /// Each series at `site` over the stay [from, to], from the rollups: a stay can last days, and a lot older
    /// than raw retention is traced from rollups alone.
    static func stayReadings(_ db: Database, site: String, from: Int64, to: Int64) throws -> [StayReading] {
        let bands = try bands(db)
        var readings: [Int64: ReadingAggregate] = [:]
        for piece in try seriesHours(db, after: from - 1, through: to, site: site, bands: bands) {
            readings[piece.series, default: .empty].add(piece.readings)
        }
        return try Row.fetchAll(db, sql: "SELECT id, metric, unit FROM series WHERE site = ? ORDER BY metric", arguments: [site])
            .compactMap { row in
                let id: Int64 = row["id"]
                guard let r = readings[id] else { return nil }
                return StayReading(metric: row["metric"], unit: row["unit"], count: r.count, inside: r.inside,
                                   lowest: r.min, highest: r.max, min: bands[id]?.lo, max: bands[id]?.hi)
            }
    }
}
