import Foundation
import OneScreenTestSupport
import PostgresTestSupport
import Testing
@testable import OneScreenCore

/// Retention in PostgreSQL drops whole days: their readings become minutes first, judged against the bands.
@Suite struct PostgresRetentionTests {
    @Test func wholeDaysPastTheHorizonBecomeMinutesAndTheirPartitionsGo() throws {
        let database = try PostgresCluster.shared().freshDatabase("retention")
        let db = try PostgresConnection(PostgresURL(database.url))
        _ = try PostgresMigrator.migrate(db)
        try db.executeScript("""
            INSERT INTO series (id, metric, site, stage, unit) VALUES (1, 'truck.temp', '沪A·冷链07', 'transport', '°C'),
                (2, 'door.open', '苏·门店01', 'store', '次');
            INSERT INTO standard VALUES ('STD-T', '车厢温度', 'truck.temp', 'transport', 0, 4, '°C', 3, 0, 1)
            """, context: "test")
        let readings = PostgresReadingCopyTests.readings(hours: 30)
        try PostgresPartitions.ensure(Set(readings.map { PostgresPartitions.day(of: $0.time) }), db)
        _ = try db.transaction { try PostgresReadingCopy.store(readings, db) }
        let days = try PostgresPartitions.existing(db)
        #expect(days.count == 3)
        let firstDayEnd = (days[0] + 1) * PostgresPartitions.dayMillis
        let expected = try db.fetch("""
            SELECT series_id, (time + 59999) / 60000 * 60000 AS bucket, count(*),
                   sum(CASE WHEN series_id = 2 OR value BETWEEN 0 AND 4 THEN 1 ELSE 0 END), min(value), max(value)
            FROM reading WHERE time < $1 GROUP BY 1, 2 ORDER BY 1, 2
            """, [.integer(firstDayEnd)]).map(\.values)
        let inFirstDay = readings.filter { $0.time < firstDayEnd }.count

        var horizonMoves = 0
        // A cutoff inside the second day drops the first only: the second still holds readings to keep.
        let dropped = try PostgresRetention.dropWholeDays(through: firstDayEnd + 3_600_000, db) { horizonMoves += 1 }
        #expect(dropped == inFirstDay && horizonMoves == 1)
        #expect(try PostgresPartitions.existing(db) == Array(days.dropFirst()))
        #expect(try db.fetch("SELECT series_id, time, count, inside, min, max FROM reading_minute ORDER BY 1, 2").map(\.values) == expected)
        #expect(try db.fetchOne("SELECT count(*) FROM reading")?[0] == .integer(Int64(readings.count - inFirstDay)))
        #expect(try PostgresRetention.dropWholeDays(through: firstDayEnd + 3_600_000, db) { horizonMoves += 1 } == 0)
    }
}
