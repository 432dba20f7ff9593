import Synchronization

/// What one run of a source ingested, added up across the inputs it handed over, and how long it spent waiting
/// for and inside the one writer: that time belongs to the store, not to the source, so it does not count
/// against the source's timeout.
final class RunTally: Sendable {
    private struct State {
        var report = IngestReport()
        var ingesting = 0
        var ingestSince: Instant?
        var ingestSeconds = 0.0
    }

    private let state = Mutex(State())

    func beginIngest(at now: Instant) {
        state.withLock { s in
            if s.ingesting == 0 { s.ingestSince = now }
            s.ingesting += 1
        }
    }

    func endIngest(_ other: IngestReport, at now: Instant) {
        state.withLock { s in
            s.ingesting -= 1
            if s.ingesting == 0, let since = s.ingestSince {
                s.ingestSeconds += now.seconds(since: since)
                s.ingestSince = nil
            }
            s.report.summary.add(other.summary)
            let room = max(0, IngestReport.maxProblemsKept - s.report.problems.count)
            s.report.problems += other.problems.prefix(room)
            s.report.problemsDropped += other.problemsDropped + max(0, other.problems.count - room)
        }
    }

    /// Seconds spent ingesting so far, the ingest under way included.
    func ingestSeconds(at now: Instant) -> Double {
        state.withLock { s in s.ingestSeconds + (s.ingestSince.map { now.seconds(since: $0) } ?? 0) }
    }

    var total: IngestReport { state.withLock { $0.report } }
}
