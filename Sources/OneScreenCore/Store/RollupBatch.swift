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

    mutating func add(series: Int64, time: Instant, value: Double, inside: Bool) {
        hours[Key(series: series, time: RollupLevel.hour.ceiling(time.millis)), default: .empty]
            .add(ReadingAggregate(value: value, inside: inside))
    }

    func write(_ db: Database) throws {
        guard !hours.isEmpty else { return }
        let upsert = try DirectStatement(db, sql: """
            INSERT INTO \(RollupLevel.hour.table) (series_id, time, count, inside, sum, min, max) VALUES (?, ?, ?, ?, ?, ?, ?)
            \(Store.mergeRollup)
            """, placeholders: [0, 0, 0, 0, 0.0, 0.0, 0.0])
        // In key order, so that consecutive upserts land on the same leaf page.
        for (key, bucket) in hours.sorted(by: { ($0.key.series, $0.key.time) < ($1.key.series, $1.key.time) }) {
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
