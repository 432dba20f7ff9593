import GRDB

/// Reading windows added up from the rollups (`RollupPlan`), and the upkeep of the rollups' band counts.
extension Store {
    /// One piece of a window for one series, inside one clock hour (the bucket ending at `hourEnd`). A series may
    /// have several in one hour (a piece from raw readings and one from minutes); they add up.
    struct SeriesHour {
        var series: Int64
        var hourEnd: Int64
        var readings: ReadingAggregate
    }

    /// The readings of every series (or of the series at `site`) in (after, through], added up per series and clock
    /// hour; a series with no reading there gives nothing.
    /// - Parameter bands: each series' band, to judge the raw readings by (rollups carry their own count).
    /// - Parameter extremes: whether the caller reads min and max; without them the pieces' count, inside and sum
    ///   add up exactly and their min and max do not (see `RollupPlan`).
    static func seriesHours(_ db: any SQLConnection, after: Int64, through: Int64, site: String? = nil,
                            bands: [Int64: SeriesBand], extremes: Bool = true) throws -> [SeriesHour] {
        let plan = RollupPlan(after: after, through: through, horizons: try horizons(db), extremes: extremes)
        let siteFilter = site == nil ? "" : "AND s.site = ?"
        var found: [SeriesHour] = []
        let ids = try db.column(Int64.self, "SELECT s.id FROM series s WHERE TRUE \(siteFilter)", site.map { [$0] } ?? [])
        // Series first, then a range of its rows, so each piece is a seek per series rather than a scan of the table.
        for piece in plan.pieces {
            let arguments: [any SQLValueConvertible] = [piece.after, piece.through] + (site.map { [$0] } ?? [])
            switch piece.source {
            case .raw:
                // Added up by SQLite, series by series: handing each reading to Swift cost more than reading it.
                let readings = """
                    SELECT COUNT(*), \(countInside("value", lo: "?4", hi: "?5")), SUM(value), MIN(value), MAX(value)
                    FROM reading WHERE series_id = ?1 AND time > ?2 AND time <= ?3
                    """
                for id in ids {
                    let band = bands[id] ?? .open
                    guard let row = try db.row(readings, [id, piece.after, piece.through, band.lo, band.hi]),
                          row[0] as Int > 0 else { continue }
                    let added = aggregate(row, from: 0)
                    found.append(SeriesHour(series: id, hourEnd: piece.hourEnd!, readings: piece.taken ? added.taken : added))
                }
            case .minute:
                let rows = try db.rows("""
                    SELECT s.id, SUM(m.count), SUM(m.inside), SUM(m.sum), MIN(m.min), MAX(m.max)
                    FROM series s CROSS JOIN reading_minute m
                    WHERE m.series_id = s.id AND m.time > ? AND m.time <= ? \(siteFilter) GROUP BY s.id
                    """, arguments)
                for row in rows { found.append(SeriesHour(series: row[0], hourEnd: piece.hourEnd!, readings: aggregate(row, from: 1))) }
            case .hour:
                let rows = try db.rows("""
                    SELECT s.id, h.time, h.count, h.inside, h.sum, h.min, h.max FROM series s CROSS JOIN reading_hour h
                    WHERE h.series_id = s.id AND h.time > ? AND h.time <= ? \(siteFilter)
                    """, arguments)
                for row in rows { found.append(SeriesHour(series: row[0], hourEnd: row[1], readings: aggregate(row, from: 2))) }
            }
        }
        return found
    }

    /// count, inside, sum, min, max in the columns from `first` on.
    private static func aggregate(_ row: SQLRow, from first: Int) -> ReadingAggregate {
        ReadingAggregate(count: row[first], inside: row[first + 1], sum: row[first + 2], min: row[first + 3], max: row[first + 4])
    }

    /// The band of every series some standard covers.
    static func bands(_ db: any SQLConnection) throws -> [Int64: SeriesBand] {
        var bands: [Int64: SeriesBand] = [:]
        for row in try db.rows(seriesBands) { bands[row["series_id"]] = SeriesBand(lo: row["lo"], hi: row["hi"]) }
        return bands
    }

    static func band(ofSeries id: Int64, _ db: Database) throws -> SeriesBand? {
        // Cached: a feed of many new series asks once per series, and preparing a statement costs more than running it.
        try Row.fetchOne(db.cachedStatement(sql: seriesBand), arguments: [id]).map { SeriesBand(lo: $0["lo"], hi: $0["hi"]) }
    }

    static func horizons(_ db: any SQLConnection) throws -> RetentionHorizons {
        var horizons = RetentionHorizons.none
        for row in try db.rows("SELECT key, CAST(value AS INTEGER) AS value FROM meta WHERE key IN (?, ?)",
                                    [RetentionHorizons.rawKey, RetentionHorizons.minuteKey]) {
            if row["key"] == RetentionHorizons.rawKey { horizons.raw = row["value"] } else { horizons.minute = row["value"] }
        }
        return horizons
    }

    /// How a rollup row meets the one already in its bucket: they add up.
    static let mergeRollup = """
        ON CONFLICT (series_id, time) DO UPDATE SET count = count + excluded.count, inside = inside + excluded.inside,
            sum = sum + excluded.sum, min = MIN(min, excluded.min), max = MAX(max, excluded.max)
        """

    /// Counts again which readings of `series` lie inside their band as it is now (a standard was added), in every
    /// hour whose raw readings are all still kept. Minutes stand for deleted readings only: nothing to count again.
    static func rejudgeRollups(of series: [Int64], bands: [Int64: SeriesBand], _ db: Database) throws {
        let pruned = try horizons(db).raw
        let hours = try db.makeStatement(sql: """
            UPDATE reading_hour SET inside = (
                SELECT COUNT(*) FROM reading r
                WHERE r.series_id = ?1 AND r.time > reading_hour.time - ?4 AND r.time <= reading_hour.time
                  AND \(insideSQL("r.value", lo: "?2", hi: "?3")))
            WHERE series_id = ?1 AND (?5 IS NULL OR time - ?4 >= ?5)
            """)
        for id in series {
            let band = bands[id] ?? .open
            try hours.execute(arguments: [id, band.lo, band.hi, RollupLevel.hour.width, pruned])
        }
    }
}
