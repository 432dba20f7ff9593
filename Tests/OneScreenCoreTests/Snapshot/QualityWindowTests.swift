import Foundation
import GRDB
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// The last 24 h of quality, read from rollups, against the same questions asked in SQL over the raw readings, at
/// instants on and off the hour and the minute: the figure covers exactly the last 24 h, the trend clock hours.
/// Readings go on for 50 minutes after the instant read at (a snapshot of the past, a device clock ahead): they
/// share its hour bucket and must not count.
@Suite struct QualityWindowTests {
    static let hour: Int64 = 3_600_000
    /// 10:17:40, 10:17:00, 10:00:00, 10:00:00.001, 10:29:59, 10:30:00, 10:30:01, 10:59:59.999 (+08:00): the window's ends at
    /// every sort of distance from their hours' ends, and on readings' times (every 20 s, 60 s and 7 min).
    static let instants = [0, -40_000, -1_060_000, -1_059_999, 739_000, 740_000, 741_000, 2_539_999].map {
        Instant(millis: RollupFixture.now.millis + $0)
    }

    /// A store with 30 h of readings up to 50 minutes after `now`.
    func fixture(readingAt now: Instant) throws -> RollupFixture {
        let end = Instant(millis: now.millis + 50 * 60_000)
        let f = try RollupFixture(ingestedAt: end)
        f.ingest(RollupFixture.standards + RollupFixture.readings(hours: 30, endingAt: end))
        #expect(try f.count("SELECT COUNT(*) FROM reading WHERE time > ?", [now.millis]) > 0)
        return f
    }

    /// Inside and total per series and clock hour (the bucket ending at `hour`) of the raw readings of the last 24 h.
    func rawHours(_ f: RollupFixture, at now: Instant) throws -> [RawHour] {
        try f.store.pool.read { db in
            try Row.fetchAll(db, sql: """
                WITH band AS (\(RollupFixture.bandSQL))
                SELECT s.id, s.stage, b.id IS NOT NULL, (r.time + ?1 - 1) / ?1 * ?1 AS hour,
                       SUM((b.lo IS NULL OR r.value >= b.lo) AND (b.hi IS NULL OR r.value <= b.hi)), COUNT(*), AVG(r.value)
                FROM reading r JOIN series s ON s.id = r.series_id LEFT JOIN band b ON b.id = s.id
                WHERE r.time > ?2 AND r.time <= ?3 GROUP BY s.id, hour
                """, arguments: [Self.hour, now.millis - 24 * Self.hour, now.millis]).map { row -> RawHour in
                (row[0], row[1], row[2], row[3], row[4], row[5], row[6])
            }
        }
    }

    typealias RawHour = (series: Int64, stage: String, judged: Bool, hour: Int64, inside: Int, total: Int, mean: Double)

    func compliance(_ rows: [RawHour]) -> QualityOverview.Compliance {
        var sum = QualityOverview.Compliance.zero
        for row in rows { sum.add(.init(inside: row.inside, total: row.total)) }
        return sum
    }

    /// Slot of the hour ending at `end`: the hour holding `now` is the last.
    func slot(_ end: Int64, at now: Instant) -> Int? {
        let last = (now.millis + Self.hour - 1) / Self.hour * Self.hour
        let index = 23 - Int((last - end) / Self.hour)
        return index >= 0 ? index : nil
    }

    @Test(arguments: instants)
    func overviewComplianceAndTrendAreWhatSQLFinds(at now: Instant) throws {
        let f = try fixture(readingAt: now)
        let quality = try f.store.overview(at: now, utcOffset: 8 * 3600).quality
        let raw = try rawHours(f, at: now).filter(\.judged)
        for segment in ChainSegment.allCases {
            let rows = raw.filter { Stage(rawValue: $0.stage)?.segment == segment }
            var hourly = Array(repeating: QualityOverview.Compliance.zero, count: 24)
            for row in rows {
                if let slot = slot(row.hour, at: now) { hourly[slot].add(.init(inside: row.inside, total: row.total)) }
            }
            let shown = try #require(quality.segments.first { $0.segment == segment })
            #expect(shown.compliance == compliance(rows), "\(segment)")
            #expect(shown.hourly == hourly.map(\.rate), "\(segment)")
        }
        #expect(quality.overall == compliance(raw))
        // The oldest, partial hour counts in the figure but has no slot; the door has no standard and is not judged.
        #expect(raw.contains { slot($0.hour, at: now) == nil } == !now.millis.isMultiple(of: Self.hour))
        let all = try f.count("SELECT COUNT(*) FROM reading WHERE time > ? AND time <= ?", [now.millis - 24 * Self.hour, now.millis])
        #expect(quality.overall.total < all)
    }

    @Test(arguments: instants)
    func qualityPageComplianceAndHourlyMeansAreWhatSQLFinds(at now: Instant) throws {
        let f = try fixture(readingAt: now)
        let page = try f.store.page(.quality, at: now, utcOffset: 8 * 3600)
        guard case .quality(let quality) = page.content else { Issue.record("not the quality page"); return }
        let raw = try rawHours(f, at: now)
        var ids: [String: Int64] = [:]
        for row in try f.store.pool.read({ try Row.fetchAll($0, sql: "SELECT site, id FROM series") }) { ids[row[0]] = row[1] }
        #expect(quality.metrics.count == 3)
        for metric in quality.metrics {
            let rows = raw.filter { $0.series == ids[metric.site] }
            #expect(metric.compliance == compliance(rows), "\(metric.site)")
            var means = [Double?](repeating: nil, count: 24)
            for row in rows {
                if let slot = slot(row.hour, at: now) { means[slot] = row.mean }
            }
            #expect(metric.hourly.count == 24)
            for (shown, expected) in zip(metric.hourly, means) {
                let same = shown == nil ? expected == nil : expected.map { abs($0 - shown!) < 1e-9 } ?? false
                #expect(same, "\(metric.site): \(String(describing: shown)) against \(String(describing: expected))")
            }
        }
    }

    /// Where retention has deleted the raw readings of the window's oldest hour, that end is read from the minutes
    /// instead (never as its hour less raw readings that are gone): at an instant on a whole minute, the same figures.
    @Test func anOldEndWhoseReadingsArePrunedReadsTheSameFromMinutes() throws {
        let now = Self.instants[1]
        let f = try fixture(readingAt: now)
        let overview = try f.store.overview(at: now, utcOffset: 8 * 3600).quality
        let page = try f.store.page(.quality, at: now, utcOffset: 8 * 3600).content
        let pruned = try f.store.prune(Retention(raw: .seconds(12 * 3600), minute: nil, hour: nil), now: now)
        #expect(try f.count("SELECT COUNT(*) FROM reading WHERE time <= ?", [now.millis - 23 * Self.hour]) == 0)
        #expect(pruned.raw > 0)
        #expect(try f.store.overview(at: now, utcOffset: 8 * 3600).quality == overview)
        #expect(try f.store.page(.quality, at: now, utcOffset: 8 * 3600).content == page)
    }
}
