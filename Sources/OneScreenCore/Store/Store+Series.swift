
/// The series page's read: one series over a range, bucketed for a chart, from the finest source that stays cheap.
extension Store {
    /// The most raw readings a series page reads and adds up per bucket: SQLite does that at roughly 5 M rows a
    /// second here, so this many keep the page's read under 20 ms on a store of 10 M readings (the benchmark
    /// `series` checks it). Past it the page is drawn from the hour rollups, whose counts say how many there are.
    public static let seriesRawReadingBudget = 60_000
    /// Alerts marked on one chart: more than a chart's width could tell apart.
    public static let seriesAlertLimit = 200
    /// Lots listed under one chart: a year at a busy warehouse; the page shows what fits.
    public static let seriesLotLimit = 500

    /// One series over `request`'s range, ending its shift before `now`; nil when the store has no such series.
    static func series(_ db: any SQLConnection, _ request: SeriesRequest, now: Instant, utcOffset: Int) throws -> SeriesSnapshot? {
        guard let row = try db.row("""
            SELECT s.id, s.stage, s.unit,
                   (SELECT MAX(st.min) FROM standard st WHERE st.metric = s.metric AND (st.stage IS NULL OR st.stage = s.stage)) AS lo,
                   (SELECT MIN(st.max) FROM standard st WHERE st.metric = s.metric AND (st.stage IS NULL OR st.stage = s.stage)) AS hi,
                   (SELECT name FROM standard st WHERE st.metric = s.metric AND (st.stage IS NULL OR st.stage = s.stage)
                    ORDER BY st.level DESC, st.id LIMIT 1) AS name
            FROM series s WHERE s.metric = ? AND s.site = ?
            """, [request.metric, request.site]), let stage = Stage(rawValue: row["stage"]) else { return nil }
        let id: Int64 = row["id"]
        let band = SeriesBand(lo: row["lo"], hi: row["hi"])
        let through = now.millis - request.shift
        let from = through - request.range.millis
        let bucket = request.range.bucketSeconds * 1000
        let slot = request.range.complianceSlotSeconds * 1000
        // Calendar days start at local midnight; shorter widths stay on UTC boundaries, where the rollups are.
        let offset = slot >= 86_400_000 || bucket >= 86_400_000 ? Int64(utcOffset) * 1000 : 0

        // The hours come first whatever the range: they give compliance per hour or day, say how many raw readings
        // the range holds, and stand in for them when there are too many.
        let hours = try db.rows("""
            SELECT time, count, inside, sum, min, max FROM reading_hour WHERE series_id = ? AND time > ? AND time <= ?
            """, [id, RollupLevel.hour.floor(from), RollupLevel.hour.ceiling(through)]).map { row in
            (end: row[0] as Int64, readings: ReadingAggregate(count: row[1], inside: row[2], sum: row[3], min: row[4], max: row[5]))
        }
        let compliance = complianceSlots(hours, from: from, through: through, width: slot, offset: offset)
        let rawCount = hours.reduce(0) { $0 + $1.readings.count }

        var buckets: [Int64: ReadingAggregate] = [:]
        let resolution: SeriesResolution
        if bucket < RollupLevel.hour.width, rawCount <= seriesRawReadingBudget {
            let horizons = try horizons(db)
            // Hours whose minutes are gone too are all that is left of them; their points are an hour wide.
            let minuteGone = horizons.minute.map { Swift.min($0, through) } ?? from
            for hour in hours where hour.end <= minuteGone && hour.end > from {
                buckets[bucketEnd(hour.end, width: bucket, offset: offset), default: .empty].add(hour.readings)
            }
            let bucketSQL = "((time + ?3 + ?4 - 1) / ?4) * ?4 - ?3"
            let raw = try db.rows("""
                SELECT \(bucketSQL) AS b, COUNT(*), \(countInside("value", lo: "?5", hi: "?6")), SUM(value), MIN(value), MAX(value)
                FROM reading WHERE series_id = ?7 AND time > ?1 AND time <= ?2 GROUP BY b
                """, [Swift.max(from, minuteGone), through, offset, bucket, band.lo, band.hi, id])
            for row in raw { buckets[row[0], default: .empty].add(aggregate(row)) }
            var usedMinutes = false
            if let pruned = horizons.raw, pruned > Swift.max(from, minuteGone) {
                let minutes = try db.rows("""
                    SELECT \(bucketSQL) AS b, SUM(count), SUM(inside), SUM(sum), MIN(min), MAX(max)
                    FROM reading_minute WHERE series_id = ?5 AND time > ?1 AND time <= ?2 GROUP BY b
                    """, [Swift.max(from, minuteGone), Swift.min(pruned, through), offset, bucket, id])
                for row in minutes {
                    usedMinutes = true
                    buckets[row[0], default: .empty].add(aggregate(row))
                }
            }
            resolution = usedMinutes ? .minute : .raw
        } else {
            for hour in hours where hour.end > from {
                buckets[bucketEnd(hour.end, width: Swift.max(bucket, RollupLevel.hour.width), offset: offset), default: .empty]
                    .add(hour.readings)
            }
            resolution = .hour
        }
        let points = buckets.sorted { $0.key < $1.key }.compactMap { end, readings -> SeriesBucket? in
            guard readings.count > 0 else { return nil }
            return SeriesBucket(time: Instant(millis: end), count: readings.count, inside: readings.inside,
                               mean: readings.mean, low: readings.min, high: readings.max)
        }
        let latest = try db.row("""
            SELECT time, value FROM reading WHERE series_id = ? AND time <= ? ORDER BY time DESC LIMIT 1
            """, [id, through]).map { row -> SeriesBucket in
            let value: Double = row[1]
            return SeriesBucket(time: Instant(millis: row[0]), count: 1, inside: band.contains(value) ? 1 : 0,
                               mean: value, low: value, high: value)
        }
        let alerts = try Self.alerts(
            db, where: ["subject = ?", "first_seen <= ?", "(resolved_at IS NULL OR resolved_at > ?)"],
            arguments: [request.subject, through, from], limit: seriesAlertLimit)
        let lots = try db.rows("""
            SELECT e.lot, l.product, MIN(e.time) AS arrived, MAX(e.time) AS left
            FROM lot_event e JOIN lot l ON l.id = e.lot
            WHERE e.site = ? AND e.time > ? AND e.time <= ? GROUP BY e.lot, l.product ORDER BY arrived, e.lot LIMIT ?
            """, [request.site, from, through, seriesLotLimit]).map { row in
            SeriesLot(id: row["lot"], product: row["product"], arrived: Instant(millis: row["arrived"]), left: Instant(millis: row["left"]))
        }
        return SeriesSnapshot(
            request: request, name: row["name"] ?? request.metric, stage: stage, unit: row["unit"], min: band.lo, max: band.hi,
            from: Instant(millis: from), through: Instant(millis: through), bucketSeconds: bucket / 1000, resolution: resolution,
            points: points, latest: latest, alerts: alerts, lots: lots, complianceSlotSeconds: slot / 1000,
            compliance: compliance)
    }

    /// The end of the bucket of `width` holding `time`, buckets being (end - width, end] on boundaries `offset`
    /// before the UTC ones.
    static func bucketEnd(_ time: Int64, width: Int64, offset: Int64) -> Int64 {
        -floorDiv(-(time + offset), width) * width - offset
    }

    /// Every hour or day of (from, through], oldest first, with the hours that end in it added up; a slot
    /// without hours is there, empty, so the strip under a chart keeps its time axis.
    private static func complianceSlots(_ hours: [(end: Int64, readings: ReadingAggregate)], from: Int64, through: Int64,
                                        width: Int64, offset: Int64) -> [ComplianceSlot] {
        let first = bucketEnd(from + 1, width: width, offset: offset), last = bucketEnd(through, width: width, offset: offset)
        guard first <= last else { return [] }
        var slots = stride(from: first, through: last, by: Int(width)).map { end in
            ComplianceSlot(end: Instant(millis: end), inside: 0, total: 0)
        }
        for hour in hours {
            let index = Int((bucketEnd(hour.end, width: width, offset: offset) - first) / width)
            guard slots.indices.contains(index) else { continue }
            slots[index].inside += hour.readings.inside
            slots[index].total += hour.readings.count
        }
        return slots
    }

    /// count, inside, sum, min, max after the bucket in column 0.
    private static func aggregate(_ row: SQLRow) -> ReadingAggregate {
        ReadingAggregate(count: row[1], inside: row[2] ?? 0, sum: row[3], min: row[4], max: row[5])
    }
}
