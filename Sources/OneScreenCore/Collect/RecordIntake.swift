import Dispatch
import Synchronization

/// The collector's one writer: every source's input passes the same `Ingestor` (validation, batched writes, rejects
/// kept) one at a time, on a queue of its own so a large ingest never holds the cooperative pool's threads.
final class RecordIntake: Sendable {
    private let queue = DispatchQueue(label: "onescreen.intake")
    private let store: Store
    private let writer: Mutex<StoreWriter>
    private let now: @Sendable () -> Instant
    private let alerts: AlertEngine

    /// - Parameter alerts: judges every committed batch, so a collector raises alerts exactly as `onescreen ingest`.
    init(store: Store, alerts: AlertEngine, ownership: RecordOwnership = .open, now: @escaping @Sendable () -> Instant) {
        self.store = store
        writer = Mutex(StoreWriter(store: store, ownership: ownership))
        self.alerts = alerts
        self.now = now
    }

    /// Ingests `input` with `source` as the rows' lineage, drawing on the run's allowance of kept rejects.
    func ingest(_ input: IngestInput, source: String, rejects: RejectBudget = RejectBudget()) async -> IngestReport {
        await withCheckedContinuation { continuation in
            queue.async {
                continuation.resume(returning: self.ingestNow(input, source: source, rejects: rejects))
            }
        }
    }

    /// `ingest` for a source's own blocking thread (never the intake queue itself): waits for its turn on the
    /// queue without Swift's cooperative pool in between.
    func ingestBlocking(_ input: IngestInput, source: String, rejects: RejectBudget) -> IngestReport {
        queue.sync { ingestNow(input, source: source, rejects: rejects) }
    }

    /// Who may change whose records, after a reload.
    func use(_ ownership: RecordOwnership) {
        writer.withLock { $0.ownership = ownership }
    }

    /// Judges the clock-driven rules (no data, due dates) on the writer's queue: in turn with ingests, and off the
    /// cooperative pool, whose few threads must never wait on SQLite.
    func evaluateTimedRules(now: Instant) async throws {
        let alerts = self.alerts
        _ = try await onQueue { try alerts.evaluate(now: now) }
    }

    /// Judges the built-in system rules (sources failing, silent or lagging, the lease, stale data) on the
    /// writer's queue, as the timed rules are.
    func evaluateSystemRules(now: Instant) async throws {
        let alerts = self.alerts
        _ = try await onQueue { try alerts.evaluateSystem(now: now) }
    }

    /// Deletes what `retention` no longer keeps at `now`, a batch per turn on the writer's queue: ingests take their
    /// turns in between, so none waits for more than one batch. Stops when the task is cancelled.
    func prune(_ retention: Retention, now: Instant) async throws -> Store.PruneCounts {
        let store = self.store
        var total = Store.PruneCounts()
        while !Task.isCancelled {
            let batch = try await onQueue { try store.pruneBatch(retention, now: now) }
            total.add(batch)
            if batch.total < Store.pruneBatchRows { break }
        }
        return total
    }

    private func onQueue<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let result: Result<T, any Error> = await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: Result(catching: work)) }
        }
        return try result.get()
    }

    private func ingestNow(_ input: IngestInput, source: String, rejects: RejectBudget) -> IngestReport {
        writer.withLock { writer in
            var problems: [IngestProblem] = []
            var dropped = 0
            let ingestor = Ingestor(writer: writer, options: .init(sourceName: source, rejects: rejects), now: now) { problem in
                if problems.count < IngestReport.maxProblemsKept { problems.append(problem) } else { dropped += 1 }
            }
            let alerts = self.alerts, now = self.now
            ingestor.onBatch { records in try alerts.evaluate(after: records, now: now()) }
            let summary = ingestor.run(input)
            return IngestReport(summary: summary, problems: problems, problemsDropped: dropped)
        }
    }
}
