import GRDB

/// The rollups of the readings one write transaction stores, added up in memory and merged into the rollup tables
/// once before it commits: a dense feed stores several readings per series and minute, and one upsert per bucket
/// costs far less than one per reading. A bucket already in a table (an earlier batch, a reading that arrives late)
/// is merged by addition, so every reading lands in its buckets whenever it arrives.
struct RollupBatch {
    private struct Key: Hashable {
        var series: Int64
        var time: Int64
    }

    private var minutes: [Key: ReadingAggregate] = [:]

    mutating func add(series: Int64, time: Instant, value: Double, inside: Bool) {
        minutes[Key(series: series, time: RollupLevel.minute.ceiling(time.millis)), default: .empty]
            .add(ReadingAggregate(value: value, inside: inside))
    }

    /// Merges what was added into both tables.
    func write(_ db: Database) throws {
        guard !minutes.isEmpty else { return }
        var hours: [Key: ReadingAggregate] = [:]
        for (key, minute) in minutes {
            hours[Key(series: key.series, time: RollupLevel.hour.ceiling(key.time)), default: .empty].add(minute)
        }
        try merge(minutes, into: .minute, db)
        try merge(hours, into: .hour, db)
    }

    private func merge(_ buckets: [Key: ReadingAggregate], into level: RollupLevel, _ db: Database) throws {
        let upsert = try DirectStatement(db, sql: """
            INSERT INTO \(level.table) (series_id, time, count, inside, sum, min, max) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (series_id, time) DO UPDATE SET count = count + excluded.count, inside = inside + excluded.inside,
                sum = sum + excluded.sum, min = MIN(min, excluded.min), max = MAX(max, excluded.max)
            """, placeholders: [0, 0, 0, 0, 0.0, 0.0, 0.0])
        // In key order, so that consecutive upserts land on the same leaf page.
        for (key, bucket) in buckets.sorted(by: { ($0.key.series, $0.key.time) < ($1.key.series, $1.key.time) }) {
            try upsert.reset()
            try upsert.bind(1, key.series)
            try upsert.bind(2, key.time)
            try upsert.bind(3, Int64(bucket.count))
            try upsert.bind(4, Int64(bucket.inside))
            try upsert.bind(5, bucket.sum)
            try upsert.bind(6, bucket.min)
            try upsert.bind(7, bucket.max)
            _ = try upsert.run()
        }
    }
}
