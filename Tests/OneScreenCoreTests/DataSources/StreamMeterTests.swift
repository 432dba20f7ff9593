import Synchronization
import Testing
@testable import OneScreenCore

/// What a stream tells its health row: when ingest falls behind it (the ingest-lag alert reads this), and when it
/// has caught up again.
@Suite struct StreamMeterTests {
    final class Reports: Sendable {
        let all = Mutex<[StreamProgress]>([])
        var last: StreamProgress? { all.withLock { $0.last } }
    }

    @Test func aSlowCommitOrAPipeFullReportAfterReportIsALagAndClearsWhenIngestKeepsUp() {
        let reports = Reports()
        let since = Instant(millis: 1_790_000_000_000)
        var meter = StreamMeter(since: since) { progress in reports.all.withLock { $0.append(progress) } }
        meter.started()
        #expect(reports.last == StreamProgress(since: since, lines: 0, linesPerSecond: 0))

        meter.delivered(upTo: 1_000, took: .milliseconds(800))
        meter.reportIfDue(now: since.adding(seconds: 5), unread: 0)
        #expect(reports.last?.lag == "a batch took 800ms to commit, longer than the 500ms batches gather in")

        meter.delivered(upTo: 2_000, took: .milliseconds(40))
        meter.reportIfDue(now: since.adding(seconds: 10), unread: 0)
        #expect(reports.last?.lag == nil)
        #expect(reports.last?.lines == 2_000)
        #expect(reports.last?.linesPerSecond == 200)

        // A full pipe at one or two reports is a burst being caught up with; at three in a row, a lag.
        for (step, expected) in [(15.0, nil), (20.0, nil), (25.0, "60 KiB of output waiting unread at 3 reports in a row")] {
            meter.reportIfDue(now: since.adding(seconds: step), unread: 60 << 10)
            #expect(reports.last?.lag == expected)
        }
        meter.reportIfDue(now: since.adding(seconds: 30), unread: 0)
        #expect(reports.last?.lag == nil)
    }
}
