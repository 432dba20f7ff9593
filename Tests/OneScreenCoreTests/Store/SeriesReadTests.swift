import Foundation
import GRDB
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// The series page's read: buckets that are exactly what SQL over the raw readings finds, from raw readings for a
/// day, from hour rollups for a month, from minutes where retention deleted the readings; compliance per hour that
/// adds up to the range; masked like the quality page.
@Suite struct SeriesReadTests {
    static let truck = SeriesRequest(site: "沪A·冷链07", metric: "truck.temp")
    let now = RollupFixture.now

    func series(_ f: RollupFixture, _ range: TimeRange, shift: Int64 = 0) throws -> SeriesSnapshot {
        var request = Self.truck
        request.range = range
        request.shift = shift
        let page = try f.store.page(.series(request), at: now, utcOffset: 8 * 3600)
        guard case .series(let series?) = page.content else { throw SeriesReadError() }
        return series
    }

    struct SeriesReadError: Error {}

    /// (time, count, inside, min, max) of each bucket, to compare with SQL's.
    func shape(_ points: [SeriesBucket]) -> [[Double]] {
        points.map { [Double($0.time.millis), Double($0.count), Double($0.inside), $0.low, $0.high] }
    }

    func sqlShape(_ f: RollupFixture, width: Int64, after: Int64, through: Int64) throws -> [[Double]] {
        let id = try f.count("SELECT id FROM series WHERE metric = 'truck.temp'")
        return try f.rawBuckets(width, after: after, through: through).filter { $0.series == Int64(id) }
            .map { [Double($0.time), Double($0.count), Double($0.inside), $0.min, $0.max] }
    }

    @Test func aDayIsReadFromRawReadingsInFiveMinuteBucketsThatMatchSQL() throws {
        let f = try RollupFixture()
        f.ingest(RollupFixture.standards + RollupFixture.readings(hours: 30))
        let day = try series(f, .day)
        #expect(day.resolution == .raw && day.bucketSeconds == 300 && day.isLive)
        #expect(day.min == 0 && day.max == 4 && day.unit == "°C" && day.name == "车厢温度" && day.stage == .transport)
        #expect(day.through == now && day.from.millis == now.millis - 86_400_000)
        #expect(try shape(day.points) == sqlShape(f, width: 300_000, after: day.from.millis, through: day.through.millis))
        #expect(day.overall.total == 86_400 / 20 && day.overall.inside < day.overall.total, "the truck swings out of its band")
        // Compliance per clock hour: 25 slots (the first and last partial), adding up to the hours they cover.
        #expect(day.complianceSlotSeconds == 3600 && day.compliance.count == 25)
        #expect(day.compliance.reduce(0) { $0 + $1.total } >= day.overall.total)
        #expect(day.latest?.time.millis == now.millis / 20_000 * 20_000)
        // Panned half a day back, it ends half a day ago and says it is not live.
        let earlier = try series(f, .day, shift: TimeRange.day.panMillis)
        #expect(!earlier.isLive && earlier.through.millis == now.millis - 43_200_000)
    }

    @Test func aMonthIsReadFromTheHourRollupsInTwoHourBuckets() throws {
        let f = try RollupFixture()
        f.ingest(RollupFixture.standards + RollupFixture.readings(hours: 50))
        let month = try series(f, .month)
        #expect(month.resolution == .hour && month.bucketSeconds == 7200)
        let hours = try sqlShape(f, width: 7_200_000, after: 0, through: .max)
        #expect(month.points.map(\.count) == hours.map { Int($0[1]) })
        #expect(month.points.map(\.time.millis) == hours.map { Int64($0[0]) })
        // Per day beyond a day: local calendar days (31, the first and last partial), every reading counted.
        #expect(month.complianceSlotSeconds == 86_400 && month.compliance.count == 31)
        #expect(month.compliance.reduce(0) { $0 + $1.total } == 50 * 3600 / 20)
    }

    @Test func whereRetentionDeletedTheReadingsTheMinutesStandInWithTheSameCounts() throws {
        let f = try RollupFixture()
        f.ingest(RollupFixture.standards + RollupFixture.readings(hours: 6 * 24))
        let before = try series(f, .week)
        _ = try f.store.prune(Retention(raw: .seconds(2 * 86_400), minute: .seconds(3 * 86_400), hour: .seconds(30 * 86_400)), now: now)
        let after = try series(f, .week)
        #expect(before.resolution == .raw && after.resolution == .minute)
        #expect(after.overall == before.overall)
        #expect(after.points.map(\.count).reduce(0, +) == before.points.map(\.count).reduce(0, +))
        // Within the minutes kept, the half-hour buckets are the same; beyond them, hours stand in, an hour wide.
        let minuteHorizon = (now.millis - 3 * 86_400_000) / 3_600_000 * 3_600_000
        #expect(after.points.filter { $0.time.millis > minuteHorizon }.map(\.count)
                == before.points.filter { $0.time.millis > minuteHorizon }.map(\.count))
    }

    @Test func aViewerWithoutReadingClearanceGetsNoShapeAndAMaskedSite() throws {
        let f = try RollupFixture()
        f.ingest(RollupFixture.standards + RollupFixture.readings(hours: 3))
        let page = try f.store.page(.series(Self.truck), at: now, utcOffset: 0)
        let kiosk = Viewer(user: "wall", role: Role(name: "kiosk", clearance: .public))
        guard case .series(let masked?) = page.masked(for: kiosk).content, case .series(let full?) = page.content else {
            Issue.record("no series")
            return
        }
        #expect(!full.points.isEmpty && masked.points.isEmpty)
        #expect(masked.request.site != Self.truck.site)
        #expect(masked.compliance == full.compliance, "compliance is public")
        let missing = try f.store.page(.series(SeriesRequest(site: "nowhere", metric: "truck.temp")), at: now, utcOffset: 0)
        #expect(missing.content == .series(nil))
    }
}
