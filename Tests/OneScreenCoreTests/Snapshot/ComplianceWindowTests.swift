import Foundation
import GRDB
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// The overview's and the quality page's compliance over a chosen window (the range keys): every reading of the
/// window counted, the trend in at most 24 slots of whole hours.
@Suite struct ComplianceWindowTests {
    let now = RollupFixture.now

    @Test(arguments: [TimeRange.hour, .sixHours, .day, .week])
    func theWindowCountsItsReadingsInAtMost24Slots(window: TimeRange) throws {
        let f = try RollupFixture()
        f.ingest(RollupFixture.standards + RollupFixture.readings(hours: 8 * 24))
        let page = try f.store.page(.overview, at: now, utcOffset: 0, window: window)
        guard case .overview(let overview) = page.content else { throw CancellationError() }
        // The truck (every 20 s) and the plant line (every 7 min) are the series a standard covers.
        let truck = try f.count("SELECT COUNT(*) FROM reading r JOIN series s ON s.id = r.series_id WHERE s.metric = 'truck.temp' AND r.time > ? AND r.time <= ?",
                            [now.millis - window.millis, now.millis])
        let line = try f.count("SELECT COUNT(*) FROM reading r JOIN series s ON s.id = r.series_id WHERE s.metric = 'line.temp' AND r.time > ? AND r.time <= ?",
                           [now.millis - window.millis, now.millis])
        #expect(overview.quality.overall.total == truck + line, "\(window)")
        #expect(overview.quality.segments.allSatisfy { $0.hourly.count == window.trendSlots }, "\(window)")
        #expect(window.trendSlots <= TimeRange.maximumTrendSlots && window.trendSlots * window.trendSlotHours * 3600 == window.seconds)
        guard case .quality(let quality) = try f.store.page(.quality, at: now, utcOffset: 0, window: window).content else { throw CancellationError() }
        let truckRow = try #require(quality.metrics.first { $0.metric == "truck.temp" })
        #expect(truckRow.compliance.total == truck && truckRow.hourly.count == window.trendSlots)
    }
}
