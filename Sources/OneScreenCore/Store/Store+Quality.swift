import GRDB

extension Store {
    /// Lots listed on the quality page, newest first: a month of a food group's lots; older ones are a filter away
    /// in `snapshot --select`.
    public static let lotListLimit = 1_000

    static func qualityPage(_ db: Database, now: Instant) throws -> QualitySnapshot {
        let from = now.millis - Int64(qualityWindowHours) * hour
        var hourly: [Int64: [Double?]] = [:]
        var compliance: [Int64: QualityOverview.Compliance] = [:]
        let buckets = try Row.fetchCursor(db, sql: """
            WITH band AS (\(seriesBands))
            SELECT r.series_id, (r.time - ? - 1) / ? AS bucket, AVG(r.value) AS mean, COUNT(*) AS total,
                   SUM((b.lo IS NULL OR r.value >= b.lo) AND (b.hi IS NULL OR r.value <= b.hi)) AS inside
            FROM reading r LEFT JOIN band b ON b.series_id = r.series_id
            WHERE r.time > ? AND r.time <= ?
            GROUP BY r.series_id, bucket
            """, arguments: [from, hour, from, now.millis])
        while let row = try buckets.next() {
            let series: Int64 = row["series_id"]
            let bucket: Int = row["bucket"]
            guard (0..<qualityWindowHours).contains(bucket) else { continue }
            var values = hourly[series] ?? Array(repeating: nil, count: qualityWindowHours)
            values[bucket] = row["mean"]
            hourly[series] = values
            let sum = compliance[series] ?? .init(inside: 0, total: 0)
            compliance[series] = .init(inside: sum.inside + (row["inside"] as Int), total: sum.total + (row["total"] as Int))
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
                hourly: hourly[id] ?? Array(repeating: nil, count: qualityWindowHours),
                compliance: compliance[id] ?? .init(inside: 0, total: 0))
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

    static func stayReadings(_ db: Database, site: String, from: Int64, to: Int64) throws -> [StayReading] {
        try Row.fetchAll(db, sql: """
            WITH band AS (\(seriesBands))
            SELECT s.metric, s.unit, b.lo, b.hi, COUNT(*) AS n, MIN(r.value) AS lowest, MAX(r.value) AS highest,
                   SUM((b.lo IS NULL OR r.value >= b.lo) AND (b.hi IS NULL OR r.value <= b.hi)) AS inside
            FROM series s LEFT JOIN band b ON b.series_id = s.id
            JOIN reading r ON r.series_id = s.id AND r.time >= ? AND r.time <= ?
            WHERE s.site = ? GROUP BY s.id ORDER BY s.metric
            """, arguments: [from, to, site]).map { row in
            StayReading(metric: row["metric"], unit: row["unit"], count: row["n"], inside: row["inside"],
                        lowest: row["lowest"], highest: row["highest"], min: row["lo"], max: row["hi"])
        }
    }
}
