import Foundation
import GRDB
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// The hour rollups hold what SQL finds over the raw readings, however and whenever the readings and the standards
/// arrive. (Minutes are made by retention: RetentionTests.)
@Suite struct RollupTests {
    @Test func hourRollupsHoldWhatSQLFindsInTheRawReadings() throws {
        let f = try RollupFixture()
        f.ingest(RollupFixture.standards + RollupFixture.readings(hours: 30))
        let hours = try f.rollups("reading_hour")
        #expect(hours.count == 3 * 31, "30 hours and a partial one of the truck, the door and the line")
        #expect(hours.contains { $0.count == 180 }, "the truck reports every 20 s")
        #expect(hours.contains { $0.inside < $0.count } && hours.contains { $0.inside == $0.count }, "readings on both sides of a band")
        try f.expectHoursMatchRawReadings()
        #expect(try f.rollups("reading_minute").isEmpty, "minutes stand for pruned readings only")
    }

    @Test func lateAndRepeatedReadingsLandInTheirBuckets() throws {
        let f = try RollupFixture()
        let readings = RollupFixture.readings(hours: 6)
        let onTime = readings.enumerated().filter { $0.offset % 3 != 1 }.map(\.element)
        let late = readings.enumerated().filter { $0.offset % 3 == 1 }.map(\.element)
        f.ingest(RollupFixture.standards + onTime)
        // A gateway's back-filled file: the missing readings newest first, in batches of a few rows, then a resend.
        let writer = StoreWriter(store: f.store)
        for chunk in stride(from: late.count, to: 0, by: -7).map({ Array(late[max(0, $0 - 7)..<$0]) }) {
            f.ingest(chunk, writer: writer)
        }
        let resent = f.ingest(Array(onTime.prefix(500)) + Array(late.suffix(50)), writer: writer)
        #expect(resent.duplicates == 550)
        #expect(try f.count("SELECT SUM(count) FROM reading_hour") == readings.count)
        try f.expectHoursMatchRawReadings()
    }

    @Test func aNewStandardHasTheBucketsJudgedAgain() throws {
        let f = try RollupFixture()
        f.ingest(RollupFixture.standards + RollupFixture.readings(hours: 8))
        let insideBefore = try f.count("SELECT SUM(inside) FROM reading_hour")
        // A tighter standard for the truck's metric, and one for the door, which had none.
        f.ingest([
            #"{"type":"standard","id":"STD-T2","name":"车厢温度(冷冻品)","metric":"truck.temp","max":3.5,"unit":"°C","level":4}"#,
            #"{"type":"standard","id":"STD-D","name":"门","metric":"door.open","max":1,"unit":"次","level":2}"#,
        ])
        #expect(try f.count("SELECT SUM(inside) FROM reading_hour") < insideBefore)
        try f.expectHoursMatchRawReadings("after the standards of this writer")

        // Another process adds a standard; this writer's next readings must be judged by it, not by what it cached.
        let writer = StoreWriter(store: f.store)
        f.ingest(RollupFixture.readings(hours: 2, endingAt: RollupFixture.now.adding(seconds: -8 * 3600)), writer: writer)
        f.ingest([#"{"type":"standard","id":"STD-T3","name":"车厢温度(下限)","metric":"truck.temp","min":1.5,"unit":"°C","level":3}"#])
        f.ingest(RollupFixture.readings(hours: 2, endingAt: RollupFixture.now.adding(seconds: -12 * 3600)), writer: writer)
        try f.expectHoursMatchRawReadings("after another writer's standard")
    }

    @Test func aStoreFromBeforeRollupsIsRolledUpWhenOpened() throws {
        let f = try RollupFixture()
        f.ingest(RollupFixture.standards + RollupFixture.readings(hours: 5))
        let expected = try f.rawBuckets(3_600_000)
        // The same store as the previous schema left it: no rollup tables, the migration not yet applied.
        try DatabaseQueue(path: f.store.path).write { db in
            try db.execute(sql: "DROP TABLE reading_minute; DROP TABLE reading_hour")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v3-rollups%'")
        }
        _ = try Store(path: f.store.path)
        #expect(try f.rollups("reading_hour") == expected)
        #expect(try DatabaseQueue(path: f.store.path).read { try StoreSchema.migrator.hasSchemaChanges($0) } == false)
    }
}
