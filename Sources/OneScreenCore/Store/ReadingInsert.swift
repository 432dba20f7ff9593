import GRDB

/// The reading insert of one write transaction, bound directly (see `DirectStatement`).
struct ReadingInsert {
    private let statement: DirectStatement

    init(_ db: Database) throws {
        statement = try DirectStatement(db, sql: """
            INSERT OR IGNORE INTO reading (series_id, time, value, lot, source_id) VALUES (?, ?, ?, ?, ?)
            """, placeholders: [0, 0, 0.0, nil, 0])
    }

    /// Inserts one reading; false when a reading of the same series and time is already stored.
    func run(seriesID: Int64, time: Instant, value: Double, lot: String?, sourceID: Int64) throws -> Bool {
        try statement.reset()
        try statement.bind(1, seriesID)
        try statement.bind(2, time.millis)
        try statement.bind(3, value)
        try statement.bind(4, lot)
        try statement.bind(5, sourceID)
        return try statement.run()
    }
}
