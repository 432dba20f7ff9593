import GRDB

/// The writer's copy of every series' band, to judge each reading it rolls up without a query per reading.
struct BandCache {
    private var bands: [Int64: SeriesBand]?
    /// How many standards the store held when `bands` was read, and its series revision: standards are only ever
    /// added (by any process), and a series corrected to another stage falls under other standards, so either
    /// moving means other bands.
    private var standardsCounted = 0
    private var seriesRevision = 0

    /// Called when the bands may have moved: a standard or a series was added, a transaction rolled back.
    mutating func forget() { bands = nil }

    /// Forgets the bands when another process added standards or corrected a series since they were read; cheap
    /// enough for every batch.
    mutating func forgetIfBandsMoved(_ db: Database) throws {
        if try Self.countStandards(db) != standardsCounted || Store.seriesRevision(db) != seriesRevision { bands = nil }
    }

    /// Adds the band of a series just inserted: forgetting them all instead would read every series' band again
    /// for each new series, which made a feed of many new series cost the square of their number.
    mutating func learn(series id: Int64, _ db: Database) throws {
        // Without standards no series has a band: nothing to ask for each new series.
        guard bands != nil, standardsCounted > 0, let band = try Store.band(ofSeries: id, db) else { return }
        bands?[id] = band
    }

    mutating func band(of series: Int64, _ db: Database) throws -> SeriesBand {
        if let bands { return bands[series] ?? .open }
        return try all(db)[series] ?? .open
    }

    mutating func all(_ db: Database) throws -> [Int64: SeriesBand] {
        if let bands { return bands }
        standardsCounted = try Self.countStandards(db)
        seriesRevision = try Store.seriesRevision(db)
        let read = try Store.bands(db)
        bands = read
        return read
    }

    private static func countStandards(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM standard") ?? 0
    }
}
