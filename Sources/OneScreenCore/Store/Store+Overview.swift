
extension Store {
    /// How many rows each list of the overview snapshot carries: enough for a 400x120 wall screen; the page shows
    /// what fits.
    public static let overviewListLimit = 60

    /// Everything the overview draws, read in one transaction so the four panes agree with each other.
    /// - Parameters:
    ///   - now: the instant to judge ages, windows and due dates by (injectable so tests and the demo agree).
    ///   - utcOffset: seconds east of UTC for "today" (dates in the store are local calendar dates).
    ///   - window: how far back compliance and its trend look.
    public func overview(at now: Instant, utcOffset: Int, window: TimeRange = .standard) throws -> OverviewSnapshot {
        try backend.read { db in try Self.overview(db, now: now, utcOffset: utcOffset, window: window) }
    }

    static func overview(_ db: any SQLConnection, now: Instant, utcOffset: Int, window: TimeRange = .standard) throws -> OverviewSnapshot {
            let today = now.day(utcOffset: utcOffset)
            return OverviewSnapshot(
                now: now, utcOffset: utcOffset,
                freshness: try Self.freshness(db, now: now),
                quality: try Self.quality(db, now: now, window: window),
                customers: try Self.customers(db, now: now, today: today),
                contracts: try Self.contracts(db, today: today),
                alerts: try Self.alerts(db),
                sources: try Self.sources(db, now: now))
    }

    // MARK: freshness

    static func freshness(_ db: any SQLConnection, now: Instant) throws -> DataFreshness {
        // MAX(time) over the whole reading table would scan it; per series it is one index probe each.
        let newest = try db.value(Int64.self, """
            SELECT MAX((SELECT MAX(time) FROM reading r WHERE r.series_id = s.id AND r.time <= ?)) FROM series s
            """, [now.millis])
        let lastWrite = try db.value(Int64.self, "SELECT MAX(last_success) FROM source_health")
        return DataFreshness(newestReading: newest.map(Instant.init(millis:)), lastWrite: lastWrite.map(Instant.init(millis:)))
    }

    // MARK: quality

    /// The band a series must stay in: the tightest of every standard for its metric that applies to its stage.
    static let seriesBands = bandsOfSeries(where: "")

    /// The band of the series whose id is the one argument, in the same words as `seriesBands`: no row when no
    /// standard covers it.
    static let seriesBand = bandsOfSeries(where: "WHERE s.id = ?")

    private static func bandsOfSeries(where filter: String) -> String {
        """
        SELECT s.id AS series_id, s.stage AS stage, MAX(st.min) AS lo, MIN(st.max) AS hi
        FROM series s JOIN standard st ON st.metric = s.metric AND (st.stage IS NULL OR st.stage = s.stage)
        \(filter)
        GROUP BY s.id
        """
    }

    static let hour: Int64 = 3_600_000

    /// Compliance over exactly the last 24 h, and by clock hour for the trend (see `HourSlots`), read from the
    /// rollups: a row per series and hour instead of every reading, so the cost does not follow the sampling rate.
    /// Series no standard covers are not judged.
    static func quality(_ db: any SQLConnection, now: Instant, window: TimeRange = .standard) throws -> QualityOverview {
        let from = now.millis - window.millis
        let bands = try bands(db)
        var stages: [Int64: Stage] = [:]
        for row in try db.rows("SELECT id, stage FROM series") {
            if let stage = Stage(rawValue: row["stage"]) { stages[row["id"]] = stage }
        }
        let slots = HourSlots(endingAt: now, window: window)
        var hourly: [ChainSegment: [QualityOverview.Compliance]] = [:]
        var totals: [ChainSegment: QualityOverview.Compliance] = [:]
        for piece in try seriesHours(db, after: from, through: now.millis, bands: bands, extremes: false) {
            guard bands[piece.series] != nil, let segment = stages[piece.series]?.segment else { continue }
            let judged = QualityOverview.Compliance(inside: piece.readings.inside, total: piece.readings.count)
            totals[segment, default: .zero].add(judged)
            if let slot = slots.index(ofHourEnding: piece.hourEnd) {
                hourly[segment, default: Array(repeating: .zero, count: slots.count)][slot].add(judged)
            }
        }
        let segments = ChainSegment.allCases.map { segment in
            QualityOverview.SegmentCompliance(
                segment: segment, compliance: totals[segment] ?? .zero,
                hourly: (hourly[segment] ?? Array(repeating: .zero, count: slots.count)).map(\.rate))
        }
        var overall = QualityOverview.Compliance.zero
        for segment in segments { overall.add(segment.compliance) }
        let worst = try outOfBand(db, now: now, since: from)
        return QualityOverview(
            overall: overall, segments: segments, worst: Array(worst.prefix(overviewListLimit)), openIssues: worst.count)
    }

    /// Series whose latest reading (within the quality window) breaks a standard, worst first.
    static func outOfBand(_ db: any SQLConnection, now: Instant, since from: Int64) throws -> [QualityOverview.OutOfBand] {
        // The latest time per series is one probe of the primary key, and its value a second; written as a join
        // instead, SQLite scans every reading (140 ms at a million rows against 3 ms).
        let latest = try db.rows("""
            SELECT id, metric, site, stage, unit, time,
                   (SELECT value FROM reading r WHERE r.series_id = x.id AND r.time = x.time) AS value
            FROM (SELECT s.id, s.metric, s.site, s.stage, s.unit,
                         (SELECT MAX(time) FROM reading r WHERE r.series_id = s.id AND r.time <= ?) AS time
                  FROM series s) x
            WHERE time > ?
            """, [now.millis, from])
        // Most severe first, so the first broken standard of a series names its problem.
        let standards = try db.rows("SELECT name, metric, stage, min, max, level FROM standard ORDER BY level DESC, id")
        var found: [QualityOverview.OutOfBand] = []
        for row in latest {
            let metric: String = row["metric"]
            let stageName: String = row["stage"]
            guard let stage = Stage(rawValue: stageName) else { continue }
            let value: Double = row["value"]
            let applicable = standards.filter { standard in
                standard["metric"] == metric && (standard["stage"] as String?).map { $0 == stageName } ?? true
            }
            // The tightest band decides when the run out of band started.
            let lo = applicable.compactMap { $0["min"] as Double? }.max()
            let hi = applicable.compactMap { $0["max"] as Double? }.min()
            guard let broken = applicable.first(where: { !inside(value, $0["min"], $0["max"]) }),
                  let level = AlertLevel(rawValue: broken["level"]) else { continue }
            let since = try runStart(db, series: row["id"], lo: lo, hi: hi, latest: row["time"])
            found.append(.init(
                metric: metric, name: broken["name"], site: row["site"], stage: stage, value: value,
                unit: row["unit"], min: broken["min"], max: broken["max"], level: level,
                since: Instant(millis: since)))
        }
        return found.sorted { a, b in
            a.level != b.level ? a.level > b.level : a.since != b.since ? a.since < b.since : (a.metric, a.site) < (b.metric, b.site)
        }
    }

    static func inside(_ value: Double, _ lo: Double?, _ hi: Double?) -> Bool {
        (lo.map { value >= $0 } ?? true) && (hi.map { value <= $0 } ?? true)
    }

    /// `inside` for queries that count in SQLite: the SQL expressions `value` within [`lo`, `hi`], a NULL bound no
    /// limit.
    static func insideSQL(_ value: String, lo: String, hi: String) -> String {
        // Typed where first met: PostgreSQL cannot tell a bound NULL's type from `IS NULL` alone.
        "(CAST(\(lo) AS DOUBLE PRECISION) IS NULL OR \(value) >= \(lo)) AND (CAST(\(hi) AS DOUBLE PRECISION) IS NULL OR \(value) <= \(hi))"
    }

    /// How many of a group's `value`s lie inside [`lo`, `hi`] (summed as numbers: PostgreSQL adds no booleans).
    static func countInside(_ value: String, lo: String, hi: String) -> String {
        "SUM(CASE WHEN \(insideSQL(value, lo: lo, hi: hi)) THEN 1 ELSE 0 END)"
    }

    /// The sum of a money column, in whole cents added up as integers: money is kept to the cent, and a sum of
    /// doubles depends on the order rows are added in, which SQLite and PostgreSQL do not share (nor two plans of
    /// one engine), so the same store could show two different totals.
    static func moneySum(_ column: String) -> String {
        "CAST(SUM(CAST(ROUND(\(column) * 100) AS BIGINT)) AS DOUBLE PRECISION) / 100"
    }

    /// When the run of out-of-band readings that ends at `latest` began, walking back from the newest: an excursion
    /// is hours of readings at most, so this stops early instead of filtering the whole series.
    static func runStart(_ db: any SQLConnection, series: Int64, lo: Double?, hi: Double?, latest: Int64) throws -> Int64 {
        // Read back a page at a time, each twice the last: most runs end in the first page, and none reads the
        // whole series.
        var start = latest, before = latest + 1, page = 64
        while true {
            let rows = try db.rows("""
                SELECT time, value FROM reading WHERE series_id = ? AND time < ? ORDER BY time DESC LIMIT ?
                """, [series, before, page])
            for row in rows {
                guard !inside(row["value"], lo, hi) else { return start }
                start = row["time"]
            }
            guard rows.count == page else { return start }
            before = start
            page = Swift.min(page * 2, 4096)
        }
    }

    // MARK: customers

    static let momentHorizonDays = 7

    static func customers(_ db: any SQLConnection, now: Instant, today: CalendarDay) throws -> CustomerOverview {
        let activity = try customerActivity(db, now: now)
        let segments = CustomerActivity.segments(of: activity, at: now)
        let counts = RFMSegment.allCases.map { segment in
            CustomerOverview.SegmentCount(segment: segment, count: segments.filter { $0 == segment }.count)
        }
        let top = zip(activity, segments)
            .sorted { $0.0.lifetimeValue != $1.0.lifetimeValue ? $0.0.lifetimeValue > $1.0.lifetimeValue : $0.0.id < $1.0.id }
            .prefix(overviewListLimit)
            .map { CustomerOverview.ValuedCustomer(id: $0.0.id, name: $0.0.name, segment: $0.1, lifetimeValue: $0.0.lifetimeValue) }
        let moments = try db.rows("""
            SELECT m.id, m.customer, c.name, m.kind, m.date, m.action
            FROM moment m JOIN customer c ON c.id = m.customer
            WHERE m.date >= ? AND m.date <= ? ORDER BY m.date, m.id LIMIT ?
            """, [today.description, today.adding(days: momentHorizonDays).description, overviewListLimit])
            .compactMap { row -> CustomerOverview.UpcomingMoment? in
                guard let kind = MomentKind(rawValue: row["kind"]), let date = CalendarDay(row["date"] as String) else { return nil }
                return .init(id: row["id"], customer: row["customer"], customerName: row["name"], kind: kind, date: date, action: row["action"])
            }
        return CustomerOverview(total: activity.count, segments: counts, topByValue: Array(top), upcomingMoments: moments)
    }

    static func customerActivity(_ db: any SQLConnection, now: Instant) throws -> [CustomerActivity] {
        let from = now.millis - Int64(CustomerActivity.windowDays) * 24 * hour
        return try db.rows("""
            SELECT c.id, c.name, MAX(o.time) AS last, COUNT(o.id) AS orders, COALESCE(\(moneySum("o.amount")), 0) AS spend
            FROM customer c LEFT JOIN orders o ON o.customer = c.id AND o.time > ? AND o.time <= ?
            GROUP BY c.id ORDER BY c.id
            """, [from, now.millis]).map { row in
            CustomerActivity(
                id: row["id"], name: row["name"], lastOrder: (row["last"] as Int64?).map(Instant.init(millis:)),
                orders: row["orders"], spend: row["spend"])
        }
    }

    // MARK: contracts

    static func contracts(_ db: any SQLConnection, today: CalendarDay) throws -> ContractOverview {
        let byStatus = try statusTotals(db)
        let day = today.description
        let overdue = try db.rows("""
            SELECT id, contract, name, due, amount FROM milestone WHERE done IS NULL AND due < ? ORDER BY due, id LIMIT ?
            """, [day, overviewListLimit]).compactMap { row -> ContractOverview.OverdueMilestone? in
            guard let due = CalendarDay(row["due"] as String) else { return nil }
            return .init(id: row["id"], contract: row["contract"], name: row["name"], due: due, amount: row["amount"])
        }
        let overdueCount = try db.value(Int.self, "SELECT COUNT(*) FROM milestone WHERE done IS NULL AND due < ?", [day]) ?? 0
        let horizon = today.adding(days: ContractOverview.expiringWithinDays).description
        let expiringWhere = """
            FROM contract WHERE status NOT IN ('completed', 'terminated') AND "end" >= ? AND "end" <= ?
            """
        let expiring = try db.rows("""
            SELECT id, title, counterparty, amount, status, "end" \(expiringWhere) ORDER BY "end", id LIMIT ?
            """, [day, horizon, overviewListLimit]).compactMap { row -> ContractOverview.ExpiringContract? in
            guard let status = ContractStatus(rawValue: row["status"]), let end = CalendarDay(row["end"] as String) else { return nil }
            return .init(id: row["id"], title: row["title"], counterparty: row["counterparty"], amount: row["amount"], status: status, end: end)
        }
        let expiringCount = try db.value(Int.self, "SELECT COUNT(*) \(expiringWhere)", [day, horizon]) ?? 0
        let unapproved = try db.rows("""
            SELECT id, contract, seal, requested_by, status, time \(unapprovedSeals) ORDER BY time DESC, id LIMIT ?
            """, [overviewListLimit]).compactMap { row -> ContractOverview.UnapprovedSeal? in
            guard let seal = SealKind(rawValue: row["seal"]), let status = SealUseStatus(rawValue: row["status"]) else { return nil }
            return .init(id: row["id"], contract: row["contract"], seal: seal, requestedBy: row["requested_by"], status: status, time: Instant(millis: row["time"]))
        }
        let unapprovedCount = try db.value(Int.self, "SELECT COUNT(*) \(unapprovedSeals)") ?? 0
        return ContractOverview(
            byStatus: byStatus, overdueMilestones: overdue, overdueCount: overdueCount, expiring: expiring,
            expiringCount: expiringCount, unapprovedSeals: unapproved, unapprovedCount: unapprovedCount)
    }

    /// Count and amount of contracts in every status, zeros included, in `ContractStatus` order.
    static func statusTotals(_ db: any SQLConnection) throws -> [ContractOverview.StatusTotal] {
        var totals: [String: (Int, Double)] = [:]
        for row in try db.rows("SELECT status, COUNT(*) AS n, \(moneySum("amount")) AS amount FROM contract GROUP BY status") {
            totals[row["status"]] = (row["n"], row["amount"])
        }
        return ContractStatus.allCases.map { status in
            ContractOverview.StatusTotal(status: status, count: totals[status.rawValue]?.0 ?? 0, amount: totals[status.rawValue]?.1 ?? 0)
        }
    }

    /// A seal that was used (or marked approved) with nobody recorded as approving it. A request still waiting
    /// for approval is ordinary workflow, not a risk.
    static let unapprovedSeals = "FROM seal_use WHERE approved_by IS NULL AND status IN ('used', 'approved')"

    // MARK: alerts and sources

    /// The open alerts (firing and acknowledged), counted and newest first, and the pending ones counted apart:
    /// the same figures as the Alerts page's open list.
    static func alerts(_ db: any SQLConnection) throws -> AlertOverview {
        try alertOverview(db, states: .open, limit: overviewListLimit)
    }

    /// Each source's recorded health, judged late when its next run is overdue (a collector that died cannot say so).
    static func sources(_ db: any SQLConnection, now: Instant) throws -> [SourceStatus] {
        try db.rows("""
            SELECT name, kind, state, last_success, last_error, accepted, rejected, next_run,
                   failed_runs, stream_since, stream_rate, stream_restarts, stream_lag FROM source_health ORDER BY name
            """).map { row in
            let stream = (row["stream_restarts"] as Int?).map { restarts in
                SourceStatus.Stream(since: (row["stream_since"] as Int64?).map(Instant.init(millis:)),
                                    linesPerSecond: row["stream_rate"] ?? 0, restarts: restarts, lag: row["stream_lag"])
            }
            var status = SourceStatus(
                name: row["name"], kind: row["kind"], state: SourceStatus.State(rawValue: row["state"]) ?? .failing,
                lastSuccess: (row["last_success"] as Int64?).map(Instant.init(millis:)), lastError: row["last_error"],
                accepted: row["accepted"], rejected: row["rejected"],
                nextRun: (row["next_run"] as Int64?).map(Instant.init(millis:)), failedRuns: row["failed_runs"], stream: stream)
            if status.state != .disabled, let next = status.nextRun, now.seconds(since: next) > overdueSeconds {
                status.state = .late
            }
            return status
        }
    }
}
