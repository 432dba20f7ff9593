import GRDB

/// The hour rollups of the readings one write transaction stores, added up in memory and merged into the table once
/// before it commits: a feed stores many readings per series and hour, and one upsert per bucket costs far less
/// than one per reading. A bucket already in the table (an earlier batch, a reading that arrives late) is merged by
/// addition, so every reading lands in its hour whenever it arrives.
struct RollupBatch {
    private struct Key: Hashable {
        var series: Int64
        var time: Int64
    }

    private var hours: [Key: ReadingAggregate] = [:]

    /// - Parameter readings: at most how many readings will be added: a feed of many series makes about a bucket of
    ///   each, and growing the table step by step rehashed it a dozen times per batch.
    init(readings: Int = 0) { hours.reserveCapacity(readings) }

    mutating func add(series: Int64, time: Instant, value: Double, inside: Bool) {
        hours[Key(series: series, time: RollupLevel.hour.ceiling(time.millis)), default: .empty]
            .add(ReadingAggregate(value: value, inside: inside))
    }

    /// Buckets per upsert statement: a feed of many series has about one bucket per reading, and one statement
    /// per bucket cost as much again as the readings' own inserts. 500 rows of 7 values stay far below SQLite's
    /// limit of 32,766 parameters.
    static let rowsPerStatement = 500

    func write(_ db: Database) throws {
        guard !hours.isEmpty else { return }
        // In key order, so that consecutive rows land on the same leaf page.
        let buckets = hours.sorted { ($0.key.series, $0.key.time) < ($1.key.series, $1.key.time) }
        var full: DirectStatement?
        var start = 0
        while start < buckets.count {
            let rows = min(Self.rowsPerStatement, buckets.count - start)
            let upsert: DirectStatement
            if rows == Self.rowsPerStatement, let full { upsert = full } else { upsert = try Self.upsert(db, rows: rows) }
            if rows == Self.rowsPerStatement { full = upsert }
            try upsert.reset()
            for (offset, (key, bucket)) in buckets[start..<(start + rows)].enumerated() {
                let first = Int32(offset * 7)
                try upsert.bind(first + 1, key.series)
                try upsert.bind(first + 2, key.time)
                try upsert.bind(first + 3, Int64(bucket.count))
                try upsert.bind(first + 4, Int64(bucket.inside))
                try upsert.bind(first + 5, bucket.sum)
                try upsert.bind(first + 6, bucket.min)
                try upsert.bind(first + 7, bucket.max)
            }
            _ = try upsert.run()
            start += rows
        }
    }

    private static func upsert(_ db: Database, rows: Int) throws -> DirectStatement {
        let row: StatementArguments = [0, 0, 0, 0, 0.0, 0.0, 0.0]
        var placeholders = StatementArguments()
        for _ in 0..<rows { placeholders += row }
        return try DirectStatement(db, sql: """
            INSERT INTO \(RollupLevel.hour.table) (series_id, time, count, inside, sum, min, max)
            VALUES \(Array(repeating: "(?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", "))
            \(Store.mergeRollup)
            """, placeholders: placeholders)
    }
}
