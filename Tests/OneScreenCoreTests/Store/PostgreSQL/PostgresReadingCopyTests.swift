import Foundation
import OneScreenTestSupport
import PostgresTestSupport
import Testing
@testable import OneScreenCore

/// Readings in bulk into PostgreSQL: what is new is stored once, the first of a batch wins, and the hour rollups
/// hold what SQL finds over the raw rows however the batches arrive.
@Suite struct PostgresReadingCopyTests {
    let database: PostgresTestDatabase
    let db: PostgresConnection
    static let hour: Int64 = 3_600_000
    /// 2026-11-23T10:17:40+08:00, on neither an hour nor a minute.
    static let now: Int64 = 1_795_400_260_000

    init() throws {
        database = try PostgresCluster.shared().freshDatabase("copy")
        db = try PostgresConnection(PostgresURL(database.url))
        _ = try PostgresMigrator.migrate(db)
    }

    /// Stores `readings` as a writer does: their days' partitions first, then one transaction.
    func store(_ readings: [StagedReading]) throws -> Set<Int> {
        try PostgresPartitions.ensure(Set(readings.map { PostgresPartitions.day(of: $0.time) }), db)
        return try db.transaction { try PostgresReadingCopy.store(readings, db) }
    }

    static func reading(_ series: Int64, _ time: Int64, _ value: Double, inside: Bool = true, lot: String? = nil) -> StagedReading {
        StagedReading(series: series, time: time, value: value, lot: lot, source: 1, inside: inside)
    }

    /// Two series over 30 hours across a UTC midnight, one every 20 s swinging across a band of 0–4.
    static func readings(hours: Int64, endingAt end: Int64 = now) -> [StagedReading] {
        var out: [StagedReading] = []
        for (series, step) in [(Int64(1), Int64(20_000)), (2, 420_000)] {
            var time = (end - hours * hour) / step * step + step
            while time <= end {
                let value = ((3 + 2.5 * sin(Double(time) / 900_000 + Double(series))) * 10).rounded() / 10
                out.append(reading(series, time, value, inside: (0...4).contains(value)))
                time += step
            }
        }
        return out
    }

    func hours() throws -> [[SQLValue]] {
        try db.fetch("SELECT series_id, time, count, inside, round(sum::numeric, 6)::float8, min, max FROM reading_hour ORDER BY 1, 2").map(\.values)
    }

    func hoursFromRawReadings() throws -> [[SQLValue]] {
        try db.fetch("""
            SELECT series_id, (time + 3599999) / 3600000 * 3600000 AS bucket, count(*),
                   sum(CASE WHEN value BETWEEN 0 AND 4 THEN 1 ELSE 0 END), round(sum(value)::numeric, 6)::float8, min(value), max(value)
            FROM reading GROUP BY 1, 2 ORDER BY 1, 2
            """).map(\.values)
    }

    @Test func newReadingsAreStoredOnceAndTheFirstOfABatchWins() throws {
        let t = Self.now
        #expect(try store([Self.reading(1, t, 1.0), Self.reading(1, t + 1000, 2.0, lot: "L-1\t甲")]) == [])
        let duplicates = try store([
            Self.reading(1, t, 9.0),  // already stored
            Self.reading(1, t + 2000, 3.0),
            Self.reading(1, t + 2000, 8.0),  // repeats the row before it
            Self.reading(2, t, 4.0),
        ])
        #expect(duplicates == [0, 2])
        #expect(try db.fetch("SELECT series_id, time, value, lot FROM reading ORDER BY 1, 2").map(\.values) == [
            [1, .integer(t), 1.0, nil], [1, .integer(t + 1000), 2.0, "L-1\t甲"], [1, .integer(t + 2000), 3.0, nil], [2, .integer(t), 4.0, nil],
        ])
        #expect(try db.fetchOne("SELECT sum(count) FROM reading_hour")?[0] == .integer(4), "a duplicate adds nothing to its hour")
    }

    @Test func hourRollupsHoldWhatSQLFindsInTheRawReadings() throws {
        let readings = Self.readings(hours: 30)
        #expect(Set(readings.map { PostgresPartitions.day(of: $0.time) }).count == 3, "the readings cross two UTC midnights")
        // On time in batches, then the missing third late and newest first, then a resend of some.
        let late = readings.enumerated().filter { $0.offset % 3 == 1 }.map(\.element)
        let onTime = readings.enumerated().filter { $0.offset % 3 != 1 }.map(\.element)
        for batch in stride(from: 0, to: onTime.count, by: 2_000).map({ Array(onTime[$0..<min($0 + 2_000, onTime.count)]) }) {
            #expect(try store(batch).isEmpty)
        }
        for batch in stride(from: late.count, to: 0, by: -97).map({ Array(late[max(0, $0 - 97)..<$0]) }) {
            #expect(try store(batch).isEmpty)
        }
        #expect(try store(Array(onTime.prefix(300)) + Array(late.suffix(30))).count == 330)
        #expect(try db.fetchOne("SELECT count(*) FROM reading")?[0] == .integer(Int64(readings.count)))
        let hours = try hours()
        #expect(hours.count == 2 * 31)
        #expect(hours == (try hoursFromRawReadings()))
        #expect(hours.contains { $0[3] != $0[2] } && hours.contains { $0[3] == $0[2] }, "readings on both sides of the band")
    }
}
