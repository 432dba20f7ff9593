import Testing
@testable import OneScreenCore

/// A flood of junk costs a count, not a row and a line each; and rejects age out like readings.
@Suite struct RejectCapTests {
    @Test func pastTheCapRejectsAreCountedNotKeptOrReported() throws {
        let ingest = try HostileIngest()
        let junk = (0..<5_000).map { "junk line \($0)" }.joined(separator: "\n")
        let good = #"{"type":"reading","metric":"cold.temp","site":"A","stage":"transport","time":"2026-11-23T08:00:00+08:00","value":3,"unit":"°C"}"#
        let (summary, reported) = ingest.run("{}\n" + junk + "\n" + good)
        #expect(summary.rejected == 5_001)
        #expect(summary.accepted == 1)
        #expect(try ingest.count("SELECT count(*) FROM reject") == RejectBudget.perRun)
        // The last row kept says its own problem and how the rest are handled.
        #expect(reported.count == RejectBudget.perRun + 1)
        #expect(reported.last?.hasSuffix("rejects: 1000 rows rejected in this run; further rejected rows are counted but neither kept nor reported") == true, "\(reported.last ?? "")")
    }

    @Test func pruningDeletesRejectsPastTheirRetention() throws {
        let ingest = try HostileIngest()
        _ = ingest.run("junk\nmore junk\n")
        #expect(try ingest.count("SELECT count(*) FROM reject") == 2)
        let kept = try ingest.store.prune(.standard, now: ingest.now.adding(seconds: 29 * 86_400))
        #expect(kept.rejects == 0)
        let pruned = try ingest.store.prune(.standard, now: ingest.now.adding(seconds: 31 * 86_400))
        #expect(pruned.rejects == 2)
        #expect(try ingest.count("SELECT count(*) FROM reject") == 0)
    }
}
