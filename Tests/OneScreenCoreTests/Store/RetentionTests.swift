import Foundation
import GRDB
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// Retention deletes old raw readings and rollups, and only those; the pages read rollups where raw rows are gone.
@Suite struct RetentionTests {
    static let day: Int64 = 86_400
    static let hour: Int64 = 3_600_000
    static let retention = Retention(raw: .seconds(2 * day), minute: .seconds(3 * day), hour: .seconds(4 * day))
    let now = RollupFixture.now

    /// Where each level is cut at `now`: whole hours.
    func cutoff(days: Int64) -> Int64 { (now.millis - days * 86_400_000) / Self.hour * Self.hour }

    /// The truck's readings in (after, through] as SQL finds them.
    func truck(_ f: RollupFixture, after: Int64, through: Int64) throws -> StayReading {
        try f.store.pool.read { db in
            let row = try #require(try Row.fetchOne(db, sql: """
                WITH band AS (\(RollupFixture.bandSQL))
                SELECT COUNT(*), SUM((b.lo IS NULL OR r.value >= b.lo) AND (b.hi IS NULL OR r.value <= b.hi)), MIN(r.value), MAX(r.value), b.lo, b.hi
                FROM reading r JOIN series s ON s.id = r.series_id LEFT JOIN band b ON b.id = s.id
                WHERE s.site = '沪A·冷链07' AND r.time > ? AND r.time <= ?
                """, arguments: [after, through]))
            return StayReading(metric: "truck.temp", unit: "°C", count: row[0], inside: row[1], lowest: row[2], highest: row[3], min: row[4], max: row[5])
        }
    }

    func stay(_ f: RollupFixture, from: Int64, to: Int64) throws -> [StayReading] {
        try f.store.pool.read { try Store.stayReadings($0, site: "沪A·冷链07", from: from, to: to) }
    }

    @Test func pruningDeletesOnlyWhatRetentionNoLongerKeepsAndThePagesShowTheSame() throws {
        let f = try RollupFixture()
        f.ingest(RollupFixture.standards + RollupFixture.readings(hours: 5 * 24))
        let (raw, minute, hour) = (cutoff(days: 2), cutoff(days: 3), cutoff(days: 4))
        let overview = try f.store.overview(at: now, utcOffset: 8 * 3600)
        let quality = try f.store.page(.quality, at: now, utcOffset: 8 * 3600).content
        let rawKept = try f.count("SELECT COUNT(*) FROM reading WHERE time > ?", [raw])
        let rawOld = try f.count("SELECT COUNT(*) FROM reading WHERE time <= ?", [raw])
        // The deleted readings live on in their minutes, as long as minutes are kept.
        let minutesMade = try f.rawBuckets(60_000, through: raw).filter { $0.time > minute }
        let hoursKept = try f.rollups("reading_hour").filter { $0.time > hour }
        // A lot's stay in the truck 70 h to 50 h ago, when raw readings will be gone and minutes kept: the same
        // figures before pruning, and after it to the minute (the stay's ends widen to whole minutes).
        let (from, to) = (now.millis - 70 * Self.hour, now.millis - 50 * Self.hour)
        #expect(try stay(f, from: from, to: to) == [try truck(f, after: from - 1, through: to)])
        let toTheMinute = try truck(f, after: (from - 1) / 60_000 * 60_000, through: (to + 59_999) / 60_000 * 60_000)

        let pruned = try f.store.prune(Self.retention, now: now)
        #expect(pruned.raw == rawOld)
        #expect(try f.count("SELECT COUNT(*) FROM reading WHERE time <= ?", [raw]) == 0)
        #expect(try f.count("SELECT COUNT(*) FROM reading") == rawKept)
        #expect(try f.rollups("reading_minute") == minutesMade)
        #expect(try f.rollups("reading_hour") == hoursKept)
        #expect(pruned.minute > 0 && pruned.hour > 0)

        #expect(try f.store.overview(at: now, utcOffset: 8 * 3600) == overview)
        #expect(try f.store.page(.quality, at: now, utcOffset: 8 * 3600).content == quality)
        #expect(try stay(f, from: from, to: to) == [toTheMinute])
        #expect(try f.store.prune(Self.retention, now: now).total == 0, "nothing left to prune")

        // A reading that arrives for a pruned hour counts at once (raw, beside the minutes), and is rolled up next time.
        let late = from + 3 * Self.hour + 10_000
        f.ingest([RollupFixture.reading("truck.temp", "沪A·冷链07", "transport", late / 1000, 9.5, "°C")])
        var withLate = toTheMinute
        withLate.count += 1
        withLate.highest = 9.5
        #expect(try stay(f, from: from, to: to) == [withLate])
        #expect(try f.store.prune(Self.retention, now: now).raw == 1)
        #expect(try stay(f, from: from, to: to) == [withLate])
        #expect(try f.count("SELECT SUM(count) FROM reading_minute") == minutesMade.reduce(0) { $0 + $1.count } + 1)
    }

    @Test func pruningGoesInSmallBatchesAndMovesTheHorizonsFirst() throws {
        let f = try RollupFixture()
        f.ingest(RollupFixture.readings(hours: 3 * 24))
        let old = try f.count("SELECT COUNT(*) FROM reading WHERE time <= ?", [cutoff(days: 2)])
        #expect(old > Store.pruneBatchRows)
        #expect(try f.store.pruneBatch(Self.retention, now: now).raw == Store.pruneBatchRows)
        #expect(try f.store.pool.read { try Store.horizons($0) } == RetentionHorizons(raw: cutoff(days: 2), minute: cutoff(days: 3)))
        var deleted = Store.pruneBatchRows, batches = 1
        while true {
            let batch = try f.store.pruneBatch(Self.retention, now: now)
            deleted += batch.raw
            batches += 1
            if batch.total < Store.pruneBatchRows { break }
        }
        #expect(deleted == old)
        #expect(batches == old / Store.pruneBatchRows + 1)
        // A longer retention later cannot bring back what is gone: the horizons stay.
        _ = try f.store.prune(.standard, now: now)
        #expect(try f.store.pool.read { try Store.horizons($0) }.raw == cutoff(days: 2))
    }

    @Test func theCollectorPrunesWhatRetentionNoLongerKeeps() async throws {
        let h = try CollectorHarness("retention")
        let now = Instant.now
        let f = RollupFixture(h, now: now)
        f.ingest(RollupFixture.readings(hours: 60, endingAt: now))
        let cutoff = (now.millis - 2 * 86_400_000) / Self.hour * Self.hour
        let collector = h.collector([], retention: Self.retention)
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) {
            try h.count("SELECT COUNT(*) FROM reading WHERE time <= \(cutoff - Self.hour)") == 0
        })
        await collector.stop()
        #expect(try h.count("SELECT COUNT(*) FROM reading WHERE time > \(cutoff + Self.hour)") > 0)
        #expect(try h.count("SELECT COUNT(*) FROM reading_minute WHERE time <= \(cutoff - Self.hour)") > 0, "the minutes of what was pruned stay")
    }
}
